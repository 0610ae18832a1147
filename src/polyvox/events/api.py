"""Public events in the read-only JSON API (/api/events/): kind, module, start, end, places left, texts in French,
Dutch and English. Agents-only events and drafts are not listed."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.http import Http404
from django.utils import timezone
from ninja import Router, Schema

from polyvox.events.models import Audience, Event, EventKind, EventState

router = Router(tags=["events"])


class Texts(Schema):
    fr: str
    nl: str
    en: str


class ModuleOut(Schema):
    slug: str
    kind: str
    title: Texts


class EventOut(Schema):
    id: int
    kind: str
    state: str
    module: ModuleOut | None
    title: Texts
    description: Texts
    start: dt.datetime
    end: dt.datetime
    place: str
    online: bool
    languages: list[str]
    capacity: int | None
    places_left: int | None
    url: str
    ics: str


def public_events():
    return (Event.objects.filter(state__in=[EventState.PUBLISHED, EventState.CANCELLED], audience=Audience.EVERYONE)
            .select_related("module"))


@router.get("/", response=list[EventOut], summary="Public events (upcoming first; `past=true` for those over)")
def list_events(request, kind: str = "", module: str = "", past: bool = False):
    events = public_events()
    if kind in EventKind.values:
        events = events.filter(kind=kind)
    if module:
        events = events.filter(module__slug=module)
    now = timezone.now()
    events = events.filter(ends_at__lte=now).order_by("-starts_at") if past else events.filter(ends_at__gt=now).order_by("starts_at")
    return [_out(event) for event in events[:500]]


@router.get("/{event_id}", response=EventOut, summary="One public event")
def get_event(request, event_id: int):
    event = public_events().filter(pk=event_id).first()
    if event is None:
        raise Http404
    return _out(event)


def _texts(obj, field: str) -> dict:
    return {lang: getattr(obj, f"{field}_{lang}") or "" for lang in ("fr", "nl", "en")}


def _out(event: Event) -> dict:
    module = None
    if event.module is not None:
        module = {"slug": event.module.slug, "kind": event.module.kind, "title": _texts(event.module, "title")}
    return {
        "id": event.pk, "kind": event.kind, "state": event.state, "module": module,
        "title": _texts(event, "title"), "description": _texts(event, "description"),
        "start": event.starts_at, "end": event.ends_at, "place": event.place, "online": bool(event.online_url),
        "languages": event.language_codes, "capacity": event.capacity, "places_left": event.places_left(),
        "url": f"{settings.SITE_URL}{event.get_absolute_url()}",
        "ics": f"{settings.SITE_URL}/fr/events/{event.pk}/event.ics",
    }
