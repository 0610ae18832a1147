"""The workshop's tables (workshops/workflow.py) are the one door: a workshop's status, an activity's state, an
idea on the wall, a decision's rounds, an objection and a forecasting question move only through them; each
move checks its permission and guards, and a refused move changes nothing and leaves no trace."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.utils import translation

from polyvox.core.models import AuditEntry
from polyvox.core.testing import state_writes
from polyvox.core.workflow import NotPermitted, Refused, apply, workflows
from polyvox.workshops import decisions, services, voting, workflow
from polyvox.workshops.models import ActivityState, IdeaStatus, WorkshopStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def stranger(django_user_model):
    return django_user_model.objects.create_user(email="stranger@example.test", password="pw-123456")


def test_a_refused_guard_changes_nothing_and_leaves_no_audit_entry(make_workshop, join_client, facilitator):
    workshop = make_workshop()
    _client, author = join_client(workshop, "Alice")
    _client, other = join_client(workshop, "Bob")
    ideas = workshop.activities.get(kind="ideas")
    services.open_activity(ideas, facilitator)
    idea = services.add_idea(author, ideas, "Des bancs")
    dots = workshop.activities.get(kind="dots")
    before = AuditEntry.objects.count()
    with pytest.raises(Refused):
        apply(idea, "withdraw", by=other)  # not their note
    with pytest.raises(services.WorkshopError):
        services.withdraw_idea(other, idea)
    with pytest.raises(Refused):
        apply(ideas, "reveal", by=facilitator)  # not a vote
    idea.refresh_from_db()
    ideas.refresh_from_db()
    assert idea.status == IdeaStatus.VISIBLE and ideas.state == ActivityState.OPEN and not ideas.results_revealed
    assert AuditEntry.objects.count() == before
    services.finish(workshop, facilitator)
    before = AuditEntry.objects.count()
    with translation.override("en"), pytest.raises(services.WorkshopError, match="This workshop has ended"):
        services.open_activity(dots, facilitator)
    dots.refresh_from_db()
    assert dots.state == ActivityState.PENDING and AuditEntry.objects.count() == before


def test_apply_checks_the_permission(make_workshop, join_client, facilitator, stranger):
    workshop = make_workshop(template="consent", title="Télétravail", challenge="Un jour commun par semaine.")
    _client, participant = join_client(workshop)
    activity = workshop.activities.order_by("position").first()
    decision = workshop.decisions.get()
    for refused in ((workshop, "finish"), (activity, "open"), (decision, "withdraw")):
        with pytest.raises(NotPermitted):
            apply(*refused, by=stranger)
        with pytest.raises(NotPermitted):
            apply(*refused, by=participant)  # a participant is no facilitator
    workshop.refresh_from_db()
    decision.refresh_from_db()
    assert workshop.status == WorkshopStatus.PREPARING and decision.state == "proposed"
    assert not AuditEntry.objects.exclude(action="create").exists()
    services.open_activity(activity, facilitator)
    workshop.refresh_from_db()
    assert workshop.status == WorkshopStatus.RUNNING
    decisions.withdraw(decision, facilitator, "Pas mûr")
    assert workshop.decisions.get().state == "withdrawn"


def test_a_vote_is_revealed_once_through_the_table(make_workshop, join_client, facilitator):
    workshop = make_workshop()
    dots = workshop.activities.get(kind="dots")
    services.open_activity(dots, facilitator)
    voting.reveal(dots, facilitator)
    with translation.override("en"), pytest.raises(services.WorkshopError, match="already revealed"):
        voting.reveal(dots, facilitator)
    assert [e.action for e in AuditEntry.objects.filter(action="reveal")] == ["reveal"]


def test_every_table_is_registered_and_the_facilitators_moves_name_their_permission():
    tables = (workflow.WORKSHOP, workflow.ACTIVITY, workflow.IDEA, workflow.LIFECYCLE, workflow.OBJECTION, workflow.DELPHI)
    participants_own = {("workshops.idea", "withdraw"), ("workshops.objection", "withdraw")}
    for table in tables:
        assert table in workflows()
        for transition in table.transitions.values():
            assert transition.permission or (table.model, transition.name) in participants_own, (table, transition.name)


def test_no_code_sets_a_state_field_outside_the_workflow():
    assert state_writes(Path(workflow.__file__).parent, ("status", "state", "results_revealed")) == []
