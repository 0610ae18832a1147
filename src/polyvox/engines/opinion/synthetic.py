"""Generated conversations with planted opinion groups, for tests and benchmarks."""

from __future__ import annotations

import numpy as np


def generate_votes(n_participants: int = 2000, n_statements: int = 300, n_groups: int = 3, *,
                   votes_per_participant: tuple[int, int] = (10, 60), seed: int = 0):
    """Votes of participants drawn from ``n_groups`` planted groups: each group has its own leaning on each
    statement (agree, disagree, or split), each participant votes on a random subset of statements.
    Returns (votes [(participant, statement, value)], planted group per participant)."""
    rng = np.random.default_rng(seed)
    leaning = rng.choice([-0.8, -0.4, 0.0, 0.4, 0.8], size=(n_groups, n_statements))
    planted = rng.integers(0, n_groups, n_participants)
    votes = []
    low, high = votes_per_participant
    for p in range(n_participants):
        count = int(rng.integers(low, min(high, n_statements) + 1))
        chosen = rng.choice(n_statements, size=min(count, n_statements), replace=False)
        lean = leaning[planted[p], chosen]
        u = rng.random(len(chosen))
        pass_rate = 0.15
        values = np.where(u < pass_rate, 0, np.where(rng.random(len(chosen)) < (1 + lean) / 2, 1, -1))
        votes.extend((p, int(s), int(v)) for s, v in zip(chosen, values))
    order = rng.permutation(len(votes))
    return [votes[i] for i in order], planted
