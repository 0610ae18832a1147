"""The workshop's use cases: prepare, join, run the agenda, write ideas, cluster, vote.

Each function checks its rules, writes in one short transaction and records the live events that
follow (published after commit). A refused action raises `WorkshopError` with a translated message and
changes nothing. Every change of state goes through the tables of `workflow.py`.

Preparing is here; the other use cases live along the workshop's seams and are importable from here too:
joining and groups (`joining.py`), running the agenda (`facilitation.py`), the wall of ideas and its
clusters (`ideas.py`), canvases and the action plan (`plans.py`), consent decisions (`decisions.py`),
votes (`voting.py`), forecasts (`forecasts.py`).
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from polyvox.core.transitions import record as audit
from polyvox.workshops import live
from polyvox.workshops.agendas import DEFAULTS, TEMPLATES, localised
from polyvox.workshops.facilitation import (  # noqa: F401 (this module's API)
    close_activity, finish, open_activity, reopen_activity, set_locked, start_timer, stop_timer, timer_payload,
)
from polyvox.workshops.guards import WorkshopError, clean_text, require_open, writing  # noqa: F401 (this module's API)
from polyvox.workshops.ideas import (  # noqa: F401 (this module's API)
    accept_suggestion, add_idea, answer_question, create_cluster, delete_cluster, edit_idea, guess_language, hide_idea,
    idea_audiences, idea_payload, is_mine, merge_ideas, move_to_cluster, own, publish_idea, rename_cluster, save_draft,
    suggest_clusters, withdraw_idea,
)
from polyvox.workshops.joining import find_by_code, form_groups, group_of, join, normalise_code  # noqa: F401 (this module's API)
from polyvox.workshops.models import DECISION_KINDS, Activity, ActivityKind, Decision, Workshop, WorkshopStatus, new_code
from polyvox.workshops.plans import CANVAS_FIELDS, add_action, choose_for_canvas, update_canvas  # noqa: F401 (this module's API)


# --- preparing ---------------------------------------------------------------------------------

def create_workshop(facilitator, template: str, title: str, challenge: str = "", initiative=None) -> Workshop:
    title = (title or "").strip()
    if not title:
        raise WorkshopError(_("Give the workshop a title."))
    if template not in TEMPLATES:
        raise WorkshopError(_("Unknown workshop template."))
    with writing():
        code = new_code()
        while Workshop.objects.filter(code=code).exists():
            code = new_code()
        workshop = Workshop.objects.create(
            title=title[:200], challenge=challenge, template=template, facilitator=facilitator, initiative=initiative, code=code
        )
        decision = None
        if template == "consent":
            decision = Decision.objects.create(workshop=workshop, proposal=challenge or title, text=challenge or title)
        previous = {}
        for kind in TEMPLATES[template]:
            activity = add_activity(workshop, kind, decision=decision)
            if kind in {"clusters", "dots", "canvas"}:
                activity.source = previous.get("ideas")
                activity.save(update_fields=["source"])
            previous[kind] = activity
        audit(workshop, "create", actor=facilitator, message=template)
    return workshop


def add_activity(workshop: Workshop, kind: str, *, decision: Decision | None = None, title: str = "", instructions: str = "",
                 timer_seconds: int | None = None) -> Activity:
    """Append an activity to the agenda (the free composition uses this too)."""
    if kind not in ActivityKind.values:
        raise WorkshopError(_("Unknown kind of activity."))
    default_title, default_instructions, default_timer, anonymous = DEFAULTS[kind]
    position = (workshop.activities.order_by("-position").values_list("position", flat=True).first() or 0) + 1
    fields = {}
    for code, value in localised(default_title).items():
        fields[f"title_{code}"] = title if (title and code == "fr") else value
    for code, value in localised(default_instructions).items():
        fields[f"instructions_{code}"] = instructions if (instructions and code == "fr") else value
    if kind in DECISION_KINDS and decision is None:
        decision = workshop.decisions.order_by("-pk").first() or Decision.objects.create(
            workshop=workshop, proposal=workshop.challenge or workshop.title, text=workshop.challenge or workshop.title
        )
    source = None
    if kind in {"clusters", "dots", "canvas"}:
        source = workshop.activities.filter(kind__in=["ideas", "hmw"]).order_by("-position").first()
    return Activity.objects.create(
        workshop=workshop, position=position, kind=kind, anonymous=anonymous, decision=decision if kind in DECISION_KINDS else None,
        timer_seconds=timer_seconds if timer_seconds is not None else default_timer, source=source, **fields,
    )


def compose(workshop: Workshop, actor, kind: str) -> Activity:
    with writing():
        activity = add_activity(workshop, kind)
        live.record(workshop.pk, "all", "refresh", {"reason": "agenda"})
    return activity


EVENT_LOG_KEPT_DAYS = 7


def purge_event_logs(now=None) -> int:
    """The stream's log only serves screens reconnecting during the workshop: a week after it ended, it goes."""
    from polyvox.workshops.models import Event

    now = now or timezone.now()
    ended = Workshop.objects.filter(status=WorkshopStatus.FINISHED, finished_at__lt=now - timezone.timedelta(days=EVENT_LOG_KEPT_DAYS))
    deleted, _rows = Event.objects.filter(workshop__in=ended).delete()
    return deleted
