"""The workshop's state tables, written once: the workshop's status, an activity's state, an idea on the wall,
a consent decision's rounds, an objection, a forecasting question's rounds.

Each transition names who may make it (the facilitator's permission `workshops.run`, from rules.py; a
participant's own moves need no permission but their guards: they act by the code they joined with), its
preconditions (guards) and what else it changes (effect). `polyvox.core.workflow.apply` checks them, locks
the row, changes and audits in one transaction; the use cases (`facilitation.py`, `ideas.py`,
`decisions.py`, `voting.py`, `forecasts.py`) move their objects only through `move` below.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from polyvox.core.workflow import Refused, Transition, TransitionNotAllowed, Workflow
from polyvox.workshops.guards import WorkshopError
from polyvox.workshops.identity import is_mine
from polyvox.workshops.models import (
    ActivityKind, ActivityState, DecisionState, DelphiStatus, IdeaStatus, ObjectionStatus, WorkshopStatus,
)

RUN = "workshops.run"


def move(table: Workflow, obj, name: str, by, *, not_now="", message: str = "",
         save_fields: tuple[str, ...] = (), **data):
    """Move obj through `table`; a refusal becomes a WorkshopError for the person who asked: the guards' reasons,
    or `not_now` (a text, or a function of obj read after the refusal; else the table's own words) when the
    table has no such move from the current state."""
    try:
        return table.apply(obj, name, by=by, message=message, save_fields=save_fields, **data)
    except Refused as refused:
        raise WorkshopError(" ".join(refused.reasons)) from None
    except TransitionNotAllowed as error:
        raise WorkshopError(str((not_now(obj) if callable(not_now) else not_now) or error)) from None


def refuse_if_blocked(table: Workflow, obj, name: str, by, **data) -> None:
    """The checks of `move` before a use case changes anything else (e.g. a decision's round)."""
    reasons = table.blockers(obj, name, by=by, **data)
    if reasons:
        raise WorkshopError(" ".join(reasons))


# --- the workshop --------------------------------------------------------------------------------


def close_open_activities(workshop, step) -> None:
    for activity in workshop.activities.filter(state=ActivityState.OPEN):
        move(ACTIVITY, activity, "close", step.by)
    workshop.finished_at = timezone.now()
    workshop.current_activity = None


WORKSHOP = Workflow("workshops.Workshop", "status", [
    Transition("start", WorkshopStatus.PREPARING, WorkshopStatus.RUNNING, permission=RUN),
    Transition("finish", (WorkshopStatus.PREPARING, WorkshopStatus.RUNNING), WorkshopStatus.FINISHED, permission=RUN,
               effect=close_open_activities, save_fields=("finished_at", "current_activity")),
])


# --- an activity ---------------------------------------------------------------------------------


def workshop_not_finished(activity, step) -> str | None:
    if activity.workshop.status == WorkshopStatus.FINISHED:
        return _("This workshop has ended.")
    return None


def is_a_vote(activity, step) -> str | None:
    return None if activity.kind == ActivityKind.DOTS else _("This activity is not a vote.")


def not_yet_revealed(activity, step) -> str | None:
    return _("The results are already revealed.") if activity.results_revealed else None


def stop_timer(activity, step) -> None:
    activity.timer_ends_at = None


def show_results(activity, step) -> None:
    activity.results_revealed = True
    activity.timer_ends_at = None


# Revealing a vote's results closes it ("reveal"); only "reopen", an explicit and audited step of the
# facilitator, lets people vote again. "open" makes an activity the current one (again, when it is).
ACTIVITY = Workflow("workshops.Activity", "state", [
    Transition("open", (ActivityState.PENDING, ActivityState.OPEN, ActivityState.CLOSED), ActivityState.OPEN,
               permission=RUN, guards=(workshop_not_finished,), effect=stop_timer, save_fields=("timer_ends_at",)),
    Transition("close", ActivityState.OPEN, ActivityState.CLOSED, permission=RUN, effect=stop_timer,
               save_fields=("timer_ends_at",)),
    Transition("reveal", (ActivityState.OPEN, ActivityState.CLOSED, ActivityState.PENDING), ActivityState.CLOSED,
               permission=RUN, guards=(is_a_vote, not_yet_revealed), effect=show_results,
               save_fields=("results_revealed", "timer_ends_at")),
    Transition("reopen", ActivityState.CLOSED, ActivityState.OPEN, permission=RUN, guards=(workshop_not_finished,)),
])


def activity_not_now(activity) -> str:
    return _("This cannot be done now: the activity is “%(state)s”.") % {"state": activity.get_state_display()}


# --- an idea on the wall -------------------------------------------------------------------------


def written_by_the_participant(idea, step) -> str | None:
    participant = step.by
    if idea.activity.workshop_id != participant.workshop_id or not is_mine(participant, idea, step.data.get("secret", "")):
        return _("You can only change your own notes.")
    return None


def activity_is_open(idea, step) -> str | None:
    activity = idea.activity
    if activity.state != ActivityState.OPEN or activity.workshop.status == WorkshopStatus.FINISHED:
        return _("This activity is closed: nothing was changed.")
    return None


def mergeable_into(idea, step) -> str | None:
    into = step.data.get("into")
    if into is None:
        return _("There is no idea with this number on the wall: give the number (#) shown on the idea to merge into.")
    if into.pk == idea.pk or into.activity_id != idea.activity_id:
        return _("Only two different ideas of the same activity can be merged.")
    if into.status != IdeaStatus.VISIBLE:
        return _("The idea to merge into is no longer on the wall.")
    return None


def merge_into(idea, step) -> None:
    from polyvox.workshops.models import Vote

    idea.merged_into = step.data["into"]
    Vote.objects.filter(idea=idea).update(idea=step.data["into"])  # unique clashes cannot happen before voting


IDEA = Workflow("workshops.Idea", "status", [
    # The author, by the code they joined with (and, in an anonymous activity, the secret in their cookie).
    Transition("withdraw", IdeaStatus.VISIBLE, IdeaStatus.WITHDRAWN, guards=(written_by_the_participant, activity_is_open),
               save_fields=("updated_at",)),
    Transition("hide", IdeaStatus.VISIBLE, IdeaStatus.HIDDEN, permission=RUN, save_fields=("updated_at",)),
    Transition("merge", IdeaStatus.VISIBLE, IdeaStatus.MERGED, permission=RUN, guards=(mergeable_into,), effect=merge_into,
               save_fields=("merged_into", "updated_at")),
])


# --- a consent decision --------------------------------------------------------------------------

S = DecisionState


def no_open_objection(decision, step) -> str | None:
    count = decision.objections.filter(status=ObjectionStatus.OPEN).count()
    if count:
        return _("Consent cannot be recorded while %(n)s objection(s) remain open.") % {"n": count}
    return None


def keep_final_text(decision, step) -> None:
    decision.final_text = decision.text
    decision.decided_at = timezone.now()


def date_the_decision(decision, step) -> None:
    decision.decided_at = timezone.now()


LIFECYCLE = Workflow("workshops.Decision", "state", [
    Transition("clarify", S.PROPOSED, S.CLARIFYING, permission=RUN),
    Transition("react", S.CLARIFYING, S.REACTING, permission=RUN),
    Transition("object", (S.REACTING, S.AMENDING), S.OBJECTING, permission=RUN),  # the amended text is tested again
    Transition("amend", S.OBJECTING, S.AMENDING, permission=RUN),
    Transition("consent", (S.OBJECTING, S.AMENDING), S.CONSENTED, permission=RUN, guards=(no_open_objection,),
               effect=keep_final_text, save_fields=("final_text", "decided_at")),
    Transition("withdraw", (S.PROPOSED, S.CLARIFYING, S.REACTING, S.OBJECTING, S.AMENDING), S.WITHDRAWN, permission=RUN,
               effect=date_the_decision, save_fields=("decided_at",)),
])


# --- an objection --------------------------------------------------------------------------------


def raised_by_the_participant(objection, step) -> str | None:
    if objection.author_id != step.by.pk:
        return _("Only the person who objected can withdraw the objection.")
    return None


def withdrawn_by_the_objector(objection, step) -> None:
    objection.resolution = _("Withdrawn by the objector.")


def met_by_the_amendment(objection, step) -> None:
    objection.resolution = _("Met by the amendment: %(text)s") % {"text": step.data["amendment"].text}


OBJECTION = Workflow("workshops.Objection", "status", [
    # The objector, by the code they joined with.
    Transition("withdraw", ObjectionStatus.OPEN, ObjectionStatus.WITHDRAWN, guards=(raised_by_the_participant,),
               effect=withdrawn_by_the_objector, save_fields=("resolution",)),
    Transition("meet", ObjectionStatus.OPEN, ObjectionStatus.MET, permission=RUN, effect=met_by_the_amendment,
               save_fields=("resolution",)),
])


# --- a forecasting (Delphi) question -------------------------------------------------------------


def someone_answered(question, step) -> str | None:
    if not question.answers.filter(round=question.round).exists():
        return _("No one has answered this round yet.")
    return None


def rounds_left(question, step) -> str | None:
    if question.round >= question.max_rounds:
        return _("All %(n)s planned rounds are done: close the question.") % {"n": question.max_rounds}
    return None


def range_stopped_shrinking(question, step) -> str | None:
    """`still_shrinking` is measured by the command (forecasts.close_question) from the rounds' statistics."""
    if question.round < question.max_rounds and step.data.get("still_shrinking"):
        return _("The range is still shrinking: run the next round (round %(r)s of %(n)s).") % {
            "r": question.round, "n": question.max_rounds}
    return None


def next_round(question, step) -> None:
    question.round += 1


DELPHI = Workflow("workshops.DelphiQuestion", "status", [
    Transition("close_round", DelphiStatus.ANSWERING, DelphiStatus.REVIEW, permission=RUN, guards=(someone_answered,)),
    Transition("next_round", DelphiStatus.REVIEW, DelphiStatus.ANSWERING, permission=RUN, guards=(rounds_left,),
               effect=next_round, save_fields=("round",)),
    Transition("close_question", DelphiStatus.REVIEW, DelphiStatus.CLOSED, permission=RUN, guards=(range_stopped_shrinking,)),
])
