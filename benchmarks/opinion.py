"""The opinion engine against Pol.is and red-dwarf: agreement, representative statements, speed.

    make bench-env && .venv-bench/bin/python benchmarks/opinion.py [--repeat 3] [--write]

For each real conversation (the two of src/polyvox/engines/opinion/tests/polis and the big
benchmarks/data/polis/american-assembly.bowling-green, CC BY 4.0, Computational Democracy Project):
- the adjusted Rand index (ARI) between Pol.is's own groups (participants-votes.csv's group-id) and ours,
  and red-dwarf's (reddwarf.implementations.polis.run_pipeline, same votes, same moderation), over the
  participants both cluster;
- the overlap of representative statements: for each of our groups, matched with the Pol.is group sharing
  most members, the share of our representative statements that Pol.is's formulas pick for Pol.is's group
  (the export carries no repness: it is recomputed with Pol.is's formulas on Pol.is's groups), and the same
  share against red-dwarf's representative statements for its matched group;
- the seconds of a full recompute, ours and red-dwarf's (best of --repeat runs, wall clock, and the CPU time
  of that run), and the speed-up.

Then a generated conversation of 2,000 participants x 300 statements (planted groups): full recompute,
one more vote (add_vote + snapshot, the map as the web page receives it), and 1,000 participants voting
at once (1,000 add_vote in a row then one snapshot: the delay after which the map shows the last vote,
which is what a web process applying votes in order would add).

The machine is shared with other programs (other agents' test runs): the load average is printed with the
figures, and wall times under load are slower than on an idle machine for both engines alike.
--write also writes the report into benchmarks/OPINION.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))

from sklearn.metrics import adjusted_rand_score  # noqa: E402

from polyvox.engines.opinion import Conversation, read_polis_export  # noqa: E402
from polyvox.engines.opinion import polismath as pm  # noqa: E402
from polyvox.engines.opinion.synthetic import generate_votes  # noqa: E402

CONVERSATIONS = [
    ROOT.parent / "src/polyvox/engines/opinion/tests/polis/brexit-consensus",
    ROOT.parent / "src/polyvox/engines/opinion/tests/polis/15-per-hour-seattle",
    ROOT / "data/polis/american-assembly.bowling-green",
]

try:
    from reddwarf.implementations.polis import run_pipeline as reddwarf_pipeline
except ImportError:  # outside the benchmarks' environment
    reddwarf_pipeline = None


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def timed(function, repeat):
    best = None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = function()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        if best is None or wall < best[1]:
            best = (result, wall, cpu)
    return best


def ari(reference: dict, ours: dict) -> tuple[float, int]:
    a, b = [], []
    for pid, group in reference.items():
        mine = ours.get(pid)
        if group is not None and mine is not None:
            a.append(group)
            b.append(mine)
    return adjusted_rand_score(a, b), len(a)


def latest(votes):
    last = {}
    for order, (pid, sid, value) in enumerate(votes):
        last[(pid, sid)] = (value, order)
    return last


def run_reddwarf(export, seed):
    import warnings

    votes = [{"participant_id": p, "statement_id": s, "vote": v, "modified": o}
             for (p, s), (v, o) in latest(export.votes).items()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return reddwarf_pipeline(votes=votes, mod_out_statement_ids=sorted(export.moderated_out), random_state=seed)


def reddwarf_groups(result) -> dict:
    out = {}
    for pid, value in result.participants_df["cluster_id"].items():
        out[int(pid)] = None if value is None or str(value) == "<NA>" else int(value)
    return out


def reddwarf_representative(result) -> dict:
    return {int(g): [int(item["tid"]) for item in items] for g, items in (result.repness or {}).items()}


def polis_representative(conversation: Conversation, export) -> dict:
    """Pol.is's formulas applied to Pol.is's own groups (what Pol.is shows as representative for them)."""
    groups = sorted({g for g in export.reference_groups.values() if g is not None})
    index = {g: i for i, g in enumerate(groups)}
    n, m = conversation.n_participants, conversation.n_statements
    X = conversation._X[:n, :m]
    active = conversation._active()
    A, D, S = (np.zeros((len(groups), m)) for _ in range(3))
    for row, pid in enumerate(conversation._pids):
        group = export.reference_groups.get(pid)
        if group is None:
            continue
        votes = np.where(active, X[row], np.nan)
        A[index[group]] += votes == 1
        D[index[group]] += votes == -1
        S[index[group]] += ~np.isnan(votes)
    chosen = pm.select_representative(pm.group_statistics(A, D, S), list(conversation._sids), ~active)
    return {g: [item["statement"] for item in chosen[index[g]]] for g in groups}


def matched_overlap(our_groups: dict, our_rep: dict, their_groups: dict, their_rep: dict) -> float | None:
    """Mean over our groups of |ours ∩ theirs| / |ours|, each of our groups matched with the group of theirs
    that shares most of its members."""
    shares = []
    for g, statements in our_rep.items():
        members = [p for p, x in our_groups.items() if x == g]
        counts: dict = {}
        for p in members:
            t = their_groups.get(p)
            if t is not None:
                counts[t] = counts.get(t, 0) + 1
        if not counts or not statements:
            continue
        match = max(counts, key=counts.get)
        shares.append(len(set(statements) & set(their_rep.get(match, []))) / len(statements))
    return float(np.mean(shares)) if shares else None


def real_conversations(repeat: int, seed: int) -> list[str]:
    lines = [
        "| conversation | participants x statements | Pol.is k | ours: k, ARI | red-dwarf: k, ARI | "
        "representative statements shared with Pol.is's (ours / red-dwarf's) | shared with red-dwarf's | "
        "full recompute ours s (CPU s) | red-dwarf s (CPU s) | speed-up, wall (CPU) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    aris = {"ours": [], "red-dwarf": []}
    for folder in CONVERSATIONS:
        export = read_polis_export(folder)
        reference = {pid: g for pid, g in export.reference_groups.items()}
        polis_k = len({g for g in reference.values() if g is not None})

        def ours_once():
            conversation = Conversation.from_polis_export(export, seed=seed)
            return conversation, conversation.recompute()

        Conversation.from_polis_export(export, seed=seed).recompute()  # warm: imports, caches
        (conversation, snapshot), our_wall, our_cpu = timed(ours_once, repeat)
        ours = {int(p): g for p, g in snapshot["participants"].items()}
        our_ari, both = ari(reference, ours)
        aris["ours"].append(our_ari)
        our_rep = {g["id"]: g["representative"] for g in snapshot["groups"]}
        polis_rep = polis_representative(conversation, export)
        shared_polis = matched_overlap(ours, our_rep, reference, polis_rep)
        row = [folder.name, f"{conversation.n_participants} x {conversation.n_statements}", str(polis_k),
               f"{snapshot['k']}, **{our_ari:.3f}** ({both} participants)"]
        if reddwarf_pipeline is not None:
            result, rd_wall, rd_cpu = timed(lambda: run_reddwarf(export, seed), repeat)
            theirs = reddwarf_groups(result)
            rd_ari, rd_both = ari(reference, theirs)
            aris["red-dwarf"].append(rd_ari)
            rd_rep = reddwarf_representative(result)
            rd_shared_polis = matched_overlap(theirs, rd_rep, reference, polis_rep)
            shared_rd = matched_overlap(ours, our_rep, theirs, rd_rep)
            rd_k = len({g for g in theirs.values() if g is not None})
            row += [f"{rd_k}, {rd_ari:.3f} ({rd_both})", f"{shared_polis:.2f} / {rd_shared_polis:.2f}",
                    f"{shared_rd:.2f}", f"{our_wall:.3f} ({our_cpu:.3f})", f"{rd_wall:.3f} ({rd_cpu:.3f})",
                    f"**{rd_wall / our_wall:.1f}x** (CPU {rd_cpu / max(our_cpu, 1e-9):.1f}x)"]
        else:
            row += ["(red-dwarf not installed)", f"{shared_polis:.2f} / -", "-", f"{our_wall:.3f} ({our_cpu:.3f})",
                    "-", "-"]
        lines.append("| " + " | ".join(row) + " |")
        print(lines[-1], flush=True)
    lines.append("")
    lines.append(f"Mean ARI against Pol.is: ours **{np.mean(aris['ours']):.3f}**"
                 + (f", red-dwarf {np.mean(aris['red-dwarf']):.3f}." if aris["red-dwarf"] else "."))
    return lines


def generated(seed: int) -> list[str]:
    n, m = 2000, 300
    votes, planted = generate_votes(n, m, 3, seed=seed)
    conversation = Conversation(seed=seed)
    for s in range(m):
        conversation.add_statement(s)
    conversation.load_votes(votes)
    conversation.recompute()  # warm
    walls = []
    for _ in range(3):
        start = time.perf_counter()
        snapshot = conversation.recompute()
        walls.append(time.perf_counter() - start)
    ids = [p for p, g in snapshot["participants"].items() if g is not None]
    planted_ari = adjusted_rand_score([planted[int(p)] for p in ids], [snapshot["participants"][p] for p in ids])
    rng = np.random.default_rng(seed + 1)
    one = []
    for _ in range(300):
        pid, sid, value = int(rng.integers(0, n)), int(rng.integers(0, m)), int(rng.integers(-1, 2))
        start = time.perf_counter()
        conversation.add_vote(pid, sid, value)
        conversation.snapshot()
        one.append(time.perf_counter() - start)
    crowd = []
    for round_ in range(3):
        batch = [(f"crowd-{round_}-{i}" if i % 2 else int(rng.integers(0, n)), int(rng.integers(0, m)),
                  int(rng.integers(-1, 2))) for i in range(1000)]
        start = time.perf_counter()
        for pid, sid, value in batch:
            conversation.add_vote(pid, sid, value)
        conversation.snapshot()
        crowd.append(time.perf_counter() - start)
    start = time.perf_counter()
    conversation.recompute()
    after = time.perf_counter() - start
    one_ms = np.array(one) * 1000
    return [
        f"Generated conversation: {n} participants x {m} statements, {len(votes)} votes, 3 planted groups "
        f"(found k = {snapshot['k']}, ARI with the planted groups {planted_ari:.3f}).",
        "",
        "| measure | figure | target |",
        "|---|---|---|",
        f"| full recompute (best of 3; the 3 runs) | **{min(walls):.3f} s** ({', '.join(f'{w:.3f}' for w in walls)}) | < 1 s |",
        f"| one more vote: add_vote + snapshot (300 votes) | median **{np.median(one_ms):.2f} ms**, "
        f"95th percentile {np.percentile(one_ms, 95):.2f} ms, max {one_ms.max():.2f} ms | < 50 ms |",
        f"| 1,000 participants voting at once: 1,000 add_vote then the snapshot (3 rounds) | "
        f"**{max(crowd):.3f} s** worst ({', '.join(f'{c:.3f}' for c in crowd)}), i.e. "
        f"{1000 / max(crowd):.0f} votes/s | map shows the last vote < 2 s |",
        f"| full recompute after those 3,300 votes | {after:.3f} s | |",
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--write", action="store_true", help="also write benchmarks/OPINION.md")
    args = parser.parse_args(argv)
    started = load()
    print(f"load average at the start: {started}", flush=True)
    report = real_conversations(args.repeat, args.seed)
    report += ["", *generated(args.seed)]
    ended = load()
    print("\n".join(report[-8:]))
    print(f"load average at the end: {ended}")
    if args.write:
        import reddwarf  # noqa: F401  (the version is part of the figures)
        from importlib.metadata import version

        text = [
            "# Opinion maps: agreement with Pol.is, and speed",
            "",
            "Written by `benchmarks/opinion.py --write` (in the benchmarks' environment: `make bench-env`, then "
            "`.venv-bench/bin/python benchmarks/opinion.py --write`). "
            f"red-dwarf {version('red-dwarf')}, numpy {np.__version__}; seed {args.seed}; best of {args.repeat} runs.",
            "",
            f"**The machine is shared with other agents' work** (2 cores): load average {started} at the start, "
            f"{ended} at the end. Wall times under such load are several times those of an idle machine, for "
            "both engines alike; the CPU times are given beside them.",
            "",
            "## Real conversations (Computational Democracy Project, CC BY 4.0)",
            "",
            "ARI: adjusted Rand index between the groups and Pol.is's own (participants-votes.csv's group-id, "
            "computed live and incrementally by Pol.is), over the participants both cluster. Representative "
            "statements: the share of a group's statements that Pol.is's formulas pick for the matched Pol.is "
            "group (the export has no repness of its own), and that red-dwarf picks for its matched group.",
            "",
            *report,
            "",
            "## Notes",
            "",
            "- Pol.is's group-ids come from its live, incremental computation (each update starts from the last "
            "one's clusters, and k changes only after winning 4 updates in a row); a single recompute cannot replay "
            "that history, so an ARI of 1 is not expected. What brings ours close: Pol.is's ~100 base clusters "
            "grouped by weighted k-means, Pol.is's minimum of votes to be clustered, moderated-out statements left "
            "out, for each k the partition with the best silhouette among Pol.is's start and 24 seeded k-means++ "
            "starts, and k chosen by silhouette with hysteresis towards fewer groups (another k must win by more "
            "than 0.05), the one-shot counterpart of Pol.is's k-smoothing.",
            "- `--moderation zero` (moderated-out statements zeroed, as in Pol.is's Clojure code, so that they weigh "
            "in the projection's scaling) gives 0.896 / 0.884 or 1.0 (depending on the seed) / 0.561 on these three "
            "conversations instead of 0.896 / 0.829 / 0.758 (the same for every seed tried): the default leaves "
            "them out, which is steadier and better on average.",
            "- Red-dwarf has no base clusters and no k-smoothing (its docstring says so); it is run with the same "
            "votes (latest of each pair), the same moderated-out statements and the same seed.",
            "- Speed: ours is numpy only, BLAS held to one thread during a recompute (on a shared or busy machine "
            "two BLAS threads fighting over the cores are many times slower than one). The 2,000 x 300 figures "
            "include the stability resampling (20 bootstrap resamples). One more vote does not rerun the pipeline: "
            "the participant is projected on the kept axes and joins the group of the nearest base cluster; the "
            "groups' vote counts follow exactly (tested against a recount), and a full recompute every few "
            "seconds while votes arrive realigns everything.",
            "",
        ]
        (ROOT / "OPINION.md").write_text("\n".join(text), encoding="utf-8")
        print(f"written: {ROOT / 'OPINION.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
