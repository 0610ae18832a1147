"""The conversation's live stream: events stored (MapEvent) inside the caller's transaction, published after
commit through the shared broadcaster (core.live), so a screen misses nothing and sees nothing unstored.

A vote does not recompute the map in the voter's request: it asks for a refresh (`services.schedule_map`),
which the task worker runs at most once at a time per conversation; votes arriving during a computation ask for
the next one, so the map always catches up with the last vote.
"""

from __future__ import annotations

from django.db import transaction

from polyvox.core import live as core_live

broadcaster = core_live.Broadcaster("conversation")
PENDING_KEY = "consultations:map-pending:{id}"
PENDING_SECONDS = 30  # a refresh asked for and lost (worker stopped) is asked for again after this


def record(consultation_id: int, type: str, payload: dict | None = None):
    from polyvox.consultations.models import MapEvent

    event = MapEvent.objects.create(consultation_id=consultation_id, type=type, payload=payload or {})
    message = {"id": event.pk, "conversation": consultation_id, "audience": "all", "type": type, "payload": event.payload}
    transaction.on_commit(lambda: broadcaster.publish(message))
    return event


def statement_published(statement) -> None:
    record(statement.consultation_id, "statements", {"number": statement.number})


def statement_changed(statement) -> None:
    record(statement.consultation_id, "statements", {"number": statement.number, "state": statement.state})


def refresh(consultation_id: int, reason: str) -> None:
    record(consultation_id, "refresh", {"reason": reason})


def map_refreshed(consultation_id: int, version: int, summary: dict) -> None:
    record(consultation_id, "map", {"version": version, **summary})


def stream(consultation_id: int, last_id: int):
    return core_live.stream(broadcaster, consultation_id, {"all"}, last_id, _backlog)


async def _backlog(consultation_id: int, audiences, since_id: int) -> list[dict]:
    from asgiref.sync import sync_to_async

    from polyvox.consultations.models import MapEvent

    def load():
        rows = MapEvent.objects.filter(consultation_id=consultation_id, pk__gt=since_id).order_by("pk")
        if not since_id:  # a new screen needs only the latest map and refresh, not the whole log
            rows = rows.filter(pk__gte=(MapEvent.objects.filter(consultation_id=consultation_id)
                                        .order_by("-pk").values_list("pk", flat=True)[:1].first() or 0))
        return [{"id": e.pk, "conversation": consultation_id, "audience": "all", "type": e.type, "payload": e.payload}
                for e in rows[:500]]

    return await sync_to_async(load)()
