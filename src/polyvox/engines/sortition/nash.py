"""Maximum Nash welfare: the lottery maximising the sum of the logarithms of the selection probabilities.

Fully corrective: on the current panels, the multiplicative update lambda_P <- lambda_P * g_P with
g_P = sum_t (n_t / N) c_Pt / x_t (the log-optimal portfolio iteration, which increases the objective
monotonically) converges to the restricted optimum; a panel with g_P > 1 is then searched by the
panel oracle with weights n_t / (N x_t). When none has g_P > 1 + tolerance the lottery is optimal up
to that relative gap (the concavity bound: optimum <= current + N * (max g - 1))."""

from __future__ import annotations

import time

import numpy as np

from .leximin import CompositionLottery, initial_panels
from .models import DONE, NASH, Progress, ProgressCallback
from .panel_search import LocalSearch, PanelOracle
from .profiles import Profiles


def nash(profiles: Profiles, *, progress: ProgressCallback | None = None, tolerance: float = 1e-3,
         max_rounds: int = 200) -> CompositionLottery:
    started = time.perf_counter()
    report = progress or (lambda event: None)
    oracle = PanelOracle(profiles)
    search = LocalSearch(profiles)
    columns, unselectable = initial_panels(profiles, oracle)
    sizes = profiles.sizes
    live = np.ones(profiles.count, dtype=bool)
    live[list(unselectable)] = False
    share = np.where(live, sizes, 0.0) / sizes[live].sum()
    C = np.array(columns, dtype=float)
    lam = np.full(len(C), 1.0 / len(C))
    gap = np.inf
    for round_number in range(max_rounds):
        for _ in range(60):
            x = lam @ C
            g = C[:, live] @ (share[live] / x[live])
            lam = lam * g
            lam /= lam.sum()
            if g.max() - 1 < tolerance / 10:
                break
        x = lam @ C
        weights = np.where(live, share / np.maximum(x, 1e-300), 0.0)
        best = None
        for j in np.argsort(-lam)[:8]:
            cand = search.improve(C[j].astype(np.int64), weights)
            if weights @ cand > 1 + tolerance and (best is None or weights @ cand > weights @ best):
                best = cand
        if best is None:
            found = oracle.best(weights)
            gap = found.bound - 1
            if found.composition is None or found.value <= 1 + tolerance:
                break
            best = found.composition
        if any((best == c).all() for c in C):
            break
        C = np.vstack([C, best])
        lam = np.append(lam * 0.95, 0.05)
        report(Progress(NASH, min(0.95, round_number / max_rounds + 0.1), {"panels": len(C)}))
    keep = lam > 1e-9
    comps = C[keep].astype(np.int64)
    weights = lam[keep] / lam[keep].sum()
    probabilities = (weights @ comps) / sizes
    report(Progress(DONE, 1.0))
    stats = {"profiles": profiles.count, "columns": len(C), "oracle_calls": oracle.calls,
             "relative_gap_bound": float(max(gap, 0.0)) if np.isfinite(gap) else None,
             "seconds": round(time.perf_counter() - started, 3)}
    return CompositionLottery(comps, weights, probabilities, [], stats)
