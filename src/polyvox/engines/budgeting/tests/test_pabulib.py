"""pabulib reading and writing: real files' quirks, malformed files, round trips for every vote type."""

from __future__ import annotations

from fractions import Fraction

import pytest

from .data import pabulib_dir  # noqa: F401  (fixture)

from polyvox.engines.budgeting import Ballot, Election, PabulibError, Project, read_pabulib, write_pabulib

QUIRKY = (
    "\ufeffMETA\r\n"
    "key;value\r\n"
    "description;Quirky; but quoted\n".replace("Quirky; but quoted", '"Quirky; but quoted"')
    + "budget;1000.50\n"
    "vote_type;approval\r\n"
    "rule;greedy\n"
    "\n"
    "PROJECTS\r\n"
    "project_id;cost;votes;name;category;selected;extra_col\n"
    'BO.OM.63/24;500;2;"Park; trees ""green""";nature,culture;1;x\r\n'
    "c2;250,5;1;Bench;;0;none\n"
    "VOTES\n"
    "voter_id;vote;age;sex\r\n"
    "v1;BO.OM.63/24,c2;34;F\n"
    "v2;;51;M\r\n"
    "v3;BO.OM.63/24;;\n"
)


def test_quirks_are_accepted():
    e = read_pabulib(QUIRKY)
    assert e.meta["description"] == "Quirky; but quoted"
    assert e.budget == Fraction("1000.50")
    assert list(e.projects) == ["BO.OM.63/24", "c2"]
    park = e.projects["BO.OM.63/24"]
    assert park.name == 'Park; trees "green"'
    assert park.category == ("nature", "culture")
    assert park.extra["extra_col"] == "x" and park.extra["selected"] == "1"
    assert e.projects["c2"].cost == Fraction("250.5")
    assert e.projects["c2"].extra["extra_col"] == ""
    assert [b.projects for b in e.ballots] == [("BO.OM.63/24", "c2"), (), ("BO.OM.63/24",)]
    assert e.ballots[1].is_empty and e.ballots[0].extra == {"age": "34", "sex": "F"}
    assert e.votes() == {"BO.OM.63/24": 2, "c2": 1}


def test_read_from_bytes_and_path(tmp_path):
    path = tmp_path / "x.pb"
    path.write_bytes(QUIRKY.encode("utf-8"))
    assert read_pabulib(path) == read_pabulib(QUIRKY.encode("utf-8")) == read_pabulib(str(path))


MALFORMED = [
    ("PROJECTS\nproject_id;cost\n", 1, "META"),
    ("hello;world\n", 1, "section title"),
    (QUIRKY.replace("c2;250,5", "c2;lots"), 11, "cost"),
    (QUIRKY.replace("v3;BO.OM.63/24;;", "v3;c9;;"), 16, "unknown project 'c9'"),
    (QUIRKY.replace("v2;;51;M", "v1;c2;51;M"), 15, "votes twice"),
    (QUIRKY.replace("budget;1000.50", "budget;much"), 4, "budget"),
    (QUIRKY.replace("v3;BO.OM.63/24;;", "v3;BO.OM.63/24;;;x"), 16, "fields"),
    (QUIRKY.replace("VOTES\n", ""), 12, "cost 'vote'"),
    (QUIRKY.replace("vote_type;approval", "vote_type;plurality"), 5, "vote_type"),
    (QUIRKY.split("VOTES")[0], None, "VOTES"),
]


@pytest.mark.parametrize("text,line,words", MALFORMED)
def test_malformed_files_name_the_line_and_problem(text, line, words):
    with pytest.raises(PabulibError) as info:
        read_pabulib(text)
    if line is not None:
        assert info.value.line == line, info.value
    assert words.lower() in info.value.message.lower()
    assert str(info.value).startswith(f"line {info.value.line}:")


def test_points_must_match_projects():
    text = "META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\na;5\nb;5\nVOTES\nvoter_id;vote;points\n1;a,b;3\n"
    with pytest.raises(PabulibError) as info:
        read_pabulib(text)
    assert info.value.line == 11 and "points" in info.value.message


def _election(vote_type: str) -> Election:
    projects = {
        "p1": Project("p1", 100, name="Trees; more", category=("green",), extra={"votes": "2"}),
        "p2": Project("p2", Fraction("50.25"), name='A "quoted" bench', district="Nord"),
        "p3": Project("p3", 70),
    }
    if vote_type in ("cumulative", "scoring"):
        ballots = [
            Ballot("a", ("p1", "p3"), (Fraction(3), Fraction(1)), {"age": "30"}),
            Ballot("b", ("p2",), (Fraction("2.5"),), {"age": ""}),
            Ballot("c", (), (), {"age": "71"}),
        ]
    elif vote_type == "choose-1":
        ballots = [Ballot("a", ("p1",), extra={"age": "30"}), Ballot("b", (), extra={"age": ""})]
    else:
        ballots = [Ballot("a", ("p3", "p1"), extra={"age": "30"}), Ballot("b", ("p2",), extra={"age": ""}), Ballot("c", ())]
    meta = {"description": "round trip", "rule": "unknown"}
    return Election(meta=meta, projects=projects, ballots=ballots, budget=Fraction("180.5"), vote_type=vote_type)


@pytest.mark.parametrize("vote_type", ["approval", "choose-1", "ordinal", "cumulative", "scoring"])
def test_round_trip_every_vote_type(vote_type):
    original = _election(vote_type)
    text = write_pabulib(original)
    again = read_pabulib(text)
    assert again.vote_type == vote_type
    assert again.budget == original.budget
    assert list(again.projects) == list(original.projects)
    for pid, p in original.projects.items():
        q = again.projects[pid]
        assert (q.cost, q.name, q.category, q.district) == (p.cost, p.name, p.category, p.district)
        assert q.extra.get("votes", "") == p.extra.get("votes", "")
    for b, c in zip(original.ballots, again.ballots):
        assert (c.voter_id, c.projects, c.points) == (b.voter_id, b.projects, b.points)
        assert c.extra.get("age", "") == b.extra.get("age", "")
    assert write_pabulib(again) == text


def test_real_files_round_trip(pabulib_dir):
    for path in sorted(pabulib_dir.glob("*.pb")):
        election = read_pabulib(path)
        assert len(election.ballots) == int(election.meta["num_votes"])
        assert len(election.projects) == int(election.meta["num_projects"])
        again = read_pabulib(write_pabulib(election))
        assert again.projects == election.projects
        assert again.ballots == election.ballots
        assert again.meta == election.meta


def test_scores_of_cumulative_and_ordinal_files_match_their_score_column(pabulib_dir):
    for path in sorted(pabulib_dir.glob("*.pb")):
        election = read_pabulib(path)
        votes, scores = election.votes(), election.scores()
        for pid, project in election.projects.items():
            if project.extra.get("votes"):
                assert votes[pid] == int(project.extra["votes"]), (path.name, pid)
            if project.extra.get("score"):
                assert scores[pid] == Fraction(project.extra["score"]), (path.name, pid)
