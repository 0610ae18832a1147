"""The counting view of an election that every rule works on: projects as indices, identical ballots grouped.

Voters with the same ballot are one *group* with a weight (how many voters cast it): every rule
here treats such voters alike, so grouping changes no outcome and makes counts fast. Approval and
choose-1 ballots are grouped by the set of projects they approve; cumulative, scoring and ordinal
ballots by what they give each project (points, or the ordinal ballot's score, see
`Election.scores`), which MES then uses as the voter's utility (`cardinal`).

Tie-breaking is one fixed total order of the projects, `rank` (smaller wins a tie), built from the
criteria in `tie_breaking`:

- ``"votes"``: more supporters first;
- ``"cost"``: lower cost first;
- ``"id"``: project id in plain string order (what pabutools does);
- ``"order"``: order of the projects in the file.

The default, ``("votes", "cost", "id")``, is documented in the package docstring.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from itertools import chain

import numpy as np

from ..election import Election

DEFAULT_TIE_BREAKING = ("votes", "cost", "id")
TIE_BREAKING_CRITERIA = ("votes", "cost", "id", "order")


@dataclass
class CountingProfile:
    project_ids: list[str]
    costs: list[Fraction]
    costs_f: np.ndarray
    budget: Fraction
    n_voters: int
    weights: np.ndarray
    """Weight of each ballot group (int64)."""
    group_projects: list[tuple[int, ...]]
    """Supported projects of each group."""
    supporters: list[np.ndarray]
    """For each project, the groups supporting it (int64 indices)."""
    support_weights: list[np.ndarray]
    support_weights_f: list[np.ndarray]
    votes: np.ndarray
    """Number of supporters (voters) of each project."""
    scores: list[Fraction]
    """Score of each project: votes, points or Borda score depending on the vote type."""
    rank: np.ndarray
    """Tie-breaking position of each project: smaller wins."""
    tie_breaking: tuple[str, ...]
    cardinal: bool = False
    """Ballots give points (cumulative, scoring) or ranks (ordinal): utilities below are their scores."""
    support_utilities: list[list[Fraction]] | None = None
    """Cardinal ballots: for each project, the utility (> 0) each supporting group gives it, exactly."""
    support_utilities_f: list[np.ndarray] | None = None

    @property
    def m(self) -> int:
        return len(self.project_ids)

    def total_cost(self, selected) -> Fraction:
        return sum((self.costs[c] for c in selected), Fraction(0))


def build_profile(election: Election, tie_breaking=DEFAULT_TIE_BREAKING) -> CountingProfile:
    """Group the ballots of `election` by the set of projects they support."""
    tie_breaking = tuple(tie_breaking)
    for criterion in tie_breaking:
        if criterion not in TIE_BREAKING_CRITERIA:
            raise ValueError(f"unknown tie-breaking criterion {criterion!r}; expected {TIE_BREAKING_CRITERIA}")
    ids = list(election.projects)
    index = {pid: i for i, pid in enumerate(ids)}
    costs = [election.projects[pid].cost for pid in ids]
    cardinal = not election.is_approval
    if not cardinal:
        # identical ballots first (counted at C speed), then each distinct one as a sorted set of indices
        raw = Counter(b.projects for b in election.ballots)
        groups: dict[tuple, int] = {}
        for projects, n in raw.items():
            key = tuple(sorted({index[p] for p in projects}))
            groups[key] = groups.get(key, 0) + n
        group_projects = list(groups)
        utilities = None
    else:
        groups = {}
        for given in election.ballot_scores():
            key = tuple(sorted((index[p], v) for p, v in given.items() if v > 0))
            groups[key] = groups.get(key, 0) + 1
        group_projects = [tuple(c for c, _v in key) for key in groups]
    weights = np.fromiter(groups.values(), dtype=np.int64, count=len(groups))
    # supporters of each project: the (project, group) pairs sorted by project, split where it changes
    lengths = np.fromiter((len(g) for g in group_projects), dtype=np.int64, count=len(group_projects))
    flat = np.fromiter(chain.from_iterable(group_projects), dtype=np.int64, count=int(lengths.sum()))
    owner = np.repeat(np.arange(len(group_projects), dtype=np.int64), lengths)
    order = np.argsort(flat, kind="stable")
    bounds = np.searchsorted(flat[order], np.arange(len(ids) + 1))
    supporters = [owner[order[bounds[c]:bounds[c + 1]]] for c in range(len(ids))]
    if cardinal:
        values = list(chain.from_iterable((v for _c, v in key) for key in groups))
        utilities = [[values[k] for k in order[bounds[c]:bounds[c + 1]].tolist()] for c in range(len(ids))]
    support_weights = [weights[s] for s in supporters]
    votes = np.array([int(w.sum()) for w in support_weights], dtype=np.int64)
    if election.is_approval:
        scores = [Fraction(int(v)) for v in votes]
    else:
        scores_by_id = election.scores()
        scores = [scores_by_id[pid] for pid in ids]
    rank = _tie_rank(ids, costs, votes, tie_breaking)
    return CountingProfile(
        project_ids=ids,
        costs=costs,
        costs_f=np.array([float(c) for c in costs], dtype=np.float64),
        budget=election.budget,
        n_voters=len(election.ballots),
        weights=weights,
        group_projects=group_projects,
        supporters=supporters,
        support_weights=support_weights,
        support_weights_f=[w.astype(np.float64) for w in support_weights],
        votes=votes,
        scores=scores,
        rank=rank,
        tie_breaking=tie_breaking,
        cardinal=cardinal,
        support_utilities=utilities,
        support_utilities_f=None if utilities is None else [np.array([float(v) for v in u], dtype=np.float64) for u in utilities],
    )


def _tie_rank(ids, costs, votes, tie_breaking) -> np.ndarray:
    def key(c):
        parts = []
        for criterion in tie_breaking:
            if criterion == "votes":
                parts.append(-int(votes[c]))
            elif criterion == "cost":
                parts.append(costs[c])
            elif criterion == "id":
                parts.append(ids[c])
            elif criterion == "order":
                parts.append(c)
        parts.append(c)
        return tuple(parts)

    order = sorted(range(len(ids)), key=key)
    rank = np.empty(len(ids), dtype=np.int64)
    for position, c in enumerate(order):
        rank[c] = position
    return rank
