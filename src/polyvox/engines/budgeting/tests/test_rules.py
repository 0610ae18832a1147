"""Rules: agreement with pabutools (stored outcomes), with the cities' own results, with an exact
reference implementation on random elections, and deterministic tie-breaking."""

from __future__ import annotations

import json
import random
from fractions import Fraction
from pathlib import Path

import pytest

from .data import pabulib_dir  # noqa: F401  (fixture)

from polyvox.engines.budgeting import Ballot, Election, Project, RuleNotUnderstood, count, read_pabulib
from polyvox.engines.budgeting.counting import rule_from_meta
from polyvox.engines.budgeting.rules.mes import method_of_equal_shares
from polyvox.engines.budgeting.rules.profile import build_profile

EXPECTED = Path(__file__).parent / "expected"
EXPECTED_FILES = sorted(EXPECTED.glob("*.json"))


def test_expected_outcomes_cover_every_approval_file(pabulib_dir):
    approval = [p.stem for p in pabulib_dir.glob("*.pb") if read_pabulib(p).is_approval]
    assert approval and sorted(approval) == sorted(p.stem for p in EXPECTED_FILES)


@pytest.mark.parametrize("expected_file", EXPECTED_FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("tie_breaking", [("votes", "cost", "id"), ("id",)])
def test_same_selected_sets_as_pabutools(expected_file, tie_breaking, pabulib_dir):
    expected = json.loads(expected_file.read_text())
    election = read_pabulib(pabulib_dir / expected["file"])
    for label, kwargs in (
        ("greedy", dict(rule="greedy")),
        ("mes", dict(rule="mes", completion="none", utilities="cost")),
        ("phragmen", dict(rule="phragmen")),
    ):
        result = count(election, tie_breaking=tie_breaking, **kwargs)
        assert sorted(result.selected) == sorted(expected[label]), label


def test_auto_reproduces_the_cities_equal_shares_results(pabulib_dir):
    checked = 0
    for path in sorted(pabulib_dir.glob("*.pb")):
        election = read_pabulib(path)
        if not election.meta.get("rule", "").lower().startswith("equalshares"):
            continue
        result = count(election, rule="auto")
        actual = [pid for pid, p in election.projects.items() if p.extra.get("selected") == "1"]
        assert sorted(result.selected) == sorted(actual), path.name
        assert result.source == "meta" and result.rule == "mes"
        checked += 1
    assert checked >= 2


def test_auto_greedy_file_and_unknown_rule(pabulib_dir):
    mokotow = read_pabulib(pabulib_dir / "Poland_Warszawa_2023_Mokotow.pb")
    result = count(mokotow, rule="auto")
    actual = [pid for pid, p in mokotow.projects.items() if p.extra.get("selected") == "1"]
    assert result.rule == "greedy" and sorted(result.selected) == sorted(actual)
    zurich = read_pabulib(pabulib_dir / "Switzerland_Zurich_D10.pb")
    with pytest.raises(RuleNotUnderstood, match="--rule"):
        count(zurich, rule="auto")


@pytest.mark.parametrize(
    "value,expected",
    [
        ("greedy", ("greedy", "none", True, False)),
        ("greedy-no-skip", ("greedy", "none", False, False)),
        ("equalshares", ("mes", "none", True, False)),
        ("equalshares/add1", ("mes", "add1", True, False)),
        ("equalshares/add1u", ("mes", "add1u", True, False)),
        ("equalshares/add1e+comparison", ("mes", "add1-exhaustive", True, True)),
        ("phragmen", ("phragmen", "none", True, False)),
    ],
)
def test_rule_from_meta(value, expected):
    choice = rule_from_meta({"rule": value})
    assert (choice.rule, choice.completion, choice.skip, choice.comparison) == expected


@pytest.mark.parametrize("value", ["unknown", "", "borda", "equalshares/add7"])
def test_rule_from_meta_refuses_what_it_does_not_understand(value):
    with pytest.raises(RuleNotUnderstood):
        rule_from_meta({"rule": value})


def _approval(costs: dict[str, int], ballots: list[str], budget: int) -> Election:
    projects = {pid: Project(pid, cost) for pid, cost in costs.items()}
    return Election(
        meta={"rule": "unknown"},
        projects=projects,
        ballots=[Ballot(str(i), tuple(b)) for i, b in enumerate(ballots)],
        budget=budget,
    )


def test_greedy_skip_no_skip_and_threshold():
    e = _approval({"a": 60, "b": 50, "c": 30, "d": 10}, ["abc", "ab", "a", "bd", "c", "d"], 100)
    # a and b tie on 3 votes: b is cheaper; c and d tie on 2: d is cheaper
    assert count(e, rule="greedy").selected == ["b", "d", "c"]
    assert count(e, rule="greedy", skip=False).selected == ["b"]
    assert count(e, rule="greedy", threshold=3).selected == ["b"]


def test_greedy_on_cumulative_ballots_uses_points(pabulib_dir):
    zurich = read_pabulib(pabulib_dir / "Switzerland_Zurich_D10.pb")
    result = count(zurich, rule="greedy")
    scores = zurich.scores()
    order = sorted(zurich.projects, key=lambda p: -scores[p])
    assert result.selected[0] == order[0]
    assert result.total_cost <= zurich.budget


# --- an exact, deliberately naive MES to check the fast one against ------------------------------


def naive_mes(election: Election, utilities: str, share: Fraction, rank) -> list[str]:
    ids = list(election.projects)
    sets = [set(b.projects) for b in election.ballots]
    money = [share] * len(sets)
    remaining = {p for p in ids if election.projects[p].cost > 0 and any(p in s for s in sets)}
    chosen = [p for p in ids if election.projects[p].cost == 0 and any(p in s for s in sets)]
    while True:
        best = None
        for p in sorted(remaining):
            cost = election.projects[p].cost
            supporters = sorted((i for i, s in enumerate(sets) if p in s), key=lambda i: money[i])
            if sum(money[i] for i in supporters) < cost:
                continue
            paid, left = Fraction(0), len(supporters)
            for i in supporters:
                price = (cost - paid) / left
                if money[i] >= price:
                    break
                paid += money[i]
                left -= 1
            rho = price / (cost if utilities == "cost" else 1)
            key = (rho, rank[p])
            if best is None or key < best[0]:
                best = (key, p, price, supporters)
        if best is None:
            return chosen
        _, p, price, supporters = best
        for i in supporters:
            money[i] -= min(money[i], price)
        chosen.append(p)
        remaining.discard(p)


def random_election(rng: random.Random) -> Election:
    m = rng.randint(2, 8)
    n = rng.randint(1, 30)
    costs = {f"p{j}": rng.choice([0, 1, 2, 3, 5, 10, 10, 20, 30]) * rng.choice([1, 1, 10]) for j in range(m)}
    ballots = ["".join(rng.sample(list(costs), rng.randint(0, m))) for _ in range(n)]
    ballots = [[f"p{x}" for x in b.replace("p", "")] for b in ballots]
    return Election(
        meta={},
        projects={p: Project(p, c) for p, c in costs.items()},
        ballots=[Ballot(str(i), tuple(b)) for i, b in enumerate(ballots)],
        budget=rng.choice([10, 20, 30, 50, 60, 100]),
    )


@pytest.mark.parametrize("utilities", ["cost", "approval"])
def test_fast_mes_equals_exact_naive_mes_on_random_elections(utilities):
    rng = random.Random(7)
    for trial in range(300):
        election = random_election(rng)
        profile = build_profile(election)
        rank = {pid: int(profile.rank[c]) for c, pid in enumerate(profile.project_ids)}
        for extra in (0, 1, 3):
            share = Fraction(election.budget, len(election.ballots)) + extra
            fast = method_of_equal_shares(profile, utilities=utilities, share=share)
            got = [profile.project_ids[c] for c in fast.selected]
            assert got == naive_mes(election, utilities, share, rank), (trial, extra)


def test_ties_are_broken_by_votes_then_cost_then_id_whatever_the_input_order():
    # x and y have the same supporters' count and cost: a real tie, broken by id; z is cheaper
    costs = {"y": 40, "x": 40, "z": 40}
    ballots = ["xy", "xy", "yz", "xz", "z", "x", "y"]
    e1 = _approval(costs, ballots, 80)
    shuffled = _approval(dict(reversed(list(costs.items()))), list(reversed(ballots)), 80)
    for rule in ("greedy", "mes", "phragmen"):
        a = count(e1, rule=rule).selected
        b = count(shuffled, rule=rule).selected
        assert a == b and a[0] == "x", rule
    e1 = _approval(costs, ballots, 40)
    assert count(e1, rule="greedy", tie_breaking=("order",)).selected == ["y"]


def test_exact_recheck_happens_on_exact_ties():
    e = _approval({"a": 30, "b": 30}, ["a", "b", "a", "b"], 60)
    result = count(e, rule="mes")
    assert result.selected == ["a", "b"] and result.exact_checks >= 1


def test_add1_variants_and_comparison():
    costs = {"a": 50, "b": 30, "c": 30, "d": 20}
    ballots = ["a"] * 5 + ["b"] * 3 + ["c"] * 2 + ["bd"] * 1
    e = _approval(costs, ballots, 100)
    plain = count(e, rule="mes")
    add1 = count(e, rule="mes", completion="add1")
    assert plain.total_cost <= add1.total_cost <= 100
    assert add1.add1.runs > 1
    add1u = count(e, rule="mes", completion="add1u")
    assert set(add1.selected) <= set(add1u.selected) and add1u.total_cost <= 100
    exhaustive = count(e, rule="mes", completion="add1-exhaustive")
    assert exhaustive.total_cost <= 100
    compared = count(e, rule="mes", completion="add1", comparison=True)
    c = compared.comparison_outcome
    assert c.prefer_mes + c.prefer_greedy <= len(ballots)
    expected = sorted(c.greedy.selected) if c.greedy_kept else sorted(add1.selected)
    assert sorted(compared.selected) == [e.project_ids[i] for i in sorted(c.greedy.selected)] if c.greedy_kept else expected


def test_mes_approval_utilities_differs_from_cost_utilities():
    # the cheap popular project wins the first round under approval utilities
    costs = {"big": 90, "small": 10}
    ballots = [["big"]] * 6 + [["small"]] * 4
    e = _approval(costs, ballots, 200)
    assert count(e, rule="mes", utilities="cost").selected[0] == "big"
    assert count(e, rule="mes", utilities="approval").selected[0] == "small"


@pytest.mark.parametrize("seed", range(40))
def test_water_filling_price_equals_the_sorted_search(seed):
    """MES's price by water-filling (no sort) is the one the sorted search finds, on random budgets."""
    import numpy as np

    from polyvox.engines.budgeting.rules.mes import _equal_split, _sorted_split

    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 400))
    bs = np.round(rng.random(n) * rng.choice([1.0, 10.0, 1000.0]), int(rng.integers(0, 4)))
    bs[rng.random(n) < 0.2] = 0.0
    ws = rng.integers(1, 4, n).astype(float)
    weight = float(ws.sum()) + float(rng.integers(0, 3))  # a few supporters already dropped, with nothing
    live = float(ws.sum())
    total = float((ws * bs).sum())
    if total <= 0:
        return
    cost = total * float(rng.uniform(0.05, 1.0))
    expected = _sorted_split(bs, ws, cost, live, weight, 0.0)
    got = _equal_split(bs, ws, cost, live, weight, 0.0)
    assert abs(got - expected) <= 1e-9 * max(expected, 1e-12)
    assert abs(float((ws * np.minimum(bs, got)).sum()) - cost) <= 1e-9 * cost
