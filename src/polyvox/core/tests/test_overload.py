"""Overload: excess requests wait, then get 503 + Retry-After; a database that has no connection to give
(pool timeout, "too many clients") gives the same 503, never a 500."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.utils import OperationalError

from polyvox.asgi import django_application
from polyvox.core.overload import OverloadGuard, is_overload
from polyvox.core.testing import run_coroutine


async def slow_app(scope, receive, send):
    await asyncio.sleep(0.5)
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"ok"})


def _get_all(app, paths, headers=None):
    async def run():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await asyncio.gather(*(client.get(path, headers=headers or {}) for path in paths))

    return run_coroutine(run())


def test_requests_beyond_the_bound_wait_then_get_503_with_retry_after():
    guard = OverloadGuard(slow_app, max_in_flight=2, queue_seconds=0.1, retry_after=7)
    responses = _get_all(guard, ["/fr/"] * 3)
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200, 200, 503]
    busy = next(r for r in responses if r.status_code == 503)
    assert busy.headers["retry-after"] == "7"
    assert "7" in busy.text and 'lang="nl"' in busy.text and 'lang="fr"' in busy.text


def test_a_short_queue_is_absorbed_without_refusal():
    guard = OverloadGuard(slow_app, max_in_flight=2, queue_seconds=5, retry_after=7)
    assert [r.status_code for r in _get_all(guard, ["/fr/"] * 5)] == [200] * 5


def test_live_streams_are_not_counted():
    guard = OverloadGuard(slow_app, max_in_flight=1, queue_seconds=0.05, retry_after=3)
    responses = _get_all(guard, ["/fr/workshops/ABC/stream/"] * 3)
    assert [r.status_code for r in responses] == [200, 200, 200]


def test_scripts_get_the_busy_message_as_json_in_the_address_language():
    guard = OverloadGuard(slow_app, max_in_flight=1, queue_seconds=0.05, retry_after=4)
    responses = _get_all(guard, ["/nl/workshops/ABC/act/idea/"] * 2, headers={"Accept": "application/json"})
    busy = next(r for r in responses if r.status_code == 503)
    body = json.loads(busy.text)
    assert body["retry_after"] == 4 and "4" in body["error"]
    assert body["error"] != "Too many people are using it at this moment: please try again in 4 seconds."


@pytest.mark.parametrize("message", [
    "connection failed: FATAL:  sorry, too many clients already",
    "couldn't get a connection after 10.00 sec",
])
def test_a_database_without_free_connection_gives_503_not_500(monkeypatch, message):
    def refuse(self):
        raise OperationalError(message)

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)  # no connection to be had
    guard = OverloadGuard(django_application, max_in_flight=4, queue_seconds=1, retry_after=5)

    async def run():
        transport = httpx.ASGITransport(app=guard, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.get("/fr/initiatives/")

    response = run_coroutine(run())
    assert response.status_code == 503
    assert response.headers["retry-after"] == "5"


def test_other_database_errors_stay_errors():
    assert is_overload(OperationalError("sorry, too many clients already"))
    assert not is_overload(OperationalError("relation does not exist"))
    assert not is_overload(ValueError("too many clients"))


def test_the_server_keeps_idle_connections_longer_than_the_proxy(monkeypatch):
    """nginx keeps idle upstream connections 60 s (docs/deploy.md, benchmarks/load.py): a server that closed
    them sooner (uvicorn's default is 5 s) could close one as nginx sends a POST on it, answered 502."""
    from polyvox.cli import uvicorn_command

    monkeypatch.delenv("WEB_KEEP_ALIVE_SECONDS", raising=False)
    command = uvicorn_command("127.0.0.1", 8000, 1)
    assert int(command[command.index("--timeout-keep-alive") + 1]) > 60
    monkeypatch.setenv("WEB_KEEP_ALIVE_SECONDS", "120")
    command = uvicorn_command("127.0.0.1", 8000, 1)
    assert command[command.index("--timeout-keep-alive") + 1] == "120"
