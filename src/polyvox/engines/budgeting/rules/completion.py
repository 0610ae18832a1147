"""Completions of MES, which alone usually leaves part of the budget unspent, and the comparison step.

- ``none``: MES as it is.
- ``add1``: run MES again with every voter's share raised to the next whole currency unit, and one
  unit more each time, as long as the outcome fits the real budget; keep the last outcome that fits
  (equalshares.net's "Add1", as pabulib's checker runs it: the shares tried after budget / voters
  are floor(budget / voters) + 1, + 2, ...).
- ``add1-exhaustive``: shares budget / voters + 1, + 2, ..., stopping as soon as an outcome is
  exhaustive (no further supported project fits in the leftover budget), as pabutools'
  `voter_budget_increment=1` does.
- ``add1u``: ``add1``, then fill the leftover budget greedily by votes (equalshares.net's "Add1U").
- comparison step (equalshares.net's, on top of any completion): voters compare the MES outcome
  with the greedy-by-votes outcome by their satisfaction, the number of their approved projects that
  are funded (``comparison_measure="count"``) or the cost of those (``"cost"``); when strictly more
  voters prefer greedy, the greedy outcome is kept.

When all projects together fit in the budget, add1 is not run (as on equalshares.net).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .greedy import GreedyOutcome, greedy
from .mes import MESOutcome, method_of_equal_shares
from .mes_cardinal import cardinal_mes
from .profile import CountingProfile


def run_mes(profile: CountingProfile, *, utilities: str = "cost", share: Fraction | None = None) -> MESOutcome:
    """MES with the profile's utilities: cardinal ones (points, ordinal scores) or, for approval
    ballots, ``cost`` or ``approval`` utilities."""
    if profile.cardinal:
        return cardinal_mes(profile, share=share)
    return method_of_equal_shares(profile, utilities=utilities, share=share)

COMPLETIONS = ("none", "add1", "add1-exhaustive", "add1u")
MAX_ADD1_RUNS = 20_000
"""add1 raises the share one currency unit per run: a file with few voters and a large budget could
ask for millions of runs. Beyond this many the count is refused (`Add1TooLong`) instead of hanging."""


class Add1TooLong(ValueError):
    """The add1 completion would need more than `MAX_ADD1_RUNS` runs."""
COMPARISON_MEASURES = ("count", "cost")


@dataclass
class Add1Outcome:
    mes: MESOutcome
    """The MES run whose outcome was kept (its share is the final per-voter budget)."""
    runs: int
    stop_reason: str
    """``everything_fits``, ``exhaustive``, ``next_overspends``, ``all_supported_funded``, ``no_voters``."""
    next_cost: Fraction | None = None
    """Cost of the first outcome that overspent, when that stopped the completion."""


@dataclass
class ComparisonOutcome:
    prefer_mes: int
    prefer_greedy: int
    measure: str
    greedy: GreedyOutcome

    @property
    def greedy_kept(self) -> bool:
        return self.prefer_greedy > self.prefer_mes


#: The kinds of progress event a count reports (`CountProgress.kind`), in one place.
ADD1_ROUND = "add1_round"  # a run of the add1 completion: numbers round, share, cost
PROGRESS_KINDS = (ADD1_ROUND,)


@dataclass(frozen=True)
class CountProgress:
    """One progress event of a count: its kind (one of `PROGRESS_KINDS`) and its numbers, exact. Applications
    store `to_json()` and render it in their reader's language; the engine writes no sentence for people."""

    kind: str
    round: int
    share: Fraction
    cost: Fraction

    def __post_init__(self):
        if self.kind not in PROGRESS_KINDS:
            raise ValueError(f"unknown progress kind {self.kind!r}")

    def to_json(self) -> dict:
        return {"kind": self.kind, "round": self.round, "share": float(self.share), "cost": float(self.cost)}


def mes_add1(
    profile: CountingProfile, *, utilities: str = "cost", exhaustive: bool = False, progress=None
) -> Add1Outcome:
    """MES with the Add1 completion; `progress(CountProgress)` is called after each run."""
    n = profile.n_voters
    if n == 0:
        return Add1Outcome(run_mes(profile, utilities=utilities), 1, "no_voters")
    budget = profile.budget
    share = Fraction(budget, n)
    outcome = run_mes(profile, utilities=utilities, share=share)
    if not exhaustive:
        share = Fraction(share.numerator // share.denominator)
    runs = 1
    if profile.total_cost(range(profile.m)) <= budget:
        return Add1Outcome(outcome, runs, "everything_fits")
    supported = {c for c in range(profile.m) if profile.votes[c] > 0}
    while True:
        chosen = set(outcome.selected)
        spent = profile.total_cost(outcome.selected)
        if exhaustive and all(c in chosen or spent + profile.costs[c] > budget for c in supported):
            return Add1Outcome(outcome, runs, "exhaustive")
        if supported <= chosen:
            return Add1Outcome(outcome, runs, "all_supported_funded")
        if runs >= MAX_ADD1_RUNS:
            raise Add1TooLong(
                f"the add1 completion raised each voter's share {runs:,} times, one currency unit at a time "
                f"(budget {float(budget):,.0f}, {n:,} voters), without reaching its end: refused beyond "
                f"{MAX_ADD1_RUNS:,} runs; count without completion or with another rule"
            )
        share += 1
        following = run_mes(profile, utilities=utilities, share=share)
        runs += 1
        cost = profile.total_cost(following.selected)
        if progress is not None:
            progress(CountProgress(ADD1_ROUND, runs, share, cost))
        if cost > budget:
            return Add1Outcome(outcome, runs, "next_overspends", cost)
        outcome = following


def compare_with_greedy(
    profile: CountingProfile, selected: list[int], *, measure: str = "count"
) -> ComparisonOutcome:
    """How many voters prefer `selected`, how many the greedy-by-votes outcome."""
    if measure not in COMPARISON_MEASURES:
        raise ValueError(f"unknown comparison measure {measure!r}; expected one of {COMPARISON_MEASURES}")
    greedy_outcome = greedy(profile, scores=[Fraction(int(v)) for v in profile.votes])
    mine = _satisfaction(profile, selected, measure)
    theirs = _satisfaction(profile, greedy_outcome.selected, measure)
    w = profile.weights
    return ComparisonOutcome(
        prefer_mes=int(w[mine > theirs].sum()),
        prefer_greedy=int(w[theirs > mine].sum()),
        measure=measure,
        greedy=greedy_outcome,
    )


def _satisfaction(profile: CountingProfile, selected, measure) -> np.ndarray:
    sat = np.zeros(len(profile.weights), dtype=np.int64 if measure == "count" else object)
    for c in selected:
        sat[profile.supporters[c]] += 1 if measure == "count" else profile.costs[c]
    return sat
