"""The panel oracle: the quota-meeting panel of highest weight, as a small integer program solved by HiGHS.

A panel is described by its composition (how many people of each profile). The integer program has one
integer variable per profile, bounded by the profile's size, the panel-size row, one row per quota and
one row per shared household."""

from __future__ import annotations

from dataclasses import dataclass

import highspy
import numpy as np

from .profiles import Profiles

INF = highspy.kHighsInf


@dataclass
class PanelSearchResult:
    composition: np.ndarray | None  # None when no panel meets the constraints
    value: float
    bound: float  # no composition has a weight above this


class PanelOracle:
    def __init__(self, profiles: Profiles, *, lower_counts: np.ndarray | None = None,
                 upper_counts: np.ndarray | None = None, time_limit: float | None = None):
        self.profiles = profiles
        T = profiles.count
        self.T = T
        cap = profiles.capacity()
        self.col_upper = cap if upper_counts is None else np.minimum(cap, upper_counts)
        self.col_lower = np.zeros(T) if lower_counts is None else lower_counts.astype(float)
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("mip_rel_gap", 1e-7)
        h.setOptionValue("mip_abs_gap", 1e-9)
        h.setOptionValue("threads", 1)
        if time_limit:
            h.setOptionValue("time_limit", float(time_limit))
        lp = highspy.HighsLp()
        lp.num_col_ = T
        rows_lower = [float(profiles.panel_size)]
        rows_upper = [float(profiles.panel_size)]
        row_members: list[np.ndarray] = [np.arange(T)]
        for r in range(len(profiles.quota_keys)):
            row_members.append(np.nonzero(profiles.incidence[r])[0])
            rows_lower.append(float(profiles.lower[r]))
            rows_upper.append(float(profiles.upper[r]))
        for group in profiles.household_groups:
            row_members.append(np.array(sorted(group)))
            rows_lower.append(-INF)
            rows_upper.append(1.0)
        lp.num_row_ = len(row_members)
        lp.col_cost_ = np.zeros(T)
        lp.col_lower_ = self.col_lower
        lp.col_upper_ = self.col_upper.astype(float)
        lp.row_lower_ = np.array(rows_lower)
        lp.row_upper_ = np.array(rows_upper)
        # column-wise matrix
        cols: list[list[int]] = [[] for _ in range(T)]
        for r, members in enumerate(row_members):
            for t in members:
                cols[int(t)].append(r)
        start = [0]
        index: list[int] = []
        for t in range(T):
            index.extend(cols[t])
            start.append(len(index))
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = np.array(start, dtype=np.int32)
        lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
        lp.a_matrix_.value_ = np.ones(len(index))
        lp.integrality_ = [highspy.HighsVarType.kInteger] * T
        lp.sense_ = highspy.ObjSense.kMaximize
        h.passModel(lp)
        self.h = h
        self.calls = 0

    def best(self, weights: np.ndarray) -> PanelSearchResult:
        """The composition maximising sum(weights * counts)."""
        self.calls += 1
        h = self.h
        h.changeColsCost(self.T, np.arange(self.T, dtype=np.int32), np.asarray(weights, dtype=float))
        h.run()
        status = h.getModelStatus()
        if status == highspy.HighsModelStatus.kInfeasible:
            return PanelSearchResult(None, -INF, -INF)
        info = h.getInfo()
        if info.primal_solution_status != highspy.SolutionStatus.kSolutionStatusFeasible:
            return PanelSearchResult(None, -INF, float(info.mip_dual_bound))
        x = np.asarray(h.getSolution().col_value)
        comp = np.rint(x).astype(np.int64)
        value = float(np.dot(weights, comp))
        bound = float(info.mip_dual_bound)
        if not np.isfinite(bound):
            bound = value
        return PanelSearchResult(comp, value, max(bound, value))

    def any_panel(self) -> np.ndarray | None:
        return self.best(np.zeros(self.T)).composition


def composition_meets_quotas(profiles: Profiles, comp: np.ndarray) -> bool:
    if comp.sum() != profiles.panel_size or (comp < 0).any() or (comp > profiles.sizes).any():
        return False
    counts = profiles.incidence @ comp
    if (counts < profiles.lower - 1e-9).any() or (counts > profiles.upper + 1e-9).any():
        return False
    return all(comp[g].sum() <= 1 for g in profiles.household_groups)
