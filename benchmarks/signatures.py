"""Benchmark: a viral petition. 20,000 people sign within 2 minutes and confirm, through two app processes behind
nginx, on PostgreSQL and Redis; then the count is checked against the stored rows.

    python benchmarks/signatures.py                               # 20,000 signatures paced over 120 s
    python benchmarks/signatures.py --signatures 2000 --seconds 60   # smaller

What it does, on loopback only (the machinery of benchmarks/load.py: a fresh database, two `polyvox serve`
processes, nginx balancing them, CPU metering of every process of the platform):

1. Creates a fresh PostgreSQL database and migrates it; opens one regional petition for signatures.
2. Starts the two servers with an e-mail backend (benchmarks/signature_mailbox.py) that appends each
   confirmation link to a file, and rate limits raised (every signer comes from 127.0.0.1 here).
3. Signers start at an even pace (signatures / seconds per second). Each one, with its own cookie jar: opens
   the petition's page (the form and its CSRF cookie), POSTs the signing form, waits for its e-mail, and POSTs
   the confirmation button. 1% of them sign a second time (another tab) and 1% press their button twice.
   A signer told 503 + Retry-After (the platform saturated) waits that long and tries again (up to 5 times),
   as the page asks; those answers are counted and printed apart.
4. Prints: requests and statuses, signatures accepted and confirmed against the rows PostgreSQL holds
   (lost, counted twice), the stored count against count(*) of valid rows and the tallies, median and p99
   latency of the signing POST and of the confirmation POST, the machine's load average and the platform's
   CPU per request. The machine is shared (2 cores, other people's work): say so beside any figure.

Targets: 0 x 5xx, 0 lost, 0 counted twice, count == stored rows, p99 < 1 s. Exit status 0 when met.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import psycopg  # noqa: E402

from databases import default_postgres, drop_postgres_database, fresh_postgres_database  # noqa: E402
from lean_http import LeanClient, TransportError  # noqa: E402
from load import NGINX_CANDIDATES, NGINX_CONF, CpuMeter, _latencies, _wait_for  # noqa: E402
from polyvox.workshops.tests.server import free_port  # noqa: E402

SETUP = r"""
import json
from polyvox.core.workflow import SYSTEM
from polyvox.organisations.models import Organisation
from polyvox.petitions import services
from polyvox.petitions.models import Channel
from polyvox.petitions.workflow import LIFECYCLE
from polyvox.places.services import load_municipalities
from django.contrib.auth import get_user_model

load_municipalities()
Organisation.objects.get_or_create(slug="parlement-bruxellois", defaults={"name": "Parlement bruxellois", "kind": "parliament"})
author = get_user_model().objects.create_user(email="author@load.example", password="x")
petition = services.create_draft(author=author, channel=Channel.objects.get(kind="petition"), level="region", municipality=None,
                                 title="Une pétition virale", body="Beaucoup de monde signe en même temps.", language="fr",
                                 author_name="Charge")
