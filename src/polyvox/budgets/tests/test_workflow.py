"""The budget's tables (budgets/workflow.py) are the one door: each move checks its permission and its
preconditions, and a refused move changes nothing and leaves no trace."""

from __future__ import annotations

from pathlib import Path

import pytest

from polyvox.budgets import ballots, services, workflow
from polyvox.budgets.models import Ballot, Phase, ReviewState
from polyvox.budgets.tests.conftest import add_projects
from polyvox.core.models import AuditEntry
from polyvox.core.testing import state_writes
from polyvox.core.workflow import NotPermitted, Refused, apply

pytestmark = pytest.mark.django_db


def test_a_refused_precondition_changes_nothing_and_leaves_no_audit_entry(budget, editor):
    services.move(budget, "close_call", actor=editor)
    before = AuditEntry.objects.count()
    with pytest.raises(Refused) as refused:
        apply(budget, "open_vote", by=editor)  # no project was accepted, no codes
    assert "No project was accepted: there is nothing to vote on." in refused.value.reasons
    budget.refresh_from_db()
    assert budget.phase == Phase.REVIEW
    assert AuditEntry.objects.count() == before
    assert workflow.PHASES.blockers(budget, "open_vote", by=editor) == refused.value.reasons


def test_a_refused_review_changes_nothing(budget, editor, citizen):
    (project,) = add_projects(budget, citizen, (1000,))
    services.move(budget, "close_call", actor=editor)
    before = AuditEntry.objects.count()
    with pytest.raises(services.BudgetError, match="A rejection needs a public reason"):
        services.review_project(project, "reject", actor=editor, reason="  ")
    services.review_project(project, "accept", actor=editor)
    with pytest.raises(services.BudgetError, match="needs a public reason"):
        services.review_project(project, "reject", actor=editor)  # the reopening is undone with the refusal
    project.refresh_from_db()
    assert project.review_state == ReviewState.ACCEPTED
    assert AuditEntry.objects.count() == before + 1


def test_apply_checks_each_transitions_permission(budget, editor, other_editor, citizen, staff):
    (project,) = add_projects(budget, citizen, (1000,))
    for person in (other_editor, citizen):
        with pytest.raises(NotPermitted):
            apply(budget, "close_call", by=person)
        with pytest.raises(services.BudgetError):
            services.move(budget, "close_call", actor=person)
    budget.refresh_from_db()
    assert budget.phase == Phase.PROJECT_CALL
    services.move(budget, "close_call", actor=editor)
    with pytest.raises(NotPermitted):
        apply(project, "accept", by=citizen)
    project.refresh_from_db()
    assert project.review_state == ReviewState.SUBMITTED
    # The count's own moves belong to the counting task: no person, not even the Service's staff, makes them.
    assert workflow.PHASES.transitions["finish_count"].permission == "budgets.record_count"
    assert not staff.has_perm("budgets.record_count", budget)
    assert {t.name for t in workflow.PHASES.available(budget, editor)} == set()  # open_vote's preconditions fail
    assert {t.name for t in workflow.PHASES.available(budget, citizen)} == set()


def test_only_the_services_staff_annuls_through_the_ballots_table(voting_budget, editor, staff):
    code = voting_budget.codes.first()
    project = voting_budget.projects.filter(review_state=ReviewState.ACCEPTED).first()
    ballot = ballots.submit_ballot(voting_budget, ballots.Voter(f"c:{code.pk}"), [(project.pk, 1)])
    before = AuditEntry.objects.count()
    with pytest.raises(NotPermitted):
        apply(ballot, "annul", by=editor)
    with pytest.raises(ballots.BallotError):
        ballots.annul_ballot(ballot.reference, actor=editor, reason="doublon")
    assert Ballot.objects.get(pk=ballot.pk).state == "valid" and AuditEntry.objects.count() == before
    ballots.annul_ballot(ballot.reference, actor=staff, reason="doublon")
    assert Ballot.objects.get(pk=ballot.pk).state == "annulled"


def test_every_table_names_a_permission_and_is_registered():
    from polyvox.core.workflow import workflows

    for table in (workflow.PHASES, workflow.REVIEW, workflow.IMPLEMENTATION, workflow.BALLOT_STATES):
        assert table in workflows()
        assert all(t.permission for t in table.transitions.values()), table


def test_no_code_sets_a_state_field_outside_the_workflow():
    app = Path(workflow.__file__).parent
    assert state_writes(app, ("phase", "review_state", "implementation", "state")) == []


def test_the_system_closes_due_votes_without_a_person(voting_budget):
    type(voting_budget).objects.filter(pk=voting_budget.pk).update(vote_closes_at="2000-01-01T00:00:00Z")
    assert workflow.close_due_votes() == [voting_budget.pk]
    entry = AuditEntry.objects.filter(action="close_vote").get()
    assert entry.actor_id is None
