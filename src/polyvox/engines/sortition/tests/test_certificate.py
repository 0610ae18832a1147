"""The LEXIMIN proof: the engine agrees with a brute-force LEXIMIN on 200 seeded random pools, its
certificates check out with the checker's own oracle, and forged certificates and lotteries are refused,
each with the condition that fails."""

from __future__ import annotations

import copy
import json
import math

import pytest

from polyvox.engines.sortition import check_certificate, select_panel
from polyvox.engines.sortition.certificate import heaviest_panel
from polyvox.engines.sortition.tests.bruteforce import feasible_panels, leximin_by_enumeration, random_pool

POOLS = range(200)


def test_the_engine_is_leximin_on_200_random_pools_and_its_certificates_check_out():
    """Pools of 6-14 people: the engine's probabilities equal the brute-force LEXIMIN within 1e-6."""
    failures = []
    sizes = set()
    for seed in POOLS:
        instance = random_pool(seed)
        sizes.add(len(instance.pool))
        reference = leximin_by_enumeration(instance.pool, instance.quotas, instance.panel_size)
        result = select_panel(instance.pool, instance.quotas, instance.panel_size)
        worst = max(abs(reference[i] - result.probabilities[i]) for i in reference)
        if worst >= 1e-6:
            failures.append((seed, "probabilities", worst))
        report = check_certificate(result.to_json())
        if not report.ok:
            failures.append((seed, "certificate", report.problems))
    assert not failures, failures[:5]
    assert min(sizes) == 6 and max(sizes) == 14


def test_the_checkers_integer_program_agrees_with_enumeration():
    """The checker's two oracles (every panel listed; its integer program) give the same heaviest panel."""
    import random

    from polyvox.engines.sortition import certificate

    rng = random.Random(5)
    for seed in range(40):
        instance = random_pool(seed)
        published = select_panel(instance.pool, instance.quotas, instance.panel_size).to_json()
        people, quotas = published["people"], published["quotas"]
        households = {p.id: p.household for p in instance.pool.people if p.household}
        weights = {i: rng.choice((0.0, rng.random())) for i in people}
        listed = [sum(weights[instance.pool.people[i].id] for i in panel)
                  for panel in feasible_panels(instance.pool, instance.quotas, instance.panel_size)]
        exact = heaviest_panel(people, quotas, instance.panel_size, households, weights)
        limit = certificate.ENUMERATION_LIMIT
        certificate.ENUMERATION_LIMIT = 0
        try:
            by_program = heaviest_panel(people, quotas, instance.panel_size, households, weights)
        finally:
            certificate.ENUMERATION_LIMIT = limit
        assert abs(exact - max(listed)) < 1e-12
        assert abs(by_program - exact) < 1e-7, seed


# -- forgeries ------------------------------------------------------------------------------------------


def _multi_stage(count: int):
    """Published JSON of random pools whose certificate has at least two stages below 1."""
    out = []
    for seed in range(400):
        instance = random_pool(seed)
        published = json.loads(json.dumps(select_panel(instance.pool, instance.quotas,
                                                       instance.panel_size).to_json()))
        below = [s for s in published["leximin_certificate"] if s["value"] < 1 - 1e-6]
        if len(below) >= 2:
            out.append((seed, instance, published))
        if len(out) == count:
            break
    return out


@pytest.fixture(scope="module")
def genuine():
    cases = _multi_stage(25)
    assert len(cases) == 25
    for _, _, published in cases:
        assert check_certificate(published).ok
    return cases


def _refused(published, condition: str) -> str:
    report = check_certificate(published)
    assert not report.ok
    assert any(p.startswith(condition) or f" {condition} " in f" {p} " for p in report.problems), report.problems
    return report.problems[0]


def test_a_person_with_weight_zero_listed_as_fixed_is_refused(genuine):
    """The issue's forgery: a stage names as fixed someone whose weight at that stage is 0."""
    for _, _, published in genuine:
        forged = copy.deepcopy(published)
        stages = forged["leximin_certificate"]
        first, later = stages[0], next(s for s in stages[1:] if s["fixed_now"])
        moved = later["fixed_now"].pop(0)
        first["fixed_now"].append(moved)
        first["duals"].pop(moved, None)
        if not later["fixed_now"]:
            stages.remove(later)
        message = _refused(forged, "(")
        assert "weight 0" in message or "(e)" in message, message


def test_a_weight_on_a_person_not_fixed_is_refused(genuine):
    refused = 0
    for _, _, published in genuine:
        forged = copy.deepcopy(published)
        stage = forged["leximin_certificate"][0]
        fixed = set(stage["fixed_now"])
        others = [i for i, p in forged["probabilities"].items()
                  if i not in fixed and p > stage["value"] + 1e-3]
        if not others:
            continue
        donor = stage["fixed_now"][0]
        shift = stage["duals"][donor] / 2
        stage["duals"][donor] -= shift
        stage["duals"][others[0]] = stage["duals"].get(others[0], 0.0) + shift
        _refused(forged, "(")
        refused += 1
    assert refused >= 10


