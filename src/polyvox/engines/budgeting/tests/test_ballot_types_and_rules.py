"""Every ballot counted as cast (points and ranks), rules refused where they are not defined, every pabulib
rule value understood, and `polyvox budget check` on the synthetic rule files and the real ones."""

from __future__ import annotations

import json
import random
from fractions import Fraction
from pathlib import Path

import pytest

from .data import pabulib_dir  # noqa: F401  (fixture)

from polyvox.engines.budgeting import (
    Ballot, BallotTypeNotSupported, Election, Project, RuleNotUnderstood, count, read_pabulib, rule_from_meta,
)
from polyvox.engines.budgeting.check import check_file
from polyvox.engines.budgeting.cli import main
from polyvox.engines.budgeting.rules.mes_cardinal import _run
from polyvox.engines.budgeting.rules.profile import build_profile

RULE_FILES = Path(__file__).parent / "rules_pb"
CARDINAL_EXPECTED = sorted((Path(__file__).parent / "expected" / "cardinal").glob("*.json"))

VERDICTS = {
    "cumulative_greedy.pb": "reproduced",
    "equalshares.pb": "reproduced",
    "equalshares_add1.pb": "reproduced",
    "equalshares_add1_comparison.pb": "reproduced",
    "equalshares_comparison.pb": "reproduced",
    "greedy_custom_other.pb": "not_checked",
    "greedy_custom_poznan.pb": "reproduced",
    "greedy_differs.pb": "differs",
    "greedy_exclusive.pb": "not_checked",
    "greedy_no_skip.pb": "reproduced",
    "greedy_threshold.pb": "reproduced",
    "greedy_votes_column.pb": "reproduced",
    "ordinal_greedy.pb": "reproduced",
    "unknown.pb": "not_checked",
}


def test_every_rule_file_is_listed():
    assert sorted(p.name for p in RULE_FILES.glob("*.pb")) == sorted(VERDICTS)


@pytest.mark.parametrize("name", sorted(VERDICTS))
def test_check_verdict_on_each_rule_variant(name):
    line = check_file(RULE_FILES / name)
    assert line.status == VERDICTS[name], line.to_text()


def test_each_rule_variant_counts_differently_from_plain_greedy():
    """The synthetic files are built so that the variant matters: plain greedy would not reproduce them."""
    for name in ("greedy_threshold.pb", "greedy_no_skip.pb", "greedy_custom_poznan.pb", "equalshares_add1.pb",
                 "equalshares_add1_comparison.pb", "cumulative_greedy.pb", "ordinal_greedy.pb"):
        election = read_pabulib(RULE_FILES / name)
        recorded = sorted(pid for pid, p in election.projects.items() if p.extra["selected"] == "1")
        assert sorted(count(election, rule="auto").selected) == recorded, name
        if name.startswith("equalshares_add1_"):
            assert sorted(count(election, rule="auto", comparison=False).selected) != recorded
        else:
            plain = count(election, rule="greedy", skip=True, threshold=None)
            by_votes = count(election, rule="greedy", utilities=None) if election.is_approval else None
            assert sorted(plain.selected) != recorded or (by_votes and sorted(by_votes.selected) != recorded) \
                or name.startswith(("cumulative", "ordinal")), name
    votes_only = read_pabulib(RULE_FILES / "cumulative_greedy.pb")
    approval_view = Election(meta={}, projects=votes_only.projects, budget=votes_only.budget,
                             ballots=[Ballot(b.voter_id, b.projects) for b in votes_only.ballots])
    assert sorted(count(approval_view, rule="greedy").selected) == ["b", "c"]  # by votes; the points say a, c


def test_first_difference_names_the_project_and_why():
    line = check_file(RULE_FILES / "greedy_differs.pb")
    assert "first difference: project b" in line.difference
    assert "the count funds it, the file does not" in line.difference and "400 left" in line.difference


def test_votes_column_reproduction_says_so():
    line = check_file(RULE_FILES / "greedy_votes_column.pb")
    assert any("from the file's votes column" in n and "first: c, column 4, ballots 1" in n for n in line.notes)


