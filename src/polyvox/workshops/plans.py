"""Developing ideas: a canvas per chosen idea (who, what, first step, risks) and the action plan."""

from __future__ import annotations

from django.utils.translation import gettext as _

from polyvox.workshops import live
from polyvox.workshops.guards import WorkshopError, clean_text, require_open, writing
from polyvox.workshops.models import ActionItem, Activity, ActivityKind, Canvas, Idea

CANVAS_FIELDS = ("who", "what", "first_step", "risks")


def choose_for_canvas(activity: Activity, idea: Idea) -> Canvas:
    with writing():
        canvas, _created = Canvas.objects.get_or_create(activity=activity, idea=idea)
        live.record(activity.workshop_id, "all", "refresh", {"reason": "canvas"})
    return canvas


def update_canvas(canvas: Canvas, fields: dict) -> Canvas:
    require_open(canvas.activity)
    changes = {}
    for name in CANVAS_FIELDS:
        if name in fields:
            changes[name] = (fields[name] or "").strip()
            if len(changes[name]) > 2000:
                raise WorkshopError(_("This text is too long: %(length)s characters, at most %(limit)s.") % {"length": len(changes[name]), "limit": 2000})
    with writing():
        for name, value in changes.items():
            setattr(canvas, name, value)
        canvas.save()
        live.record(canvas.activity.workshop_id, "all", "canvas", {"id": canvas.pk, **{n: getattr(canvas, n) for n in CANVAS_FIELDS}})
    return canvas


def add_action(activity: Activity, text: str, owner: str, due_date) -> ActionItem:
    require_open(activity)
    if activity.kind != ActivityKind.ACTIONS:
        raise WorkshopError(_("This activity is not an action plan."))
    text = clean_text(text, 300)
    owner = (owner or "").strip()
    if not owner:
        raise WorkshopError(_("Every action needs an owner."))
    if due_date is None:
        raise WorkshopError(_("Every action needs a date."))
    with writing():
        action = ActionItem.objects.create(activity=activity, text=text, owner=owner[:120], due_date=due_date)
        live.record(activity.workshop_id, "all", "refresh", {"reason": "actions"})
    return action
