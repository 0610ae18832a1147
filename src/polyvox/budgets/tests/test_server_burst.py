"""A burst through a real server on PostgreSQL: 50 voters cast their ballot at the same moment over HTTP
(uvicorn, the overload guard, the connection pool), plus 10 of them pressing "submit" twice at once.
No error, no 5xx, every ballot stored once. The load benchmark (benchmarks/load.py) does the same at
scale behind a reverse proxy; this is its small, quick version inside the suite."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection

from polyvox.budgets import ballots
from polyvox.budgets.models import Ballot, BallotVersion
from polyvox.budgets.tests.conftest import accepted, make_user
from polyvox.workshops.tests.server import environment, free_port, launch, stop, wait_until_up
from polyvox.core.testing import run_coroutine

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

VOTERS = 50
DOUBLES = 10
CSRF = "burstburstburstburstburstburst12"  # a 32-character secret: the cookie and the form carry it


def test_50_ballots_cast_at_once_through_a_real_server(voting_budget, tmp_path):
    budget = voting_budget
    p1, p2, p3, p4 = accepted(budget)
    ballots.create_codes(budget, VOTERS)
    used = set(Ballot.objects.values_list("voter_key", flat=True))
    codes = [c for c in budget.codes.order_by("id").values_list("code", flat=True)][-VOTERS:]
    voters = [(_signed_in(make_user(f"burst{i}@test.example")), code) for i, code in enumerate(codes)]
    assert not used

    # The server signs in to PostgreSQL as a role allowed 6 connections (its pool holds 5): 60 requests
    # opening a connection each, as before the pool, would be refused ("too many connections").
    database = connection.settings_dict
    role = _limited_role(database["NAME"], limit=6)
    url = f"postgres://{role}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}"
    env = environment(tmp_path, DATABASE_URL=url, DJANGO_SETTINGS_MODULE="polyvox.test_settings",
                      SECRET_KEY="tests-only-not-secret", DB_POOL_MAX_SIZE="5", WEB_MAX_IN_FLIGHT="16")
    port = free_port()
    try:
        server = wait_until_up(launch(env, port), port)
        try:
            statuses = run_coroutine(_burst(f"http://127.0.0.1:{port}", budget.pk, voters, [p1.pk, p2.pk], [p3.pk, p4.pk]))
        finally:
            stop(server)
    finally:
        _drop_role(role)

    vote_page = f"/en/budgets/{budget.pk}/vote/"
    assert [s for s in statuses if s != (302, vote_page)] == [], "every POST is answered by the redirect to the recorded ballot"
    assert len(statuses) == VOTERS + DOUBLES
    assert Ballot.objects.filter(budget=budget).count() == VOTERS
    assert Ballot.objects.filter(budget=budget).values("user").distinct().count() == VOTERS
    assert Ballot.objects.filter(budget=budget).values("voter_key").distinct().count() == VOTERS
    # The double submissions changed their own ballot (version 2), never created a second one.
    assert BallotVersion.objects.filter(ballot__budget=budget).count() == VOTERS + DOUBLES
    assert Ballot.objects.filter(budget=budget, version=2).count() == DOUBLES


def _limited_role(database: str, limit: int) -> str:
    """A login role of this test database that may hold at most `limit` connections at once (superusers
    have no such limit), with the rights the application needs."""
    role = f"burst_{database}"[:60]
    with connection.cursor() as cursor:
        cursor.execute(f'DROP ROLE IF EXISTS "{role}"')
        cursor.execute(f'CREATE ROLE "{role}" LOGIN CONNECTION LIMIT {int(limit)}')
        cursor.execute(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{role}"')
        cursor.execute(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{role}"')
    return role


def _drop_role(role: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f'DROP OWNED BY "{role}"')
        cursor.execute(f'DROP ROLE IF EXISTS "{role}"')


def _signed_in(user) -> str:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]  # the one that signs people in
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


async def _burst(base, budget_id, voters, choice_a, choice_b) -> list[tuple[int, str]]:
    start = asyncio.Event()

    async def cast(client, code, choice):
        await start.wait()
        data = {"code": code, "project": [str(pk) for pk in choice], "csrfmiddlewaretoken": CSRF}
        response = await client.post(f"/en/budgets/{budget_id}/vote/", data=data)
        return response.status_code, response.headers.get("location", "")

    clients = [
        httpx.AsyncClient(base_url=base, timeout=60, cookies={"sessionid": session, "csrftoken": CSRF})
        for session, _code in voters
    ]
    try:
        jobs = [cast(client, code, choice_a if i % 2 else choice_b) for i, (client, (_s, code)) in enumerate(zip(clients, voters))]
        jobs += [cast(clients[i], voters[i][1], choice_a if i % 2 else choice_b) for i in range(DOUBLES)]
        tasks = [asyncio.ensure_future(job) for job in jobs]
        await asyncio.sleep(0.2)
        start.set()
        return list(await asyncio.gather(*tasks))
    finally:
        for client in clients:
            await client.aclose()