@pytest.mark.parametrize("value,rule,extra", [
    ("greedy", "greedy", {"skip": True, "threshold": None}),
    ("greedy-no-skip", "greedy", {"skip": False}),
    ("equalshares", "mes", {"completion": "none", "comparison": False}),
    ("equalshares/add1", "mes", {"completion": "add1", "comparison": False}),
    ("equalshares/add1-comparison", "mes", {"completion": "add1", "comparison": True}),
    ("equalshares-comparison", "mes", {"completion": "none", "comparison": True}),
    ("Equal_Shares/Add1U", "mes", {"completion": "add1u"}),
])
def test_rule_values(value, rule, extra):
    choice = rule_from_meta({"rule": value})
    assert choice.rule == rule and not choice.closest
    for key, expected in extra.items():
        assert getattr(choice, key) == expected, key


def test_threshold_rules():
    choice = rule_from_meta({"rule": "greedy-threshold", "min_project_score_threshold": "300"})
    assert choice.rule == "greedy" and choice.threshold == 300
    assert rule_from_meta({"rule": "greedy", "min_project_score_threshold": "12"}).threshold == 12
    with pytest.raises(RuleNotUnderstood, match="min_project_score_threshold"):
        rule_from_meta({"rule": "greedy-threshold"})


@pytest.mark.parametrize("value,words", [
    ("unknown", "does not know"), ("", "does not know"), ("greedy-exclusive", "exclude"),
    ("greedy-custom", "own variant"), ("lottery", "not a rule known"),
])
def test_unknowable_rules_are_said_and_counted_with_the_closest_only_when_asked(value, words):
    with pytest.raises(RuleNotUnderstood, match=words):
        rule_from_meta({"rule": value})
    near = rule_from_meta({"rule": value}, closest=True)
    assert near.rule == "greedy" and near.closest and "closest defined rule" in near.note


