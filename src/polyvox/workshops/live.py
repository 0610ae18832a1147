"""The live stream: events recorded in the database, then pushed to every open screen of the workshop.

`record(workshop_id, audience, type, payload)` stores the event inside the caller's transaction and
publishes it once the transaction commits: nothing is shown before it is stored. By default one
in-process broadcaster (one uvicorn worker) fans events out to the open streams; with settings.REDIS_URL
set, events go through Redis pub/sub so that several server processes share the stream, on channels
named after the deployment (settings.LIVE_NAMESPACE): deployments that share a Redis stay apart.
"""

from __future__ import annotations

from django.db import transaction

from polyvox.core import live as core_live
from polyvox.core.live import _SentIds, format_sse  # noqa: F401 (the workshop's stream reads them from here)

broadcaster = core_live.Broadcaster("workshop")


def record(workshop_id: int, audience: str, type: str, payload: dict | None = None):
    """Store an event for one audience ("all", "facilitator", "p<id>") and publish it after commit."""
    from polyvox.workshops.models import Event

    event = Event.objects.create(workshop_id=workshop_id, audience=audience, type=type, payload=payload or {})
    message = {"id": event.pk, "workshop": workshop_id, "audience": audience, "type": type, "payload": event.payload}
    transaction.on_commit(lambda: publish(message))
    return event


def publish(message: dict) -> None:
    broadcaster.publish(message)


def channel_prefix() -> str:
    """The Redis channels of this deployment: "polyvox:<LIVE_NAMESPACE>:workshop:<id>".

    Two deployments sharing one Redis (each with its own database) never hear each other, even where
    their workshops have the same ids; every process of one deployment has the same namespace.
    """
    return broadcaster.channel_prefix()


def audiences_for(participant_id: int | None, facilitator: bool) -> set[str]:
    """The audiences a screen belongs to: everyone's events plus its own."""
    audiences = {"all"}
    if facilitator:
        audiences.add("facilitator")
    if participant_id:
        audiences.add(f"p{participant_id}")
    return audiences


def stream(workshop_id: int, audiences: set[str], last_id: int, backlog_loader):
    """The SSE body of one workshop's screen (core.live.stream on the workshops' broadcaster)."""
    return core_live.stream(broadcaster, workshop_id, audiences, last_id, backlog_loader)
