"""The transparent draw: same seed same panel, verification without a solver, tampering detected."""

from __future__ import annotations

import copy
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
