"""Polyvox's LEXIMIN against a brute-force LEXIMIN on seeded random small pools; prints what it found.

    PYTHONPATH=src python benchmarks/sortition_bruteforce.py [--pools 1000] [--first-seed 0]

Each pool (6-14 people, 2-3 features, households in 40% of them, quotas around a random panel; see
`polyvox.engines.sortition.tests.bruteforce`) is solved three ways: the engine; a reference that lists
every quota-meeting panel and runs the LEXIMIN stages with one LP each (SciPy/HiGHS), deciding who is
fixed from the definition; and the certificate checker on the engine's published JSON (its own oracle).
It prints the number of pools, the largest difference of a probability, how many certificates check
out, how many pools have someone at probability 0 or 1, and the machine's load.
"""

from __future__ import annotations

import argparse
import os
import time

from polyvox.engines.sortition import check_certificate, select_panel
from polyvox.engines.sortition.tests.bruteforce import leximin_by_enumeration, random_pool


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pools", type=int, default=1000)
    parser.add_argument("--first-seed", type=int, default=0)
    args = parser.parse_args()
    started = time.perf_counter()
    worst = 0.0
    certified = zeros = ones = 0
    failures = []
    for seed in range(args.first_seed, args.first_seed + args.pools):
        instance = random_pool(seed)
        reference = leximin_by_enumeration(instance.pool, instance.quotas, instance.panel_size)
        result = select_panel(instance.pool, instance.quotas, instance.panel_size)
        gap = max(abs(reference[i] - result.probabilities[i]) for i in reference)
        worst = max(worst, gap)
        report = check_certificate(result.to_json())
        certified += report.ok
        zeros += any(p < 1e-9 for p in reference.values())
        ones += any(p > 1 - 1e-9 for p in reference.values())
        if gap >= 1e-6 or not report.ok:
            failures.append((seed, gap, report.problems[:1]))
    print(f"pools                       {args.pools} (seeds {args.first_seed}..{args.first_seed + args.pools - 1})")
    print(f"largest probability gap     {worst:.2e}")
    print(f"certificates checked out    {certified} of {args.pools}")
    print(f"pools with someone at 0 / 1 {zeros} / {ones}")
    print(f"failures                    {len(failures)} {failures[:5]}")
    print(f"seconds                     {time.perf_counter() - started:.1f}")
    print(f"load average                {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
