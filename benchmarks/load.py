"""Benchmark: a crowd at once on two server processes behind a reverse proxy, on PostgreSQL and Redis.

    make load                                         # installs Debian's nginx if missing, then runs this
    python benchmarks/load.py                         # 300 voters + 30 doubles, 300 x 5 ideas, 500 list GETs
    python benchmarks/load.py --voters 100 --participants 100 --gets 200      # smaller

What it does, on loopback only:

1. Creates a fresh PostgreSQL database (`polyvox_load`, dropped at the end; reached through the
   host's Unix socket when it has one, as a one-host deployment would) and migrates it; prepares a
   participatory budget open for voting (6 projects, one invitation code and one signed-in account per
   voter), a facilitator, and 200 published initiatives for the public inventory.
2. Starts two `polyvox serve` processes (uvicorn, the task worker and the scheduler each, as in
   production: Django's connection pool, the bound on requests in flight), sharing the database and
   Redis (live streams), and nginx in front of them (Debian's package: `apt-get install nginx`),
   balancing both (least connections).
3. Fires, each scenario at once through the proxy (one HTTP client and cookie jar per person):
   - ballots: every voter POSTs their ballot at the same moment, and 30 of them POST a second time at
     that same moment (a double click, another tab);
   - workshop: 300 participants join one workshop at once, then each posts 5 ideas (one after the
     other, all participants together), while the facilitator's live stream is read;
   - inventory: 500 GETs of the public list of initiatives at once.
4. Prints per scenario: requests, 5xx (and any other refusal), what the database holds against what
   was accepted (ballots, ideas), duplicates, median and p99 latency, the machine's load average, and
   the CPU time the platform spent (web processes, task processes, nginx, PostgreSQL's backends of the
   benchmark's database) per request: on a shared machine the latencies move with other people's work,
   the CPU per request much less, and CPU per request x requests / cores bounds the burst from below.

Targets: 0 x 5xx, 0 lost, 0 duplicated, ballot p99 < 2 s on a 2-core machine. Exit status 0 when met.
The client runs on the same machine as the servers and the database: its own work is in the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import httpx  # noqa: E402
import psycopg  # noqa: E402

from databases import default_postgres, drop_postgres_database, fresh_postgres_database  # noqa: E402
from lean_http import LeanClient, TransportError  # noqa: E402
from polyvox.workshops.tests.server import free_port  # noqa: E402

NGINX_CANDIDATES = ("nginx", "/usr/sbin/nginx")

SETUP = r"""
import json, sys
from datetime import date, timedelta
from decimal import Decimal
from django.contrib.auth import get_user_model, BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from polyvox.budgets import ballots, services
from polyvox.budgets.models import Budget
from polyvox.initiatives.models import Initiative
from polyvox.organisations.models import Organisation, Role, RoleAssignment

spec = json.loads(sys.stdin.read())
User = get_user_model()

def signed_in(user):
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]  # the one that signs people in
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key

def account(email):
    user = User(email=email, display_name=email.split("@")[0])
    user.set_unusable_password()
    user.save()
    return user

org = Organisation.objects.create(slug="load-commune", name="Commune de charge", kind="municipality")
organiser = account("organiser@load.example")
RoleAssignment.objects.create(user=organiser, organisation=org, role=Role.EDITOR)
facilitator = account("facilitator@load.example")
RoleAssignment.objects.create(user=facilitator, organisation=org, role=Role.FACILITATOR)

initiatives = []
for n in range(spec["initiatives"]):
    initiatives.append(Initiative.objects.create(
        title_fr=f"Initiative de quartier {n}", title_nl=f"Buurtinitiatief {n}", summary_fr=f"Résumé {n}",
        summary_nl=f"Samenvatting {n}", body_fr="Texte.", body_nl="Tekst.", start_date=date(2026, 3, 1),
        status="ongoing", governance_level="municipal", participation_level="consultation", organiser=org,
        publication_state="published"))

budget = Budget.objects.create(initiative=initiatives[0], title_fr="Budget participatif (charge)", title_nl="Burgerbegroting (belasting)",
                               amount=Decimal("100000"), vote_closes_at=timezone.now() + timedelta(days=10))
