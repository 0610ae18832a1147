"""An initiative's publication moves only through initiatives/workflow.py: each move checks its permission
and its guards, and a refused move changes nothing and leaves no trace."""

from pathlib import Path

import pytest

from polyvox.core.models import AuditEntry
from polyvox.core.testing import state_writes
from polyvox.core.workflow import NotPermitted, Refused, apply, workflows
from polyvox.initiatives import services, workflow
from polyvox.initiatives.models import Initiative, PublicationState

pytestmark = pytest.mark.django_db


def test_a_refused_guard_changes_nothing_and_leaves_no_audit_entry(inventory, people):
    submitted = inventory["items"]["submitted"]
    submitted.title_nl = ""
    submitted.save()
    before = AuditEntry.objects.count()
    with pytest.raises(Refused):
        apply(submitted, "publish", by=people["staff"])  # the Dutch texts are missing
    with pytest.raises(services.WorkflowError):
        services.send_back(submitted, people["staff"], "   ")  # a return needs its reason
    assert Initiative.objects.get(pk=submitted.pk).publication_state == PublicationState.SUBMITTED
    assert Initiative.objects.get(pk=submitted.pk).return_reason == ""
    assert AuditEntry.objects.count() == before


def test_apply_checks_the_permission(inventory, people):
    submitted, draft = inventory["items"]["submitted"], inventory["items"]["draft"]
    for person in (people["editor_a"], people["editor_b"]):
        with pytest.raises(NotPermitted):
            apply(submitted, "publish", by=person)  # only the Service's staff publish
    with pytest.raises(NotPermitted):
        apply(draft, "submit", by=people["editor_b"])  # another organisation's editor
    with pytest.raises(services.WorkflowError):
        services.record_edit(draft, people["editor_b"], ["title_fr"])
    assert Initiative.objects.get(pk=submitted.pk).publication_state == PublicationState.SUBMITTED
    assert Initiative.objects.get(pk=draft.pk).publication_state == PublicationState.DRAFT
    assert not AuditEntry.objects.exists()
    services.submit(draft, people["editor_a"])
    assert Initiative.objects.get(pk=draft.pk).publication_state == PublicationState.SUBMITTED


def test_the_table_is_registered_and_names_its_permissions():
    assert workflow.PUBLICATION in workflows("initiatives.Initiative")
    assert all(t.permission for t in workflow.PUBLICATION.transitions.values())


def test_no_code_sets_the_publication_state_outside_the_workflow():
    assert state_writes(Path(workflow.__file__).parent, ("publication_state", "return_reason")) == []
