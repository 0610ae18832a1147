"""Infeasible quotas: which quotas conflict, and the smallest change to them that makes a panel possible.

The smallest change is an integer program over profile compositions: lower some minima and raise some
maxima, by as few seats in all as possible, never beyond the quotas' `min_flex` / `max_flex` when given.
Nothing is ever relaxed silently: the diagnosis is reported, the quotas are left as they are."""

from __future__ import annotations

from collections import Counter
from typing import Iterable

import highspy
import numpy as np

from .models import InfeasibilityDiagnosis, Pool, QuotaChange, Quotas
from .profiles import build_profiles

INF = highspy.kHighsInf


def diagnose_infeasible(pool: Pool, quotas: Quotas, panel_size: int, *,
                        keep: Iterable[str] = ()) -> InfeasibilityDiagnosis:
    """Whether a panel of `panel_size` meeting `quotas` exists (containing everyone in `keep`), and if
    not, the conflicting quotas and the smallest relaxation within the flex bounds."""
    keep = list(keep)
    problems = _plain_conflicts(pool, quotas, panel_size)
    profiles = build_profiles(pool, quotas, panel_size)
    T, R = profiles.count, len(profiles.quota_keys)
    k = panel_size
    lower_counts = np.zeros(T)
    for pid in keep:
        lower_counts[profiles.profile_of[pool.index(pid)]] += 1
    upper_counts = np.minimum(profiles.sizes, k)
    for group in profiles.household_groups:
        upper_counts[group] = np.minimum(upper_counts[group], 1)
    items = list(quotas)
    # columns: counts (T), lowering of each minimum (R), raising of each maximum (R)
    lo_slack_ub = np.array([max(0, q.min - (q.min_flex if q.min_flex is not None else 0)) for q in items], float)
    hi_slack_ub = np.array([max(0, q.max_flex - q.max) if q.max_flex is not None else max(0, k - q.max)
                            for q in items], float)
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("time_limit", 60.0)
    num_col = T + 2 * R
    cost = np.concatenate([np.zeros(T), np.ones(2 * R)])
    col_lower = np.concatenate([lower_counts, np.zeros(2 * R)])
    col_upper = np.concatenate([np.maximum(upper_counts, lower_counts), lo_slack_ub, hi_slack_ub])
    rows: list[tuple[list[int], list[float], float, float]] = []
    rows.append((list(range(T)), [1.0] * T, float(k), float(k)))
    for r in range(R):
        members = [int(t) for t in np.nonzero(profiles.incidence[r])[0]]
        # counts + lowering >= min ; counts - raising <= max
        rows.append((members + [T + r], [1.0] * len(members) + [1.0], float(items[r].min), INF))
        rows.append((members + [T + R + r], [1.0] * len(members) + [-1.0], -INF, float(items[r].max)))
    for group in profiles.household_groups:
        rows.append((list(group), [1.0] * len(group), -INF, 1.0))
    h.addVars(num_col, col_lower, col_upper)
    h.changeColsCost(num_col, np.arange(num_col, dtype=np.int32), cost)
    for idx, val, lo, hi in rows:
        h.addRow(lo, hi, len(idx), np.array(idx, dtype=np.int32), np.array(val))
    h.changeColsIntegrality(num_col, np.arange(num_col, dtype=np.int32),
                            np.array([highspy.HighsVarType.kInteger] * num_col))
    h.setMinimize()
    h.run()
    status = h.getModelStatus()
    if status != highspy.HighsModelStatus.kOptimal:
        if not problems:
            problems.append("the quotas (with the people who must stay on the panel) cannot all be met together"
                            if keep else "the quotas cannot all be met together by any panel of this pool")
        return InfeasibilityDiagnosis(False, problems, [(q.feature, q.value) for q in items], [], False)
    x = np.rint(np.asarray(h.getSolution().col_value)).astype(int)
    lowered, raised = x[T:T + R], x[T + R:]
    if lowered.sum() + raised.sum() == 0:
        return InfeasibilityDiagnosis(True)
    changes = []
    for r, q in enumerate(items):
        if lowered[r] or raised[r]:
            changes.append(QuotaChange(q.feature, q.value, q.min, q.max, q.min - int(lowered[r]),
                                       q.max + int(raised[r])))
    if not problems:
        names = ", ".join(f"{c.feature}={c.value}" for c in changes)
        problems.append(f"the quotas on {names} cannot be met together with the other quotas"
                        + (" and the people who must stay" if keep else ""))
    conflicting = [(c.feature, c.value) for c in changes]
    return InfeasibilityDiagnosis(False, problems, conflicting, changes, True)


def _plain_conflicts(pool: Pool, quotas: Quotas, k: int) -> list[str]:
    """Conflicts one can see without optimisation."""
    out = []
    if k > len(pool):
        out.append(f"the panel size {k} is larger than the pool ({len(pool)} people)")
    for feature in quotas.features:
        qs = [q for q in quotas if q.feature == feature]
        lo, hi = sum(q.min for q in qs), sum(q.max for q in qs)
        if lo > k:
            out.append(f"the minima for {feature} add up to {lo}, more than the panel size {k}")
        if hi < k:
            out.append(f"the maxima for {feature} add up to {hi}, less than the panel size {k}")
        have = Counter(p.features.get(feature) for p in pool.people)
        households = {}
        for p in pool.people:
            if p.household is not None:
                households.setdefault(p.features.get(feature), set()).add(p.household)
        for q in qs:
            available = have.get(q.value, 0)
            if q.value in households:  # at most one per household
                sharing = sum(1 for p in pool.people if p.features.get(feature) == q.value and p.household)
                available = available - sharing + len(households[q.value])
            if available < q.min:
                out.append(f"only {available} selectable people have {feature}={q.value}, "
                           f"but its minimum is {q.min}")
    return out
