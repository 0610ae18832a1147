"""One ASGI application, two ways to run Django: live streams on the event loop, the rest in one thread hop.

Django's own ASGI handler runs a synchronous view and its middleware by hopping between the event loop and
a thread once or twice per middleware (asgiref's `sync_to_async`/`async_to_sync`), in a thread it starts for
each request. On a ballot that bookkeeping cost as much CPU as the view itself. Every page, form and API
call of the platform is synchronous code, so `Dispatch` hands those requests to Django's WSGI handler in a
fixed pool of threads (a2wsgi's bridge): one hop in, the whole middleware chain and view, one hop out.

Live streams (Server-Sent Events: a request that accepts `text/event-stream`, an address ending in
`/stream/`, or one whose view is a coroutine) stay on Django's ASGI handler, which holds them open on the
event loop without holding a thread.
"""

from __future__ import annotations

import asyncio
import functools
import os

from django.conf import settings
from django.urls import Resolver404, get_resolver
from django.utils import translation


DEFAULT_THREADS = 4


def _threads() -> int:
    """The bridge's threads (WEB_THREADS). By default 4, never more than the database connections a process
    may hold (a thread beyond them would only wait for one). Python runs one thread at a time in a process:
    a few threads overlap the waits on PostgreSQL and Redis, and more only add switches between threads.
    Measured on the ballot burst of benchmarks/load.py (2 cores): 10 threads per process cost 11.5 to 13.2
    ms of CPU per ballot, 4 threads 9.3 to 10.6 (benchmarks/LOAD.md)."""
    value = os.environ.get("WEB_THREADS", "").strip()
    if value.isascii() and value.isdecimal():
        return max(1, min(int(value), 256))
    pool = (settings.DATABASES["default"].get("OPTIONS") or {}).get("pool")
    if isinstance(pool, dict) and pool.get("max_size"):
        return max(1, min(int(pool["max_size"]), DEFAULT_THREADS))
    return DEFAULT_THREADS


@functools.lru_cache(maxsize=4096)
def _view_is_coroutine(path: str) -> bool:
    """Whether the view at this address is asynchronous (a live stream); unknown addresses are not."""
    language = settings.LANGUAGE_CODE
    for code, _name in settings.LANGUAGES:
        if path == f"/{code}" or path.startswith(f"/{code}/"):
            language = code
            break
    with translation.override(language):
        try:
            match = get_resolver().resolve(path)
        except (Resolver404, ValueError):
            return False
    return asyncio.iscoroutinefunction(match.func)


def is_live_stream(scope) -> bool:
    """A request that stays open (Server-Sent Events): by its address, its Accept header or its view."""
    path = scope.get("path", "")
    if path.endswith("/stream/"):
        return True
    for name, value in scope.get("headers") or []:
        if name == b"accept" and b"text/event-stream" in value:
            return True
    return _view_is_coroutine(path)


class Dispatch:
    """ASGI: live streams to Django's ASGI handler, every other HTTP request to its WSGI handler in a thread."""

    def __init__(self, asgi_app, wsgi_app, threads: int | None = None):
        from a2wsgi import WSGIMiddleware

        self.asgi_app = asgi_app
        self.bridge = WSGIMiddleware(wsgi_app, workers=threads or _threads())

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and not is_live_stream(scope):
            return await self.bridge(scope, receive, send)
        return await self.asgi_app(scope, receive, send)
