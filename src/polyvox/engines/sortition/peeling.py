"""Carathéodory peeling: quota-meeting panels that decompose a target composition, found one by one.

The relaxation's LEXIMIN optimum `x` (expected number of each profile on the panel) lies in the
relaxed panel polytope P = {0 <= c <= capacity, sum c = k, quota rows, households}. Peeling writes
`x` as a lottery directly, instead of letting column generation discover the panels from dual prices
(which, on pools of 2,000, needed ~1,800 panels and ~100 slow master re-solves):

1. Let r be the normalised residual (at first r = x) and F the smallest face of P that contains it:
   profiles with r_t = 0 stay out, profiles at capacity stay in, quota rows at a bound stay at it.
2. Find a quota-meeting panel S *in that face*, preferring the profiles furthest along to their
   capacity (weights r / capacity): the panel oracle's linear relaxation restricted to the face (a
   fraction of a millisecond, warm-started); if its vertex is not whole, that vertex rounded and
   repaired by swaps (households included); if the swaps get stuck, the integer program (~10 ms).
3. Peel S off with the largest weight `lam` that keeps the rest in P:
   r <- (r - lam * S) / (1 - lam). At least one more constraint becomes tight, so the face shrinks
   and the loop ends after at most dim(P) + 1 panels (Carathéodory), usually when the mass left is
   negligible: every step removes a share of what is left.
4. It stops when no panel lies in the face (the residual left the hull of the panels, or rounding made
   the face too tight) or the mass left is below `1e-12`. The panels found are not trusted with their
   weights: they seed the exact decomposition (`leximin.decompose`), whose master program re-weights
   them and, if something is still missing, adds panels by column generation. Exactness is never
   traded: peeling only chooses the first columns.
"""

from __future__ import annotations

import math

import highspy
import numpy as np

from .panel_search import LocalSearch, PanelOracle
from .profiles import Profiles

INF = highspy.kHighsInf
TIGHT = 1e-9  # a residual within this of a bound is on the bound (the LP tolerance)
MAX_UPHILL = 3  # swaps that worsen the violation by one, allowed in a repair
MASS_DONE = 1e-12  # mass left below which the remaining steps are not worth an integer program each


def peel(profiles: Profiles, target: np.ndarray, oracle: PanelOracle, *, report=None,
         max_panels: int | None = None) -> tuple[list[np.ndarray], float]:
    """Panels of a lottery realising `target` (expected count per profile), and the mass left unpeeled.

    The oracle's bounds are changed during the search and restored before returning."""
    cap = profiles.capacity().astype(float)
    A, lo, hi = profiles.incidence, profiles.lower.astype(float), profiles.upper.astype(float)
    T, R = profiles.count, len(lo)
    groups = profiles.household_groups
    G = np.zeros((len(groups), T))
    for g, members in enumerate(groups):
        G[g, members] = 1.0
    # each step makes one more constraint tight: at most dim(P) + 1 steps in exact arithmetic
    max_panels = max_panels or T + R + len(groups) + 2
    r = np.clip(np.asarray(target, dtype=float), 0.0, cap)
    mass = 1.0
    panels: list[np.ndarray] = []
    row_index = np.arange(1, R + 1 + len(groups))  # the oracle's quota rows, then households (0: panel size)
    search = LocalSearch(profiles)
    try:
        while mass > MASS_DONE and len(panels) < max_panels:
            r[r <= TIGHT] = 0.0
            at_cap = r >= cap - TIGHT
            r[at_cap] = cap[at_cap]
            zero, full = r <= 0.0, at_cap
            rows = A @ r
            low_tight, high_tight = rows <= lo + TIGHT, rows >= hi - TIGHT
            col_lo, col_hi = np.where(full, cap, 0.0), np.where(zero, 0.0, cap)
            row_lo, row_hi = np.where(high_tight, hi, lo), np.where(low_tight, lo, hi)
            group_sums = G @ r
            always = group_sums >= 1 - TIGHT  # households with someone on every panel of the face
            oracle.restrict(col_lo, col_hi, row_index, np.concatenate([row_lo, np.where(always, 1.0, -INF)]),
                            np.concatenate([row_hi, np.ones(len(groups))]))
            weights = np.where(zero | full, 0.0, r / np.maximum(cap, 1.0))
            found = _panel_in_face(oracle, search, weights, col_lo, col_hi, row_lo, row_hi, always.astype(np.int64))
            if found is None:
                break  # no panel in this face
            S = found.astype(float)
            step = _largest_step(r, S, cap, A @ S, rows, lo, hi, G @ S, group_sums)
            if step >= 1 - 1e-12 or np.max(np.abs(r - S)) <= TIGHT:
                panels.append(found)
                mass = 0.0
                break
            if step <= 1e-12:
                break  # rounding: the face found is tighter than the residual
            panels.append(found)
            r = (r - step * S) / (1 - step)
            mass *= 1 - step
            if report is not None:
                report(min(1.0, math.log10(1 / max(mass, 1e-12)) / 12), len(panels))
    finally:
        oracle.unrestrict()
    return panels, mass


