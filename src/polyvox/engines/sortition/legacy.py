"""The legacy greedy draw (used before 2021), for comparison; its probabilities estimated by simulation.

One person at a time: take the quota value whose unmet minimum is largest relative to the people
still available with it, and draw one of those people uniformly; values that reached their maximum
remove their people, households remove the chosen person's housemates. A run that gets stuck is
started again. Selection probabilities are the frequencies over `runs` independent runs."""

from __future__ import annotations

import time
from collections import Counter

import numpy as np

from .models import LEGACY, Progress, ProgressCallback, SortitionError
from .profiles import Profiles


def legacy_lottery(profiles: Profiles, *, runs: int = 1000, progress: ProgressCallback | None = None,
                   seed: int | None = None, max_attempts: int = 100):
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    pool = profiles.pool
    ids = pool.ids
    features = profiles.quotas.features
    row_of = {key: r for r, key in enumerate(profiles.quota_keys)}
    rows = np.array([[row_of[(f, p.features[f])] for f in features] for p in pool.people], dtype=np.int64)
    household = [p.household for p in pool.people]
    panels: list[tuple[str, ...]] = []
    failures = 0
    for run in range(runs):
        for _attempt in range(max_attempts):
            chosen = _one_run(profiles, rows, household, rng)
            if chosen is not None:
                panels.append(tuple(sorted(ids[i] for i in chosen)))
                break
            failures += 1
        else:
            raise SortitionError(f"the legacy draw failed {max_attempts} times in a row: the quotas are too tight "
                                 "for it (use leximin)")
        if progress and run % 50 == 0:
            progress(Progress(LEGACY, run / runs, {"run": run, "runs": runs}))
    counts = Counter(i for p in panels for i in p)
    probabilities = {pid: counts.get(pid, 0) / runs for pid in ids}
    distinct = Counter(panels)
    out_panels = [list(p) for p in distinct]
    out_probs = [distinct[p] / runs for p in distinct]
    stats = {"runs": runs, "failed_runs": failures, "seconds": round(time.perf_counter() - started, 3)}
    return out_panels, out_probs, probabilities, stats


def _one_run(profiles: Profiles, rows: np.ndarray, household: list, rng) -> list[int] | None:
    k = profiles.panel_size
    lo, hi = profiles.lower, profiles.upper
    available = np.ones(len(rows), dtype=bool)
    selected_rows = np.zeros(len(lo))
    chosen: list[int] = []
    housemates: dict = {}
    for i, h in enumerate(household):
        if h is not None:
            housemates.setdefault(h, []).append(i)
    R = len(lo)
    for _ in range(k):
        avail_per_row = np.zeros(R)
        np.add.at(avail_per_row, rows[available].ravel(), 1)
        need = lo - selected_rows
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(need > 0, need / avail_per_row, -1.0)
        if (ratio > 1).any() or (np.isinf(ratio)).any():
            return None
        if ratio.max() > 0:
            r = int(np.argmax(ratio))
            candidates = np.nonzero(available & (rows == r).any(axis=1))[0]
        else:
            candidates = np.nonzero(available)[0]
        if len(candidates) == 0:
            return None
        person = int(rng.choice(candidates))
        chosen.append(person)
        available[person] = False
        selected_rows[rows[person]] += 1
        if household[person] is not None:
            available[housemates[household[person]]] = False
        full = selected_rows >= hi
        if full.any():
            available &= ~full[rows].any(axis=1)
    if ((selected_rows < lo) | (selected_rows > hi)).any():
        return None
    return chosen
