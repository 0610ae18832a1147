"""Benchmark: 200 phones in one live workshop, time from a post to its arrival on the facilitator's stream.

    python benchmarks/workshop.py                     # 200 participants, 5 ideas + 5 votes each, within a minute
    python benchmarks/workshop.py --participants 50 --seconds 20

It starts the server as `make demo` does (`polyvox migrate`, then `polyvox serve` on a free port: uvicorn
with one worker, the task worker and the scheduler beside it) on a temporary SQLite database, signs a
facilitator in, creates a Creative Problem Solving workshop and opens its brainwriting. Then the
participants join over HTTP (asyncio + httpx, one client and cookie jar each) and each posts 5 ideas at
random moments of the first half of the minute; the facilitator opens the dot vote and each participant
casts 5 dots during the second half. The facilitator's real Server-Sent Events stream (the one the
browser uses) is read throughout; an idea is matched by its text, a vote by the running dot total the
stream reports. Prints `median N ms` and `p99 N ms` (targets: median < 300 ms, p99 < 1 s).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import httpx  # noqa: E402

from databases import drop_postgres_database, fresh_postgres_database  # noqa: E402
from polyvox.workshops.tests.server import SETUP, free_port  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--ideas", type=int, default=5)
    parser.add_argument("--votes", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=60.0, help="the whole posting window (ideas, then votes)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--postgres", default="", metavar="URL",
                        help="run on PostgreSQL: a server URL such as postgres://root@127.0.0.1:5432 (a fresh database "
                             "polyvox_bench_workshop is created there and dropped afterwards)")
    parser.add_argument("--redis", default="", help="REDIS_URL for the server (default: none, in-process stream)")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (needs --redis to share the stream)")
    parser.add_argument("--phones-listen", action="store_true",
                        help="every phone also keeps its own live stream open (as the page does) and drains it")
    options = parser.parse_args(argv)

    var_dir = Path(tempfile.mkdtemp(prefix="polyvox-bench-"))
    env = dict(os.environ)
    database_url = f"sqlite:///{var_dir / 'bench.sqlite3'}"
    if options.postgres:
        database_url = fresh_postgres_database(options.postgres, "polyvox_bench_workshop")
    env.update({
        "POLYVOX_VAR_DIR": str(var_dir), "DATABASE_URL": database_url,
        "SECRET_KEY": "workshop-benchmark", "DJANGO_SETTINGS_MODULE": "polyvox.settings", "LOG_LEVEL": "ERROR",
        "REDIS_URL": options.redis,
    })
    polyvox = [sys.executable, "-m", "polyvox"]
    print(f"database: {database_url}", flush=True)
    subprocess.run([*polyvox, "migrate", "--noinput", "-v", "0"], env=env, check=True)
    output = subprocess.run([*polyvox, "manage", "shell", "-c", SETUP], env=env, check=True, capture_output=True, text=True).stdout
    session = json.loads(next(line for line in output.splitlines() if line.startswith("SETUP"))[5:])["session"]
    port = free_port()
    serve = subprocess.Popen([*polyvox, "serve", "--port", str(port), "--workers", str(options.workers)], env=env, stdout=subprocess.DEVNULL,
                             start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for(base)
        latencies = asyncio.run(run(base, session, options))
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        try:
            serve.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
        if options.postgres:
            drop_postgres_database(database_url)
    return report(latencies, options)


async def run(base: str, session: str, options) -> dict[str, list[float]]:
    rng = random.Random(options.seed)
    limits = httpx.Limits(max_connections=options.participants + 10)
    async with httpx.AsyncClient(base_url=base, cookies={"sessionid": session}, timeout=30, limits=limits) as facilitator:
        await facilitator.get("/fr/workshops/")
        csrf = facilitator.cookies["csrftoken"]
        created = await facilitator.post("/fr/workshops/new/", data={
            "template": "cps", "title": "Benchmark : des sirènes moins bruyantes", "csrfmiddlewaretoken": csrf})
        code = created.headers["location"].split("/")[3]
        control = (await facilitator.get(f"/fr/workshops/{code}/control/")).text
        activities = [int(pk) for pk in re.findall(
            r'<input type="hidden" name="activity" value="(\d+)">\s*<button type="submit" class="link-button">', control)]
        _hmw, ideas, _clusters, dots = activities[:4]
        headers = {"X-CSRFToken": csrf, "Accept": "application/json"}
        await facilitator.post(f"/fr/workshops/{code}/run/open/", data={"activity": ideas}, headers=headers)

        arrivals: dict[str, float] = {}
        vote_arrivals: dict[int, float] = {}
        listening = asyncio.Event()
        listener = asyncio.create_task(_listen(base, session, code, arrivals, vote_arrivals, listening))
        await asyncio.wait_for(listening.wait(), 10)

        phones = [httpx.AsyncClient(base_url=base, timeout=30) for _ in range(options.participants)]
        try:
            print(f"joining: {options.participants} participants", flush=True)
            await asyncio.gather(*(_join(phone, code, n) for n, phone in enumerate(phones)))
            drainer = _start_drainer(base, code, phones) if options.phones_listen else None
            window = options.seconds / 2
            print(f"ideas: {options.participants} x {options.ideas} within {window:.0f} s", flush=True)
            sent: dict[str, float] = {}
            errors = []
            await asyncio.gather(*(
                _post_ideas(phone, code, ideas, n, options.ideas, window, rng.random, sent, errors) for n, phone in enumerate(phones)
            ))
            await asyncio.sleep(1.0)
            wall = [int(i) for i in re.findall(r'data-idea-id="(\d+)"', (await facilitator.get(f"/fr/workshops/{code}/control/")).text)]
            await facilitator.post(f"/fr/workshops/{code}/run/open/", data={"activity": dots}, headers=headers)
            print(f"votes: {options.participants} x {options.votes} within {window:.0f} s", flush=True)
            vote_sent: dict[int, float] = {}
            await asyncio.gather(*(
                _post_votes(phone, code, dots, wall, options.votes, window, random.Random(options.seed + n), vote_sent, errors)
                for n, phone in enumerate(phones)
            ))
            await asyncio.sleep(1.0)
            if drainer is not None:
                drainer.terminate()
                drainer.wait(timeout=5)
        finally:
            listener.cancel()
            for phone in phones:
                await phone.aclose()
    idea_latencies = [(arrivals[text] - at) * 1000 for text, at in sent.items() if text in arrivals]
    vote_latencies = [(vote_arrivals[total] - at) * 1000 for total, at in vote_sent.items() if total in vote_arrivals]
    return {"ideas": idea_latencies, "votes": vote_latencies, "missing": [len(sent) - len(idea_latencies), len(vote_sent) - len(vote_latencies)],
            "errors": errors}


async def _listen(base, session, code, arrivals, vote_arrivals, listening):
    async with httpx.AsyncClient(base_url=base, cookies={"sessionid": session}, timeout=None) as client:
        async with client.stream("GET", f"/fr/workshops/{code}/stream/") as response:
            listening.set()
            async for line in response.aiter_lines():
                if not line.startswith("data: "):
                    continue
                now = time.monotonic()
                data = json.loads(line[6:])
                if data["type"] == "idea":
                    arrivals.setdefault(data["text"], now)
                elif data["type"] == "vote_progress":
                    vote_arrivals.setdefault(data["dots"], now)


def _start_drainer(base, code, phones) -> subprocess.Popen:
    """Every phone's own live stream, opened and read in a separate process (as 200 browsers would,
    without taking the measuring process's time): raw sockets, bytes read and thrown away."""
    cookies = ["; ".join(f"{c.name}={c.value}" for c in phone.cookies.jar) for phone in phones]
    spec = Path(tempfile.mkstemp(suffix=".json")[1])
    spec.write_text(json.dumps({"base": base, "code": code, "cookies": cookies}))
    process = subprocess.Popen([sys.executable, __file__, "--drain", str(spec)])
    time.sleep(2)  # let the streams open
    return process


