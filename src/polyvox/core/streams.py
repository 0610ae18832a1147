"""Server-Sent Events under a synchronous server: a stream there is cut short, never endless.

Only an ASGI server (`polyvox serve`) holds a stream open. Under WSGI (Django's live test server, a WSGI
deployment) Django reads an asynchronous stream to its end before it sends a byte, so an endless stream
would hold a server thread, and the process's exit, forever. There a stream stops after
`WSGI_STREAM_SECONDS`; the browser's EventSource reconnects after the `retry:` the stream announced and
resumes from its Last-Event-ID, so nothing is lost.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

from django.core.handlers.asgi import ASGIRequest

WSGI_STREAM_SECONDS = 2.0


def for_server(request, events: AsyncIterator[str]) -> AsyncIterator[str]:
    """The stream as the serving server can carry it: whole under ASGI, cut short under WSGI."""
    if isinstance(request, ASGIRequest):
        return events
    return _cut(events, WSGI_STREAM_SECONDS)


async def _cut(events: AsyncIterator[str], seconds: float) -> AsyncIterator[str]:
    deadline = time.monotonic() + seconds
    try:
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                async with asyncio.timeout(remaining):
                    item = await anext(events)
            except (TimeoutError, StopAsyncIteration):
                return
            yield item
    finally:
        close = getattr(events, "aclose", None)
        if close is not None:
            await close()
