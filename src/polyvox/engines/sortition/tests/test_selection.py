"""LEXIMIN and the other methods on the published instances: quotas met, sums right, published figures."""

from __future__ import annotations

from collections import Counter

import pytest

from polyvox.engines.sortition import select_panel

from .reference_figures import FIXTURE_MAXIMIN_MIN_PROBABILITY


def assert_panel_meets_quotas(panel, pool, quotas, k):
    assert len(panel) == k
    assert len(set(panel)) == k
    for q in quotas:
        n = sum(1 for pid in panel if pool.get(pid).features[q.feature] == q.value)
        assert q.min <= n <= q.max, (q, n)


def assert_valid_result(result, pool, quotas, k):
    assert abs(sum(result.panel_probabilities) - 1) < 1e-9
    assert abs(sum(result.probabilities.values()) - k) < 1e-6
    for panel in result.panels:
        assert_panel_meets_quotas(panel, pool, quotas, k)
    marginals = Counter()
    for panel, p in zip(result.panels, result.panel_probabilities):
        for pid in panel:
            marginals[pid] += p
    for pid, p in result.probabilities.items():
        assert abs(marginals[pid] - p) < 1e-7
    assert result.lottery.size == 1000
    for panel in result.lottery.panels:
        assert_panel_meets_quotas(panel, pool, quotas, k)
    counts = Counter(pid for panel in result.lottery.panels for pid in panel)
    for pid, p in result.probabilities.items():
        assert p - counts[pid] / 1000 <= result.lottery.max_loss + 1e-12


@pytest.mark.parametrize("name", ["example_small_20", "example_large_200"])
def test_leximin_matches_the_published_minimum(examples, name):
    pool, quotas, k = examples[name]
    result = select_panel(pool, quotas, k)
    assert result.method == "leximin"
    assert abs(result.min_probability - 0.100) < 1e-6
    assert_valid_result(result, pool, quotas, k)


def test_leximin_on_the_fixture_beats_the_reference_maximin(examples):
    pool, quotas, k = examples["sortition_algorithms_fixture"]
    result = select_panel(pool, quotas, k)
    assert_valid_result(result, pool, quotas, k)
    assert result.min_probability >= FIXTURE_MAXIMIN_MIN_PROBABILITY - 1e-9
    # the certificate: duals of unfixed people sum to 1 at each stage, and each stage is at least the previous
    values = [stage.value for stage in result.certificate]
    assert values == sorted(values)
    assert abs(values[0] - result.min_probability) < 1e-7
    first = result.certificate[0]
    assert abs(sum(first.duals.values()) - 1) < 1e-6
    # no panel of the lottery has dual weight above mu (weak duality for the panels we know)
    for panel in result.panels:
        assert sum(first.duals.get(pid, 0.0) for pid in panel) <= first.mu + 1e-7


def test_leximin_is_lexicographically_no_worse_than_maximin(examples):
    pool, quotas, k = examples["sortition_algorithms_fixture"]
    lex = sorted(select_panel(pool, quotas, k).probabilities.values())
    mx = select_panel(pool, quotas, k, method="maximin")
    assert_valid_result(mx, pool, quotas, k)
    assert abs(lex[0] - mx.min_probability) < 1e-7


def test_nash_and_legacy_give_valid_lotteries(examples):
    pool, quotas, k = examples["example_small_20"]
    nash = select_panel(pool, quotas, k, method="nash")
    assert_valid_result(nash, pool, quotas, k)
    legacy = select_panel(pool, quotas, k, method="legacy", legacy_runs=40)
    assert abs(sum(legacy.probabilities.values()) - k) < 1e-9
    for panel in legacy.lottery.panels:
        assert_panel_meets_quotas(panel, pool, quotas, k)


def test_json_has_the_documented_keys(examples):
    pool, quotas, k = examples["example_small_20"]
    data = select_panel(pool, quotas, k, seed="Lotto 2025").to_json()
    for key in ("method", "panel_size", "min_probability", "max_probability", "gini", "probabilities",
                "panels", "panel_probabilities", "lottery_panels", "seed", "panel", "leximin_certificate"):
        assert key in data
    assert len(data["lottery_panels"]) == 1000


def test_the_leximin_certificate_checks_out_and_catches_a_forgery(examples, tmp_path):
    import copy
    import json

    from polyvox.engines.sortition import check_certificate
    from polyvox.engines.sortition.cli import main

    pool, quotas, k = examples["sortition_algorithms_fixture"]
    published = select_panel(pool, quotas, k, seed="cert").to_json()
    report = check_certificate(published)
    assert report.ok, report.problems
    # a bound lowered by 0.01: some panel now weighs more than mu, and the value no longer follows
    forged = copy.deepcopy(published)
    forged["leximin_certificate"][0]["mu"] -= 0.01
    assert not check_certificate(forged).ok
    # all the weight on one person: the others the stage fixes are no longer proven fixed
    forged = copy.deepcopy(published)
    first = forged["leximin_certificate"][0]
    someone = next(iter(first["duals"]))
    first["duals"] = {someone: 1.0}
    assert any(p.startswith("(d)") for p in check_certificate(forged).problems)
    # a probability below the stage's value is caught
    forged = copy.deepcopy(published)
    forged["probabilities"][someone] -= 0.01
    assert not check_certificate(forged).ok
    # from the command line: exit code 0, then 1 for the forgery
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(published))
    bad.write_text(json.dumps(forged))
    assert main(["verify", "--json", str(good), "--seed", "cert", "--optimality"]) == 0
    assert main(["verify", "--json", str(bad), "--seed", "cert", "--optimality"]) == 1


def test_the_certificate_accounts_for_people_no_panel_can_hold():
    from polyvox.engines.sortition import Person, Pool, Quota, Quotas, check_certificate

    people = [Person("1", {"a": "x", "c": "in"}), Person("2", {"a": "y", "c": "in"}),
              Person("3", {"a": "x", "c": "in"}), Person("4", {"a": "y", "c": "out"})]
    quotas = Quotas([Quota("a", "x", 1, 1), Quota("a", "y", 1, 1), Quota("c", "in", 2, 2), Quota("c", "out", 0, 0)])
    published = select_panel(Pool(people), quotas, 2).to_json()
    assert published["probabilities"]["4"] == 0
    report = check_certificate(published)
    assert report.ok, report.problems
    assert any("probability 0" in c for c in report.checks)
    # claiming that someone a panel could hold is never selected is caught
    published["probabilities"]["2"], published["probabilities"]["4"] = 0.0, 1.0
    assert not check_certificate(published).ok
