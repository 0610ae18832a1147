"""Events as iCalendar: the file of one event, and the subscribable feeds (all public events, a module, a working
group), in the reader's language."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.http import HttpResponse

from polyvox.core.ical import CalendarEvent, calendar
from polyvox.events.models import Event, EventState


def as_calendar_event(event: Event) -> CalendarEvent:
    location = ", ".join(part for part in (event.place, event.online_url) if part)
    return CalendarEvent(
        uid=f"event-{event.pk}@polyvox", title=event.title, starts_at=event.starts_at, ends_at=event.ends_at,
        url=f"{settings.SITE_URL}{event.get_absolute_url()}", description=event.description, location=location,
        status="CANCELLED" if event.state == EventState.CANCELLED else "CONFIRMED",
    )


def response(events: Iterable[Event], name: str, filename: str = "events.ics") -> HttpResponse:
    body = calendar((as_calendar_event(event) for event in events), name=str(name))
    answer = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    answer["Content-Disposition"] = f'inline; filename="{filename}"'
    return answer