def test_closest_in_the_json(tmp_path, capsys):
    assert main(["count", str(RULE_FILES / "unknown.pb"), "--json", "-"]) == 2
    assert main(["count", str(RULE_FILES / "unknown.pb"), "--closest", "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rule"]["closest"] is True and "closest defined rule" in data["rule"]["note"]


# --- ballot types ---------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_file", CARDINAL_EXPECTED, ids=lambda p: p.stem)
@pytest.mark.parametrize("tie_breaking", [("votes", "cost", "id"), ("id",)])
def test_mes_on_points_and_ranks_agrees_with_pabutools(expected_file, tie_breaking, pabulib_dir):
    expected = json.loads(expected_file.read_text())
    election = read_pabulib(pabulib_dir / expected["file"])
    result = count(election, rule="mes", tie_breaking=tie_breaking)
    assert result.utilities == "points"
    assert sorted(result.selected) == sorted(expected["mes"])
    if len(election.ballots) < 500:  # the ordinal file's add1 takes ~500 runs: benchmarks/budgeting.py checks it
        add1 = count(election, rule="mes", completion="add1-exhaustive", tie_breaking=tie_breaking)
        assert sorted(add1.selected) == sorted(expected["mes-add1-exhaustive"])


def test_points_change_the_mes_outcome(pabulib_dir):
    election = read_pabulib(pabulib_dir / "Switzerland_Zurich_D10.pb")
    approval_view = Election(meta={}, projects=election.projects, budget=election.budget,
                             ballots=[Ballot(b.voter_id, b.projects) for b in election.ballots])
    with_points = count(election, rule="mes", completion="add1")
    assert sorted(with_points.selected) != sorted(count(approval_view, rule="mes", completion="add1").selected)
    # by hand: voter 1 gives x 9 points and m 1, voter 2 gives c all 10; a share of 50 buys one project each.
    # As approvals x and m tie and the id order picks m; with the points voter 1's share buys x.
    projects = {"m": Project("m", 50), "x": Project("x", 50), "c": Project("c", 50)}
    ballots = [Ballot("1", ("x", "m"), (9, 1)), Ballot("2", ("c",), (10,))]
    cumulative = Election(meta={}, projects=projects, ballots=ballots, budget=100, vote_type="cumulative")
    approvals = Election(meta={}, projects=projects, ballots=[Ballot(b.voter_id, b.projects) for b in ballots], budget=100)
    assert sorted(count(cumulative, rule="mes").selected) == ["c", "x"]
    assert sorted(count(approvals, rule="mes").selected) == ["c", "m"]


def _random_cardinal(rng: random.Random, vote_type: str) -> Election:
    m = rng.randint(2, 6)
    projects = {f"p{i}": Project(f"p{i}", rng.choice([100, 200, 300, 400, 500])) for i in range(m)}
    ballots = []
    for v in range(rng.randint(1, 12)):
        chosen = rng.sample(list(projects), rng.randint(0, m))
        points = tuple(rng.choice([1, 2, 3, 5]) for _ in chosen) if vote_type != "ordinal" else None
        ballots.append(Ballot(f"v{v}", tuple(chosen), points))
    return Election(meta={}, projects=projects, ballots=ballots, budget=rng.choice([300, 600, 1000]),
                    vote_type=vote_type)


@pytest.mark.parametrize("seed", range(60))
def test_float_mes_on_points_agrees_with_the_exact_run(seed):
    rng = random.Random(seed)
    election = _random_cardinal(rng, rng.choice(["cumulative", "scoring", "ordinal"]))
    profile = build_profile(election)
    share = Fraction(election.budget, max(len(election.ballots), 1))
    exact = _run(profile, share, exact=True)
    result = count(election, rule="mes")
    assert [profile.project_ids[c] for c in exact.selected] == result.selected
    assert result.total_cost <= election.budget


@pytest.mark.parametrize("vote_type,kwargs,code", [
    ("cumulative", dict(rule="phragmen"), "phragmen"),
    ("ordinal", dict(rule="phragmen"), "phragmen"),
    ("cumulative", dict(rule="mes", utilities="cost"), "utilities"),
    ("scoring", dict(rule="mes", utilities="approval"), "utilities"),
    ("ordinal", dict(rule="mes", comparison=True), "comparison"),
    ("approval", dict(rule="mes", utilities="points"), "points_utilities"),
])
def test_rules_not_defined_for_a_ballot_type_are_refused(vote_type, kwargs, code):
    election = _random_cardinal(random.Random(1), "cumulative" if vote_type != "ordinal" else "ordinal")
    election.vote_type = vote_type
    if vote_type == "approval":
        for b in election.ballots:
            b.points = None
    with pytest.raises(BallotTypeNotSupported) as info:
        count(election, **kwargs)
    assert info.value.code == code and str(info.value)


def test_the_command_line_refuses_phragmen_on_points(pabulib_dir, capsys):
    assert main(["count", str(pabulib_dir / "Switzerland_Zurich_D10.pb"), "--rule", "phragmen"]) == 2
    assert "approval ballots only" in capsys.readouterr().err


def test_ordinal_points_column_is_the_files_scoring():
    text = ("META\nkey;value\nbudget;1000\nvote_type;ordinal\nrule;greedy\nPROJECTS\nproject_id;cost\n"
            "a;500\nb;500\nc;500\nVOTES\nvoter_id;vote;points\n1;a,b;4,3\n2;c,b;4,3\n3;b,a;4,1\n")
    election = read_pabulib(text)
    assert election.ordinal_scoring == "points"
    assert election.scores() == {"a": 5, "b": 10, "c": 4}
    assert sorted(count(election, rule="greedy").selected) == ["a", "b"]


def test_unknown_ordinal_scoring_is_refused():
    text = ("META\nkey;value\nbudget;1000\nvote_type;ordinal\nrule;greedy\nscoring_fn;dowdall\nPROJECTS\n"
            "project_id;cost\na;500\nb;500\nVOTES\nvoter_id;vote\n1;a,b\n")
    with pytest.raises(BallotTypeNotSupported, match="dowdall"):
        count(read_pabulib(text), rule="auto")


def test_check_on_the_real_files(pabulib_dir, capsys):
    names = sorted(p.name for p in pabulib_dir.glob("*.pb"))
    assert main(["check", *(str(pabulib_dir / n) for n in names)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 5
    by_file = {line.split(":")[0]: line for line in out}
    for name in ("Netherlands_Assen_2024.pb", "Poland_Swiecie_2023.pb", "Poland_Warszawa_2023_Mokotow.pb"):
        assert ": reproduced" in by_file[name]
    assert "not checked" in by_file["Switzerland_Zurich_D10.pb"]
    assert "'unknown'" in by_file["Switzerland_Zurich_D10.pb"]


def test_check_reads_a_whole_folder(capsys):
    assert main(["check", str(RULE_FILES)]) == 1  # greedy_differs.pb is not reproduced
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(VERDICTS) and sum("NOT reproduced" in line for line in out) == 1


def test_check_reproduces_more_real_files():
    folder = Path(__file__).parent / "pabulib_more"
    lines = [check_file(path) for path in sorted(folder.glob("*.pb"))]
    assert lines and all(line.status == "reproduced" for line in lines), [line.to_text() for line in lines]
