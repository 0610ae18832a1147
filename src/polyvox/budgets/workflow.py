"""The budget's phases in order, what each step needs before it can happen, and the one way to move.

Below the use cases (`services.py`) and the count (`counting.py`), which both move a budget through
`PHASES`; every move leaves an audit entry."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from polyvox.budgets.models import Budget, Implementation, Phase, ReviewState
from polyvox.core.transitions import StateMachine, TransitionNotAllowed

PHASES = StateMachine(
    "phase",
    {
        (Phase.PREPARATION, "open_call"): Phase.PROJECT_CALL,
        (Phase.PROJECT_CALL, "close_call"): Phase.REVIEW,
        (Phase.REVIEW, "open_vote"): Phase.VOTING,
        (Phase.VOTING, "close_vote"): Phase.VOTE_CLOSED,
        (Phase.VOTE_CLOSED, "start_count"): Phase.COUNTING,
        (Phase.COUNTING, "finish_count"): Phase.RESULTS,
        (Phase.COUNTING, "count_failed"): Phase.VOTE_CLOSED,
        (Phase.RESULTS, "start_follow_up"): Phase.FOLLOW_UP,
    },
)
"""The phases, only in order. `finish_count` and `count_failed` are the counting task's own moves."""


class BudgetError(Exception):
    """A workflow step refused, with a message for the person who tried it."""


def blockers(budget: Budget, action: str) -> list[str]:
    """Why `action` cannot happen now (empty when it can): the table, then the phase's preconditions."""
    if not PHASES.can(budget, action):
        return [_("This step is not possible in the phase “%(phase)s”.") % {"phase": budget.get_phase_display()}]
    problems = []
    if action == "open_vote":
        projects = budget.projects.all()
        if projects.filter(review_state=ReviewState.SUBMITTED).exists():
            problems.append(_("Some projects still await the feasibility review."))
        if not projects.filter(review_state=ReviewState.ACCEPTED).exists():
            problems.append(_("No project was accepted: there is nothing to vote on."))
        if budget.vote_closes_at is None:
            problems.append(_("Set the date and time the vote closes first."))
        elif budget.vote_closes_at <= timezone.now():
            problems.append(_("The closing date of the vote is already past."))
        if budget.admission != "account" and budget.eligibility == "register" and not budget.register.exists():
            problems.append(_("Upload the register extract first: nobody could vote."))
        if budget.admission != "account" and budget.eligibility == "code" and not budget.codes.exists():
            problems.append(_("Create invitation codes first: nobody could vote."))
        if budget.has_districts and budget.projects.filter(review_state=ReviewState.ACCEPTED, district__isnull=True).exists():
            problems.append(_("Every accepted project must belong to a district."))
        if budget.rule_refusal():
            problems.append(budget.rule_refusal())
    return problems


def move(budget: Budget, action: str, *, actor=None, message: str = "") -> None:
    """Take the budget to its next phase, or raise BudgetError naming what stands in the way."""
    problems = blockers(budget, action)
    if problems:
        raise BudgetError(" ".join(problems))
    try:
        PHASES.apply(budget, action, actor=actor, message=message)
    except TransitionNotAllowed as error:
        raise BudgetError(str(error)) from None
    if action == "start_follow_up":
        budget.projects.filter(funded=True, implementation="").update(implementation=Implementation.PLANNED)


def close_due_votes() -> list[int]:
    """Close every vote whose closing time has passed (periodic; idempotent)."""
    closed = []
    for budget in Budget.objects.filter(phase=Phase.VOTING, vote_closes_at__lte=timezone.now()):
        try:
            move(budget, "close_vote", message="closing time reached")
        except BudgetError:
            continue
        closed.append(budget.pk)
    return closed
