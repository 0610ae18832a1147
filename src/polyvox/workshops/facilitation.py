"""Running the agenda: the current activity, its timer, the room's lock, the end of the workshop. Every change
of state goes through `workflow.py` (ACTIVITY, WORKSHOP)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from polyvox.core.transitions import record as audit
from polyvox.workshops import decisions, live
from polyvox.workshops.guards import WorkshopError, writing
from polyvox.workshops.joining import form_groups
from polyvox.workshops.models import GROUP_KINDS, Activity, ActivityState, Workshop, WorkshopStatus
from polyvox.workshops.workflow import ACTIVITY, WORKSHOP, activity_not_now, move, refuse_if_blocked


def open_activity(activity: Activity, actor) -> None:
    """Make this activity the current one: the previous one closes, groups and decision rounds follow."""
    workshop = activity.workshop
    refuse_if_blocked(ACTIVITY, activity, "open", actor)  # before the decision's round moves
    with writing():
        if activity.decision_id:
            decisions.enter_round(activity.decision, activity.kind, actor)
        for other in workshop.activities.filter(state=ActivityState.OPEN).exclude(pk=activity.pk):
            move(ACTIVITY, other, "close", actor)
        move(ACTIVITY, activity, "open", actor)
        if activity.kind in GROUP_KINDS and not activity.groups.exists():
            form_groups(activity)
        if workshop.status == WorkshopStatus.PREPARING:
            move(WORKSHOP, workshop, "start", actor)
        workshop.current_activity = activity
        workshop.save(update_fields=["current_activity"])
        audit(workshop, "open_activity", actor=actor, message=str(activity.pk))
        live.record(workshop.pk, "all", "refresh", {"reason": "activity", "activity": activity.pk})


def close_activity(activity: Activity, actor) -> None:
    with writing():
        move(ACTIVITY, activity, "close", actor, not_now=activity_not_now)
        live.record(activity.workshop_id, "all", "refresh", {"reason": "activity", "activity": activity.pk})


def reopen_activity(activity: Activity, actor) -> None:
    """Open a closed activity again (a revealed vote whose voting the facilitator resumes): it becomes the
    current one, every other open activity closes."""
    workshop = activity.workshop
    refuse_if_blocked(ACTIVITY, activity, "reopen", actor)
    with writing():
        for other in workshop.activities.filter(state=ActivityState.OPEN).exclude(pk=activity.pk):
            move(ACTIVITY, other, "close", actor)
        move(ACTIVITY, activity, "reopen", actor, not_now=activity_not_now)
        workshop.current_activity = activity
        workshop.save(update_fields=["current_activity"])
        live.record(workshop.pk, "all", "refresh", {"reason": "activity", "activity": activity.pk})


def start_timer(activity: Activity, seconds: int | None = None) -> None:
    seconds = seconds or activity.timer_seconds
    if not seconds or seconds <= 0 or seconds > 4 * 3600:
        raise WorkshopError(_("Give the timer a duration between one second and four hours."))
    with writing():
        activity.timer_ends_at = timezone.now() + timezone.timedelta(seconds=seconds)
        activity.save(update_fields=["timer_ends_at"])
        live.record(activity.workshop_id, "all", "timer", timer_payload(activity))


def stop_timer(activity: Activity) -> None:
    with writing():
        activity.timer_ends_at = None
        activity.save(update_fields=["timer_ends_at"])
        live.record(activity.workshop_id, "all", "timer", timer_payload(activity))


def timer_payload(activity: Activity) -> dict:
    ends = activity.timer_ends_at
    return {"activity": activity.pk, "ends_at": int(ends.timestamp() * 1000) if ends else None,
            "server_now": int(timezone.now().timestamp() * 1000)}


def set_locked(workshop: Workshop, locked: bool, actor) -> None:
    with writing():
        Workshop.objects.filter(pk=workshop.pk).update(locked=locked)
        workshop.locked = locked
        audit(workshop, "lock" if locked else "unlock", actor=actor)
        live.record(workshop.pk, "facilitator", "refresh", {"reason": "lock"})


def finish(workshop: Workshop, actor) -> None:
    """End the workshop: every open activity closes, the code expires."""
    with writing():
        move(WORKSHOP, workshop, "finish", actor, not_now=_("This workshop has ended."))
        live.record(workshop.pk, "all", "refresh", {"reason": "finished"})
