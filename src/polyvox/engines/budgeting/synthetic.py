"""A generated Warsaw-size approval election, for benchmarks and speed tests (fixed seed, no file needed).

Its structure follows Warsaw's district budgets (Mokotów 2023 in the shared data): skewed project
popularity (log-normal), voters leaning to one of a few themes, costs from a few thousand to 1.6
million, a budget of about a third of all costs, and ballot lengths from 1 to 15 with the same
shape as Warsaw's (many single choices, the largest share using all 15).
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from .election import Ballot, Election, Project

# share of Mokotów 2023 ballots of each length 1..15
_LENGTHS = np.array(
    [1901, 817, 460, 376, 420, 379, 330, 337, 327, 353, 277, 243, 216, 201, 4430], dtype=np.float64
)


def warsaw_like_election(voters: int = 60_000, projects: int = 80, seed: int = 2026, themes: int = 6) -> Election:
    rng = np.random.default_rng(seed)
    costs = np.round(np.exp(rng.normal(np.log(150_000), 1.0, projects)), -2).clip(5_000, 1_600_000)
    budget = int(round(costs.sum() * 0.35, -3))
    popularity = np.exp(rng.normal(0.0, 0.8, projects))
    popularity /= np.sqrt(costs / costs.mean()) ** 0.3
    theme_of = rng.integers(0, themes, projects)
    theme_pull = rng.dirichlet(np.ones(themes) * 0.8)
    max_len = min(15, projects)
    lengths_p = _LENGTHS[:max_len] / _LENGTHS[:max_len].sum()
    lengths = rng.choice(np.arange(1, max_len + 1), size=voters, p=lengths_p)
    voter_theme = rng.choice(themes, size=voters, p=theme_pull)
    boost = rng.uniform(1.5, 6.0, voters)
    ids = [str(1000 + 7 * i) for i in range(projects)]
    ballots = []
    # Gumbel top-k: sample without replacement, proportional to the weights
    for i in range(voters):
        w = popularity * np.where(theme_of == voter_theme[i], boost[i], 1.0)
        keys = np.log(w) + rng.gumbel(size=projects)
        chosen = np.argpartition(-keys, lengths[i] - 1)[: lengths[i]]
        ballots.append(Ballot(voter_id=str(i + 1), projects=tuple(ids[c] for c in sorted(chosen))))
    project_map = {
        pid: Project(id=pid, cost=Fraction(int(cost)), name=f"Project {pid}", category=(f"theme {theme_of[c]}",))
        for c, (pid, cost) in enumerate(zip(ids, costs))
    }
    meta = {
        "description": f"Generated Warsaw-size election (seed {seed})",
        "country": "Poland",
        "unit": "Generated",
        "instance": str(seed),
        "num_projects": str(projects),
        "num_votes": str(voters),
        "budget": str(budget),
        "vote_type": "approval",
        "rule": "unknown",
        "min_length": "1",
        "max_length": str(max_len),
        "experimental": "1",
    }
    return Election(meta=meta, projects=project_map, ballots=ballots, budget=Fraction(budget), vote_type="approval")
