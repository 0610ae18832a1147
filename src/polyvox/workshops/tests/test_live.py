"""The live stream over a real uvicorn server: arrival within a second, resume, per-audience payloads,
Redis between two server processes, and three Chromium screens (facilitator and two phones)."""

from __future__ import annotations

import json
import re
import socket
import threading
import time

import httpx
import pytest

from polyvox.workshops.tests import server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def asgi(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("workshop-live")
    env = server.environment(var_dir)
    info = server.prepare(var_dir, env)
    port = server.free_port()
    process = server.start(env, port)
    yield {"base": f"http://127.0.0.1:{port}", "session": info["session"], "env": env, "var_dir": var_dir}
    server.stop(process)


class Screen:
    """An HTTP client acting as a phone or as the facilitator, with a listener on its live stream."""

    def __init__(self, base, session=None):
        self.base = base
        self.client = httpx.Client(base_url=base, cookies={"sessionid": session} if session else None, timeout=10)
        self.events: list[dict] = []
        self.code = None

    def csrf(self):
        if "csrftoken" not in self.client.cookies:
            self.client.get("/j/")
        return self.client.cookies["csrftoken"]

    def create(self, template="cps", title="Sirènes", challenge="Comment réduire le bruit des sirènes ?"):
        response = self.client.post("/fr/workshops/new/", data={"template": template, "title": title, "challenge": challenge,
                                                                 "csrfmiddlewaretoken": self.csrf()})
        self.code = response.headers["location"].split("/")[3]
        return self.code

    def activities(self):
        page = self.client.get(f"/fr/workshops/{self.code}/control/").text
        return [int(pk) for pk in re.findall(r'<input type="hidden" name="activity" value="(\d+)">\s*<button type="submit" class="link-button">', page)]

    def join(self, code, name, language="fr"):
        self.code = code
        self.client.get(f"/j/{code}")
        response = self.client.post(f"/j/{code}", data={"display_name": name, "language": language, "csrfmiddlewaretoken": self.csrf()})
        assert response.status_code == 302, response.text
        return response

    def post(self, kind, action, **data):
        response = self.client.post(f"/fr/workshops/{self.code}/{kind}/{action}/", data=data,
                                    headers={"X-CSRFToken": self.csrf(), "Accept": "application/json"})
        return response

    def listen(self, last=None):
        ready = threading.Event()

        def run():
            headers = {"Last-Event-ID": str(last)} if last is not None else {}
            with httpx.stream("GET", f"{self.base}/fr/workshops/{self.code}/stream/", cookies=self.client.cookies,
                              headers=headers, timeout=None) as response:
                ready.set()
                event = {}
                for line in response.iter_lines():
                    if line.startswith("id: "):
                        event["id"] = int(line[4:])
                    elif line.startswith("event: "):
                        event["type"] = line[7:]
                    elif line.startswith("data: "):
                        event["data"] = json.loads(line[6:])
                    elif line == "" and event:
                        event["at"] = time.monotonic()
                        self.events.append(event)
                        event = {}

        threading.Thread(target=run, daemon=True).start()
        assert ready.wait(5)
        time.sleep(0.2)

    def wait_for(self, predicate, timeout=3.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for event in self.events:
                if predicate(event):
                    return event
            time.sleep(0.01)
        raise AssertionError(f"no such event within {timeout}s: {self.events[-5:]}")


def test_an_idea_reaches_the_other_screens_within_a_second_and_a_reconnect_misses_nothing(asgi):
    facilitator = Screen(asgi["base"], asgi["session"])
    code = facilitator.create()
    hmw, ideas, *_rest = facilitator.activities()
    alice, bob = Screen(asgi["base"]), Screen(asgi["base"])
    alice.join(code, "Alice")
    bob.join(code, "Bob", "nl")
    facilitator.listen()
    bob.listen()
    assert facilitator.post("run", "open", activity=ideas).status_code == 200
    started = time.monotonic()
    assert alice.post("act", "idea", activity=ideas, text="Des sirènes plus douces la nuit").json()["ok"]
    for screen in (facilitator, bob):
        event = screen.wait_for(lambda e: e.get("type") == "idea")
        assert event["at"] - started < 1.0
        assert event["data"]["text"] == "Des sirènes plus douces la nuit"
        assert event["data"]["author"] is None  # brainwriting is anonymous, even on the wire
    # A phone that lost its connection resumes from its last event id and gets what it missed.
    seen = bob.wait_for(lambda e: e.get("type") == "idea")["id"]
    alice.post("act", "idea", activity=ideas, text="Former les chauffeurs")
    late = Screen(asgi["base"])
    late.client.cookies = bob.client.cookies
    late.code = code
    late.listen(last=seen)
    resumed = late.wait_for(lambda e: e.get("type") == "idea" and e["id"] > seen)
    assert resumed["data"]["text"] == "Former les chauffeurs"
    # Only a short window below Last-Event-ID is replayed (for late commits), each event once.
    ids = [e["id"] for e in late.events]
    assert len(ids) == len(set(ids)) and min(ids) > seen - 50


def test_per_audience_payloads_over_the_wire(asgi):
    facilitator = Screen(asgi["base"], asgi["session"])
    code = facilitator.create()
    _hmw, ideas, _clusters, dots, *_rest = facilitator.activities()
    alice, bob = Screen(asgi["base"]), Screen(asgi["base"])
    alice.join(code, "Alice")
    bob.join(code, "Bob")
    facilitator.post("run", "open", activity=ideas)
    alice.post("act", "idea", activity=ideas, text="Une idée")
    facilitator.post("run", "open", activity=dots)
    for screen in (facilitator, alice, bob):
        screen.listen()
    idea_id = alice.wait_for(lambda e: e.get("type") == "idea")["data"]["id"]
    voted = alice.post("act", "vote", activity=dots, idea=idea_id, delta="1")
    assert voted.status_code == 200
    progress = facilitator.wait_for(lambda e: e.get("type") == "vote_progress")
    assert progress["data"] == {"type": "vote_progress", "activity": dots, "voters": 1, "dots": 1}
    # The dot vote is anonymous: Alice learns her dots from the answer; no event names her as their voter.
    assert voted.json()["mine"] == {str(idea_id): 1}
    time.sleep(0.3)
    assert not [e for e in alice.events if e.get("type") == "my_votes"]
    assert not [e for e in bob.events if e.get("type") in {"my_votes", "vote_progress", "results"}]
    assert not [e for e in alice.events if e.get("type") in {"vote_progress", "results"}]
    facilitator.post("run", "reveal", activity=dots)
    results = bob.wait_for(lambda e: e.get("type") == "results")
    assert results["data"]["rows"][0] == {"idea": idea_id, "dots": 1, "voters": 1, "minority": False}


def _redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def test_two_server_processes_share_the_stream_through_redis(asgi):
    if not _redis_answers():
        pytest.skip("Redis does not answer on 127.0.0.1:6379")
    env = dict(asgi["env"], REDIS_URL="redis://127.0.0.1:6379/15")
    ports = [server.free_port(), server.free_port()]
    processes = [server.launch(env, port) for port in ports]  # both start at once
    for process, port in zip(processes, ports):
        server.wait_until_up(process, port)
    try:
        first, second = (f"http://127.0.0.1:{port}" for port in ports)
        facilitator = Screen(first, asgi["session"])
        code = facilitator.create()
        _hmw, ideas, *_rest = facilitator.activities()
        facilitator.post("run", "open", activity=ideas)
        facilitator.listen()  # listens on the first process
        phone = Screen(second)  # posts to the second one
        phone.join(code, "Alice")
        started = time.monotonic()
        phone.post("act", "idea", activity=ideas, text="Par Redis")
        event = facilitator.wait_for(lambda e: e.get("type") == "idea")
        assert event["data"]["text"] == "Par Redis" and event["at"] - started < 1.0
    finally:
        for process in processes:
            server.stop(process)


@pytest.mark.browser
def test_three_screens_in_chromium(asgi, new_page, axe_check):
    from playwright.sync_api import expect

    base = asgi["base"]
    facilitator = new_page()
    facilitator.context.add_cookies([{"name": "sessionid", "value": asgi["session"], "url": base}])
    facilitator.goto(f"{base}/fr/workshops/")
    facilitator.fill("#id_title", "Sirènes plus silencieuses")
    facilitator.select_option("#id_template", "cps")
    facilitator.click("form.ws-create button[type=submit]")
    facilitator.wait_for_url(re.compile(r"/control/$"))
    code = facilitator.url.rstrip("/").split("/")[-2]
    expect(facilitator.locator("[data-live][data-connected='1']")).to_be_attached()

    phones = []
    for name, language in (("Alice", "fr"), ("Bram", "nl")):
        phone = new_page(viewport={"width": 390, "height": 844})
        phone.goto(f"{base}/j/{code}")
        phone.fill("#id_display_name", name)
        phone.check(f"input[name=language][value={language}]")
        phone.click("form.ws-join-form button[type=submit]")
        phone.wait_for_url(re.compile(rf"/{language}/workshops/{code}/$"))
        expect(phone.locator("[data-live][data-connected='1']")).to_be_attached()
        phones.append(phone)
    alice, bram = phones

    wall = facilitator.context.new_page()  # the facilitator's second screen, on the projector
    wall.goto(f"{base}/fr/workshops/{code}/wall/")
    expect(wall.locator("[data-live][data-connected='1']")).to_be_attached()
    facilitator.locator(".ws-agenda-item").nth(1).locator("button").click()  # diverge: brainwriting
    expect(alice.locator("#idea-text")).to_be_visible()
    alice.fill("#idea-text", "Des sirènes plus douces la nuit")
    alice.locator(".ws-idea-form button[type=submit]").click()
    for screen in (bram, facilitator, wall):
        expect(screen.locator(".ws-idea-text", has_text="Des sirènes plus douces la nuit")).to_be_visible(timeout=3000)
    assert wall.locator(".ws-author").count() == 0  # brainwriting is anonymous on the projector too
    # The facilitator's new card comes with its tools (move to a cluster, merge, hide), without a reload.
    card = facilitator.locator(".ws-idea", has_text="Des sirènes plus douces la nuit")
    expect(card.locator("select[name=cluster]")).to_have_count(1)
    expect(card.locator("form[action$='/run/hide/'] input[name=idea]")).not_to_have_value("__IDEA__")
    axe_check(alice, "participant page")
    axe_check(facilitator, "facilitator page")

    # The timer runs on every screen, from the server's clock.
    facilitator.fill("#timer-seconds", "120")
    facilitator.locator("form[action$='/run/timer/'] button").click()
    expect(bram.locator("[data-timer-text]")).to_have_text(re.compile(r"^(2:00|1:5\d)$"))
    # A draft is saved as it is typed: a reload finds it.
    alice.fill("#idea-text", "Un brouillon pas encore publié")
    expect(alice.locator("[data-draft-status]")).not_to_be_empty()
    alice.reload()
    expect(alice.locator("#idea-text")).to_have_value("Un brouillon pas encore publié")

    facilitator.locator(".ws-agenda-item").nth(3).locator("button").click()  # dot voting
    expect(alice.locator(".ws-vote-list .ws-idea")).to_have_count(1)
    alice.locator(".ws-vote-list form").first.locator("button").click()
    expect(alice.locator("[data-my-dots]")).to_have_text("1")
    expect(facilitator.locator("[data-vote-progress]")).to_contain_text("1")
    bram.wait_for_timeout(500)
    assert bram.locator("[data-results]").count() == 0
    assert facilitator.locator("[data-results]").count() == 0
    facilitator.locator("form[action$='/run/reveal/'] button").click()
    expect(bram.locator("[data-results]")).to_contain_text("Des sirènes plus douces la nuit")
    expect(bram.locator("[data-results] tbody td").nth(1)).to_have_text("1")
    expect(wall.locator("[data-results]")).to_contain_text("Des sirènes plus douces la nuit")
    axe_check(wall, "wall (projector) page")
    axe_check(bram, "participant page with results")
    assert "/nl/" in bram.url and bram.locator("html").get_attribute("lang") == "nl"
