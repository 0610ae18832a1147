"""Sortition benchmark: Polyvox's exact LEXIMIN beside `sortition-algorithms`' maximin (highspy backend).

    python benchmarks/sortition.py [--timeout 600] [--only NAME ...] [--no-reference] [--repeat N]

Polyvox runs in this interpreter; the reference runs in `.venv-bench` (`make bench-env`) in a
subprocess with a time limit. Each line gives time and minimum selection probability of both.
Generated pools come from a fixed seed and are written to a temporary folder in the Sortition
Foundation format, so both tools read the same files. Run with `--reference-run` it is the
reference's runner (inside .venv-bench; it imports nothing from Polyvox).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTANCES = ROOT / "src" / "polyvox" / "engines" / "sortition" / "tests" / "instances"
CENTROIDS = ROOT / "src" / "polyvox" / "places" / "data" / "brussels_centroids.tsv"
BENCH_PYTHON = ROOT / ".venv-bench" / "bin" / "python"


# -- instances ---------------------------------------------------------------------------------------


def instances(workdir: Path) -> list[dict]:
    """(name, people CSV, quotas CSV, panel size) for every benchmark instance."""
    s = INSTANCES
    out = []
    for name, size in (("example_small_20", 20), ("example_large_200", 200)):
        # the replication format has no id column: write it in the Sortition Foundation format for both
        people, quotas = _replication_to_sf(s / name, workdir / name)
        out.append({"name": name, "people": people, "quotas": quotas, "k": size})
    fx = s / "sortition_algorithms_fixture"
    out.append({"name": "sortition_algorithms_fixture", "people": fx / "candidates.csv",
                "quotas": fx / "features.csv", "k": 22})
    for name, n, k, maker in (("generated_500_50", 500, 50, generated_pool),
                              ("generated_2000_100", 2000, 100, generated_pool),
                              ("brussels_2000_45", 2000, 45, brussels_pool)):
        folder = workdir / name
        folder.mkdir(parents=True, exist_ok=True)
        header, rows, quotas = maker(n, k)
        _write(folder / "people.csv", header, rows)
        _write(folder / "quotas.csv", ["feature", "value", "min", "max"], quotas)
        out.append({"name": name, "people": folder / "people.csv", "quotas": folder / "quotas.csv", "k": k})
    return out


def generated_pool(n: int, k: int, seed: int = 20240601):
    """A volunteer pool skewed the way real ones are (older, more educated, more interested people
    volunteer), with correlated features, and quotas from the population shares (+-1 seat around
    the proportional target): the under-represented need high selection probabilities."""
    import numpy as np

    rng = np.random.default_rng(seed + n)
    genders = ["female", "male", "other"]
    ages = ["16-29", "30-44", "45-59", "60-74", "75+"]
    regions = ["north", "south", "east", "west", "centre", "coast"]
    educations = ["none", "secondary", "vocational", "degree"]
    attitudes = ["not interested", "somewhat", "very interested"]
    pop = {
        "gender": [0.505, 0.485, 0.01],
        "age": [0.22, 0.26, 0.25, 0.19, 0.08],
        "region": [0.22, 0.18, 0.16, 0.14, 0.18, 0.12],
        "education": [0.18, 0.34, 0.22, 0.26],
        "attitude": [0.35, 0.4, 0.25],
    }
    rows = []
    for i in range(n):
        age = rng.choice(5, p=[0.12, 0.2, 0.27, 0.29, 0.12])  # volunteers are older
        gender = rng.choice(3, p=[0.46, 0.53, 0.01])
        region = rng.choice(6, p=[0.3, 0.14, 0.12, 0.1, 0.26, 0.08])
        # education depends on age and region
        edu_p = np.array([0.08, 0.27, 0.2, 0.45])
        if age >= 3:
            edu_p = edu_p + np.array([0.12, 0.06, 0.0, -0.18])
        if region in (0, 4):
            edu_p = edu_p + np.array([-0.04, -0.04, -0.02, 0.10])
        edu_p = np.clip(edu_p, 0.01, None)
        edu = rng.choice(4, p=edu_p / edu_p.sum())
        # interest in politics depends on education
        att_p = np.array([0.1, 0.35, 0.55]) if edu == 3 else np.array([0.25, 0.45, 0.30])
        att = rng.choice(3, p=att_p)
        rows.append([f"v{i + 1}", genders[gender], ages[age], regions[region], educations[edu], attitudes[att]])
    header = ["id", "gender", "age", "region", "education", "attitude"]
    quotas = []
    for feature, values in (("gender", genders), ("age", ages), ("region", regions),
                            ("education", educations), ("attitude", attitudes)):
        for value, share in zip(values, pop[feature]):
            target = share * k
            lo, hi = max(0, int(np.floor(target)) - 1), int(np.ceil(target)) + 1
            if feature == "gender" and value == "other":
                lo, hi = 0, max(1, hi)
            quotas.append([feature, value, lo, hi])
    return header, rows, quotas


def brussels_pool(n: int, k: int, seed: int = 1045):
    """A Brussels-like pool for a deliberative committee of 45: gender, age band, municipality (19,
    quotas from the populations of shared/data/brussels), language, education level; the volunteers
    over-represent the south-east municipalities, the old and the highly educated."""
    import numpy as np

    rng = np.random.default_rng(seed + n)
    munis = []
    with open(CENTROIDS, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            munis.append((parts[1], float(parts[3]), float(parts[4]), int(parts[5])))
    pop = np.array([m[3] for m in munis], dtype=float)
    share = pop / pop.sum()
    # volunteers come more from the south-east (Uccle, Woluwe, Watermael...), less from the west
    lat = np.array([m[1] for m in munis])
    lon = np.array([m[2] for m in munis])
    affluence = (lon - lon.mean()) * 20 - (lat - lat.mean()) * 10
    vol_share = share * np.exp(affluence)
    vol_share /= vol_share.sum()
    ages = ["16-24", "25-34", "35-44", "45-54", "55-64", "65+"]
    age_pop = [0.13, 0.2, 0.19, 0.17, 0.14, 0.17]
    age_vol = [0.08, 0.16, 0.18, 0.2, 0.2, 0.18]
    educations = ["low", "medium", "high"]
    edu_pop = [0.3, 0.33, 0.37]
    rows = []
    for i in range(n):
        m = rng.choice(len(munis), p=vol_share)
        age = rng.choice(6, p=age_vol)
        gender = rng.choice(2, p=[0.47, 0.53])
        e = np.array([0.18, 0.3, 0.52]) + (0.08 if affluence[m] < 0 else -0.06) * np.array([1, 0.2, -1.2])
        if age == 5:
            e = e + np.array([0.1, 0.0, -0.1])
        e = np.clip(e, 0.02, None)
        edu = rng.choice(3, p=e / e.sum())
        nl = 0.08 + (0.06 if munis[m][0] in ("Bruxelles", "Jette", "Ganshoren", "Anderlecht") else 0) \
            + (0.05 if edu == 2 else 0)
        lang = "NL" if rng.random() < nl else "FR"
        rows.append([f"b{i + 1}", ["F", "M"][gender], ages[age], munis[m][0], lang, educations[edu]])
    header = ["id", "gender", "age", "municipality", "language", "education"]
    quotas = [["gender", "F", 22, 23], ["gender", "M", 22, 23]]
    for a, s in zip(ages, age_pop):
        t = s * k
        quotas.append(["age", a, int(np.floor(t)) - 1, int(np.ceil(t)) + 1])
    for (name, *_), s in zip(munis, share):
        t = s * k
        quotas.append(["municipality", name, max(0, int(np.floor(t)) - (1 if t > 3 else 0)), int(np.ceil(t))])
    quotas += [["language", "FR", 37, 41], ["language", "NL", 4, 8]]
    for e, s in zip(educations, edu_pop):
        t = s * k
        quotas.append(["education", e, int(np.floor(t)) - 1, int(np.ceil(t)) + 1])
    return header, rows, quotas


# -- running -----------------------------------------------------------------------------------------


def run_polyvox(inst: dict, method: str = "leximin") -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from polyvox.engines.sortition import read_pool_csv, read_quotas_csv, select_panel

    quotas = read_quotas_csv(inst["quotas"])
    pool = read_pool_csv(inst["people"], features=quotas.features)
    started, cpu = time.perf_counter(), time.process_time()
    result = select_panel(pool, quotas, inst["k"], method=method)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "cpu_seconds": time.process_time() - cpu,
            "min_probability": result.min_probability, "stats": result.stats}


def run_reference(inst: dict, timeout: float, method: str = "maximin") -> dict:
    if not BENCH_PYTHON.exists():
        return {"error": "no .venv-bench (make bench-env)"}
    cmd = [str(BENCH_PYTHON), str(Path(__file__).resolve()), "--reference-run", str(inst["people"]),
           str(inst["quotas"]), str(inst["k"]), method]
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"no result after {timeout:.0f} s", "seconds": None}
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1][:120]}
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    data.setdefault("wall_seconds", time.perf_counter() - started)
    return data


def reference_main(people: str, quotas: str, k: int, method: str) -> None:
    """Inside .venv-bench: run sortition-algorithms and print one JSON line."""
    import logging

    logging.disable(logging.CRITICAL)
    from sortition_algorithms.features import read_in_features
    from sortition_algorithms.people import read_in_people
    from sortition_algorithms.settings import Settings

    with open(quotas, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        features = read_in_features(list(reader.fieldnames or []), list(reader), k)[0]
    with open(people, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        head = list(reader.fieldnames or [])
        settings = Settings(id_column=head[0], columns_to_keep=[], solver_backend="highspy")
        pool = read_in_people(head, list(reader), features, settings)[0]
    if method == "maximin":
        from sortition_algorithms.committee_generation.maximin import find_distribution_maximin as find
    elif method == "leximin":
        from sortition_algorithms.committee_generation.leximin import find_distribution_leximin as find
    else:
        from sortition_algorithms.committee_generation.nash import find_distribution_nash as find
    started = time.perf_counter()
    committees, probabilities, _ = find(features, pool, k, [], "highspy")
    seconds = time.perf_counter() - started
    marginal: dict[str, float] = {pid: 0.0 for pid in pool}
    for committee, p in zip(committees, probabilities):
        for pid in committee:
            marginal[pid] += p
    print(json.dumps({"seconds": seconds, "min_probability": min(marginal.values())}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=600.0, help="time limit of the reference (s)")
    parser.add_argument("--only", nargs="*", help="instance names to run")
    parser.add_argument("--no-reference", action="store_true", help="run Polyvox only")
    parser.add_argument("--method", default="leximin", help="Polyvox's method (default leximin)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each side this many times and keep its fastest run (the reference is "
                             "repeated only where a run takes under 2 minutes)")
    parser.add_argument("--reference-run", nargs=4, metavar=("PEOPLE", "QUOTAS", "K", "METHOD"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.reference_run:
        people, quotas, k, method = args.reference_run
        reference_main(people, quotas, int(k), method)
        return 0
    with tempfile.TemporaryDirectory(prefix="polyvox-bench-") as tmp:
        rows = []
        header = (f"{'instance':30} {'pool':>5} {'k':>4} | {'Polyvox ' + args.method:>22} {'min p':>9} | "
                  f"{'sortition-algorithms maximin':>30} {'min p':>9} | speed-up")
        print(header)
        print("-" * len(header))
        for inst in instances(Path(tmp)):
            if args.only and inst["name"] not in args.only:
                continue
            mine = min((run_polyvox(inst, args.method) for _ in range(max(1, args.repeat))),
                       key=lambda r: r["seconds"])
            ref = {"error": "skipped"} if args.no_reference else run_reference(inst, args.timeout)
            for _ in range(args.repeat - 1):
                if not ref.get("seconds") or ref["seconds"] > 120:
                    break
                again = run_reference(inst, args.timeout)
                if again.get("seconds") and again["seconds"] < ref["seconds"]:
                    ref = again
            n = sum(1 for _ in open(inst["people"], encoding="utf-8")) - 1
            ref_time = f"{ref['seconds']:.2f} s" if ref.get("seconds") else ref.get("error", "?")
            ref_min = f"{ref['min_probability']:.6f}" if "min_probability" in ref else "-"
            speed = f"{ref['seconds'] / mine['seconds']:.0f}x" if ref.get("seconds") else "-"
            print(f"{inst['name']:30} {n:>5} {inst['k']:>4} | {mine['seconds']:>9.2f} s (CPU {mine['cpu_seconds']:>6.1f} s) {mine['min_probability']:>9.6f} | "
                  f"{ref_time:>30} {ref_min:>9} | {speed}", flush=True)
            rows.append({"instance": inst["name"], "pool": n, "k": inst["k"], "polyvox": mine, "reference": ref})
        print(json.dumps(rows, default=str), file=sys.stderr)
    return 0


def _replication_to_sf(src: Path, dst: Path) -> tuple[Path, Path]:
    dst.mkdir(parents=True, exist_ok=True)
    with open(src / "respondents.csv", newline="", encoding="utf-8") as f:
        rows = [r for r in csv.reader(f) if r]
    people = [["id", *rows[0]]] + [[str(i), *r] for i, r in enumerate(rows[1:], start=1)]
    _write(dst / "people.csv", people[0], people[1:])
    with open(src / "categories.csv", newline="", encoding="utf-8") as f:
        cats = [r for r in csv.reader(f) if r]
    _write(dst / "quotas.csv", ["feature", "value", "min", "max"], cats[1:])
    return dst / "people.csv", dst / "quotas.csv"


def _write(path: Path, header: list, rows: list) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    sys.exit(main())
