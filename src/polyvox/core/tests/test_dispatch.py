"""Dispatch: pages and forms run through Django's WSGI handler in one thread hop; live streams stay on its ASGI
handler; the overload guard still turns a database without connections into 503 on both paths."""

from __future__ import annotations

import httpx
import pytest
from django.core.handlers.wsgi import WSGIRequest
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.utils import OperationalError

from polyvox import asgi
from polyvox.core import dispatch
from polyvox.core.dispatch import Dispatch, is_live_stream
from polyvox.core.overload import OverloadGuard
from polyvox.core.testing import run_coroutine


def _scope(path, accept=b"text/html"):
    return {"type": "http", "path": path, "headers": [(b"accept", accept)]}


@pytest.mark.parametrize("path", [
    "/fr/workshops/ABC123/stream/",          # by its address
    "/nl/panels/12/progress/",               # an asynchronous view (the panel's draw progress)
    "/en/petitions/3/count/",                # an asynchronous view (a petition's live count)
    "/fr/budgets/4/counting/stream/",
])
def test_live_streams_are_recognised(path):
    assert is_live_stream(_scope(path))


@pytest.mark.parametrize("path", ["/fr/", "/nl/initiatives/", "/fr/budgets/4/vote/", "/fr/no/such/page/", "/static/x.css", ""])
def test_pages_and_forms_are_not_streams(path):
    assert not is_live_stream(_scope(path))


def test_a_client_asking_for_an_event_stream_is_a_stream():
    assert is_live_stream(_scope("/fr/consultations/some-slug/stream-elsewhere/", b"text/event-stream"))


def _get(app, path, headers=None):
    async def run():
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.get(path, headers=headers or {})

    return run_coroutine(run())


@pytest.mark.django_db
def test_a_page_runs_through_the_wsgi_handler_and_never_the_asgi_one(monkeypatch):
    seen = []

    async def refuse_asgi(scope, receive, send):
        raise AssertionError(f"{scope['path']} went to the ASGI handler")

    from django.core.signals import request_started

    def note(sender, environ=None, **kwargs):
        seen.append(sender)

    request_started.connect(note)
    try:
        response = _get(Dispatch(refuse_asgi, asgi.django_wsgi_application, threads=2), "/fr/initiatives/")
    finally:
        request_started.disconnect(note)
    assert response.status_code == 200
    assert "<html" in response.text
    assert seen and all(sender.__name__ == "WSGIHandler" for sender in seen)


def test_a_stream_goes_to_the_asgi_handler():
    calls = []

    async def asgi_app(scope, receive, send):
        calls.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]})
        await send({"type": "http.response.body", "body": b"data: hello\n\n"})

    def wsgi_app(environ, start_response):
        raise AssertionError("a stream went to the WSGI handler")

    response = _get(Dispatch(asgi_app, wsgi_app, threads=1), "/fr/workshops/ABC/stream/")
    assert response.status_code == 200 and calls == ["/fr/workshops/ABC/stream/"]


def test_a_form_post_reaches_the_view_with_its_body():
    received = {}

    def wsgi_app(environ, start_response):
        from django.core.handlers.wsgi import LimitedStream

        request = WSGIRequest({**environ, "wsgi.input": LimitedStream(environ["wsgi.input"], int(environ["CONTENT_LENGTH"]))})
        received.update(request.POST.lists())
        start_response("302 Found", [("Location", "/fr/done/")])
        return [b""]

    async def run():
        transport = httpx.ASGITransport(app=Dispatch(None, wsgi_app, threads=1))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.post("/fr/budgets/1/vote/", data={"code": "ABC", "project": ["1", "2"]})

    response = run_coroutine(run())
    assert response.status_code == 302 and response.headers["location"] == "/fr/done/"
    assert received == {"code": ["ABC"], "project": ["1", "2"]}


def test_a_database_without_free_connection_gives_503_through_the_wsgi_path(monkeypatch):
    def refuse(self):
        raise OperationalError("connection failed: FATAL:  sorry, too many clients already")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)
    guard = OverloadGuard(Dispatch(asgi.django_application, asgi.django_wsgi_application, threads=2),
                          max_in_flight=4, queue_seconds=1, retry_after=6)
    response = _get(guard, "/fr/initiatives/")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "6"


def test_the_threads_follow_the_database_pool(monkeypatch, settings):
    monkeypatch.delenv("WEB_THREADS", raising=False)
    monkeypatch.setitem(settings.DATABASES["default"], "OPTIONS", {"pool": {"max_size": 7}})
    assert dispatch._threads() == dispatch.DEFAULT_THREADS == 4
    monkeypatch.setitem(settings.DATABASES["default"], "OPTIONS", {"pool": {"max_size": 3}})
    assert dispatch._threads() == 3  # never more threads than connections
    monkeypatch.setenv("WEB_THREADS", "12")
    assert dispatch._threads() == 12
    monkeypatch.setenv("WEB_THREADS", "many")
    assert dispatch._threads() == 3


def test_every_request_borrows_the_process_redis_pool():
    """Django builds a cache object per request context; the connections to Redis must outlive it."""
    from polyvox.core.cache import RedisCache

    first = RedisCache("redis://127.0.0.1:6379/9", {})
    second = RedisCache("redis://127.0.0.1:6379/9", {})
    other = RedisCache("redis://127.0.0.1:6379/8", {})
    assert first._cache is not second._cache
    assert first._cache._get_connection_pool(True) is second._cache._get_connection_pool(True)
    assert first._cache._get_connection_pool(True) is not other._cache._get_connection_pool(True)
