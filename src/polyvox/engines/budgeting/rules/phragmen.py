"""Sequential Phragmén for approval ballots (as pabutools' `sequential_phragmen`).

Voters earn virtual money at the same steady rate from 0. A project is bought as soon as its
supporters together have earned its cost; they spend everything they have, so after each purchase
all of its supporters hold the same *load* (money spent). Concretely, each round picks the project
minimising ``(sum of its supporters' loads + cost) / supporters``, which becomes its supporters'
new load. The count stops at the first picked project that does not fit in the remaining budget
(projects costing more than the whole budget are left out from the start; if several projects tie,
the count stops when any of them does not fit, as pabutools does). Projects without supporters
come last.

Arithmetic: loads are floats; every voter's load is exactly the load set by the last funded
project they support, kept as a `Fraction`, so projects whose new loads are within ``NEAR``
(relative 1e-8) are compared exactly, then by the tie-breaking order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from .profile import CountingProfile

NEAR = 1e-8


@dataclass
class PhragmenPurchase:
    project: int
    load: float
    load_exact: Fraction | None


@dataclass
class PhragmenOutcome:
    selected: list[int]
    purchases: list[PhragmenPurchase]
    stopped_at: int | None = None
    """The project that was next but did not fit (the count stopped there)."""
    excluded: list[int] = field(default_factory=list)
    """Projects costing more than the whole budget."""
    exact_checks: int = 0


def sequential_phragmen(profile: CountingProfile) -> PhragmenOutcome:
    p = profile
    groups = len(p.weights)
    load = np.zeros(groups, dtype=np.float64)
    last = np.full(groups, -1, dtype=np.int64)
    exact_loads: list[Fraction] = []
    remaining = [c for c in range(p.m) if p.costs[c] <= p.budget]
    excluded = [c for c in range(p.m) if p.costs[c] > p.budget]
    spent = Fraction(0)
    selected: list[int] = []
    purchases: list[PhragmenPurchase] = []
    wf = [w.astype(np.float64) for w in p.support_weights]
    checks = 0
    stopped = None

    def exact_new_load(c: int) -> Fraction:
        sup = p.supporters[c]
        counts = np.bincount(last[sup] + 1, weights=wf[c], minlength=len(exact_loads) + 1)
        total = Fraction(p.costs[c])
        for k in np.nonzero(counts[1:])[0]:
            total += exact_loads[int(k)] * int(round(counts[k + 1]))
        return total / int(p.votes[c])

    while remaining:
        values = []
        for c in remaining:
            if p.votes[c] == 0:
                values.append(np.inf)
            else:
                values.append((float(np.multiply(wf[c], load[p.supporters[c]]).sum()) + p.costs_f[c]) / p.votes[c])
        best = min(values)
        if np.isinf(best):
            tied = [c for c, v in zip(remaining, values) if np.isinf(v)]
            new_load = None
        else:
            near = [c for c, v in zip(remaining, values) if v <= best * (1 + NEAR)]
            if len(near) > 1:
                checks += 1
                exact = {c: exact_new_load(c) for c in near}
                low = min(exact.values())
                tied = [c for c in near if exact[c] == low]
                new_load = low
            else:
                tied = near
                new_load = None
        if any(spent + p.costs[c] > p.budget for c in tied):
            stopped = min(tied, key=lambda c: p.rank[c])
            break
        winner = min(tied, key=lambda c: p.rank[c])
        remaining.remove(winner)
        selected.append(winner)
        spent += p.costs[winner]
        if p.votes[winner] == 0:
            purchases.append(PhragmenPurchase(winner, float("inf"), None))
            continue
        if new_load is None:
            new_load = exact_new_load(winner)
        sup = p.supporters[winner]
        load[sup] = float(new_load)
        last[sup] = len(exact_loads)
        exact_loads.append(new_load)
        purchases.append(PhragmenPurchase(winner, float(new_load), new_load))
    return PhragmenOutcome(selected, purchases, stopped, excluded, checks)
