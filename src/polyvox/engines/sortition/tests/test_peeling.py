"""Carathéodory peeling: the panels it finds meet the quotas, nearly decompose the relaxation's optimum on
their own, leave the panel oracle as they found it, and on an instance where the relaxation is not attained
the exact method still takes over."""

from __future__ import annotations

import numpy as np
import pytest

from polyvox.engines.sortition import Person, Pool, Quota, Quotas, select_panel
from polyvox.engines.sortition.leximin import Master, initial_panels
from polyvox.engines.sortition.panel_search import PanelOracle, composition_meets_quotas
from polyvox.engines.sortition.peeling import peel
from polyvox.engines.sortition.profiles import build_profiles
from polyvox.engines.sortition.relaxed import relaxed_leximin


def _target(pool, quotas, k):
    profiles = build_profiles(pool, quotas, k)
    oracle = PanelOracle(profiles)
    _, unselectable = initial_panels(profiles, oracle)
    level, _ = relaxed_leximin(profiles, unselectable)
    return profiles, oracle, level


def _largest_shortfall(profiles, level, panels) -> float:
    """How far below its target the best lottery over `panels` leaves anyone's probability."""
    master = Master(profiles.sizes, z_coefficients=level, shortfall_cost=profiles.sizes)
    for comp in panels:
        master.add(comp)
    master.solve()
    return master.largest_shortfall()


@pytest.mark.parametrize("name", ["sortition_algorithms_fixture", "example_small_20"])
def test_peeled_panels_meet_the_quotas_and_decompose_the_optimum(examples, name):
    pool, quotas, k = examples[name]
    profiles, oracle, level = _target(pool, quotas, k)
    target = level * profiles.sizes
    panels, mass_left = peel(profiles, target, oracle)
    assert panels and mass_left < 1e-6
    assert all(composition_meets_quotas(profiles, comp) for comp in panels)
    # every panel stays inside the smallest face of the target: never a profile the target leaves out
    used = np.array(panels).sum(axis=0) > 0
    assert not (used & (target <= 1e-12)).any()
    # at most one panel per dimension of the polytope (Carathéodory)
    assert len(panels) <= profiles.count + len(profiles.lower) + 2
    # re-weighted by the master, the peeled panels alone realise the LEXIMIN optimum within 1e-9
    assert _largest_shortfall(profiles, level, panels) <= 1e-9


def test_peeling_restores_the_panel_oracle(examples):
    pool, quotas, k = examples["sortition_algorithms_fixture"]
    profiles, oracle, level = _target(pool, quotas, k)
    weights = np.linspace(0.0, 1.0, profiles.count)
    before = oracle.best(weights)
    peel(profiles, level * profiles.sizes, oracle)
    after = oracle.best(weights)
    assert abs(before.value - after.value) < 1e-9
    lp = oracle.h.getLp()
    assert np.allclose(lp.col_lower_, oracle.col_lower) and np.allclose(lp.col_upper_, oracle.col_upper)
    assert np.allclose(lp.row_lower_[1:1 + len(profiles.lower)], profiles.lower)
    assert np.allclose(lp.row_upper_[1:1 + len(profiles.upper)], profiles.upper)


def test_peeling_keeps_households_apart():
    people = []
    for i in range(16):
        people.append(Person(str(i + 1), {"g": "f" if i % 2 else "m", "a": "young" if i % 3 else "old"},
                             household=f"h{i // 2}" if i < 6 else None))
    pool = Pool(people)
    quotas = Quotas([Quota("g", "f", 2, 3), Quota("g", "m", 2, 3), Quota("a", "young", 2, 4),
                     Quota("a", "old", 1, 3)])
    profiles, oracle, level = _target(pool, quotas, 5)
    panels, _ = peel(profiles, level * profiles.sizes, oracle)
    assert panels
    for comp in panels:
        assert composition_meets_quotas(profiles, comp)
    result = select_panel(pool, quotas, 5)
    household = {p.id: p.household for p in pool.people}
    for panel in result.panels:
        shared = [household[pid] for pid in panel if household[pid]]
        assert len(shared) == len(set(shared))


def test_when_the_relaxation_is_not_attained_the_exact_method_takes_over():
    """A small pool (found by a random search) where the relaxed optimum is no lottery of real panels:
    peeling cannot finish, and the stage-by-stage column generation gives the true maximin, checked
    here against a linear program over every quota-meeting panel."""
    from itertools import combinations

    from scipy.optimize import linprog

    features = ["xyx", "yyx", "xyy", "xxy", "yyy", "xxy", "yxx", "xxy"]
    people = [Person(str(i + 1), dict(zip("ABC", values))) for i, values in enumerate(features)]
    pool = Pool(people)
    bounds = {("A", "x"): (2, 3), ("A", "y"): (2, 2), ("B", "x"): (1, 2), ("B", "y"): (2, 2),
              ("C", "x"): (2, 3), ("C", "y"): (1, 2)}
    quotas = Quotas([Quota(f, v, lo, hi) for (f, v), (lo, hi) in bounds.items()])
    result = select_panel(pool, quotas, 4)
    assert result.stats["route"] == "column generation"
    valid = [panel for panel in combinations(range(8), 4)
             if all(lo <= sum(features[i]["ABC".index(f)] == v for i in panel) <= hi
                    for (f, v), (lo, hi) in bounds.items())]
    # maximise z: sum of panel weights 1, each person's probability >= z
    n = len(valid)
    a_ub = [[-(i in panel) for panel in valid] + [1.0] for i in range(8)]
    best = linprog([0.0] * n + [-1.0], A_ub=a_ub, b_ub=[0.0] * 8, A_eq=[[1.0] * n + [0.0]], b_eq=[1.0],
                   bounds=[(0, None)] * (n + 1), method="highs")
    assert abs(result.min_probability - best.x[-1]) < 1e-7
    for panel in result.panels:
        assert tuple(sorted(int(pid) - 1 for pid in panel)) in valid
    from polyvox.engines.sortition import check_certificate

    assert check_certificate(result.to_json()).ok  # the stage-by-stage duals certify it too


def test_the_oracle_answers_from_its_relaxation_only_when_that_is_the_integer_optimum(examples):
    pool, quotas, k = examples["sortition_algorithms_fixture"]
    profiles = build_profiles(pool, quotas, k)
    oracle = PanelOracle(profiles)
    rng = np.random.default_rng(7)
    for _ in range(30):
        weights = rng.random(profiles.count) * (rng.random(profiles.count) < 0.3)
        fast = oracle.best(weights)
        exact = oracle.best_integer(weights)
        assert composition_meets_quotas(profiles, fast.composition)
        assert abs(fast.value - exact.value) < 1e-9
        assert fast.bound >= exact.value - 1e-9
    assert oracle.integer_programs < 2 * 30  # the relaxation answered some of them alone
