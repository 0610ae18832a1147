"""Overload: when the server or its database is saturated, excess requests wait a little, then get a
503 with Retry-After, never a 500.

`OverloadGuard` wraps the ASGI application (see polyvox/asgi.py):

- at most WEB_MAX_IN_FLIGHT requests run at once in a server process; the next ones wait up to
  WEB_QUEUE_SECONDS for a place, then are answered 503 + Retry-After (WEB_RETRY_AFTER seconds).
  Live streams (Server-Sent Events) stay open for minutes and hold no database connection between
  events: they are not counted;
- a request whose database connection could not be had (the psycopg pool's timeout, PostgreSQL's
  "too many clients", SQLite's "database is locked") ends in Django's 500 handler: the guard turns
  that 500 into the same 503 + Retry-After.

The page says so in French, Dutch and English (like the 500 page: the guard answers before any
language is chosen); a JSON client gets `{"error": ...}` in the language of the address.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

logger = logging.getLogger("polyvox.overload")

_current = contextvars.ContextVar("polyvox_overload", default=None)

OVERLOAD_MARKERS = (
    "too many clients",
    "too many connections",
    "remaining connection slots are reserved",
    "couldn't get a connection",
    "database is locked",
)


def is_overload(error: BaseException | None) -> bool:
    """True when the error, or one it was raised from, says the database had no connection to give."""
    seen = 0
    while error is not None and seen < 10:
        if type(error).__name__ in {"PoolTimeout", "TooManyRequests"}:
            return True
        if type(error).__name__ == "OperationalError" and any(m in str(error).lower() for m in OVERLOAD_MARKERS):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def _note_exception(sender, request=None, **kwargs) -> None:
    """Django sends this from inside its exception handler: mark the request when it is an overload."""
    flag = _current.get()
    if flag is not None and is_overload(sys.exc_info()[1]):
        flag["overloaded"] = True


got_request_exception.connect(_note_exception, dispatch_uid="polyvox-overload")


class OverloadGuard:
    """ASGI middleware: bounds the requests in flight and answers 503 + Retry-After under overload."""

    def __init__(self, app, *, max_in_flight: int | None = None, queue_seconds: float | None = None,
                 retry_after: int | None = None):
        self.app = app
        self.max_in_flight = max_in_flight if max_in_flight is not None else settings.WEB_MAX_IN_FLIGHT
        self.queue_seconds = queue_seconds if queue_seconds is not None else settings.WEB_QUEUE_SECONDS
        self.retry_after = retry_after if retry_after is not None else settings.WEB_RETRY_AFTER
        self._semaphores: dict[asyncio.AbstractEventLoop, asyncio.Semaphore] = {}
        self.in_flight = 0

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        flag = {"overloaded": False}
        token = _current.set(flag)
        try:
            if _is_live_stream(scope) or self.max_in_flight <= 0:
                return await self.app(scope, receive, self._rewriting(scope, send, flag))
            semaphore = self._semaphore()
            try:
                await asyncio.wait_for(semaphore.acquire(), timeout=self.queue_seconds)
            except TimeoutError:
                logger.warning("busy: %s requests in flight, %s refused with 503", self.in_flight, scope.get("path"))
                return await self._answer_busy(scope, send)
            self.in_flight += 1
            try:
                return await self.app(scope, receive, self._rewriting(scope, send, flag))
            finally:
                self.in_flight -= 1
                semaphore.release()
        finally:
            _current.reset(token)

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        semaphore = self._semaphores.get(loop)
        if semaphore is None:
            semaphore = self._semaphores.setdefault(loop, asyncio.Semaphore(self.max_in_flight))
        return semaphore

    def _rewriting(self, scope, send, flag):
        """`send` that replaces Django's 500 by a 503 + Retry-After when the request hit an overload."""
        replaced = False

        async def guarded_send(message):
            nonlocal replaced
            if replaced:
                return  # the rest of Django's 500 body
            if message["type"] == "http.response.start" and message.get("status") == 500 and flag["overloaded"]:
                replaced = True
                logger.warning("database overloaded: %s answered 503", scope.get("path"))
                await self._answer_busy(scope, send)
                return
            await send(message)

        return guarded_send

    async def _answer_busy(self, scope, send) -> None:
        body, content_type = busy_body(scope, self.retry_after)
        await send({
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", content_type.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(self.retry_after).encode()),
                (b"cache-control", b"no-store"),
            ],
        })
        await send({"type": "http.response.body", "body": body})


def busy_body(scope, retry_after: int) -> tuple[bytes, str]:
    """The 503 answer: JSON in the address's language for scripts, else a page in the three languages."""
    headers = dict(scope.get("headers") or [])
    accept = headers.get(b"accept", b"").decode("latin-1")
    if "application/json" in accept:
        with translation.override(_language_of(scope.get("path", ""))):
            message = _busy_message(retry_after)
        return json.dumps({"error": message, "retry_after": retry_after}, ensure_ascii=False).encode(), "application/json"
    sections = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            sections.append(
                f'<section lang="{code}"><h2>{escape(gettext("The platform is very busy"))}</h2>'
                f"<p>{escape(_busy_message(retry_after))}</p></section>"
            )
    page = (
        '<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>503 · participation.brussels</title></head>\n<body>\n<main>\n<h1>503</h1>\n"
        + "\n".join(sections)
        + '\n<p><a href="/">participation.brussels</a></p>\n</main>\n</body>\n</html>\n'
    )
    return page.encode(), "text/html; charset=utf-8"


def _busy_message(retry_after: int) -> str:
    return gettext(
        "Too many people are using it at this moment: please try again in %(seconds)s seconds."
    ) % {"seconds": retry_after}


def _language_of(path: str) -> str:
    for code, _name in settings.LANGUAGES:
        if path == f"/{code}" or path.startswith(f"/{code}/"):
            return code
    return settings.LANGUAGE_CODE


def _is_live_stream(scope) -> bool:
    if scope.get("path", "").endswith("/stream/"):
        return True
    for name, value in scope.get("headers") or []:
        if name == b"accept" and b"text/event-stream" in value:
            return True
    return False