services.move(budget, "open_call", actor=organiser)
author = account("author@load.example")
projects = []
for n, cost in enumerate((30000, 25000, 20000, 15000, 10000, 5000)):
    projects.append(services.submit_project(budget, author, {
        "title": f"Projet {n + 1}", "description": "Un projet.", "category": "greenery", "cost_estimate": Decimal(cost),
        "latitude": 50.8467, "longitude": 4.3525}))
services.move(budget, "close_call", actor=organiser)
for project in projects:
    services.review_project(project, "accept", actor=organiser)
codes = ballots.create_codes(budget, spec["voters"])
services.move(budget, "open_vote", actor=organiser)
voters = [{"session": signed_in(account(f"voter{n}@load.example")), "code": code} for n, code in enumerate(codes)]
print("SETUP" + json.dumps({"budget": budget.pk, "projects": [p.pk for p in projects], "voters": voters,
                            "facilitator": signed_in(facilitator)}))
"""

NGINX_CONF = """
{user}
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    upstream polyvox {{
        least_conn;
{servers}
        keepalive 64;
        keepalive_timeout 60s;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://polyvox;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_buffering off;
            proxy_read_timeout 120s;
        }}
    }}
}}
"""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=default_postgres(), metavar="URL",
                        help="the PostgreSQL server (a fresh database polyvox_load is created there, dropped afterwards); "
                             "by default this host's server through its Unix socket when it has one (what a one-host "
                             "deployment uses: docs/deploy.md), else 127.0.0.1:5432 over TCP")
    parser.add_argument("--database", default="polyvox_load")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--voters", type=int, default=300)
    parser.add_argument("--doubles", type=int, default=30, help="voters who submit twice at the same moment")
    parser.add_argument("--participants", type=int, default=300)
    parser.add_argument("--ideas", type=int, default=5)
    parser.add_argument("--gets", type=int, default=500)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    options = parser.parse_args(argv)
    if not 1 <= options.voters <= 2000 or not 0 <= options.doubles <= options.voters or not 1 <= options.participants <= 300 \
            or not 1 <= options.ideas <= 20 or not 1 <= options.gets <= 5000:
        parser.error("out of bounds: voters 1-2000, doubles <= voters, participants 1-300 (a workshop's cap), ideas 1-20, gets 1-5000")

    nginx = next((found for name in NGINX_CANDIDATES if (found := shutil.which(name))), None)
    if nginx is None:
        print("nginx is not installed: `make nginx` installs Debian's package (or, as root: apt-get install nginx);\n"
              "`make load` installs it and runs this benchmark. The benchmark starts its own nginx on a loopback\n"
              "port; the system service is not used.", file=sys.stderr)
        return 2

    tmp = Path(tempfile.mkdtemp(prefix="polyvox-load-"))
    database_url = fresh_postgres_database(options.postgres, options.database)
    env = dict(os.environ)
    run_id = os.urandom(8).hex()
    env.update({
        "POLYVOX_VAR_DIR": str(tmp / "var"), "DATABASE_URL": database_url, "REDIS_URL": options.redis,
        # This run's own secret and cache keys: nothing cached or counted by an earlier run is reused.
        "SECRET_KEY": f"load-benchmark-{run_id}", "CACHE_KEY_PREFIX": f"polyvox-load-{run_id}",
        "DJANGO_SETTINGS_MODULE": "polyvox.settings",
        "LOG_LEVEL": "ERROR", "ALLOWED_HOSTS": "127.0.0.1,localhost", "PYTHONPATH": str(ROOT / "src"),
    })
    polyvox = [sys.executable, "-m", "polyvox"]
    print(f"database: {database_url}; redis: {options.redis}; {os.cpu_count()} cores", flush=True)
    processes: list[subprocess.Popen] = []
    try:
        subprocess.run([*polyvox, "migrate", "--noinput", "-v", "0"], env=env, check=True)
        started = time.monotonic()
        spec = {"voters": options.voters, "initiatives": 200}
        output = subprocess.run([*polyvox, "manage", "shell", "-c", SETUP], env=env, check=True, capture_output=True,
                                text=True, input=json.dumps(spec)).stdout
        setup = json.loads(next(line for line in output.splitlines() if line.startswith("SETUP"))[5:])
        print(f"prepared in {time.monotonic() - started:.0f} s: budget {setup['budget']}, {len(setup['voters'])} voters", flush=True)

        ports = [free_port(), free_port()]
        for port in ports:
            processes.append(subprocess.Popen([*polyvox, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                                              start_new_session=True))
        proxy_port = free_port()
        conf = tmp / "nginx.conf"
        for folder in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (tmp / folder).mkdir()
        conf.write_text(NGINX_CONF.format(
            user="user root;" if os.geteuid() == 0 else "", tmp=tmp, port=proxy_port,
            servers="\n".join(f"        server 127.0.0.1:{port};" for port in ports)))
        processes.append(subprocess.Popen([nginx, "-c", str(conf), "-p", str(tmp)], start_new_session=True))
        for port in ports:
            _wait_for(f"http://127.0.0.1:{port}")
        base = f"http://127.0.0.1:{proxy_port}"
        _wait_for(base)
        print(f"two servers on ports {ports[0]} and {ports[1]}, nginx on {proxy_port}", flush=True)
        meter = CpuMeter([process.pid for process in processes], options.database, database_url)
        results = asyncio.run(run(base, setup, options, database_url, meter))
    finally:
        for process in reversed(processes):
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        if not options.keep:
            drop_postgres_database(database_url)
        shutil.rmtree(tmp, ignore_errors=True)
    return report(results)


# --- the scenarios ----------------------------------------------------------------------------------


async def run(base: str, setup: dict, options, database_url: str, meter: CpuMeter) -> list[dict]:
    results = []
    results.append(await ballots(base, setup, options, database_url, meter))
    await asyncio.sleep(3)
    results.append(await workshop(base, setup, options, database_url, meter))
    await asyncio.sleep(3)
    results.append(await inventory(base, options, meter))
    return results


async def ballots(base, setup, options, database_url, meter) -> dict:
    budget, projects = setup["budget"], setup["projects"]
    vote_url = f"/fr/budgets/{budget}/vote/"
    clients = [_client(base, cookies={"sessionid": voter["session"]}) for voter in setup["voters"]]
    try:
        # Each voter opens the ballot first (not timed): the page sets the CSRF cookie the form carries.
        gate = asyncio.Semaphore(20)

        async def open_ballot(client):
            async with gate:
                response = await client.get(vote_url)
                response.raise_for_status()

        await asyncio.gather(*(open_ballot(client) for client in clients))
        choices = [projects[:2], projects[2:5], [projects[0], projects[5]], projects[3:6]]

        def cast(n):
            data = {"code": setup["voters"][n]["code"], "project": [str(p) for p in choices[n % len(choices)]],
                    "csrfmiddlewaretoken": clients[n].cookies["csrftoken"]}
            return _timed(clients[n], "POST", vote_url, data=data)

        before = os.getloadavg()
        print(f"ballots: {len(clients)} voters + {options.doubles} second submissions at once", flush=True)
        outcomes = await _at_once([cast(n) for n in range(len(clients))] + [cast(n) for n in range(options.doubles)], meter.start)
        cpu = meter.stop()
    finally:
        for client in clients:
            await client.aclose()
    accepted_voters = {n for n, (status, _ms, location) in enumerate(outcomes[: len(clients)]) if status == 302 and location.endswith(vote_url)}
    accepted_voters |= {n for n, (status, _ms, location) in enumerate(outcomes[len(clients):]) if status == 302 and location.endswith(vote_url)}
    accepted_posts = sum(1 for status, _ms, location in outcomes if status == 302 and location.endswith(vote_url))
    with psycopg.connect(database_url) as db:
        stored, distinct_voters, distinct_accounts, versions = db.execute(
            "SELECT count(*), count(DISTINCT voter_key), count(DISTINCT user_id), "
            "(SELECT count(*) FROM budgets_ballotversion v JOIN budgets_ballot b ON b.id = v.ballot_id WHERE b.budget_id = %s) "
            "FROM budgets_ballot WHERE budget_id = %s", [budget, budget]).fetchone()
    return _summary("ballots", outcomes, before, cpu, {
        "stored": stored, "accepted": len(accepted_voters),
        "lost": len(accepted_voters) - stored if stored < len(accepted_voters) else 0,
        "duplicated": (stored - distinct_voters) + (stored - distinct_accounts),
        "detail": f"{stored} ballots stored for {len(accepted_voters)} voters accepted; {versions} versions kept for "
                  f"{accepted_posts} accepted POSTs (each second submission is version 2 of the same ballot)",
        "versions_ok": versions == accepted_posts,
    })


async def workshop(base, setup, options, database_url, meter) -> dict:
    facilitator = _client(base, cookies={"sessionid": setup["facilitator"]})
    phones = [_client(base) for _ in range(options.participants)]
    arrived: set[str] = set()
    try:
        await facilitator.get("/fr/workshops/")
        csrf = facilitator.cookies["csrftoken"]
        created = await facilitator.post("/fr/workshops/new/", data={
            "template": "cps", "title": "Charge : 300 téléphones", "csrfmiddlewaretoken": csrf})
        code = created.headers["location"].split("/")[3]
        control = (await facilitator.get(f"/fr/workshops/{code}/control/")).text
        activities = [int(pk) for pk in re.findall(
            r'<input type="hidden" name="activity" value="(\d+)">\s*<button type="submit" class="link-button">', control)]
        ideas_activity = activities[1]
        opened = await facilitator.post(f"/fr/workshops/{code}/run/open/", data={"activity": ideas_activity},
                                        headers={"X-CSRFToken": csrf, "Accept": "application/json"})
        opened.raise_for_status()
        listening = asyncio.Event()
        listener = asyncio.create_task(_listen(base, setup["facilitator"], code, arrived, listening))
        await asyncio.wait_for(listening.wait(), 15)

        async def join(n, phone):
            first = await _timed(phone, "GET", f"/j/{code}")
            if first[0] != 200:
                return [first]
            second = await _timed(phone, "POST", f"/j/{code}", data={
                "display_name": f"Téléphone {n}", "language": "fr", "csrfmiddlewaretoken": phone.cookies.get("csrftoken", "")})
            return [first, second]

        async def post_ideas(n, phone):
            outcomes = []
            for k in range(options.ideas):
                outcomes.append(await _timed(phone, "POST", f"/fr/workshops/{code}/act/idea/",
                                             data={"activity": ideas_activity, "text": f"Idée {k} du téléphone {n}"},
                                             headers={"X-CSRFToken": phone.cookies.get("csrftoken", ""), "Accept": "application/json"}))
            return outcomes

        before = os.getloadavg()
        print(f"workshop: {options.participants} participants join at once", flush=True)
        joins = [o for pair in await _at_once([join(n, phone) for n, phone in enumerate(phones)], meter.start) for o in pair]
        joined = sum(1 for status, _ms, _loc in joins if status == 302)
        print(f"workshop: {joined} joined; each posts {options.ideas} ideas, all at once", flush=True)
        posts = [o for batch in await _at_once([post_ideas(n, phone) for n, phone in enumerate(phones)]) for o in batch]
        cpu = meter.stop()
        accepted = sum(1 for status, _ms, _loc in posts if status == 200)
        await asyncio.sleep(2)  # the last events reach the facilitator's screen
        listener.cancel()
    finally:
        await facilitator.aclose()
        for phone in phones:
            await phone.aclose()
    with psycopg.connect(database_url) as db:
        stored, distinct = db.execute(
            "SELECT count(*), count(DISTINCT text) FROM workshops_idea WHERE activity_id = %s", [ideas_activity]).fetchone()
        participants = db.execute(
            "SELECT count(*) FROM workshops_participant p JOIN workshops_workshop w ON w.id = p.workshop_id WHERE w.code = %s",
            [code]).fetchone()[0]
    outcomes = joins + posts
    return _summary("workshop", outcomes, before, cpu, {
        "stored": stored, "accepted": accepted, "lost": max(0, accepted - stored), "duplicated": stored - distinct,
        "detail": f"{participants} participants stored for {joined} joins accepted; {stored} ideas stored for {accepted} "
                  f"accepted; {len(arrived)} of them reached the facilitator's live stream (through Redis, from both servers)",
        "joins": (joined, participants), "live": len(arrived),
        "split": {"join": _latencies(joins), "idea": _latencies(posts)},
    })


async def inventory(base, options, meter) -> dict:
    clients = [_client(base) for _ in range(options.gets)]
    try:
        before = os.getloadavg()
        print(f"inventory: {options.gets} GETs of the public list at once", flush=True)
        outcomes = await _at_once([_timed(client, "GET", "/fr/initiatives/") for client in clients], meter.start)
        cpu = meter.stop()
    finally:
        for client in clients:
            await client.aclose()
    return _summary("inventory", outcomes, before, cpu, {"detail": f"{sum(1 for s, _m, _l in outcomes if s == 200)} pages served"})


# --- measuring -------------------------------------------------------------------------------------


class CpuMeter:
    """CPU seconds used by the platform's side (both `polyvox serve` trees, nginx, and PostgreSQL's backends
    of the benchmark's database) and by this client, between `start()` and `stop()`. The machine is shared,
    so wall-clock latencies move with other people's work; the CPU spent per request does not."""

    def __init__(self, roots: list[int], database: str, database_url: str):
        self.roots, self.database, self.database_url = roots, database, database_url

    def _server_pids(self) -> dict[int, str]:
        parents: dict[int, int] = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(stat.parent.name)] = int(fields[1])
        tree = set(self.roots)
        grew = True
        while grew:
            grew = False
            for pid, parent in parents.items():
                if parent in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        kinds = {pid: _kind(pid) for pid in tree}
        with psycopg.connect(self.database_url) as db:
            for (pid,) in db.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", [self.database]):
                kinds[pid] = "postgres"
        return kinds

    @staticmethod
    def _cpu(pid: int) -> float:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def start(self) -> None:
        self.pids = self._server_pids()
        self.before = {pid: self._cpu(pid) for pid in self.pids}
        self.client_before = time.process_time()
        self.started = time.monotonic()

    def stop(self) -> dict:
        """CPU seconds per kind of process (web, tasks, nginx, postgres), the client's, and the wall time."""
        wall = time.monotonic() - self.started
        pids = {**self.pids, **self._server_pids()}
        used: dict[str, float] = {}
        for pid, kind in pids.items():
            used[kind] = used.get(kind, 0.0) + max(0.0, self._cpu(pid) - self.before.get(pid, 0.0))
        return {"by_kind": used, "server": sum(used.values()), "client": time.process_time() - self.client_before, "wall": wall}


