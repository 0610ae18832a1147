"""Carathéodory peeling: quota-meeting panels that decompose a target composition, found one by one.

The relaxation's LEXIMIN optimum `x` (expected number of each profile on the panel) lies in the
relaxed panel polytope P = {0 <= c <= capacity, sum c = k, quota rows, households}. Peeling writes
`x` as a lottery directly, instead of letting column generation discover the panels from dual prices
(which, on pools of 2,000, needed ~1,800 panels and ~100 slow master re-solves):

1. Let r be the normalised residual (at first r = x) and F the smallest face of P that contains it:
   profiles with r_t = 0 stay out, profiles at capacity stay in, quota rows at a bound stay at it.
2. The panel oracle finds a quota-meeting panel S *in that face* (its integer program with those
   bounds), preferring the profiles furthest along to their capacity.
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

from .panel_search import PanelOracle
from .profiles import Profiles

INF = highspy.kHighsInf
TIGHT = 1e-9  # a residual within this of a bound is on the bound (the LP tolerance)
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
    h = oracle.h
    col_index = np.arange(T, dtype=np.int32)
    quota_index = np.arange(1, R + 1, dtype=np.int32)  # row 0 is the panel size
    group_index = np.arange(R + 1, R + 1 + len(groups), dtype=np.int32)
    try:
        while mass > MASS_DONE and len(panels) < max_panels:
            r[r <= TIGHT] = 0.0
            at_cap = r >= cap - TIGHT
            r[at_cap] = cap[at_cap]
            zero, full = r <= 0.0, at_cap
            rows = A @ r
            low_tight, high_tight = rows <= lo + TIGHT, rows >= hi - TIGHT
            h.changeColsBounds(T, col_index, np.where(full, cap, 0.0), np.where(zero, 0.0, cap))
            h.changeRowsBounds(R, quota_index, np.where(high_tight, hi, lo), np.where(low_tight, lo, hi))
            group_sums = G @ r
            if len(groups):
                h.changeRowsBounds(len(groups), group_index,
                                   np.where(group_sums >= 1 - TIGHT, 1.0, -INF), np.ones(len(groups)))
            free = ~(zero | full)
            found = oracle.best(np.where(free, r / np.maximum(cap, 1.0), 0.0))
            if found.composition is None:
                break  # no panel in this face
            S = found.composition.astype(float)
            step = _largest_step(r, S, cap, A @ S, rows, lo, hi, G @ S, group_sums)
            if step >= 1 - 1e-12 or np.max(np.abs(r - S)) <= TIGHT:
                panels.append(found.composition)
                mass = 0.0
                break
            if step <= 1e-12:
                break  # rounding: the face found is tighter than the residual
            panels.append(found.composition)
            r = (r - step * S) / (1 - step)
            mass *= 1 - step
            if report is not None:
                report(min(1.0, math.log10(1 / max(mass, 1e-12)) / 12), len(panels))
    finally:
        h.changeColsBounds(T, col_index, oracle.col_lower.astype(float), oracle.col_upper.astype(float))
        h.changeRowsBounds(R, quota_index, lo, hi)
        if len(groups):
            h.changeRowsBounds(len(groups), group_index, np.full(len(groups), -INF), np.ones(len(groups)))
    return panels, mass


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
