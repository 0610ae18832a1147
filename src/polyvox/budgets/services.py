"""The budget's workflow: its phases in order with their preconditions, the call, the review, the follow-up.

The tables (phases, review, implementation) with their permissions and preconditions are in `workflow.py`,
ballots in `ballots.py`, counting in `counting.py`. Every change of phase, review decision and implementation
status goes through `workflow.py` and leaves an audit entry.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from polyvox.budgets.models import Budget, Phase, Project, ProjectPicture, ProjectUpdate, ReviewState
from polyvox.budgets.tasks import count_budget
from polyvox.budgets.workflow import (  # noqa: F401 (the tables and phase commands are this module's API too)
    BALLOT_STATES, IMPLEMENTATION, ORGANISER_ACTIONS, PHASES, REVIEW, BudgetError, blockers, close_due_votes, move,
)
from polyvox.core.transitions import record
from polyvox.core.workflow import SYSTEM, Refused, TransitionNotAllowed


def action_labels() -> dict[str, str]:
    return {
        "open_call": _("Open the call for projects"),
        "close_call": _("Close the call and start the feasibility review"),
        "open_vote": _("Open the vote"),
        "close_vote": _("Close the vote"),
        "start_count": _("Count the votes"),
        "start_follow_up": _("Start the follow-up"),
    }


def history_label(action: str) -> str:
    """An audit entry's action for people."""
    labels = {
        **action_labels(),
        "finish_count": _("Counted"),
        "count_failed": _("The count failed"),
        "submit": _("Project submitted"),
        "accept": _("Accepted for the vote"),
        "reject": _("Found not feasible"),
        "reopen": _("Review reopened"),
        "start": _("Work started"),
        "finish": _("Project done"),
        "abandon": _("Project abandoned"),
        "follow_up_update": _("Follow-up update"),
        "import_paper": _("Paper ballots imported"),
        "annul_ballot": _("Ballot annulled"),
    }
    return labels.get(action, action)


def start_count(budget: Budget, *, actor=SYSTEM) -> None:
    """Move to counting and enqueue the count (the background worker runs it; tests run it at once)."""
    move(budget, "start_count", actor=actor)  # under a row lock: a second click is refused here
    count_budget.enqueue(budget.pk)


# --- the call for projects ------------------------------------------------------------------------


def check_districts_editable(budget: Budget) -> None:
    """Districts (their pots and amounts) are fixed once the vote has opened: ballots name them."""
    if budget.phase_reached(Phase.VOTING):
        raise BudgetError(_("Districts cannot change once the vote has opened."))


def delete_district(budget: Budget, district) -> None:
    """Remove a district that no project belongs to, before the vote."""
    check_districts_editable(budget)
    count = district.projects.count()
    if count:
        raise BudgetError(_("The district “%(name)s” still has %(count)s project(s): move them to another district "
                            "first.") % {"name": district.name, "count": count})
    district.delete()


def submit_project(budget: Budget, author, data: dict, pictures: list[tuple] = ()) -> Project:
    """A resident's project: title, description, category, cost estimate, place, district; pictures."""
    with transaction.atomic():
        locked = Budget.objects.select_for_update().get(pk=budget.pk)
        if locked.phase != Phase.PROJECT_CALL:
            raise BudgetError(_("The call for projects is not open."))
        project = Project(budget=budget, author=author, **data)
        project.full_clean(exclude=["budget", "author"])
        project.save()
        for image, alt in pictures:
            ProjectPicture.objects.create(project=project, image=image, alt=alt)
        record(project, "submit", actor=author, to_state=project.review_state)
    return project


# --- the feasibility review -----------------------------------------------------------------------


def review_project(project: Project, decision: str, *, actor, reason: str = "", cost: Decimal | None = None,
                   cost_reason: str = "") -> Project:
    """Accept (optionally revising the cost, with the reason shown) or reject with a public reason; a decision
    already taken is reopened first. The table's guards check the phase, the reason and the cost."""
    if decision not in ("accept", "reject"):
        raise BudgetError(_("Unknown decision."))
    if decision == "reject":
        fields = (_field(project, "rejection_reason"),)
    else:
        fields = (_field(project, "cost_revision_reason"),) if cost is not None and cost != project.cost_estimate else ()
    try:
        with transaction.atomic():
            if project.review_state != ReviewState.SUBMITTED:
                REVIEW.apply(project, "reopen", by=actor)
            REVIEW.apply(project, decision, by=actor, message=reason or cost_reason, save_fields=fields,
                         reason=reason, cost=cost, cost_reason=cost_reason)
    except Refused as refused:
        project.refresh_from_db()
        raise BudgetError(" ".join(refused.reasons)) from None
    except TransitionNotAllowed as error:
        project.refresh_from_db()
        raise BudgetError(str(error)) from None
    return project


def _field(project, name) -> str:
    """The language column a plain assignment wrote (modeltranslation writes the active language's)."""
    from django.utils.translation import get_language

    lang = (get_language() or "fr")[:2]
    return f"{name}_{lang if lang in ('fr', 'nl', 'en') else 'fr'}"


# --- the follow-up --------------------------------------------------------------------------------


def change_implementation(project: Project, action: str, *, actor, reason: str = "") -> None:
    try:
        IMPLEMENTATION.apply(project, action, by=actor, message=reason, reason=reason,
                             save_fields=(_field(project, "abandon_reason"),) if action == "abandon" else ())
    except Refused as refused:
        raise BudgetError(" ".join(refused.reasons)) from None
    except TransitionNotAllowed as error:
        raise BudgetError(str(error)) from None


def add_update(project: Project, text: str, *, actor, on: date | None = None) -> ProjectUpdate:
    if not project.funded:
        raise BudgetError(_("Only funded projects carry follow-up updates."))
    if not text.strip():
        raise BudgetError(_("The update is empty."))
    update = ProjectUpdate.objects.create(project=project, text=text.strip(), date=on or timezone.localdate(), author=actor)
    record(project, "follow_up_update", actor=actor, message=text.strip()[:200])
    return update
