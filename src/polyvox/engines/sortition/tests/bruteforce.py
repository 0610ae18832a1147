"""LEXIMIN by brute force, for small pools: every quota-meeting panel listed, one exact LP per stage.

Independent of the engine (no profile, no column generation, no panel oracle, no certificate): the
reference lists every panel of k people that meets the quotas and the households rule, then runs the
LEXIMIN stages over lotteries of all of them with SciPy's `linprog` (HiGHS). After each stage it decides
who is fixed from the definition: a person is fixed when no lottery of the stage's optimum gives them
more (a person with a positive dual is fixed by complementary slackness; every other open person gets
an LP of their own, unless an earlier LP already showed them above the value).

`random_pool(seed)` builds the seeded random pools of the tests and of `benchmarks/sortition_bruteforce.py`.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

from polyvox.engines.sortition import Person, Pool, Quota, Quotas

SLACK = 1e-9  # constraints of the "who is fixed" programs are relaxed by this much
ABOVE = 1e-7  # a person is not fixed when a lottery gives them this much more than the stage's value


@dataclass
class RandomInstance:
    seed: int
    pool: Pool
    quotas: Quotas
    panel_size: int


def random_pool(seed: int, *, smallest: int = 6, largest: int = 14) -> RandomInstance:
    """A seeded random pool of `smallest`..`largest` people, 2-3 features, sometimes households, feasible quotas.

    The quotas are built around a random panel (so at least one panel meets them), sometimes tight,
    sometimes shutting a value out (maximum 0), so that people with probability 0 and people with
    probability 1 both occur."""
    rng = random.Random(seed)
    n = rng.randint(smallest, largest)
    k = rng.randint(2, min(5, n - 1))
    features = {f"f{j}": [f"v{v}" for v in range(rng.randint(2, 3))] for j in range(rng.randint(2, 3))}
    households: list[str | None] = [None] * n
    if rng.random() < 0.4:
        for h in range(rng.randint(1, 3)):
            a, b = rng.sample(range(n), 2)
            households[a] = households[b] = f"home{h}"
    people = [Person(str(i + 1), {f: rng.choice(values) for f, values in features.items()}, households[i])
              for i in range(n)]
    # a reference panel: k people, at most one per household
    order = list(range(n))
    rng.shuffle(order)
    panel, seen = [], set()
    for i in order:
        if len(panel) == k:
            break
        if households[i] is not None and households[i] in seen:
            continue
        seen.add(households[i])
        panel.append(i)
    k = len(panel)
    items = []
    for f, values in features.items():
        for v in values:
            here = sum(1 for i in panel if people[i].features[f] == v)
            slack = rng.choice((0, 1, 1, 2))
            lo, hi = max(0, here - slack), min(k, here + slack)
            if here == 0 and rng.random() < 0.3:
                lo = hi = 0  # shuts out everyone with this value
            items.append(Quota(f, v, lo, hi))
    return RandomInstance(seed, Pool(people), Quotas(items), k)


def feasible_panels(pool: Pool, quotas: Quotas, k: int) -> list[tuple[int, ...]]:
    out = []
    for panel in itertools.combinations(range(len(pool)), k):
        homes = [pool.people[i].household for i in panel if pool.people[i].household is not None]
        if len(homes) != len(set(homes)):
            continue
        if all(q.min <= sum(1 for i in panel if pool.people[i].features[q.feature] == q.value) <= q.max
               for q in quotas):
            out.append(panel)
    return out


def leximin_by_enumeration(pool: Pool, quotas: Quotas, k: int) -> dict[str, float]:
    """Every person's LEXIMIN selection probability (raises ValueError when no panel meets the quotas)."""
    panels = feasible_panels(pool, quotas, k)
    if not panels:
        raise ValueError("no quota-meeting panel")
    n, m = len(pool), len(panels)
    member = np.zeros((n, m))
    for j, panel in enumerate(panels):
        member[list(panel), j] = 1.0
    level: dict[int, float] = {i: 0.0 for i in range(n) if not member[i].any()}
    while len(level) < n:
        open_ = [i for i in range(n) if i not in level]
        fixed = sorted(level)
        # variables: lambda_1..lambda_m, z; maximise z
        cost = np.zeros(m + 1)
        cost[-1] = -1.0
        rows = [np.concatenate([-member[i], [1.0]]) for i in open_] + [np.concatenate([-member[i], [0.0]])
                                                                       for i in fixed]
        rhs = [0.0] * len(open_) + [-level[i] for i in fixed]
        eq = np.concatenate([np.ones(m), [0.0]])[None, :]
        bounds = [(0, None)] * m + [(0, 1)]
        res = linprog(cost, A_ub=np.array(rows), b_ub=np.array(rhs), A_eq=eq, b_eq=[1.0], bounds=bounds,
                      method="highs")
        if res.status != 0:
            raise RuntimeError(f"stage LP: {res.message}")
        z = float(res.x[-1])
        duals = -np.asarray(res.ineqlin.marginals)[:len(open_)]
        forced = {i for i, y in zip(open_, duals) if y > 1e-7}
        if z >= 1 - 1e-9:
            forced = set(open_)
        above: set[int] = set()
        # who else is fixed: the most each remaining open person can get while everyone keeps the stage's value
        lam_rows = [-member[i] for i in open_] + [-member[i] for i in fixed]
        lam_rhs = [-(z - SLACK)] * len(open_) + [-(level[i] - SLACK) for i in fixed]
        for i in open_:
            if i in forced or i in above:
                continue
            r = linprog(-member[i], A_ub=np.array(lam_rows), b_ub=np.array(lam_rhs), A_eq=np.ones((1, m)),
                        b_eq=[1.0], bounds=[(0, None)] * m, method="highs")
            if r.status != 0:
                raise RuntimeError(f"fixing LP: {r.message}")
            marg = member @ r.x
            above.update(j for j in open_ if marg[j] > z + ABOVE)
            if marg[i] <= z + ABOVE:
                forced.add(i)
        if not forced:
            raise RuntimeError("a LEXIMIN stage fixed nobody")
        for i in forced:
            level[i] = z
    return {pool.people[i].id: level[i] for i in range(n)}