def _kind(pid: int) -> str:
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "other"
    if "nginx" in command:
        return "nginx"
    if "uvicorn" in command:
        return "web"
    if " worker" in command or "scheduler" in command:
        return "tasks"
    return "serve"


def _client(base, cookies=None) -> LeanClient:
    """One person's browser: its cookies and keep-alive connections (benchmarks/lean_http.py: the crowd runs on
    the serving machine, and a lean client leaves the platform the CPU that httpx would have taken)."""
    return LeanClient(base, cookies=cookies, timeout=120)


async def _timed(client, method, url, **kwargs) -> tuple[int, float, str]:
    """(status, milliseconds, redirect location); a transport failure counts as status 0."""
    started = time.monotonic()
    try:
        response = await client.request(method, url, **kwargs)
    except TransportError:
        return 0, (time.monotonic() - started) * 1000, ""
    return response.status_code, (time.monotonic() - started) * 1000, response.headers.get("location", "")


async def _at_once(coroutines, on_release=None):
    """Start every coroutine, then release them together (calling on_release just before)."""
    gate = asyncio.Event()

    async def wait_then(coroutine):
        await gate.wait()
        return await coroutine

    tasks = [asyncio.ensure_future(wait_then(c)) for c in coroutines]
    await asyncio.sleep(0.2)
    if on_release is not None:
        on_release()
    gate.set()
    return await asyncio.gather(*tasks)


