"""Real files' quirks are read with warnings (never refused); hostile numbers are refused quickly, with the
line and the bound; a fuzz test over the parser (it parses or raises `PabulibError`, nothing else)."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polyvox.engines.budgeting import PabulibError, count, read_pabulib
from polyvox.engines.budgeting.cli import main

CLEAN = (
    "META\nkey;value\nbudget;1000\nvote_type;approval\nrule;greedy\n"
    "PROJECTS\nproject_id;cost;name\np1;600;Park\np2;300;Bench\np3;200;Trees\n"
    "VOTES\nvoter_id;vote\nv1;p1,p2\nv2;p1\nv3;p2,p3\n"
)


def test_a_clean_file_has_no_warning():
    assert read_pabulib(CLEAN).warnings == []


def test_a_project_named_twice_is_counted_once_with_a_warning():
    text = CLEAN.replace("v2;p1\n", "v2;p1,p3,p1\n")
    election = read_pabulib(text)
    assert election.ballots[1].projects == ("p1", "p3")
    assert election.votes() == {"p1": 2, "p2": 2, "p3": 2}
    [warning] = election.warnings
    assert warning.line == 14 and "'p1'" in warning.message and "counted once" in warning.message


def test_points_of_a_project_named_twice_keep_the_first():
    text = (CLEAN.replace("vote_type;approval", "vote_type;cumulative\nmax_sum_points;10")
            .replace("voter_id;vote\n", "voter_id;vote;points\n")
            .replace("v1;p1,p2\n", "v1;p1,p2,p1;5,3,2\n").replace("v2;p1\n", "v2;p1;1\n")
            .replace("v3;p2,p3\n", "v3;p2,p3;4,4\n"))
    election = read_pabulib(text)
    assert election.ballots[0].projects == ("p1", "p2") and election.ballots[0].points == (5, 3)
    assert "first points kept" in election.warnings[0].message


def test_many_lines_with_the_same_quirk_make_one_warning_with_the_count():
    text = CLEAN.replace("v1;p1,p2\n", "v1;p1,p2,p2\n").replace("v3;p2,p3\n", "v3;p3,p2,p3\n")
    [warning] = read_pabulib(text).warnings
    assert warning.line == 13 and "1 more line" in warning.message


def test_bom_crlf_trailing_separators_and_a_stray_quote_are_warnings():
    text = ("\ufeff" + CLEAN.replace("\n", "\r\n")).replace("p2;300;Bench", 'p2;300;"Bench').replace(
        "v3;p2,p3", "v3;p2,p3;;")
    election = read_pabulib(text)
    assert election.projects["p2"].name == "Bench" and election.projects["p3"].name == "Trees"
    assert election.ballots[2].projects == ("p2", "p3")
    warnings = [(w.line, w.message) for w in election.warnings]
    assert [line for line, _m in warnings] == [1, 1, 9, 15]
    assert "byte-order mark" in warnings[0][1] and "CRLF" in warnings[1][1]
    assert "stray quote" in warnings[2][1] and "extra separators" in warnings[3][1]
    assert sorted(count(election, rule="greedy").selected) == ["p1", "p2"]


def test_a_quoted_field_spanning_lines_is_still_read():
    text = CLEAN.replace("p2;300;Bench", 'p2;300;"Bench\nby the river"')
    election = read_pabulib(text)
    assert election.projects["p2"].name == "Bench\nby the river" and election.warnings == []
    assert list(election.projects) == ["p1", "p2", "p3"]


def test_the_json_output_carries_the_warnings(tmp_path, capsys):
    path = tmp_path / "x.pb"
    path.write_text(CLEAN.replace("v2;p1\n", "v2;p1,p1\n"), encoding="utf-8")
    assert main(["count", str(path), "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["warnings"] == [{"line": 14, "message": "the vote of 'v2' names project 'p1' more than once: counted once"}]


@pytest.mark.parametrize("text,line,words", [
    (CLEAN.replace("budget;1000", "budget;1e100000000"), 3, "out of bounds"),
    (CLEAN.replace("budget;1000", "budget;1" + "0" * 70), 3, "out of bounds"),
    (CLEAN.replace("budget;1000", "budget;2e15"), 3, "at most 1,000,000,000,000,000"),
    (CLEAN.replace("budget;1000", "budget;-5"), 3, "negative"),
    (CLEAN.replace("p1;600", "p1;1e999999"), 8, "cost '1e999999' of project 'p1' is out of bounds"),
    (CLEAN.replace("p1;600", "p1;0.0000000000001"), 8, "decimals"),
    (CLEAN.replace("p1;600", "p1;nan"), 8, "not a number"),
    (CLEAN.replace("p1;600", "p1;inf"), 8, "not a number"),
    (CLEAN.replace("rule;greedy", "rule;greedy-threshold\nmin_project_score_threshold;1e40"), 6, "min_project_score_threshold"),
    (CLEAN.replace("rule;greedy", "rule;greedy\nmax_length;" + "9" * 5000), 6, "max_length"),
    (CLEAN.replace("vote_type;approval", "vote_type;cumulative").replace("voter_id;vote\n", "voter_id;vote;points\n")
     .replace("v1;p1,p2\n", "v1;p1,p2;1e99999,1\n").replace("v2;p1\n", "v2;p1;1\n").replace("v3;p2,p3\n", "v3;p2,p3;1,1\n"),
     13, "points"),
])
def test_hostile_numbers_are_refused_quickly_with_the_line_and_the_bound(text, line, words):
    with pytest.raises(PabulibError) as info:  # at once: the bound is checked before any big number is built
        read_pabulib(text)
    assert info.value.line == line, info.value
    assert words in info.value.message, info.value.message


def test_the_command_line_refuses_hostile_numbers_without_a_traceback(tmp_path, capsys):
    path = tmp_path / "x.pb"
    path.write_text(CLEAN.replace("p1;600", "p1;1e999999"), encoding="utf-8")
    assert main(["count", str(path)]) == 3
    err = capsys.readouterr().err
    assert "line 8" in err and "out of bounds" in err and "Traceback" not in err
    path.write_text(CLEAN, encoding="utf-8")
    assert main(["count", str(path), "--rule", "greedy", "--threshold", "1e100000000"]) == 2
    assert "threshold" in capsys.readouterr().err


def test_numbers_within_bounds_stay_exact():
    election = read_pabulib(CLEAN.replace("budget;1000", "budget;1e15").replace("p1;600", "p1;12,5"))
    assert election.budget == 10**15 and election.projects["p1"].cost == Fraction(25, 2)


# --- fuzz -----------------------------------------------------------------------------------------

_TOKENS = st.sampled_from([
    "META", "PROJECTS", "VOTES", "key;value", "budget;", "vote_type;", "approval", "cumulative", "ordinal",
    "scoring", "choose-1", "rule;", "greedy", "project_id;cost;name", "voter_id;vote;points", "voter_id;vote",
    "p1", "p2", ";", ",", '"', "\n", "\r\n", "\r", "\ufeff", "1", "0", "-3", "1e100000000", "1e999999", "12,5",
    "nan", "inf", "9" * 400, "none", " ", "v1", "v2", "max_length;", "min_project_score_threshold;", "\x00",
])


def _valid_file(draw_budget, costs, ballots) -> str:
    lines = ["META", "key;value", f"budget;{draw_budget}", "vote_type;approval", "rule;greedy", "PROJECTS",
             "project_id;cost"]
    lines += [f"p{i};{c}" for i, c in enumerate(costs)]
    lines += ["VOTES", "voter_id;vote"]
    lines += [f"v{k};" + ",".join(f"p{i}" for i in b if i < len(costs)) for k, b in enumerate(ballots)]
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TOKENS, max_size=60).map("".join))
def test_fuzz_token_soup_parses_or_raises_the_engines_error(text):
    _parse_or_refuse(text.encode("utf-8"))  # bytes: a str without a line break would be read as a path
    _parse_or_refuse(text + "\n")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    st.lists(st.text(alphabet="0123456789.,e-+ ", max_size=12), min_size=1, max_size=5),
    st.lists(st.lists(st.integers(0, 6), max_size=6), max_size=6),
    st.integers(0, 400),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=3),
)
def test_fuzz_mutated_files_parse_or_raise_the_engines_error(budget, costs, ballots, cut, insert):
    text = _valid_file(budget, costs, ballots)
    _parse_or_refuse(text[:cut] + insert + text[cut:])
    raw = text.encode("utf-8")
    _parse_or_refuse(raw[:cut] + insert.encode("utf-8", "surrogatepass") + raw[cut:])


def _parse_or_refuse(source):
    try:
        election = read_pabulib(source)
    except PabulibError:
        pass
    else:
        for rule in ("greedy", "mes"):
            try:
                count(election, rule=rule)
            except ValueError as exc:  # a rule refusing a ballot type, with its message
                assert str(exc)


def test_add1_that_would_run_for_ever_is_refused_with_the_limit(tmp_path, capsys):
    # two voters, a budget of a million: each further project needs the share raised hundreds of thousands of times
    text = ("META\nkey;value\nbudget;1000000\nvote_type;approval\nrule;equalshares/add1\nPROJECTS\nproject_id;cost\n"
            "a;100000\nb;900000\nc;950000\nVOTES\nvoter_id;vote\n1;a,b\n2;c\n")
    path = tmp_path / "x.pb"
    path.write_text(text, encoding="utf-8")
    assert main(["count", str(path)]) == 2
    assert "20,000 runs" in capsys.readouterr().err


def test_ballots_beyond_the_meta_limits_are_counted_as_cast_with_a_warning():
    text = (CLEAN.replace("vote_type;approval", "vote_type;cumulative\nmax_sum_points;5\nmax_length;1")
            .replace("voter_id;vote\n", "voter_id;vote;points\n")
            .replace("v1;p1,p2\n", "v1;p1,p2;4,3\n").replace("v2;p1\n", "v2;p1;2\n").replace("v3;p2,p3\n", "v3;p2;1\n"))
    election = read_pabulib(text)
    assert election.ballots[0].points == (4, 3)
    messages = [w.message for w in election.warnings]
    assert any("more than META max_length 1" in m for m in messages)
    assert any("gives 7 points, more than META max_sum_points 5" in m for m in messages)
