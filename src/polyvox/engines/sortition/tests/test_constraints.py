"""Infeasible quotas, households and replacements."""

from __future__ import annotations

import pytest

from polyvox.engines.sortition import (InfeasibleQuotasError, Person, Pool, Quota, Quotas, diagnose_infeasible,
                                       find_replacement, read_pool_csv, select_panel)
from polyvox.engines.sortition.cli import main

from .conftest import SORTITION
from .test_selection import assert_panel_meets_quotas


def _with(quotas, **changes):
    items = []
    for q in quotas:
        key = f"{q.feature}:{q.value}"
        lo, hi = changes.get(key, (q.min, q.max))
        items.append(Quota(q.feature, q.value, lo, hi, q.min_flex, q.max_flex))
    return Quotas(items)


def test_infeasible_quotas_are_diagnosed_with_the_smallest_relaxation(examples):
    pool, quotas, k = examples["sortition_algorithms_fixture"]
    bad = _with(quotas, **{"Gender:Female": (12, 12), "Gender:Male": (11, 11)})  # 23 seats of 22
    diagnosis = diagnose_infeasible(pool, bad, k)
    assert not diagnosis.feasible and diagnosis.relaxation_found
    assert sum(c.size for c in diagnosis.relaxation) == 1
    assert "the minima for Gender add up to 23" in diagnosis.explain()
    fixed = bad.replaced({(c.feature, c.value): (c.new_min, c.new_max) for c in diagnosis.relaxation})
    assert diagnose_infeasible(pool, fixed, k).feasible
    with pytest.raises(InfeasibleQuotasError) as err:
        select_panel(pool, bad, k)
    assert "No quota was relaxed" in str(err.value)


def test_relaxation_respects_flex_bounds(examples):
    pool, quotas, k = examples["sortition_algorithms_fixture"]
    # every age band needs 6: 24 > 22; the maxima of the flex (0..7) allow lowering minima only
    bad = _with(quotas, **{f"age_bracket:{v}": (6, quotas.get("age_bracket", v).max)
                           for v in ("16-29", "30-44", "45-59", "60+")})
    diagnosis = diagnose_infeasible(pool, bad, k)
    assert diagnosis.relaxation_found
    assert sum(c.size for c in diagnosis.relaxation) == 2
    assert all(c.new_min >= 0 and c.new_max <= 7 for c in diagnosis.relaxation)
    strict = Quotas([Quota(q.feature, q.value, q.min, q.max, q.min, q.max) for q in bad])  # no flex at all
    assert not diagnose_infeasible(pool, strict, k).relaxation_found


def test_cli_check_reports_conflicts(tmp_path, capsys):
    q = tmp_path / "q.csv"
    q.write_text("category,feature,min,max\ngender,female,12,20\ngender,male,9,20\n"
                 "leaning,liberal,12,20\nleaning,conservative,9,20\n")
    d = SORTITION / "example_small_20"
    code = main(["check", "--people", str(d / "respondents.csv"), "--quotas", str(q), "--panel-size", "20"])
    out = capsys.readouterr().out
    assert code == 3
    assert "No panel meets the quotas" in out and "Smallest change" in out


def _household_pool():
    people = []
    for i in range(12):
        g = "f" if i % 2 else "m"
        people.append(Person(str(i + 1), {"g": g, "street": f"street {i // 2}" if i < 8 else f"alone {i}"}))
    return Pool(people)


def test_households_at_most_one_per_household():
    pool = _household_pool()
    quotas = Quotas([Quota("g", "f", 3, 3), Quota("g", "m", 3, 3)])
    result = select_panel(pool, quotas, 6, households=["street"], seed="s")
    houses = {p.id: p.features["street"] for p in pool.people}
    for panel in result.panels + result.lottery.panels:
        assert_panel_meets_quotas(panel, pool, quotas, 6)
        assert len({houses[pid] for pid in panel}) == 6
    # four households of two, two of one person each... per gender 4 shared + 2 alone: leximin is 0.5 for all
    assert abs(result.min_probability - 0.5) < 1e-7
    assert result.to_json()["households"]


def test_households_from_address_columns(tmp_path):
    f = tmp_path / "p.csv"
    f.write_text("id,g,address,zip\n1,f,Rue A 1, 1000\n2,m,rue a 1,1000\n3,f,Rue B,1000\n4,m,Rue C,1000\n")
    pool = read_pool_csv(f, households=["address", "zip"])
    assert pool.get("1").household == pool.get("2").household != pool.get("3").household
    quotas = Quotas([Quota("g", "f", 1, 1), Quota("g", "m", 1, 1)])
    result = select_panel(pool, quotas, 2)
    assert all(set(panel) != {"1", "2"} for panel in result.panels)


def _meets(panel, pool, quotas):
    return all(q.min <= sum(1 for pid in panel if pool.get(pid).features[q.feature] == q.value) <= q.max
               for q in quotas)


def test_replacement_keeps_every_quota_or_says_none_can(examples):
    pool, quotas, k = examples["sortition_algorithms_fixture"]
    result = select_panel(pool, quotas, k, seed="first draw")
    replaced = 0
    for leaving in result.panel:
        rep = find_replacement(pool, quotas, result.panel, leaving, seed="replacement 1")
        others = [pid for pid in result.panel if pid != leaving]
        possible = [p.id for p in pool.people if p.id not in result.panel and _meets(others + [p.id], pool, quotas)]
        assert rep.ok == bool(possible)
        if rep.ok:
            replaced += 1
            assert leaving not in rep.panel and rep.replacements[leaving] in possible
            assert_panel_meets_quotas(rep.panel, pool, quotas, k)
            again = find_replacement(pool, quotas, result.panel, leaving, seed="replacement 1")
            assert again.replacements == rep.replacements  # a public seed makes it reproducible
        else:
            assert rep.diagnosis is not None and rep.diagnosis.conflicting
    assert replaced > 0
    two = find_replacement(pool, quotas, result.panel, result.panel[:2], seed="x")
    if two.ok:
        assert_panel_meets_quotas(two.panel, pool, quotas, k)


def test_replacement_says_which_quota_cannot_be_kept():
    people = [Person("a", {"g": "x"}), Person("b", {"g": "y"}), Person("c", {"g": "y"}), Person("d", {"g": "y"})]
    pool = Pool(people)
    quotas = Quotas([Quota("g", "x", 1, 1), Quota("g", "y", 1, 1)])
    rep = find_replacement(pool, quotas, ["a", "b"], "a")
    assert not rep.ok
    assert rep.diagnosis is not None and ("g", "x") in rep.diagnosis.conflicting
    assert "g=x" in rep.explain()