async def _listen(base, session, code, arrived: set, listening: asyncio.Event):
    async with httpx.AsyncClient(base_url=base, cookies={"sessionid": session}, timeout=None) as client:
        async with client.stream("GET", f"/fr/workshops/{code}/stream/", headers={"Accept": "text/event-stream"}) as response:
            listening.set()
            async for line in response.aiter_lines():
                if line.startswith("data: "):
                    data = json.loads(line[6:])
                    if data.get("type") == "idea":
                        arrived.add(data.get("text", ""))


def _latencies(outcomes) -> dict:
    values = sorted(ms for _status, ms, _loc in outcomes)
    if not values:
        return {"median": 0.0, "p99": 0.0, "max": 0.0}
    return {"median": statistics.median(values), "p99": values[min(len(values) - 1, int(round(0.99 * (len(values) - 1))))],
            "max": values[-1]}


def _summary(name, outcomes, load_before, cpu, extra) -> dict:
    statuses: dict[int, int] = {}
    for status, _ms, _loc in outcomes:
        statuses[status] = statuses.get(status, 0) + 1
    return {"name": name, "requests": len(outcomes), "statuses": statuses,
            "server_errors": sum(count for status, count in statuses.items() if status >= 500 or status == 0),
            "latency": _latencies(outcomes), "load_before": load_before, "load_after": os.getloadavg(),
            "cpu": cpu, **extra}