services.file(petition, by=author)
LIFECYCLE.apply(petition, "accept", by=SYSTEM)
from polyvox.places.models import Municipality
print("SETUP" + json.dumps({"petition": petition.pk, "municipalities": list(Municipality.objects.values_list("pk", flat=True))}))
"""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=default_postgres(), metavar="URL",
                        help="by default this host's PostgreSQL through its Unix socket when it has one, else 127.0.0.1:5432")
    parser.add_argument("--database", default="polyvox_signatures")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/13")
    parser.add_argument("--signatures", type=int, default=20000)
    parser.add_argument("--seconds", type=float, default=120.0, help="the signers' arrivals are spread over this time")
    parser.add_argument("--keep", action="store_true")
    options = parser.parse_args(argv)
    if not 1 <= options.signatures <= 100_000 or not 1 <= options.seconds <= 3600:
        parser.error("signatures 1-100,000, seconds 1-3,600")
    nginx = next((found for name in NGINX_CANDIDATES if (found := shutil.which(name))), None)
    if nginx is None:
        print("nginx is not installed (apt-get install nginx); the benchmark starts its own on a loopback port.", file=sys.stderr)
        return 2

    tmp = Path(tempfile.mkdtemp(prefix="polyvox-signatures-"))
    mailbox = tmp / "mailbox.tsv"
    mailbox.touch()
    database_url = fresh_postgres_database(options.postgres, options.database)
    run_id = os.urandom(8).hex()
    env = dict(os.environ)
    env.update({
        "POLYVOX_VAR_DIR": str(tmp / "var"), "DATABASE_URL": database_url, "REDIS_URL": options.redis,
        "SECRET_KEY": f"signatures-benchmark-{run_id}", "CACHE_KEY_PREFIX": f"polyvox-signatures-{run_id}",
        "DJANGO_SETTINGS_MODULE": "polyvox.settings", "LOG_LEVEL": "ERROR", "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "benchmarks")]),
        "EMAIL_BACKEND": "signature_mailbox.EmailBackend", "SIGNATURE_MAILBOX": str(mailbox),
        "PETITIONS_MIN_FORM_SECONDS": "0",
        # Every signer comes from 127.0.0.1 and example.org here: the per-address and per-domain limits are raised.
        "THROTTLE_LIMITS": f"petition_sign.address={options.signatures * 3}/3600,petition_sign.target={options.signatures * 3}/3600",
    })
    polyvox = [sys.executable, "-m", "polyvox"]
    print(f"database: {database_url}; redis: {options.redis}; {os.cpu_count()} cores; load average {os.getloadavg()}", flush=True)
    processes: list[subprocess.Popen] = []
    results = None
    try:
        subprocess.run([*polyvox, "migrate", "--noinput", "-v", "0"], env=env, check=True)
        output = subprocess.run([*polyvox, "manage", "shell", "-c", SETUP], env=env, check=True, capture_output=True,
                                text=True).stdout
        setup = json.loads(next(line for line in output.splitlines() if line.startswith("SETUP"))[5:])
        ports = [free_port(), free_port()]
        for port in ports:
            processes.append(subprocess.Popen([*polyvox, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                                              start_new_session=True))
        proxy_port = free_port()
        for folder in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (tmp / folder).mkdir()
        conf = tmp / "nginx.conf"
        conf.write_text(NGINX_CONF.format(user="user root;" if os.geteuid() == 0 else "", tmp=tmp, port=proxy_port,
                                          servers="\n".join(f"        server 127.0.0.1:{port};" for port in ports)))
        processes.append(subprocess.Popen([nginx, "-c", str(conf), "-p", str(tmp)], start_new_session=True))
        for port in ports:
            _wait_for(f"http://127.0.0.1:{port}")
        base = f"http://127.0.0.1:{proxy_port}"
        _wait_for(base)
        print(f"two servers on ports {ports[0]} and {ports[1]}, nginx on {proxy_port}; petition {setup['petition']}", flush=True)
        meter = CpuMeter([process.pid for process in processes], options.database, database_url)
        results = asyncio.run(crowd(base, setup, options, mailbox, meter))
        results["database"] = stored(database_url, setup["petition"])
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
    return report(results, options) if results else 1


class Mailbox:
    """The confirmation links the servers wrote, read as they arrive."""

    def __init__(self, path: Path):
        self.path, self.offset, self.links, self.waiting = path, 0, {}, {}

    async def watch(self, stop: asyncio.Event):
        while not stop.is_set():
            self.read()
            await asyncio.sleep(0.05)
        self.read()

    def read(self):
        with self.path.open("rb") as handle:
            handle.seek(self.offset)
            data = handle.read()
        end = data.rfind(b"\n") + 1
        self.offset += end
        for line in data[:end].decode().splitlines():
            address, _tab, link = line.partition("\t")
            self.links[address] = link
            event = self.waiting.pop(address, None)
            if event is not None:
                event.set()

    async def link_for(self, address: str, timeout: float = 120.0) -> str | None:
        if address not in self.links:
            event = self.waiting.setdefault(address, asyncio.Event())
            try:
                await asyncio.wait_for(event.wait(), timeout)
            except TimeoutError:
                return None
        return self.links.get(address)


async def crowd(base, setup, options, mailbox_path, meter) -> dict:
    petition, towns = setup["petition"], setup["municipalities"]
    mailbox = Mailbox(mailbox_path)
    stop = asyncio.Event()
    watcher = asyncio.create_task(mailbox.watch(stop))
    outcomes = {"page": [], "sign": [], "confirm": [], "second_sign": [], "second_confirm": []}
    confirmed = set()
    load_before = os.getloadavg()
    meter.start()
    started = time.monotonic()

    async def signer(n: int):
        await asyncio.sleep(n * options.seconds / options.signatures)
        browser = LeanClient(base, timeout=180)  # the signer's own cookie jar and connections (benchmarks/lean_http.py)
        try:
            await sign(n, browser)
        finally:
            await browser.aclose()

    async def sign(n: int, browser: LeanClient):
        status, ms, text = await _request(browser, "GET", f"/fr/petitions/{petition}/")
        outcomes["page"].append((status, ms))
        if status != 200:
            return
        csrf = browser.cookies.get("csrftoken", "")
        started_field = re.search(r'name="started" value="([^"]+)"', text)
        address = f"signer{n}@example.org"
        form = {"csrfmiddlewaretoken": csrf, "full_name": f"Signataire {n}", "email": address,
                "date_of_birth": f"19{50 + n % 50}-0{1 + n % 9}-1{n % 10}", "municipality": str(towns[n % len(towns)]),
                "started": started_field.group(1) if started_field else "", "website": ""}
        headers = {"Referer": f"{base}/fr/petitions/{petition}/"}
        status, ms, _text = await _request(browser, "POST", f"/fr/petitions/{petition}/sign/", data=form, headers=headers)
        outcomes["sign"].append((status, ms))
        if n % 100 == 7:  # another tab: the same person signs again (a new link for the same waiting signature)
            outcomes["second_sign"].append((await _request(browser, "POST", f"/fr/petitions/{petition}/sign/",
                                                           data=form, headers=headers))[:2])
        if status != 200:
            return
        link = await mailbox.link_for(address)
        if link is None:
            outcomes["confirm"].append((0, 0.0))
            return
        presses = 2 if n % 100 == 13 else 1
        for press in range(presses):
            status, ms, _text = await _request(browser, "POST", link, data={"csrfmiddlewaretoken": csrf},
                                               headers={"Referer": f"{base}{link}"})
            outcomes["confirm" if press == 0 else "second_confirm"].append((status, ms))
            if status == 200:
                confirmed.add(address)

    await asyncio.gather(*(signer(n) for n in range(options.signatures)))
    wall = time.monotonic() - started
    cpu = meter.stop()
    stop.set()
    await watcher
    return {"outcomes": outcomes, "confirmed": len(confirmed), "wall": wall, "cpu": cpu, "load_before": load_before,
            "load_after": os.getloadavg()}


BUSY = {"answers": 0}  # 503 + Retry-After answers, each followed by a retry (the signer does what the page says)
RETRIES = 5


async def _request(browser, method, url, **kwargs):
    """(status, milliseconds, text); a transport failure is status 0. The browser keeps its own cookies.

    A 503 (the platform is saturated: the overload guard's answer, with Retry-After) is what a person is told to
    do something about: "try again in N seconds". The signer waits that long and sends the same request again, up
    to RETRIES times; the latency counts from the first try. The 503s are counted apart (BUSY) and reported."""
    began = time.monotonic()
    for attempt in range(RETRIES + 1):
        try:
            response = await browser.request(method, url, **kwargs)
        except TransportError:
            return 0, (time.monotonic() - began) * 1000, ""
        if response.status_code != 503 or attempt == RETRIES:
            break
        BUSY["answers"] += 1
        retry_after = response.headers.get("retry-after", "5")
        await asyncio.sleep(int(retry_after) if retry_after.isascii() and retry_after.isdecimal() else 5)
    return response.status_code, (time.monotonic() - began) * 1000, response.text


def stored(database_url: str, petition: int) -> dict:
    with psycopg.connect(database_url) as db:
        count = db.execute("SELECT signature_count FROM petitions_petition WHERE id = %s", [petition]).fetchone()[0]
        valid = db.execute("SELECT count(*) FROM petitions_signature WHERE petition_id = %s AND state = 'valid'", [petition]).fetchone()[0]
        rows = db.execute("SELECT count(*) FROM petitions_signature WHERE petition_id = %s", [petition]).fetchone()[0]
        tallied = db.execute("SELECT coalesce(sum(count), 0) FROM petitions_tally WHERE petition_id = %s", [petition]).fetchone()[0]
        twice = db.execute("SELECT count(*) FROM (SELECT email_key FROM petitions_signature WHERE petition_id = %s "
                           "GROUP BY email_key HAVING count(*) > 1) AS d", [petition]).fetchone()[0]
    return {"count": count, "valid": valid, "rows": rows, "tallied": tallied, "twice": twice}


def report(results: dict, options) -> int:
    outcomes, database, cpu = results["outcomes"], results["database"], results["cpu"]
    requests = sum(len(values) for values in outcomes.values())
    server_errors = sum(1 for values in outcomes.values() for status, _ms in values if status >= 500 or status == 0)
    lost = results["confirmed"] - database["valid"]
    counted_twice = max(0, database["valid"] - results["confirmed"]) + database["twice"]
    print()
    print(f"signers {options.signatures} arriving over {options.seconds:.0f} s; the run took {results['wall']:.1f} s")
    for name, values in outcomes.items():
        statuses: dict[int, int] = {}
        for status, _ms in values:
            statuses[status] = statuses.get(status, 0) + 1
        triple = _latencies([(status, ms, "") for status, ms in values])
        shown = ", ".join(f"{status or 'no answer'}: {count}" for status, count in sorted(statuses.items()))
        print(f"  {name:15} {len(values):6} requests ({shown}); median {triple['median']:.0f} ms, p99 {triple['p99']:.0f} ms, "
              f"max {triple['max']:.0f} ms")
    print(f"  confirmed (200 on the button) {results['confirmed']}; valid rows {database['valid']}; rows {database['rows']}; "
          f"stored count {database['count']}; tallies {database['tallied']}")
    print(f"  lost {lost}; counted twice {counted_twice}; 5xx or no answer (after retries) {server_errors}; "
          f"busy answers (503 + Retry-After, retried) {BUSY['answers']}")
    print("  load average before {:.2f} {:.2f} {:.2f}, after {:.2f} {:.2f} {:.2f} ({} cores, shared with other work)".format(
        *results["load_before"], *results["load_after"], os.cpu_count()))
    parts = ", ".join(f"{kind} {seconds:.1f}" for kind, seconds in sorted(cpu["by_kind"].items()))
    print(f"  CPU: platform {cpu['server']:.1f} s ({parts}) = {cpu['server'] * 1000 / max(1, requests):.1f} ms per request; "
          f"this client {cpu['client']:.1f} s")
    sign_p99 = _latencies([(s, ms, "") for s, ms in outcomes["sign"]])["p99"]
    confirm_p99 = _latencies([(s, ms, "") for s, ms in outcomes["confirm"]])["p99"]
    ok = (server_errors == 0 and lost == 0 and counted_twice == 0 and database["count"] == database["valid"] == database["tallied"]
          and sign_p99 < 1000 and confirm_p99 < 1000)
    print("targets met (0 x 5xx, 0 lost, 0 counted twice, count == rows, p99 < 1 s)" if ok else
          "targets NOT met (0 x 5xx, 0 lost, 0 counted twice, count == rows, p99 < 1 s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