def drain(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text())
    host, port = spec["base"].removeprefix("http://").split(":")

    async def one(cookie):
        reader, writer = await asyncio.open_connection(host, int(port))
        writer.write((f"GET /fr/workshops/{spec['code']}/stream/ HTTP/1.1\r\nHost: {host}:{port}\r\n"
                      f"Accept: text/event-stream\r\nCookie: {cookie}\r\n\r\n").encode())
        await writer.drain()
        while await reader.read(65536):
            pass

    async def all_of_them():
        await asyncio.gather(*(one(cookie) for cookie in spec["cookies"]), return_exceptions=True)

    asyncio.run(all_of_them())
    return 0


async def _join(phone, code, n):
    await phone.get(f"/j/{code}")
    response = await phone.post(f"/j/{code}", data={"display_name": f"P{n}", "language": "fr",
                                                    "csrfmiddlewaretoken": phone.cookies["csrftoken"]})
    assert response.status_code == 302, response.text


async def _post_ideas(phone, code, activity, n, count, window, random01, sent, errors):
    moments = sorted(random01() * window for _ in range(count))
    start = time.monotonic()
    for k, moment in enumerate(moments):
        await asyncio.sleep(max(0.0, start + moment - time.monotonic()))
        text = f"Idée {k} du participant {n} : des sirènes plus douces"
        sent[text] = time.monotonic()
        response = await _post(phone, f"/fr/workshops/{code}/act/idea/", {"activity": activity, "text": text})
        if response.status_code != 200:
            errors.append(response.text[:200])