def test_scaled_values_and_scaled_weights_are_refused(genuine):
    for _, _, published in genuine:
        forged = copy.deepcopy(published)
        for stage in forged["leximin_certificate"]:
            stage["value"] *= 0.97
            stage["mu"] *= 0.97
        _refused(forged, "(")
        forged = copy.deepcopy(published)
        stage = forged["leximin_certificate"][0]
        stage["duals"] = {i: 2 * y for i, y in stage["duals"].items()}
        stage["mu"] *= 2
        _refused(forged, "(a)")


def test_stages_swapped_are_refused(genuine):
    swapped = 0
    for _, _, published in genuine:
        forged = copy.deepcopy(published)
        stages = forged["leximin_certificate"]
        if stages[1]["value"] - stages[0]["value"] < 1e-4:
            continue  # two stages at the same value: either order is a valid proof
        swapped += 1
        stages[0], stages[1] = stages[1], stages[0]
        _refused(forged, "stage 1")  # out of order
        for number, stage in enumerate(stages, start=1):
            stage["stage"] = number  # renumbered: the values now decrease, or the weights no longer fit
        _refused(forged, "(")
    assert swapped >= 10


def _certificate_made_for(probabilities: dict[str, float]) -> list[dict]:
    """A certificate written to fit a lottery: one stage per probability level, the weight spread evenly over
    the people at that level, mu made consistent. It fits everything except the panel oracle's bound."""
    levels = sorted({round(p, 12) for p in probabilities.values() if p > 1e-9})
    stages = []
    for number, value in enumerate(levels, start=1):
        at = [i for i, p in probabilities.items() if abs(p - value) <= 1e-9]
        stages.append({"stage": number, "value": value, "mu": value,
                       "duals": {i: 1 / len(at) for i in at}, "fixed_now": at})
    return stages


def test_a_different_lottery_with_a_certificate_made_for_it_is_refused(genuine):
    for seed, instance, published in genuine:
        forged = copy.deepcopy(published)
        # the LEXIMIN lottery mixed half and half with one other quota-meeting panel
        extra = feasible_panels(instance.pool, instance.quotas, instance.panel_size)[seed % 7 % 3]
        panel = sorted(instance.pool.people[i].id for i in extra)
        forged["panels"] = forged["panels"] + [panel]
        forged["panel_probabilities"] = [w / 2 for w in forged["panel_probabilities"]] + [0.5]
        probabilities = {i: p / 2 + (0.5 if i in panel else 0.0) for i, p in forged["probabilities"].items()}
        forged["probabilities"] = probabilities
        forged["leximin_certificate"] = _certificate_made_for(probabilities)
        message = _refused(forged, "(")
        assert "(b)" in message or "(g)" in message, message
    # and the other way round: the genuine certificate does not vouch for the changed lottery
    seed, instance, published = genuine[0]
    forged = copy.deepcopy(published)
    forged["panels"] = forged["panels"][:1]
    forged["panel_probabilities"] = [1.0]
    forged["probabilities"] = {i: float(i in forged["panels"][0]) for i in forged["probabilities"]}
    _refused(forged, "(e)")


def test_probabilities_that_are_not_the_lotterys_are_refused(genuine):
    _, _, published = genuine[0]
    forged = copy.deepcopy(published)
    someone = next(iter(forged["probabilities"]))
    forged["probabilities"][someone] += 0.01
    problems = check_certificate(forged).problems
    assert problems and "'probabilities'" in problems[0]
    forged = copy.deepcopy(published)
    forged["panel_probabilities"][0] += 0.1
    assert "sum to" in check_certificate(forged).problems[0]


def test_malformed_certificates_are_refused_without_a_crash(genuine):
    _, _, published = genuine[0]
    for change in (
        lambda d: d.pop("leximin_certificate"),
        lambda d: d["leximin_certificate"][0].pop("mu"),
        lambda d: d["leximin_certificate"][0].update(value="high"),
        lambda d: d["leximin_certificate"][0].update(value=math.nan),
        lambda d: d["leximin_certificate"][0]["duals"].update({"nobody": 0.5}),
        lambda d: d.update(panel_size="7"),
        lambda d: d.update(quotas=[{"feature": "x"}]),
        lambda d: d["panels"].__setitem__(0, ["nobody"]),
    ):
        forged = copy.deepcopy(published)
        change(forged)
        report = check_certificate(forged)
        assert not report.ok and report.problems
