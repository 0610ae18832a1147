"""Live streams (Server-Sent Events) for any kind of object: one broadcaster per kind ("workshop",
"petition", "conversation", ...), fanning events out to the open streams of this process, and through Redis
pub/sub to every process of the deployment when settings.REDIS_URL is set.

An app keeps its own event log (for resumes: Last-Event-ID) and publishes messages
`{"id": <event id>, "<kind>": <object id>, "audience": "...", "type": "...", "payload": {...}}` after commit.
Channels are named after the deployment (settings.LIVE_NAMESPACE): "polyvox:<namespace>:<kind>:<id>", so
deployments that share a Redis stay apart.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import deque
from dataclasses import dataclass, field

from django.conf import settings

HEARTBEAT_SECONDS = 15
LATE_COMMIT_WINDOW = 50  # events replayed below Last-Event-ID on a resume


def format_sse(message: dict) -> str:
    data = json.dumps({"type": message["type"], **message["payload"]}, ensure_ascii=False, separators=(",", ":"))
    return f"id: {message['id']}\nevent: {message['type']}\ndata: {data}\n\n"


@dataclass(eq=False)
class Subscription:
    object_id: int
    audiences: set[str]
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue = field(default_factory=asyncio.Queue)


class Broadcaster:
    """Fans the messages of one kind out to the subscriptions of this process (thread-safe: views publish from
    threads); `message[kind]` names the object whose streams receive it."""

    def __init__(self, kind: str):
        self.kind = kind
        self._lock = threading.Lock()
        self._subscriptions: dict[int, set[Subscription]] = {}
        self._redis_task: asyncio.Task | None = None
        self._redis_ready: asyncio.Event | None = None

    def channel_prefix(self) -> str:
        """This deployment's Redis channels of this kind: "polyvox:<LIVE_NAMESPACE>:<kind>:"."""
        return f"polyvox:{settings.LIVE_NAMESPACE}:{self.kind}:"

    def publish(self, message: dict) -> None:
        """Send a message to every stream of its object, in every process of the deployment."""
        if settings.REDIS_URL:
            _redis_sync().publish(f"{self.channel_prefix()}{message[self.kind]}", json.dumps(message))
        else:
            self.deliver(message)

    def subscribe(self, object_id: int, audiences: set[str]) -> Subscription:
        subscription = Subscription(object_id, audiences, asyncio.get_running_loop())
        with self._lock:
            self._subscriptions.setdefault(object_id, set()).add(subscription)
        loop = asyncio.get_running_loop()
        if settings.REDIS_URL and (
            self._redis_task is None or self._redis_task.done() or self._redis_task.get_loop() is not loop
        ):
            self._redis_ready = asyncio.Event()
            self._redis_task = loop.create_task(self._listen_to_redis(self._redis_ready))
        return subscription

    async def ready(self) -> None:
        """Returns once messages published from now on will be delivered here."""
        if settings.REDIS_URL and self._redis_ready is not None:
            await asyncio.wait_for(self._redis_ready.wait(), timeout=5)

    def unsubscribe(self, subscription: Subscription) -> None:
        with self._lock:
            self._subscriptions.get(subscription.object_id, set()).discard(subscription)

    def count(self, object_id: int) -> int:
        with self._lock:
            return len(self._subscriptions.get(object_id, ()))

    def deliver(self, message: dict) -> None:
        """Hand a message to this process's screens: formatted once, one hop into each event loop."""
        with self._lock:
            targets = [s for s in self._subscriptions.get(message[self.kind], ()) if message["audience"] in s.audiences]
        if not targets:
            return
        item = (message["id"], format_sse(message))
        by_loop: dict[asyncio.AbstractEventLoop, list[Subscription]] = {}
        for subscription in targets:
            by_loop.setdefault(subscription.loop, []).append(subscription)
        for loop, subscriptions in by_loop.items():
            try:
                loop.call_soon_threadsafe(_fan_out, subscriptions, item)
            except RuntimeError:  # that loop has closed: its screens are gone
                for subscription in subscriptions:
                    self.unsubscribe(subscription)

    async def _listen_to_redis(self, ready: asyncio.Event) -> None:
        import redis.asyncio as aioredis

        client = aioredis.from_url(settings.REDIS_URL)
        pubsub = client.pubsub()
        await pubsub.psubscribe(f"{self.channel_prefix()}*")
        ready.set()
        try:
            async for item in pubsub.listen():
                if item.get("type") == "pmessage":
                    self.deliver(json.loads(item["data"]))
        finally:
            await pubsub.aclose()
            await client.aclose()


def _fan_out(subscriptions: list[Subscription], item: tuple[int, str]) -> None:
    for subscription in subscriptions:
        subscription.queue.put_nowait(item)


_redis_client = None


def _redis_sync():
    global _redis_client
    if _redis_client is None:
        import redis

        _redis_client = redis.Redis.from_url(settings.REDIS_URL)
    return _redis_client


class _SentIds:
    """The ids a screen was sent, the most recent few thousand."""

    def __init__(self, keep: int = 5000):
        self.ids: set[int] = set()
        self.order: deque[int] = deque()
        self.keep = keep

    def add(self, event_id: int) -> bool:
        """True when the id is new (and remembers it)."""
        if event_id in self.ids:
            return False
        self.ids.add(event_id)
        self.order.append(event_id)
        if len(self.order) > self.keep:
            self.ids.discard(self.order.popleft())
        return True


def _drain(queue: asyncio.Queue) -> list:
    items = []
    while True:
        try:
            items.append(queue.get_nowait())
        except asyncio.QueueEmpty:
            return items


async def stream(broadcaster: Broadcaster, object_id: int, audiences: set[str], last_id: int, backlog_loader):
    """The SSE body of one object's stream: missed events since last_id from the log (`backlog_loader(object_id,
    audiences, since_id)`, awaited), then live ones, with heartbeats.

    Subscribes before reading the log so that nothing published in between is lost; duplicates are
    skipped by id.
    """
    subscription = broadcaster.subscribe(object_id, audiences)
    try:
        await broadcaster.ready()
        yield f"retry: 2000\n: {' ' * 2048}\n\n"  # padding defeats proxies' buffering
        # Ids are given at insert, events published at commit: with several writers (PostgreSQL, several
        # processes) a lower id can arrive after a higher one. So the screen's sent ids are remembered as
        # a set, and a resume also replays the few events just below Last-Event-ID that may have
        # committed late (replays are harmless: every event is an idempotent update of the screen).
        sent = _SentIds()
        backlog = await backlog_loader(object_id, audiences, max(0, last_id - LATE_COMMIT_WINDOW) if last_id else 0)
        fresh = [message for message in backlog if sent.add(message["id"])]
        if fresh:
            yield "".join(format_sse(message) for message in fresh)
        queue = subscription.queue
        while True:
            try:
                async with asyncio.timeout(HEARTBEAT_SECONDS):
                    first = await queue.get()
            except TimeoutError:
                yield ": heartbeat\n\n"
                continue
            # Under a burst, send everything waiting in one write rather than one write per event.
            chunk = [text for event_id, text in [first, *_drain(queue)] if sent.add(event_id)]
            if chunk:
                yield "".join(chunk)
    finally:
        broadcaster.unsubscribe(subscription)
