"""The framework contract's state changes go through one door (`procurement/workflow.py` and
`core.workflow.apply`): the tables are the documented steps, each move asks its permission and its guards, and
a refused move changes nothing and leaves no audit entry."""

import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from polyvox.accounts.testing import sign_in
from polyvox.core.models import AuditEntry
from polyvox.core.transitions import history
from polyvox.core.workflow import SYSTEM, NotPermitted, Refused, apply, workflows
from polyvox.organisations.models import Organisation
from polyvox.procurement import services
from polyvox.procurement.workflow import ACTION_LABELS, CONTRACT, INVITATION, MEMBERSHIP

from .conftest import lot, make_user, provider, provider_user

APP = Path(__file__).resolve().parents[1]
_CANCELLABLE = ("need", "specification", "tendering", "cascade", "evaluation", "deviation_proposed", "awarded", "validated", "ordered")


def test_the_tables_are_the_documented_steps():
    assert MEMBERSHIP.table == {
        ("requested", "record_meeting"): "meeting_held",
        ("meeting_held", "sign"): "member",
        ("requested", "withdraw"): "withdrawn",
        ("meeting_held", "withdraw"): "withdrawn",
    }
    assert CONTRACT.table == {
        ("need", "draft_specification"): "specification",
        ("specification", "invite_offers"): "tendering",
        ("specification", "start_cascade"): "cascade",
        ("tendering", "open_offers"): "evaluation",
        ("evaluation", "award"): "awarded",
        ("evaluation", "propose_deviation"): "deviation_proposed",
        ("deviation_proposed", "approve_deviation"): "awarded",
        ("deviation_proposed", "refuse_deviation"): "evaluation",
        ("cascade", "accept"): "awarded",
        ("cascade", "exhaust"): "specification",
        ("awarded", "validate"): "validated",
        ("validated", "issue_order"): "ordered",
        ("ordered", "launch"): "launched",
        **{(state, "cancel"): "cancelled" for state in _CANCELLABLE},
    }
    assert INVITATION.table == {("invited", "accept"): "accepted", ("invited", "decline"): "declined",
                                ("invited", "expire"): "expired"}
    assert MEMBERSHIP in workflows("procurement.Membership") and CONTRACT in workflows("procurement.SubsequentContract")
    assert INVITATION in workflows("procurement.Invitation")
    for workflow in (MEMBERSHIP, CONTRACT, INVITATION):
        for transition in workflow.transitions.values():
            assert transition.permission and transition.label, transition.name
    assert all(name in ACTION_LABELS for name in (*MEMBERSHIP.transitions, *CONTRACT.transitions))


def test_nothing_outside_the_workflow_writes_a_state_field():
    writes = re.compile(r"^\s*[\w.]+\.(state|status)(\s*,\s*[\w.]+)*\s*=(?!=)|\b(state|status)\s*=\s*(ContractState|Invitation\.Status|Membership\.State)\.")
    found = []
    for path in APP.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts or path.name == "workflow.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if writes.search(line) and not re.search(r"\b(filter|exclude|get|create)\(", line):
                found.append(f"{path.relative_to(APP)}:{number}: {line.strip()}")
    assert not found, found


def test_a_refused_guard_changes_nothing_and_leaves_no_audit_entry(framework, member, official, staff):
    contract = services.record_need(member, lot(framework, 3), official, title="Panel", need="Facilitation", amount=Decimal("45000"))
    services.draft_specification(contract, staff)
    before = AuditEntry.objects.count()
    with pytest.raises(ValidationError, match="criteria"):  # no award criteria yet
        services.invite_offers(contract, staff, deadline=services.cascade_deadline(contract.created_at, 30))
    with pytest.raises(Refused):
        apply(contract, "invite_offers", by=staff)
    contract.refresh_from_db()
    assert contract.state == "specification" and not contract.invitations.exists()
    assert AuditEntry.objects.count() == before
    assert CONTRACT.blockers(contract, "invite_offers", by=staff)


def test_each_move_asks_its_permission(framework, member, official, staff):
    contract = services.record_need(member, lot(framework, 4), official, title="Affiches", need="Com", amount=Decimal("20000"))
    services.draft_specification(contract, official)  # the member co-drafts
    before = AuditEntry.objects.count()
    with pytest.raises(NotPermitted):  # requests go out from the Service, not from the member
        services.start_cascade(contract, official)
    other_body = Organisation.objects.create(name="Autre commune", slug="autre-commune", kind="municipality")
    outsider = make_user("outsider@example.org", organisation=other_body, role="editor")
    with pytest.raises(NotPermitted):
        apply(contract, "cancel", by=outsider, message="not mine")
    contract.refresh_from_db()
    assert contract.state == "specification" and AuditEntry.objects.count() == before
    # The platform's own moves are nobody's, not even the staff's.
    assert not CONTRACT.permitted(contract, "exhaust", staff) and CONTRACT.permitted(contract, "exhaust", SYSTEM)
    # The page answers 404 to someone who may not see the contract, and changes nothing.
    client = Client()
    sign_in(client, outsider)
    response = client.post(reverse("procurement:contract_action", args=[contract.pk, "cancel"]), {"reason": "not mine"})
    assert response.status_code == 404
    contract.refresh_from_db()
    assert contract.state == "specification"


def test_a_providers_answer_goes_through_the_invitations_workflow(framework, member, official, staff):
    contract = services.record_need(member, lot(framework, 6), official, title="Eval", need="N", amount=Decimal("12000"))
    services.draft_specification(contract, staff)
    first = services.start_cascade(contract, staff)
    with pytest.raises(NotPermitted):  # another provider cannot answer for the one asked
        apply(first, "decline", by=provider_user(6, 2))
    services.cascade_decline(contract, provider(6, 1), provider_user(6, 1), reason="Busy")
    first.refresh_from_db()
    assert first.status == "declined"
    assert [(e.action, e.actor) for e in history(first)] == [("decline", provider_user(6, 1))]
