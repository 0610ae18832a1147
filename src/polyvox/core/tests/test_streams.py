"""An endless live stream served by a synchronous (WSGI) server is cut short and closed, never held forever."""

from __future__ import annotations

import asyncio
import time

from django.test import RequestFactory

from polyvox.core import streams
from polyvox.core.testing import run_coroutine


def test_a_wsgi_request_gets_an_endless_stream_cut_short_and_closed(monkeypatch):
    monkeypatch.setattr(streams, "WSGI_STREAM_SECONDS", 0.3)
    closed = []

    async def endless():
        try:
            while True:
                yield ": heartbeat\n\n"
                await asyncio.sleep(0.05)
        finally:
            closed.append(True)

    async def read_all():
        return [item async for item in streams.for_server(RequestFactory().get("/stream/"), endless())]

    started = time.monotonic()
    items = run_coroutine(read_all())
    assert time.monotonic() - started < 5 and items and closed == [True]


def test_an_asgi_request_gets_the_stream_itself():
    from django.core.handlers.asgi import ASGIRequest

    async def events():
        yield "x"

    stream = events()
    request = ASGIRequest({"type": "http", "method": "GET", "path": "/", "headers": [], "query_string": b""}, None)
    assert streams.for_server(request, stream) is stream
