"""Benchmark: Polyvox's budgeting engine against pabutools, side by side on the same elections.

    python benchmarks/budgeting.py                   # every file of the repository's pabulib copies (POLYVOX_PABULIB_DIR for others) + a Warsaw-size election
    python benchmarks/budgeting.py --no-reference    # Polyvox only
    python benchmarks/budgeting.py --write-expected  # also store pabutools' outcomes for the tests

pabutools runs in the benchmark virtualenv (`.venv-bench`, `make bench-env`; or set
POLYVOX_BENCH_PYTHON), one subprocess per count with a time limit (`--timeout`, `--add1-timeout`).
For each election it prints the time of each count and whether the selected sets agree. The
Warsaw-size election (60,000 approval voters, 80 projects) is generated with a fixed seed by
`polyvox.engines.budgeting.synthetic`.

`--write-expected` writes `src/polyvox/engines/budgeting/tests/expected/<file>.json` with pabutools'
outcomes (greedy_utilitarian_welfare with Cost_Sat, method_of_equal_shares with Cost_Sat,
sequential_phragmen) for every approval file, and `expected/cardinal/<file>.json` with its
method_of_equal_shares with Additive_Cardinal_Sat (without and with voter_budget_increment=1) for
every cumulative, scoring or ordinal file, on the ballots' points / ordinal scores written as a
cumulative file: the tests compare against these without running pabutools.

The machine's load average is printed before and after: other programs share this machine. Each count
also prints the CPU time its process spent (Polyvox / pabutools): on a machine busy with other
programs it stays close to what the wall-clock time would be on a quiet one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from polyvox.engines.budgeting import count, read_pabulib, write_pabulib  # noqa: E402
from polyvox.engines.budgeting.synthetic import warsaw_like_election  # noqa: E402

EXPECTED = ROOT / "src/polyvox/engines/budgeting/tests/expected"
CARDINAL_COUNTS = [
    ("mes-points", dict(rule="mes", completion="none")),
    ("mes-points-add1", dict(rule="mes", completion="add1-exhaustive")),
]


def cardinal_copy(election, path: Path) -> Path:
    """The election's ballots as cumulative points (their points, or their ordinal scores), for pabutools."""
    from polyvox.engines.budgeting import Ballot, Election

    ballots = []
    for ballot, given in zip(election.ballots, election.ballot_scores()):
        items = [(pid, v) for pid, v in given.items() if v > 0]
        ballots.append(Ballot(ballot.voter_id, tuple(p for p, _ in items), tuple(v for _, v in items)))
    meta = dict(election.meta, vote_type="cumulative")
    meta.setdefault("max_sum_points", str(max((sum(b.points) for b in ballots if b.points), default=1)))
    copy = Election(meta=meta, projects=election.projects, ballots=ballots, budget=election.budget, vote_type="cumulative")
    path.write_text(write_pabulib(copy), encoding="utf-8")
    return path

REFERENCE = r"""
import json, sys, time
from pabutools.election import parse_pabulib, Cost_Sat, Additive_Cardinal_Sat
from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares, sequential_phragmen
path, rule = sys.argv[1], sys.argv[2]
instance, profile = parse_pabulib(path)
start = time.perf_counter()
cpu = time.process_time()
if rule == "greedy":
    out = greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
elif rule == "mes":
    out = method_of_equal_shares(instance, profile, sat_class=Cost_Sat)
elif rule == "mes-add1":
    out = method_of_equal_shares(instance, profile, sat_class=Cost_Sat, voter_budget_increment=1)
elif rule == "phragmen":
    out = sequential_phragmen(instance, profile)
elif rule == "mes-points":
    out = method_of_equal_shares(instance, profile, sat_class=Additive_Cardinal_Sat)
elif rule == "mes-points-add1":
    out = method_of_equal_shares(instance, profile, sat_class=Additive_Cardinal_Sat, voter_budget_increment=1)
seconds = time.perf_counter() - start
print(json.dumps({"selected": sorted(p.name for p in out), "seconds": seconds, "cpu": time.process_time() - cpu}))
"""

# pabutools' add1 stops at an exhaustive outcome: that is Polyvox's add1-exhaustive
COUNTS = [
    ("greedy", dict(rule="greedy")),
    ("mes", dict(rule="mes", completion="none")),
    ("mes-add1", dict(rule="mes", completion="add1-exhaustive")),
    ("phragmen", dict(rule="phragmen")),
]


def pabulib_dir() -> Path:
    """The real elections: the repository's copies, or another folder of .pb files (POLYVOX_PABULIB_DIR)."""
    default = ROOT / "src" / "polyvox" / "engines" / "budgeting" / "tests" / "pabulib"
    return Path(os.environ.get("POLYVOX_PABULIB_DIR", default))


def bench_python() -> str | None:
    candidate = os.environ.get("POLYVOX_BENCH_PYTHON") or str(ROOT / ".venv-bench" / "bin" / "python")
    return candidate if Path(candidate).exists() else None


