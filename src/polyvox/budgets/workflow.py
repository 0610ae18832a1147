"""The budget's state tables, written once: its phases in order, a project's review and implementation, a
ballot's annulment. Each transition names the permission it needs (budgets/rules.py) and its preconditions
(guards); `polyvox.core.workflow.apply` checks them, locks the row, changes and audits in one transaction.

Below the use cases (`services.py`, `ballots.py`) and the count (`counting.py`), which move their objects
only through these tables; every move leaves an audit entry."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from polyvox.budgets.models import BallotState, Budget, Implementation, Phase, ReviewState
from polyvox.core.workflow import SYSTEM, Refused, Transition, TransitionNotAllowed, Workflow

MANAGE = "budgets.manage_budget"
COUNT = "budgets.record_count"
"""Nobody holds it: the counting task (SYSTEM) alone finishes a count or reports its failure."""


class BudgetError(Exception):
    """A workflow step refused, with a message for the person who tried it."""


# --- the phases -----------------------------------------------------------------------------------


def vote_can_open(budget: Budget, step) -> list[str]:
    """What the vote needs before it opens: every project reviewed, something to vote on, a closing date
    ahead, a way to check voters, districts for every project, a rule that counts this ballot type."""
    problems = []
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


def reset_count(budget: Budget, step) -> None:
    """A count starts from nothing: progress, status and times on the budget row (the live page reads them)."""
    budget.count_progress, budget.count_status, budget.count_error = 0, "waiting", ""
    budget.count_started, budget.count_finished = timezone.now(), None


def plan_funded_projects(budget: Budget, step) -> None:
    """The follow-up starts with every funded project planned (the start of its implementation table)."""
    budget.projects.filter(funded=True, implementation="").update(implementation=Implementation.PLANNED)


PHASES = Workflow("budgets.Budget", "phase", [
    Transition("open_call", Phase.PREPARATION, Phase.PROJECT_CALL, permission=MANAGE),
    Transition("close_call", Phase.PROJECT_CALL, Phase.REVIEW, permission=MANAGE),
    Transition("open_vote", Phase.REVIEW, Phase.VOTING, permission=MANAGE, guards=(vote_can_open,)),
    Transition("close_vote", Phase.VOTING, Phase.VOTE_CLOSED, permission=MANAGE),
    Transition("start_count", Phase.VOTE_CLOSED, Phase.COUNTING, permission=MANAGE, effect=reset_count,
               save_fields=("count_progress", "count_status", "count_error", "count_started", "count_finished")),
    Transition("finish_count", Phase.COUNTING, Phase.RESULTS, permission=COUNT),
    Transition("count_failed", Phase.COUNTING, Phase.VOTE_CLOSED, permission=COUNT),
    Transition("start_follow_up", Phase.RESULTS, Phase.FOLLOW_UP, permission=MANAGE, effect=plan_funded_projects),
])
"""The phases, only in order. `finish_count` and `count_failed` are the counting task's own moves."""

ORGANISER_ACTIONS = ("open_call", "close_call", "open_vote", "close_vote", "start_count", "start_follow_up")


# --- a project's feasibility review -----------------------------------------------------------------


def in_review_phase(project, step) -> str | None:
    if project.budget.phase != Phase.REVIEW:
        return _("Projects are reviewed during the feasibility review only.")
    return None


def rejection_has_reason(project, step) -> str | None:
    if not (step.data.get("reason") or "").strip():
        return _("A rejection needs a public reason.")
    return None


def revised_cost_is_explained(project, step) -> str | None:
    cost = step.data.get("cost")
    if cost is None or cost == project.cost_estimate:
        return None
    if cost <= 0:
        return _("The cost must be positive.")
    if not (step.data.get("cost_reason") or "").strip():
        return _("Say why the cost was revised: the reason is public.")
    return None


def write_rejection(project, step) -> None:
    project.rejection_reason = step.data["reason"].strip()


def write_cost(project, step) -> None:
    """The reviewed cost (with its public reason) when it differs from the estimate; otherwise the estimate stands."""
    cost = step.data.get("cost")
    if cost is not None and cost != project.cost_estimate:
        project.cost = cost
        project.cost_revision_reason = step.data["cost_reason"].strip()
    else:
        project.cost = None