def report(results: list[dict]) -> int:
    ok = True
    print()
    for result in results:
        latency = result["latency"]
        statuses = ", ".join(f"{status or 'no answer'}: {count}" for status, count in sorted(result["statuses"].items()))
        print(f"== {result['name']}")
        print(f"   requests {result['requests']} ({statuses}); 5xx {result['server_errors']}")
        print(f"   {result['detail']}")
        if "stored" in result:
            print(f"   stored {result['stored']} vs accepted {result['accepted']}: lost {result['lost']}, duplicated {result['duplicated']}")
        print(f"   latency median {latency['median']:.0f} ms, p99 {latency['p99']:.0f} ms, max {latency['max']:.0f} ms")
        for part, figures in result.get("split", {}).items():
            print(f"     {part}: median {figures['median']:.0f} ms, p99 {figures['p99']:.0f} ms")
        print("   load average before {:.2f} {:.2f} {:.2f}, after {:.2f} {:.2f} {:.2f}".format(*result["load_before"], *result["load_after"]))
        cpu, cores = result["cpu"], os.cpu_count() or 1
        parts = ", ".join(f"{kind} {seconds:.1f}" for kind, seconds in sorted(cpu["by_kind"].items()))
        print(f"   CPU: platform {cpu['server']:.1f} s ({parts}) = {cpu['server'] * 1000 / result['requests']:.1f} ms per request; "
              f"this client {cpu['client']:.1f} s")
        print(f"   the burst took {cpu['wall']:.1f} s; of the {cores * cpu['wall']:.1f} CPU-s the {cores} cores gave meanwhile, "
              f"the platform and this client used {100 * (cpu['server'] + cpu['client']) / max(0.001, cores * cpu['wall']):.0f}% "
              f"(the rest went to other work on the machine)")
        ok &= result["server_errors"] == 0 and result.get("lost", 0) == 0 and result.get("duplicated", 0) == 0
        ok &= result.get("versions_ok", True)
        if "joins" in result:
            ok &= result["joins"][0] == result["joins"][1]  # every accepted join stored, no other
    ballot_p99 = next(r["latency"]["p99"] for r in results if r["name"] == "ballots")
    ok &= ballot_p99 < 2000
    print()
    print("targets met (0 x 5xx, 0 lost, 0 duplicated, ballot p99 < 2 s)" if ok else
          "targets NOT met (0 x 5xx, 0 lost, 0 duplicated, ballot p99 < 2 s)")
    return 0 if ok else 1


def _wait_for(base: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"{base} did not answer within 120 s")


if __name__ == "__main__":
    sys.exit(main())