def _panel_in_face(oracle: PanelOracle, search: LocalSearch, weights, col_lo, col_hi, row_lo, row_hi,
                   group_lo) -> np.ndarray | None:
    """A panel of the (restricted) oracle: its linear relaxation's optimum if the vertex is whole, else
    that vertex rounded and repaired by swaps, else the integer program's. None: no panel in the face."""
    feasible, x, _ = oracle.best_relaxed(weights)
    if not feasible:
        return None
    if x is None:
        return oracle.best_integer(weights).composition
    whole = np.rint(x)
    if np.max(np.abs(x - whole), initial=0.0) <= 1e-9:
        return whole.astype(np.int64)
    start = np.floor(x + 1e-9).astype(np.int64)
    missing = search.profiles.panel_size - int(start.sum())
    if missing > 0:  # largest remainders up to the panel size
        start[np.argsort(-(x - start), kind="stable")[:missing]] += 1
    repaired = swap_into_face(search, start, weights, col_lo, col_hi, row_lo, row_hi, group_lo)
    if repaired is not None:
        return repaired
    return oracle.best_integer(weights).composition


def _largest_step(r, S, cap, quota_S, quota_r, lo, hi, group_S, group_r) -> float:
    """The largest lam in [0, 1] with (r - lam * S) / (1 - lam) still in the relaxed polytope."""
    step = 1.0

    def limit(num: np.ndarray, den: np.ndarray) -> float:
        # lam * den <= num for every entry with den > 0
        positive = den > 0
        if not positive.any():
            return 1.0
        return float(np.min(num[positive] / den[positive]))

    step = min(step, limit(r, S))  # stays >= 0
    step = min(step, limit(cap - r, cap - S))  # stays <= capacity
    step = min(step, limit(quota_r - lo, quota_S - lo))  # quota minima
    step = min(step, limit(hi - quota_r, hi - quota_S))  # quota maxima
    if len(group_r):
        step = min(step, limit(1.0 - group_r, 1.0 - group_S))  # at most one per household
    return max(step, 0.0)


def swap_into_face(search: LocalSearch, comp: np.ndarray, weights: np.ndarray, col_lo: np.ndarray,
                   col_hi: np.ndarray, row_lo: np.ndarray, row_hi: np.ndarray, group_lo: np.ndarray | None = None,
                   max_swaps: int = 200) -> np.ndarray | None:
    """A panel within the face's bounds, reached from `comp` (of the right size) by single swaps, one
    person out and one in; None if the swaps get stuck.

    Each swap is the one that most reduces the total violation of the bounds (profiles' counts, quota
    rows, and households: at most one each, exactly one where `group_lo` says so), the heaviest gain in
    `weights` breaking ties. Sideways swaps and a few that worsen the violation by one are allowed (a
    chain of two often repairs what one swap cannot), never undoing an earlier swap."""
    V = search.V
    c = comp.astype(np.int64).copy()
    rows = search.profiles.incidence @ c
    T = len(c)
    group = search.group  # -1: no shared household
    num_groups = search.num_groups
    g_lo = np.zeros(num_groups + 1, dtype=np.int64)
    if num_groups and group_lo is not None:
        g_lo[:num_groups] = group_lo
    g_hi = np.ones(num_groups + 1, dtype=np.int64)
    g_hi[num_groups] = T  # the slot of "no household" never binds
    g_count = np.zeros(num_groups + 1, dtype=np.int64)
    np.add.at(g_count, group, c)  # index -1 is the last slot
    removed, added = np.zeros(T, dtype=bool), np.zeros(T, dtype=bool)
    uphill = 0
    for _ in range(max_swaps):
        violation = (np.maximum(col_lo - c, 0).sum() + np.maximum(c - col_hi, 0).sum()
                     + np.maximum(row_lo - rows, 0).sum() + np.maximum(rows - row_hi, 0).sum()
                     + np.maximum(g_lo - g_count, 0).sum() + np.maximum(g_count - g_hi, 0).sum())
        if violation <= 0:
            return c
        out = np.nonzero(c > 0)[0]
        ins = np.nonzero(c < search.cap)[0]
        # change of the violation when a count goes down (out) or up (in)
        out_delta = np.where(c[out] > col_hi[out], -1, np.where(c[out] <= col_lo[out], 1, 0))
        in_delta = np.where(c[ins] < col_lo[ins], -1, np.where(c[ins] >= col_hi[ins], 1, 0))
        row_down = np.where(rows > row_hi, -1, np.where(rows <= row_lo, 1, 0))
        row_up = np.where(rows < row_lo, -1, np.where(rows >= row_hi, 1, 0))
        total = out_delta[:, None] + in_delta[None, :]
        Va, Vb = V[out], V[ins]
        for f in range(V.shape[1]):
            differs = Va[:, f][:, None] != Vb[:, f][None, :]
            total = total + differs * (row_down[Va[:, f]][:, None] + row_up[Vb[:, f]][None, :])
        if num_groups:
            group_down = np.where(g_count > g_hi, -1, np.where(g_count <= g_lo, 1, 0))
            group_up = np.where(g_count < g_lo, -1, np.where(g_count >= g_hi, 1, 0))
            ga, gb = group[out], group[ins]
            total = total + (ga[:, None] != gb[None, :]) * (group_down[ga][:, None] + group_up[gb][None, :])
        # not a swap, or undoing one
        total = np.where((out[:, None] == ins[None, :]) | removed[ins][None, :] | added[out][:, None], T, total)
        best = total.min()
        if best > 0:
            uphill += 1
            if best > 1 or uphill > MAX_UPHILL:
                return None
        gain = weights[ins][None, :] - weights[out][:, None]
        i, j = np.unravel_index(int(np.argmax(np.where(total == best, gain, -np.inf))), total.shape)
        a, b = out[i], ins[j]
        removed[a], added[b] = True, True
        c[a] -= 1
        c[b] += 1
        rows[V[a]] -= 1
        rows[V[b]] += 1
        g_count[group[a]] -= 1
        g_count[group[b]] += 1
    return None