def reference(python: str, path: Path, rule: str, timeout: float) -> dict:
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [python, "-c", REFERENCE, str(path), rule], capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return {"timeout": timeout, "wall": time.perf_counter() - start}
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-reference", action="store_true", help="do not run pabutools")
    parser.add_argument("--write-expected", action="store_true", help="store pabutools' outcomes for the tests")
    parser.add_argument("--timeout", type=float, default=900.0, help="time limit of one pabutools count (s)")
    parser.add_argument("--add1-timeout", type=float, default=300.0, help="time limit of pabutools' MES+add1 (s)")
    parser.add_argument("--no-generated", action="store_true", help="skip the Warsaw-size generated election")
    parser.add_argument("--only-generated", action="store_true", help="count the Warsaw-size generated election only")
    parser.add_argument("--voters", type=int, default=60_000)
    args = parser.parse_args(argv)

    python = None if args.no_reference else bench_python()
    if not args.no_reference and python is None:
        print("pabutools' virtualenv not found (make bench-env, or POLYVOX_BENCH_PYTHON): Polyvox only\n")

    files = [] if args.only_generated else sorted(pabulib_dir().glob("*.pb"))
    work = Path(tempfile.mkdtemp(prefix="polyvox-bench-"))
    elections = []
    for path in files:
        elections.append((path.stem, path))
    if not args.no_generated:
        generated = warsaw_like_election(voters=args.voters)
        gen_path = work / f"generated_warsaw_size_{args.voters}.pb"
        gen_path.write_text(write_pabulib(generated), encoding="utf-8")
        elections.append((gen_path.stem, gen_path))

    rows = []
    cores = os.cpu_count()
    print(f"machine: {cores} cores, load average {os.getloadavg()[0]:.1f} (1 min) at the start; other programs share it\n")
    print(f"{'election':52} {'count':15} {'polyvox s':>10} {'pabutools s':>12} {'speed-up':>9}  agree")
    for name, path in elections:
        started = time.perf_counter()
        election = read_pabulib(path)
        read_s = time.perf_counter() - started
        approval = election.is_approval
        expected = {}
        ref_path = path if approval else cardinal_copy(election, work / f"{name}.points.pb")
        for label, kwargs in (COUNTS if approval else [("greedy", dict(rule="greedy"))] + CARDINAL_COUNTS):
            cpu = time.process_time()
            result = count(election, **kwargs)
            cpu = time.process_time() - cpu
            mine = sorted(result.selected)
            ref = {}
            if python and (approval or label != "greedy"):
                limit = args.add1_timeout if label.endswith("add1") else args.timeout
                ref = reference(python, ref_path, label, limit)
            ref_s = ref.get("seconds")
            if "selected" in ref:
                agree = "yes" if ref["selected"] == mine else "NO"
                expected[label] = ref["selected"]
            elif "timeout" in ref:
                agree = f"(pabutools > {ref['timeout']:.0f} s)"
            elif "error" in ref:
                agree = f"(pabutools error: {ref['error'][:40]})"
            else:
                agree = "-"
            speed = f"{ref_s / result.seconds:,.0f}x" if ref_s and result.seconds > 0 else ""
            ref_text = f"{ref_s:.3f}" if ref_s is not None else ("timeout" if "timeout" in ref else "-")
            cpu_text = f"cpu {cpu:.3f} / {ref['cpu']:.3f} s" if "cpu" in ref else f"cpu {cpu:.3f} s"
            print(f"{name[:52]:52} {label:15} {result.seconds:10.3f} {ref_text:>12} {speed:>9}  {agree}  ({cpu_text})")
            rows.append({"election": name, "count": label, "polyvox_s": result.seconds, "read_s": read_s, **{f"pabutools_{k}": v for k, v in ref.items() if k != "selected"}, "agree": agree})
        if args.write_expected and expected and name in {p.stem for p in files} and not approval:
            (EXPECTED / "cardinal").mkdir(parents=True, exist_ok=True)
            keep = {"mes": expected.get("mes-points"), "mes-add1-exhaustive": expected.get("mes-points-add1")}
            (EXPECTED / "cardinal" / f"{name}.json").write_text(json.dumps(
                {"source": "pabutools: method_of_equal_shares with Additive_Cardinal_Sat (without / with voter_budget_increment=1) "
                 "on the ballots' points or ordinal scores; benchmarks/budgeting.py --write-expected",
                 "file": path.name, **{k: v for k, v in keep.items() if v is not None}}, indent=1) + "\n", encoding="utf-8")
        if args.write_expected and expected and name in {p.stem for p in files} and approval:
            EXPECTED.mkdir(parents=True, exist_ok=True)
            keep = {k: v for k, v in expected.items() if k in ("greedy", "mes", "phragmen")}
            (EXPECTED / f"{name}.json").write_text(
                json.dumps({"source": "pabutools", "file": path.name, **keep}, indent=1) + "\n", encoding="utf-8"
            )
    # the Warsaw-size figures with the default add1 (not only the exhaustive variant), best of three
    if not args.no_generated:
        election = read_pabulib(gen_path)
        for completion in ("none", "add1"):
            results, cpus = [], []
            for _ in range(3):
                cpu = time.process_time()
                results.append(count(election, rule="mes", completion=completion))
                cpus.append(time.process_time() - cpu)
            times = sorted(r.seconds for r in results)
            result = results[0]
            print(f"{'Warsaw-size MES ' + completion:52} {'':15} {times[0]:10.3f}   (best of 3; median {times[1]:.3f} s; "
                  f"{len(result.selected)} funded, {float(result.total_cost / result.budget):.1%} of the budget"
                  + (f", {result.add1.runs} runs)" if result.add1 else ")")
                  + f" cpu {min(cpus):.3f} s best, load {os.getloadavg()[0]:.1f}")
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} (1 min), {os.getloadavg()[1]:.1f} (5 min)")
    (work / "results.json").write_text(json.dumps(rows, indent=1, default=str))
    print(f"\nresults: {work / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
