"""The transparent draw: same seed same panel, verification without a solver, tampering detected."""

from __future__ import annotations

import copy
from collections import Counter
import hashlib
import json

import pytest

from polyvox.engines.sortition import apply_seed, select_panel, verify_draw
from polyvox.engines.sortition.cli import main


@pytest.fixture(scope="module")
def published(examples):
    pool, quotas, k = examples["sortition_algorithms_fixture"]
    return select_panel(pool, quotas, k, seed="EuroMillions 2025-06-13: 3 14 25 36 47 + 2 9")


def test_the_seed_picks_the_documented_panel(published):
    seed = published.seed
    index = int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16) % 1000
    assert published.panel_index == index
    assert published.panel == published.lottery.panels[index]


def test_same_seed_same_panel(examples, published):
    pool, quotas, k = examples["sortition_algorithms_fixture"]
    again = select_panel(pool, quotas, k, seed=published.seed)
    assert again.panel == published.panel
    other = apply_seed(copy.deepcopy(published), "another seed")
    assert other.panel_index != published.panel_index or other.panel == published.panel


def test_verify_accepts_the_published_draw(published):
    data = json.loads(json.dumps(published.to_json()))
    report = verify_draw(data, published.seed)
    assert report.ok, report.problems
    assert report.panel == published.panel


def test_verify_detects_tampering(published):
    data = json.loads(json.dumps(published.to_json()))
    assert not verify_draw(data, published.seed + " ").ok  # wrong seed
    swapped = copy.deepcopy(data)
    outsider = next(pid for pid in swapped["people"] if pid not in swapped["panel"])
    swapped["panel"][0] = outsider
    assert not verify_draw(swapped, published.seed).ok  # a member swapped
    changed = copy.deepcopy(data)
    changed["lottery_panels"][published.panel_index] = list(swapped["panel"])
    changed["panel"] = list(swapped["panel"])
    report = verify_draw(changed, published.seed)
    assert not report.ok  # the list no longer matches its digest (and likely the quotas)
    biased = copy.deepcopy(data)
    biased["probabilities"][outsider] += 0.05
    assert not verify_draw(biased, published.seed).ok


def test_cli_select_then_verify(tmp_path, capsys):
    from .conftest import SORTITION

    out = tmp_path / "draw.json"
    d = SORTITION / "example_small_20"
    code = main(["select", "--people", str(d / "respondents.csv"), "--quotas", str(d / "categories.csv"),
                 "--panel-size", "20", "--seed", "hello", "--json", str(out), "--quiet"])
    assert code == 0
    text = capsys.readouterr().out
    assert "min probability   0.100000" in text
    assert main(["verify", "--json", str(out), "--seed", "hello"]) == 0
    assert main(["verify", "--json", str(out), "--seed", "goodbye"]) == 1


def _changed_with_digest_recomputed(data, published):
    """The rounded lottery changed (one panel replaced by another quota-meeting one) and its digest redone."""
    from polyvox.engines.sortition import lottery_digest

    changed = copy.deepcopy(data)
    lottery = changed["lottery_panels"]
    other = next(p for p in lottery if sorted(p) != sorted(lottery[published.panel_index]))
    lottery[published.panel_index] = list(other)
    changed["panel"] = list(other)
    changed["lottery_digest"] = lottery_digest(lottery)
    counts = Counter(i for p in lottery for i in p)
    changed["lottery_probabilities"] = {i: counts.get(i, 0) / len(lottery) for i in changed["people"]}
    return changed


def test_a_rounded_lottery_changed_with_its_digest_recomputed_is_not_the_one_announced(published, tmp_path):
    data = json.loads(json.dumps(published.to_json()))
    announced = data["lottery_digest"]
    report = verify_draw(data, published.seed, announced_digest=announced)
    assert report.ok, report.problems
    assert any("the one announced" in c for c in report.checks)
    changed = _changed_with_digest_recomputed(data, published)
    alone = verify_draw(changed, published.seed)  # the file alone: caught only if a deviation now exceeds the bound
    assert all("digest" not in p for p in alone.problems)
    report = verify_draw(changed, published.seed, announced_digest=announced)
    assert not report.ok
    assert any("not the one announced" in p for p in report.problems)
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(changed))
    assert main(["verify", "--json", str(path), "--seed", published.seed, "--announced-digest", announced]) == 1
    good = tmp_path / "good.json"
    good.write_text(json.dumps(data))
    assert main(["verify", "--json", str(good), "--seed", published.seed, "--announced-digest", announced]) == 0


def test_every_rounding_deviation_is_checked_against_the_stated_bound(published):
    data = json.loads(json.dumps(published.to_json()))
    # many panels replaced by one: its members' share of the M panels rises far beyond the bound
    changed = copy.deepcopy(data)
    first = changed["lottery_panels"][0]
    for j in range(0, len(changed["lottery_panels"]), 3):
        changed["lottery_panels"][j] = list(first)
    report = verify_draw(changed, published.seed)
    assert not report.ok
    assert any("deviate by more than the stated bound" in p for p in report.problems)
    # a bound stated smaller than the real deviation
    understated = copy.deepcopy(data)
    understated["lottery_max_deviation"] = data["lottery_max_deviation"] / 10
    if data["lottery_max_deviation"] > 1e-8:
        assert not verify_draw(understated, published.seed).ok
    missing = copy.deepcopy(data)
    del missing["lottery_max_deviation"]
    assert "no bound" in " ".join(verify_draw(missing, published.seed).problems)


def test_a_malformed_file_is_refused_without_a_crash(published):
    data = json.loads(json.dumps(published.to_json()))
    for change in (lambda d: d.update(lottery_panels=[[1, 2]]), lambda d: d.update(probabilities={"x": "high"}),
                   lambda d: d.update(quotas=[{"feature": "a"}]), lambda d: d.update(panel=5)):
        broken = copy.deepcopy(data)
        change(broken)
        assert not verify_draw(broken, published.seed).ok
    assert not verify_draw([], published.seed).ok
