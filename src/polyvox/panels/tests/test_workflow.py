"""The panels' state changes go through one door (`panels/workflow.py` and `core.workflow.apply`): the table is
the documented lifecycle, each move asks its permission and its guards, and a refused move changes nothing and
leaves no audit entry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.urls import reverse

from polyvox.core.models import AuditEntry
from polyvox.core.transitions import history
from polyvox.core.workflow import SYSTEM, NotPermitted, Refused, apply, workflows
from polyvox.panels import services
from polyvox.panels.models import ACTION_LABELS, Panel, PanelState, Preset, VolunteerStatus
from polyvox.panels.tests.conftest import client_for, invited_panel
from polyvox.panels.workflow import LIFECYCLE, STATUS

S = PanelState
APP = Path(__file__).resolve().parents[1]


def test_the_lifecycle_table_is_the_documented_one():
    assert LIFECYCLE.table == {
        (S.SETUP, "draw_invitations"): S.INVITED,
        (S.INVITED, "open_registration"): S.REGISTRATION_OPEN,
        (S.REGISTRATION_OPEN, "close_registration"): S.REGISTRATION_CLOSED,
        (S.REGISTRATION_CLOSED, "reopen_registration"): S.REGISTRATION_OPEN,
        (S.REGISTRATION_CLOSED, "start_selection"): S.SELECTING,
        (S.SELECTING, "lottery_computed"): S.LOTTERY_READY,
        (S.SELECTING, "fail_selection"): S.REGISTRATION_CLOSED,
        (S.LOTTERY_READY, "discard_lottery"): S.REGISTRATION_CLOSED,
        (S.LOTTERY_READY, "announce_draw"): S.ANNOUNCED,
        (S.ANNOUNCED, "publish_selection"): S.SELECTED,
        (S.SELECTED, "end"): S.ENDED,
        (S.ENDED, "delete_personal_data"): S.PURGED,
    }
    assert STATUS.table == {
        (VolunteerStatus.REGISTERED, "select"): VolunteerStatus.SELECTED,
        (VolunteerStatus.SELECTED, "withdraw"): VolunteerStatus.WITHDRAWN,
        (VolunteerStatus.REGISTERED, "select_replacement"): VolunteerStatus.SELECTED,
    }
    # Registered with core at start-up (the app declares its workflows module), each move with its label.
    assert LIFECYCLE in workflows("panels.Panel") and STATUS in workflows("panels.Volunteer")
    assert all(t.label and t.name in ACTION_LABELS for t in LIFECYCLE.transitions.values())
    assert all(t.permission for wf in (LIFECYCLE, STATUS) for t in wf.transitions.values())


def test_nothing_outside_the_workflow_writes_a_state_field():
    """The panel's state and a volunteer's status are only set by `apply` (the tests may set up fixtures)."""
    writes = re.compile(r"^\s*[\w.]+\.(state|status)(\s*,\s*[\w.]+)*\s*=(?!=)|\b(state|status)\s*=\s*(PanelState|VolunteerStatus|S|V)\.")
    found = []
    for path in APP.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts or path.name == "workflow.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if writes.search(line) and "filter(" not in line and "exclude(" not in line:
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert not found, found


def test_a_refused_guard_changes_nothing_and_leaves_no_audit_entry(world):
    panel = services.create_panel(world.initiative, world.editor, "Sans registre", Preset.BLANK, 6)
    before = AuditEntry.objects.count()
    with pytest.raises(services.PanelError, match="registre"):
        services.draw_invitations(panel, world.editor, 10, stratified=False)
    with pytest.raises(Refused):
        apply(panel, "draw_invitations", by=world.editor, count=10, seed="x", stratified=False)
    panel.refresh_from_db()
    assert panel.state == S.SETUP and not panel.invitations.exists()
    assert AuditEntry.objects.count() == before
    assert LIFECYCLE.blockers(panel, "draw_invitations", by=world.editor)


def test_each_move_asks_its_permission(world):
    panel = invited_panel(world)
    before = AuditEntry.objects.count()
    for outsider in (world.other_editor, world.citizen):
        with pytest.raises(NotPermitted):
            apply(panel, "close_registration", by=outsider)
        with pytest.raises(services.PanelError):
            services.move(panel, outsider, "close_registration")
    # The platform's own moves are nobody's, not even the organisers'.
    assert not LIFECYCLE.permitted(panel, "lottery_computed", world.editor)
    assert LIFECYCLE.permitted(panel, "lottery_computed", SYSTEM)
    panel.refresh_from_db()
    assert panel.state == S.REGISTRATION_OPEN and AuditEntry.objects.count() == before
    # The pages answer 404 to an outsider (nothing tells them the panel in preparation exists).
    response = client_for(world.other_editor).post(reverse("panels:move", args=[panel.pk, "close_registration"]))
    assert response.status_code == 404
    assert Panel.objects.get(pk=panel.pk).state == S.REGISTRATION_OPEN
    services.move(panel, world.staff, "close_registration")  # the Service's staff may
    assert Panel.objects.get(pk=panel.pk).state == S.REGISTRATION_CLOSED


def test_the_draw_selects_the_members_through_their_own_workflow(world, drawn_panel):
    members = list(drawn_panel.volunteers.filter(status=VolunteerStatus.SELECTED))
    assert len(members) == drawn_panel.panel_size
    for member in members:
        assert [(e.action, e.to_state, e.actor) for e in history(member)] == [("select", "selected", world.editor)]
    member = members[0]
    with pytest.raises(NotPermitted):
        apply(member, "withdraw", by=world.other_editor)
    member.refresh_from_db()
    assert member.status == VolunteerStatus.SELECTED
