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
        lp.sense_ = highspy.ObjSense.kMaximize
        # the linear relaxation first: a simplex vertex that happens to be whole is the integer optimum
        # (its bound is the program's), in a fraction of a millisecond instead of ~10 ms of branching
        relaxed = highspy.Highs()
        relaxed.setOptionValue("output_flag", False)
        relaxed.setOptionValue("threads", 1)
        relaxed.passModel(lp)
        lp.integrality_ = [highspy.HighsVarType.kInteger] * T
        h.passModel(lp)
        self.h = h
        self.relaxed = relaxed
        self.num_rows = len(row_members)
        self.calls = 0
        self.integer_programs = 0

    def restrict(self, col_lower: np.ndarray, col_upper: np.ndarray, rows: np.ndarray, row_lower: np.ndarray,
                 row_upper: np.ndarray) -> None:
        """Narrow the bounds of the counts and of some rows (see `unrestrict`)."""
        cols = np.arange(self.T, dtype=np.int32)
        rows = np.asarray(rows, dtype=np.int32)
        for model in (self.h, self.relaxed):
            model.changeColsBounds(self.T, cols, np.asarray(col_lower, dtype=float), np.asarray(col_upper, dtype=float))
            if len(rows):
                model.changeRowsBounds(len(rows), rows, np.asarray(row_lower, dtype=float),
                                       np.asarray(row_upper, dtype=float))

    def unrestrict(self) -> None:
        """Back to the panel constraints themselves."""
        p = self.profiles
        rows = np.arange(1, self.num_rows, dtype=np.int32)
        household = np.full(len(p.household_groups), -INF)
        self.restrict(self.col_lower, self.col_upper, rows, np.concatenate([p.lower, household]),
                      np.concatenate([p.upper, np.ones(len(p.household_groups))]))

    def best(self, weights: np.ndarray) -> PanelSearchResult:
        """The composition maximising sum(weights * counts)."""
        self.calls += 1
        weights = np.asarray(weights, dtype=float)
        feasible, x, bound = self.best_relaxed(weights)
        if not feasible:
            return PanelSearchResult(None, -INF, -INF)
        if x is not None:
            comp = np.rint(x)
            if np.max(np.abs(x - comp), initial=0.0) <= 1e-9:
                comp = comp.astype(np.int64)
                value = float(np.dot(weights, comp))
                return PanelSearchResult(comp, value, max(value, bound))
        return self.best_integer(weights)

    def best_relaxed(self, weights: np.ndarray) -> tuple[bool, np.ndarray | None, float]:
        """(feasible, optimal vertex, value) of the linear relaxation; the vertex is None when the
        relaxation was not solved to optimality (then only the integer program can answer)."""
        relaxed = self.relaxed
        relaxed.changeColsCost(self.T, np.arange(self.T, dtype=np.int32), np.asarray(weights, dtype=float))
        relaxed.run()
        status = relaxed.getModelStatus()
        if status == highspy.HighsModelStatus.kInfeasible:
            return False, None, -INF
        if status != highspy.HighsModelStatus.kOptimal:
            return True, None, INF
        return True, np.asarray(relaxed.getSolution().col_value), float(relaxed.getInfo().objective_function_value)

    def best_integer(self, weights: np.ndarray) -> PanelSearchResult:
        """The integer program itself."""
        self.integer_programs += 1
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


class LocalSearch:
    """Cheap pricing: improve a panel by swapping one person for another while the quotas stay met.

    Column generation needs any panel whose weight beats the dual bound, not the best one; swaps
    find most of them in microseconds, and the integer program is only asked when they find none
    (and, always, to prove that no panel beats the bound)."""

    def __init__(self, profiles: Profiles):
        self.profiles = profiles
        T = profiles.count
        self.cap = profiles.capacity()
        features = profiles.quotas.features
        row_of = {key: r for r, key in enumerate(profiles.quota_keys)}
        self.V = np.array([[row_of[(f, v)] for f, v in zip(features, vals)] for vals in profiles.values],
                          dtype=np.int64).reshape(T, len(features))
        self.group = np.full(T, -1, dtype=np.int64)
        for g, members in enumerate(profiles.household_groups):
            self.group[members] = g
        self.num_groups = len(profiles.household_groups)

    def improve(self, comp: np.ndarray, weights: np.ndarray, max_steps: int = 10_000) -> np.ndarray:
        """Steepest ascent by single swaps from `comp` (a quota-meeting composition)."""
        p = self.profiles
        c = comp.astype(np.int64).copy()
        V, lo, hi = self.V, p.lower, p.upper
        rows = p.incidence @ c
        group_count = np.zeros(self.num_groups + 1, dtype=np.int64)
        np.add.at(group_count, self.group, c)  # index -1 collects the profiles without household
        for _ in range(max_steps):
            out = np.nonzero(c > 0)[0]
            w_out = weights[out]
            ins = np.nonzero((c < self.cap) & (weights > w_out.min() + 1e-12))[0]
            if len(ins) == 0:
                break
            out = out[w_out < weights[ins].max() - 1e-12]
            if len(out) == 0:
                break
            dec_ok = rows - 1 >= lo - 1e-9
            inc_ok = rows + 1 <= hi + 1e-9
            Va, Vb = V[out], V[ins]
            ok = np.ones((len(out), len(ins)), dtype=bool)
            for f in range(V.shape[1]):
                ok &= (Va[:, f][:, None] == Vb[:, f][None, :]) | (dec_ok[Va[:, f]][:, None] & inc_ok[Vb[:, f]][None, :])
            if self.num_groups:
                gb = self.group[ins]
                blocked = (gb >= 0) & (group_count[gb] > 0)
                same = (self.group[out][:, None] == gb[None, :]) & (gb[None, :] >= 0)
                ok &= ~blocked[None, :] | same
            gain = np.where(ok, weights[ins][None, :] - weights[out][:, None], -np.inf)
            i, j = np.unravel_index(int(np.argmax(gain)), gain.shape)
            if gain[i, j] <= 1e-12:
                break
            a, b = out[i], ins[j]
            c[a] -= 1
            c[b] += 1
            rows[V[a]] -= 1
            rows[V[b]] += 1
            if self.num_groups:
                group_count[self.group[a]] -= 1
                group_count[self.group[b]] += 1
        return c
