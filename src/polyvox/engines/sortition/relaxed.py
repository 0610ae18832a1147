"""LEXIMIN over the linear relaxation of the panel polytope: an upper bound, usually attained.

The expected composition of any lottery lies in conv(F), the convex hull of the quota-meeting
compositions, which is inside the relaxation P = {x : 0 <= x <= capacity, sum x = k, quota rows,
households}. LEXIMIN over P is a sequence of small linear programs over profiles (no panel search).
If its optimum x* is also in conv(F) (checked by decomposing it into panels, see `leximin.py`), then
it is the exact LEXIMIN: nothing in conv(F) can beat what nothing in P beats. Each stage's dual (y, mu)
with mu = z + sum(y_t * level_t over fixed t) satisfies sum_t y_t x_t / n_t <= mu for all x in P, hence
for every quota-meeting panel: the same certificate as column generation gives."""

from __future__ import annotations

import highspy
import numpy as np

from .models import SortitionError
from .profiles import ProfileStage, Profiles

INF = highspy.kHighsInf


def relaxed_leximin(profiles: Profiles, zero: set[int], *, tolerance: float = 1e-9
                    ) -> tuple[np.ndarray, list[ProfileStage]]:
    """Per-person probability of each profile at the relaxation's LEXIMIN optimum, and the stages."""
    T = profiles.count
    n = profiles.sizes
    cap = profiles.capacity()
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("primal_feasibility_tolerance", 1e-10)
    h.setOptionValue("dual_feasibility_tolerance", 1e-10)
    # columns: x_0..x_{T-1}, z
    h.addVars(T + 1, np.zeros(T + 1), np.concatenate([cap, [1.0]]))
    h.changeColsCost(T + 1, np.arange(T + 1, dtype=np.int32), np.concatenate([np.zeros(T), [1.0]]))
    h.setMaximize()
    h.addRow(float(profiles.panel_size), float(profiles.panel_size), T, np.arange(T, dtype=np.int32), np.ones(T))
    for r in range(len(profiles.quota_keys)):
        idx = np.nonzero(profiles.incidence[r])[0].astype(np.int32)
        h.addRow(float(profiles.lower[r]), float(profiles.upper[r]), len(idx), idx, np.ones(len(idx)))
    for group in profiles.household_groups:
        idx = np.array(sorted(group), dtype=np.int32)
        h.addRow(-INF, 1.0, len(idx), idx, np.ones(len(idx)))
    first_profile_row = h.getNumRow()
    for t in range(T):
        h.addRow(0.0, INF, 2, np.array([t, T], dtype=np.int32), np.array([1.0 / n[t], -1.0]))
    fixed = np.zeros(T, dtype=bool)
    level = np.zeros(T)
    for t in zero:
        fixed[t] = True
        h.changeCoeff(first_profile_row + t, T, 0.0)
    stages: list[ProfileStage] = []
    while not fixed.all():
        h.run()
        if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            raise SortitionError("the relaxed LEXIMIN program has no optimum")
        sol = h.getSolution()
        z = float(sol.col_value[T])
        y = np.maximum(-np.asarray(sol.row_dual)[first_profile_row:first_profile_row + T], 0.0)
        unfixed = ~fixed
        if z >= 1 - tolerance:
            newly = np.nonzero(unfixed)[0]
        else:
            newly = np.nonzero(unfixed & (y > tolerance))[0]
            if len(newly) == 0:
                newly = np.nonzero(unfixed)[0][np.argsort(-y[unfixed])[:1]]
        mu = z + float(np.dot(y[fixed], level[fixed]))
        stages.append(ProfileStage(z, mu, y * unfixed + y * fixed, [int(t) for t in newly]))
        for t in newly:
            fixed[t] = True
            level[t] = z
            h.changeCoeff(first_profile_row + int(t), T, 0.0)
            h.changeRowBounds(first_profile_row + int(t), z - 1e-12, INF)
    return level, stages
