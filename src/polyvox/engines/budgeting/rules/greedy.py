"""Greedy by votes or score: fund the projects from the most voted down, while the money lasts.

With `skip` (the default, and pabutools' `greedy_utilitarian_welfare` with cost satisfaction) a
project that no longer fits is passed over and cheaper ones further down may still be funded;
without it the count stops at the first project that does not fit. Projects whose score is below
`threshold` are never funded. Ties in score follow the profile's tie-breaking order.

Two variants pabulib records: `withdrawn` projects (pabulib marks them with the cost 999,999,999)
are passed over without stopping a no-skip count; with `overrun` (Poznań's rule, 0.8), the first
project that does not fit is still funded when at least that fraction of its cost remains, and the
count stops there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from .profile import CountingProfile


@dataclass
class GreedyStep:
    project: int
    score: Fraction
    status: str
    """``funded``, ``did_not_fit``, ``below_threshold``, ``not_reached`` (after a no-skip stop), ``already_funded``,
    ``withdrawn``, ``funded_over`` (funded by the overrun rule)."""
    remaining_before: Fraction


@dataclass
class GreedyOutcome:
    selected: list[int]
    steps: list[GreedyStep] = field(default_factory=list)
    remaining: Fraction = Fraction(0)


def greedy(
    profile: CountingProfile,
    *,
    scores: list[Fraction] | None = None,
    skip: bool = True,
    threshold: Fraction | None = None,
    budget: Fraction | None = None,
    already: list[int] | None = None,
    withdrawn: set[int] | frozenset[int] = frozenset(),
    overrun: Fraction | None = None,
) -> GreedyOutcome:
    """Greedy selection by `scores` (default: the profile's scores), starting from `already` funded projects."""
    scores = profile.scores if scores is None else scores
    budget = profile.budget if budget is None else Fraction(budget)
    selected = list(already or [])
    chosen = set(selected)
    remaining = budget - profile.total_cost(selected)
    order = sorted(range(profile.m), key=lambda c: (-scores[c], int(profile.rank[c])))
    steps: list[GreedyStep] = []
    stopped = False
    for c in order:
        if c in chosen:
            steps.append(GreedyStep(c, scores[c], "already_funded", remaining))
            continue
        if stopped:
            steps.append(GreedyStep(c, scores[c], "not_reached", remaining))
            continue
        if threshold is not None and scores[c] < threshold:
            steps.append(GreedyStep(c, scores[c], "below_threshold", remaining))
            continue
        if c in withdrawn:
            steps.append(GreedyStep(c, scores[c], "withdrawn", remaining))
            continue
        if overrun is not None and profile.costs[c] > remaining:
            if remaining >= overrun * profile.costs[c]:
                steps.append(GreedyStep(c, scores[c], "funded_over", remaining))
                selected.append(c)
                chosen.add(c)
                remaining -= profile.costs[c]
            else:
                steps.append(GreedyStep(c, scores[c], "did_not_fit", remaining))
            stopped = True
            continue
        if profile.costs[c] <= remaining:
            steps.append(GreedyStep(c, scores[c], "funded", remaining))
            selected.append(c)
            chosen.add(c)
            remaining -= profile.costs[c]
        else:
            steps.append(GreedyStep(c, scores[c], "did_not_fit", remaining))
            if not skip:
                stopped = True
    return GreedyOutcome(selected=selected, steps=steps, remaining=remaining)
