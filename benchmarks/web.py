"""Web benchmark: the inventory with 10,000 synthetic initiatives, served as `make demo` serves it.

    .venv/bin/python benchmarks/web.py [--synthetic 10000] [--duration 10] [--clients 8] [--keep]

Creates a fresh SQLite database in a temporary folder (DATABASE_URL, POLYVOX_VAR_DIR), migrates, loads the
demo plus N synthetic initiatives, starts `polyvox serve` (uvicorn + task worker + scheduler) on a free port
of 127.0.0.1, then measures, with a bounded number of requests on 127.0.0.1 only:

- p50 / p95 latency for a single client of (a) the list with three filters and a search, (b) the full
  GeoJSON export, (c) a detail page; each also once "cold" (first request after start, nothing cached);
- the throughput of the filtered list and of /healthz under the same concurrent load (N clients, one
  keep-alive connection each, fixed duration), and their ratio;
- for information, the list with a different search on every request (what caching cannot help).

Prints the figures against the targets of issue 2 with PASS / MISS, and always stops the server.
See benchmarks/WEB.md for the last figures.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"

# The URLs measured (see src/polyvox/initiatives/urls.py and filters.py for the parameter names).
LIST_URL = "/fr/initiatives/"
LIST_FILTERS = "status=finished&family=appels-a-projets-budgets-participatifs&theme=budgetisation&q=projets"
FILTERED_LIST_URL = f"{LIST_URL}?{LIST_FILTERS}"
GEOJSON_URL = "/fr/initiatives/export.geojson"
HEALTH_URL = "/healthz"
DETAIL_LINK = re.compile(r'href="(/fr/initiatives/\d+-[^"/]+/)"')
RESULT_COUNT = re.compile(r"([\d\s\u00a0\u202f.,]+)\s*r\u00e9sultat", re.IGNORECASE)
VARIED_WORDS = [
    "budget", "panel", "quartier", "velo", "ecoles", "logement", "parc", "jeunes", "climat", "marche", "propose",
    "verlichting", "groen", "fietsen", "wijk", "housing", "shops", "heat", "gardens", "loneliness",
]

TARGETS = {
    "list_p95_ms": 50.0,
    "geojson_p95_ms": 300.0,
    "throughput_ratio": 0.25,
}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=10_000, help="generated initiatives to add (default 10000)")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of each throughput run (default 10)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients for throughput (default 8)")
    parser.add_argument("--requests", type=int, default=200, help="requests per latency series (default 200)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database) at the end")
    options = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="polyvox-bench-web-"))
    env = _environment(workdir)
    server = None
    try:
        print(f"data folder: {workdir}")
        started = time.perf_counter()
        _polyvox(env, "migrate", "--noinput")
        print(f"migrated in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        _polyvox(env, "demo", "--synthetic", str(options.synthetic))
        print(f"demo + {options.synthetic} synthetic initiatives loaded in {time.perf_counter() - started:.1f} s")

        port = _free_port()
        log_path = workdir / "server.log"
        with open(log_path, "wb") as log:  # a file, not a pipe: a full pipe would block the server
            server = subprocess.Popen(
                [sys.executable, "-m", "polyvox", "serve", "--port", str(port), "--host", HOST],
                env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        _wait_until_up(port, server, log_path)
        print(f"serving on http://{HOST}:{port}/ (uvicorn, worker and scheduler as `make demo` runs them)\n")
        figures = measure(port, options)
        print()
        return report(figures)
    finally:
        if server is not None:
            _stop(server)
        if options.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def measure(port: int, options) -> dict:
    figures = {"load_before": os.getloadavg()[0]}
    client = _Client(port)

    # Cold: the first request of each kind after start (nothing cached yet).
    status, body, cold_list = client.timed_get(FILTERED_LIST_URL)
    _check(status, FILTERED_LIST_URL)
    text = body.decode("utf-8", "replace")
    match = RESULT_COUNT.search(text)
    figures["list_results"] = re.sub(r"\D", "", match.group(1)) if match else "?"
    detail = DETAIL_LINK.search(text)
    if not detail:
        raise SystemExit("no detail link found on the filtered list: choose filters that match something")
    detail_url = detail.group(1)
    status, geojson, cold_geojson = client.timed_get(GEOJSON_URL)
    _check(status, GEOJSON_URL)
    status, _body, cold_detail = client.timed_get(detail_url)
    _check(status, detail_url)
    figures["geojson_features"] = geojson.count(b'"Feature"')
    figures["geojson_bytes"] = len(geojson)
    figures["cold_ms"] = {"list": cold_list, "geojson": cold_geojson, "detail": cold_detail}
    print(f"filtered list: {FILTERED_LIST_URL} -> {figures['list_results']} results")
    print(f"GeoJSON: {figures['geojson_features']} features, {figures['geojson_bytes'] / 1e6:.1f} MB")
    print(f"detail: {detail_url}")

    n = options.requests
    figures["list_ms"] = client.series(FILTERED_LIST_URL, n)
    figures["geojson_ms"] = client.series(GEOJSON_URL, max(20, n // 10))
    figures["detail_ms"] = client.series(detail_url, n)
    varied = [f"{LIST_URL}?status=finished&family=appels-a-projets-budgets-participatifs&theme=budgetisation"
              f"&q={VARIED_WORDS[i % len(VARIED_WORDS)]}&page={1 + i // len(VARIED_WORDS)}" for i in range(60)]
    figures["varied_list_ms"] = [client.timed_get(url)[2] for url in varied]
    client.close()

    figures["health_rps"] = throughput(port, HEALTH_URL, options.clients, options.duration)
    figures["list_rps"] = throughput(port, FILTERED_LIST_URL, options.clients, options.duration)
    figures["load_after"] = os.getloadavg()[0]
    return figures


def throughput(port: int, url: str, clients: int, duration: float) -> float:
    """Completed 200 responses per second with `clients` threads, each on its own keep-alive connection."""
    done = [0] * clients
    errors = []
    deadline = time.perf_counter() + duration

    def run(index):
        client = _Client(port)
        try:
            while time.perf_counter() < deadline:
                status, _body, _ms = client.timed_get(url)
                if status == 200:
                    done[index] += 1
                else:
                    errors.append(status)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(repr(error))
        finally:
            client.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if errors:
        print(f"  {url}: {len(errors)} failed requests, e.g. {errors[0]}")
    return sum(done) / elapsed


def report(figures: dict) -> int:
    print(f"machine: {os.cpu_count()} CPUs, load average {figures['load_before']:.1f} before the measures, "
          f"{figures['load_after']:.1f} after (other work on the machine inflates every figure)\n")

    def pct(values, p):
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    rows = []
    for label, key in (("list, 3 filters + search", "list_ms"), ("GeoJSON export, all", "geojson_ms"),
                       ("detail page", "detail_ms"), ("list, a new search each time", "varied_list_ms")):
        values = figures[key]
        rows.append((label, len(values), statistics.median(values), pct(values, 95)))
    print(f"{'latency, single client':32} {'n':>5} {'p50 ms':>9} {'p95 ms':>9}")
    for label, count, p50, p95 in rows:
        print(f"{label:32} {count:5d} {p50:9.1f} {p95:9.1f}")
    cold = figures["cold_ms"]
    print(f"cold (first request after start): list {cold['list']:.0f} ms, GeoJSON {cold['geojson']:.0f} ms, "
          f"detail {cold['detail']:.0f} ms")
    ratio = figures["list_rps"] / figures["health_rps"] if figures["health_rps"] else 0.0
    print(f"\nthroughput: /healthz {figures['health_rps']:.0f} req/s, filtered list {figures['list_rps']:.0f} req/s, "
          f"ratio {ratio:.2f}")

    list_p95, geojson_p95 = rows[0][3], rows[1][3]
    checks = [
        ("list p95 < 50 ms (single client)", list_p95, TARGETS["list_p95_ms"], list_p95 < TARGETS["list_p95_ms"], "ms"),
        ("GeoJSON of all points p95 < 300 ms", geojson_p95, TARGETS["geojson_p95_ms"],
         geojson_p95 < TARGETS["geojson_p95_ms"], "ms"),
        ("list throughput >= 1/4 of /healthz", ratio, TARGETS["throughput_ratio"], ratio >= TARGETS["throughput_ratio"], ""),
    ]
    print("\ntargets")
    missed = 0
    for label, value, target, ok, unit in checks:
        missed += not ok
        print(f"  {'PASS' if ok else 'MISS'}  {label:40} measured {value:.2f}{unit} (target {target:g}{unit})")
    return 1 if missed else 0


# --- helpers ---------------------------------------------------------------------------------------


class _Client:
    """One keep-alive HTTP/1.1 connection to the server on 127.0.0.1."""

    def __init__(self, port: int):
        self.port = port
        self.connection = http.client.HTTPConnection(HOST, port, timeout=60)

    def timed_get(self, url: str) -> tuple[int, bytes, float]:
        started = time.perf_counter()
        try:
            self.connection.request("GET", url, headers={"Accept-Language": "fr"})
            response = self.connection.getresponse()
            body = response.read()
        except (http.client.HTTPException, ConnectionError):
            self.connection.close()
            self.connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
            raise
        return response.status, body, (time.perf_counter() - started) * 1000

    def series(self, url: str, count: int, warmup: int = 3) -> list[float]:
        for _ in range(warmup):
            self.timed_get(url)
        timings = []
        for _ in range(count):
            status, _body, ms = self.timed_get(url)
            _check(status, url)
            timings.append(ms)
        return timings

    def close(self):
        self.connection.close()


def _environment(workdir: Path) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "POLYVOX_VAR_DIR": str(workdir),
            "DATABASE_URL": f"sqlite:///{workdir / 'polyvox.sqlite3'}",
            "SECRET_KEY": "benchmark-only-not-secret",
            "DEBUG": "0",
            "ALLOWED_HOSTS": f"{HOST},localhost",
            "DJANGO_SETTINGS_MODULE": "polyvox.settings",
            # a PYTHONPATH given by the caller comes first (e.g. an export of one commit's src/ to measure it)
            "PYTHONPATH": os.pathsep.join(p for p in (env.get("PYTHONPATH", ""), str(ROOT / "src")) if p),
        }
    )
    return env


def _polyvox(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "polyvox", *args], env=env, cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _wait_until_up(port: int, server: subprocess.Popen, log_path: Path, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {log_path.read_text(errors='replace')[-2000:]}")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", HEALTH_URL)
            if connection.getresponse().status == 200:
                connection.close()
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"the server did not answer on port {port} within {timeout:.0f} s")


def _check(status: int, url: str) -> None:
    if status != 200:
        raise SystemExit(f"GET {url} answered {status}")


def _stop(server: subprocess.Popen) -> None:
    """SIGTERM to the server's process group (uvicorn, worker, scheduler), then SIGKILL if needed."""
    try:
        os.killpg(server.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(server.pid, signal.SIGKILL)  # whatever is left of the group
    except ProcessLookupError:
        pass
    server.wait()


if __name__ == "__main__":
    sys.exit(main())