REVIEW = Workflow("budgets.Project", "review_state", [
    Transition("accept", ReviewState.SUBMITTED, ReviewState.ACCEPTED, permission="budgets.review_project",
               guards=(in_review_phase, revised_cost_is_explained), effect=write_cost, save_fields=("cost",)),
    Transition("reject", ReviewState.SUBMITTED, ReviewState.REJECTED, permission="budgets.review_project",
               guards=(in_review_phase, rejection_has_reason), effect=write_rejection),
    Transition("reopen", (ReviewState.ACCEPTED, ReviewState.REJECTED), ReviewState.SUBMITTED,
               permission="budgets.review_project", guards=(in_review_phase,)),
])


# --- a funded project's implementation ------------------------------------------------------------


def is_funded(project, step) -> str | None:
    return None if project.funded else _("Only funded projects carry an implementation status.")


def abandon_has_reason(project, step) -> str | None:
    if not (step.data.get("reason") or "").strip():
        return _("Say why the project was abandoned: the reason is public.")
    return None


def write_abandon_reason(project, step) -> None:
    project.abandon_reason = step.data["reason"].strip()


FOLLOW_UP = "budgets.follow_up_project"
NOT_STARTED = ("", Implementation.PLANNED)
"""A funded project is planned once the follow-up starts (or, counted before it, not yet marked)."""

IMPLEMENTATION = Workflow("budgets.Project", "implementation", [
    Transition("start", NOT_STARTED, Implementation.IN_PROGRESS, permission=FOLLOW_UP, guards=(is_funded,)),
    Transition("finish", Implementation.IN_PROGRESS, Implementation.DONE, permission=FOLLOW_UP, guards=(is_funded,)),
    Transition("abandon", (*NOT_STARTED, Implementation.IN_PROGRESS), Implementation.ABANDONED, permission=FOLLOW_UP,
               guards=(is_funded, abandon_has_reason), effect=write_abandon_reason),
])


# --- a ballot's annulment -------------------------------------------------------------------------

ANNULMENT_PHASES = (Phase.VOTING, Phase.VOTE_CLOSED)
"""A ballot is annulled before the count only: the published results then count it as annulled."""


def before_the_count(ballot, step) -> str | None:
    if ballot.budget.phase not in ANNULMENT_PHASES:
        return _("A ballot can be annulled while the vote is open or closed, before the count only.")
    return None


BALLOT_STATES = Workflow("budgets.Ballot", "state", [
    Transition("annul", BallotState.VALID, BallotState.ANNULLED, permission="budgets.annul_ballot",
               guards=(before_the_count,)),
])


# --- the commands on phases -------------------------------------------------------------------------


def blockers(budget: Budget, action: str, *, by=SYSTEM) -> list[str]:
    """Why `action` cannot happen now (empty when it can): the table, the permission, then the preconditions."""
    if not PHASES.can(budget, action):
        return [_("This step is not possible in the phase “%(phase)s”.") % {"phase": budget.get_phase_display()}]
    return PHASES.blockers(budget, action, by=by)


def move(budget: Budget, action: str, *, actor=SYSTEM, message: str = "") -> None:
    """Take the budget to its next phase, or raise BudgetError naming what stands in the way.
    `actor` is the person acting, or SYSTEM for the platform (the scheduler, the counting task)."""
    try:
        PHASES.apply(budget, action, by=actor, message=message)
    except Refused as refused:
        raise BudgetError(" ".join(refused.reasons)) from None
    except TransitionNotAllowed:
        raise BudgetError(_("This step is not possible in the phase “%(phase)s”.") % {"phase": budget.get_phase_display()}) from None


def close_due_votes() -> list[int]:
    """Close every vote whose closing time has passed (periodic; idempotent)."""
    closed = []
    for budget in Budget.objects.filter(phase=Phase.VOTING, vote_closes_at__lte=timezone.now()):
        try:
            move(budget, "close_vote", actor=SYSTEM, message="closing time reached")
        except BudgetError:
            continue
        closed.append(budget.pk)
    return closed
