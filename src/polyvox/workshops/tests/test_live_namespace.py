"""Two deployments on one Redis: two server processes, each with its own database, whose workshops have the
same ids. Each facilitator's live stream shows its own deployment's ideas and never the other's."""

from __future__ import annotations

import sqlite3
import time

import pytest

from polyvox.workshops.tests import server
from polyvox.workshops.tests.test_live import Screen, _redis_answers

pytestmark = pytest.mark.slow

REDIS_URL = "redis://127.0.0.1:6379/15"


def _ideas(screen: Screen) -> list[str]:
    return [event["data"]["text"] for event in screen.events if event.get("type") == "idea"]


def _workshop_id(var_dir, code) -> int:
    with sqlite3.connect(var_dir / "server.sqlite3") as db:
        return db.execute("SELECT id FROM workshops_workshop WHERE code = ?", [code]).fetchone()[0]


def test_two_deployments_sharing_redis_do_not_hear_each_other(tmp_path):
    if not _redis_answers():
        pytest.skip("Redis does not answer on 127.0.0.1:6379")
    deployments = []
    for name in ("a", "b"):
        var_dir = tmp_path / name
        var_dir.mkdir()
        # Same SECRET_KEY on purpose (the worst case): only the database tells the deployments apart.
        env = server.environment(var_dir, REDIS_URL=REDIS_URL)
        info = server.prepare(var_dir, env)
        deployments.append({"var_dir": var_dir, "env": env, "session": info["session"], "port": server.free_port()})
    processes = [server.launch(d["env"], d["port"]) for d in deployments]
    try:
        for process, deployment in zip(processes, deployments):
            server.wait_until_up(process, deployment["port"])
        screens = []
        for deployment in deployments:
            facilitator = Screen(f"http://127.0.0.1:{deployment['port']}", deployment["session"])
            code = facilitator.create()
            _hmw, ideas, *_rest = facilitator.activities()
            facilitator.post("run", "open", activity=ideas)
            facilitator.listen()
            screens.append((facilitator, code, ideas))
        (screen_a, code_a, ideas_a), (screen_b, code_b, ideas_b) = screens
        # The precondition of cross-talk: both workshops have the same id in their own database.
        assert _workshop_id(deployments[0]["var_dir"], code_a) == _workshop_id(deployments[1]["var_dir"], code_b)

        phone_b = Screen(screen_b.base)
        phone_b.join(code_b, "Bea")
        phone_b.post("act", "idea", activity=ideas_b, text="Chez B seulement")
        phone_a = Screen(screen_a.base)
        phone_a.join(code_a, "Ann")
        phone_a.post("act", "idea", activity=ideas_a, text="Chez A seulement")

        screen_b.wait_for(lambda e: e.get("type") == "idea" and e["data"]["text"] == "Chez B seulement", timeout=15)
        screen_a.wait_for(lambda e: e.get("type") == "idea" and e["data"]["text"] == "Chez A seulement", timeout=15)
        time.sleep(1.0)  # time for a stray message to arrive, were there one
        assert _ideas(screen_a) == ["Chez A seulement"]
        assert _ideas(screen_b) == ["Chez B seulement"]
    finally:
        for process in processes:
            server.stop(process)


def test_the_namespace_follows_the_deployment(settings):
    from polyvox.workshops import live

    settings.LIVE_NAMESPACE = "polyvox-a"
    assert live.channel_prefix() == "polyvox:polyvox-a:workshop:"
