"""Time of `polyvox sortition verify --optimality` (the independent certificate checker) on the large pools.

    PYTHONPATH=src python benchmarks/sortition_certificate.py

For each pool of `benchmarks/sortition.py` (Brussels-like 2,000 / 45; generated 2,000 / 100), it selects
the LEXIMIN panel, then checks the published certificate with the checker's own integer program, and
prints the stages, the seconds of each step and the machine's load.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sortition as bench  # noqa: E402  (benchmarks/sortition.py: the pool generators)

from polyvox.engines.sortition import Person, Pool, Quota, Quotas, check_certificate, select_panel  # noqa: E402


def main() -> int:
    for name, n, k, make in (("brussels_2000_45", 2000, 45, bench.brussels_pool),
                             ("generated_2000_100", 2000, 100, bench.generated_pool)):
        header, rows, quota_rows = make(n, k)
        pool = Pool([Person(str(row[0]), {h: str(v) for h, v in zip(header[1:], row[1:])}) for row in rows])
        quotas = Quotas([Quota(f, str(v), int(lo), int(hi)) for f, v, lo, hi in quota_rows])
        started = time.perf_counter()
        published = select_panel(pool, quotas, k).to_json()
        selected = time.perf_counter() - started
        started = time.perf_counter()
        report = check_certificate(published)
        checked = time.perf_counter() - started
        print(f"{name:20s} stages {len(published['leximin_certificate']):3d}  select {selected:6.2f} s  "
              f"check {checked:6.2f} s  {'ok' if report.ok else 'FAILED ' + report.problems[0]}")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