async def _post_votes(phone, code, activity, wall, count, window, rng, vote_sent, errors):
    moments = sorted(rng.random() * window for _ in range(count))
    start = time.monotonic()
    for moment in moments:
        await asyncio.sleep(max(0.0, start + moment - time.monotonic()))
        at = time.monotonic()
        response = await _post(phone, f"/fr/workshops/{code}/act/vote/", {"activity": activity, "idea": rng.choice(wall), "delta": "1"})
        if response.status_code == 200:
            vote_sent[response.json()["progress"]["dots"]] = at
        else:
            errors.append(response.text[:200])


async def _post(phone, url, data):
    """POST as a phone's script does; like a browser, retry once when a kept-alive connection was closed
    under it by the server (the time counted still starts at the first attempt)."""
    headers = {"X-CSRFToken": phone.cookies["csrftoken"], "Accept": "application/json"}
    try:
        return await phone.post(url, data=data, headers=headers)
    except httpx.TransportError:
        return await phone.post(url, data=data, headers=headers)


def _wait_for(base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit("the server did not start within 60 s")


def report(latencies: dict, options) -> int:
    both = sorted(latencies["ideas"] + latencies["votes"])
    if not both:
        print("no post reached the stream")
        return 1

    def p(values, q):
        values = sorted(values)
        return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]

    for name in ("ideas", "votes"):
        values = latencies[name]
        if values:
            print(f"{name}: n={len(values)} median {statistics.median(values):.0f} ms, p99 {p(values, 0.99):.0f} ms, max {max(values):.0f} ms")
    print(f"not arrived: ideas {latencies['missing'][0]}, votes {latencies['missing'][1]}; refused posts: {len(latencies['errors'])}")
    for error in latencies["errors"][:5]:
        print(f"  refused: {error}")
    median, p99 = statistics.median(both), p(both, 0.99)
    print(f"median {median:.0f} ms")
    print(f"p99 {p99:.0f} ms")
    ok = median < 300 and p99 < 1000 and not any(latencies["missing"])
    print("targets met (median < 300 ms, p99 < 1 s)" if ok else "targets NOT met (median < 300 ms, p99 < 1 s)")
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--drain":
        sys.exit(drain(sys.argv[2]))
    sys.exit(main())
