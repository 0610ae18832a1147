"""The election model of a participatory budget: its metadata, its projects and its ballots.

Pure data (dataclasses); no rule and no file format lives here. Costs, the budget and points are
exact numbers (`fractions.Fraction`, integers in practice), so that counts never depend on
floating-point rounding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

VOTE_TYPES = ("approval", "choose-1", "ordinal", "cumulative", "scoring")
"""The pabulib vote types. `choose-1` is an approval ballot with at most one project."""


@dataclass(frozen=True)
class ReadWarning:
    """A quirk of a file that was read anyway: the 1-based line where it was first seen, and what."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"

    def to_json(self) -> dict:
        return {"line": self.line, "message": self.message}


@dataclass
class Project:
    """One project on the ballot: its id (a string, as in pabulib), its cost and what else is known."""

    id: str
    cost: Fraction
    name: str = ""
    category: tuple[str, ...] = ()
    district: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    """Every other column of the file (votes, score, selected, latitude, ...), as written there."""

    def __post_init__(self) -> None:
        self.id = str(self.id)
        self.cost = Fraction(self.cost)


@dataclass
class Ballot:
    """One voter's ballot.

    `projects` lists the project ids the voter named: the approved projects (approval, choose-1),
    the ranking from most to least preferred (ordinal), or the projects given points (cumulative,
    scoring), in the order of the file. `points`, for cumulative and scoring ballots, gives the points
    of each project of `projects`, in the same order.
    """

    voter_id: str
    projects: tuple[str, ...] = ()
    points: tuple[Fraction, ...] | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.voter_id = str(self.voter_id)
        self.projects = tuple(str(p) for p in self.projects)
        if self.points is not None:
            self.points = tuple(Fraction(x) for x in self.points)

    @property
    def is_empty(self) -> bool:
        return not self.projects

    def scores(self, vote_type: str, ordinal_length: int | None = None) -> dict[str, Fraction]:
        """The score this ballot gives each project it names.

        approval / choose-1: 1 per approved project; cumulative / scoring: the points; ordinal:
        the points the file gives each rank when it has a points column, else Borda, the first of
        `ordinal_length` places (default: the ballot's length) scoring `ordinal_length`, the next
        one less, and so on.
        """
        if vote_type in ("cumulative", "scoring") or (vote_type == "ordinal" and self.points is not None):
            pts = self.points or ()
            return {p: Fraction(x) for p, x in zip(self.projects, pts)}
        if vote_type == "ordinal":
            top = ordinal_length if ordinal_length is not None else len(self.projects)
            return {p: Fraction(top - rank) for rank, p in enumerate(self.projects)}
        return {p: Fraction(1) for p in self.projects}


@dataclass
class Election:
    """A participatory-budgeting election, as in a pabulib file.

    `meta` keeps every META key as written (strings); `budget` and `vote_type` are its parsed values.
    `projects` keeps the file's order. `project_columns` / `vote_columns` remember the extra columns'
    order for writing the file back.
    """

    meta: dict[str, str]
    projects: dict[str, Project]
    ballots: list[Ballot]
    budget: Fraction
    vote_type: str = "approval"
    project_columns: list[str] = field(default_factory=list)
    vote_columns: list[str] = field(default_factory=list)
    warnings: list[ReadWarning] = field(default_factory=list, compare=False)
    """Quirks met while reading the file (see `pabulib.read_pabulib`)."""

    def __post_init__(self) -> None:
        self.budget = Fraction(self.budget)
        if self.vote_type not in VOTE_TYPES:
            raise ValueError(f"unknown vote type {self.vote_type!r}; expected one of {', '.join(VOTE_TYPES)}")

    @property
    def project_ids(self) -> list[str]:
        return list(self.projects)

    @property
    def num_voters(self) -> int:
        return len(self.ballots)

    @property
    def is_approval(self) -> bool:
        return self.vote_type in ("approval", "choose-1")

    @property
    def ordinal_length(self) -> int:
        """Places scored by Borda on ordinal ballots: META `max_length`, else the longest ballot."""
        value = self.meta.get("max_length")
        if value:
            try:
                return int(value)
            except ValueError:
                pass
        return max((len(b.projects) for b in self.ballots), default=0)

    def votes(self) -> dict[str, int]:
        """Number of ballots naming each project (approvals, or ballots ranking / giving it points)."""
        counts = {pid: 0 for pid in self.projects}
        for ballot in self.ballots:
            for pid, pts in _named(ballot):
                if pts != 0:
                    counts[pid] += 1
        return counts

    @property
    def default_score(self) -> Fraction:
        """Scoring ballots: the points of a project a ballot does not list (META `default_score`, 0)."""
        if self.vote_type != "scoring":
            return Fraction(0)
        value = (self.meta.get("default_score") or "").strip()
        try:
            return Fraction(value.replace(",", ".")) if value and value.lower() != "none" else Fraction(0)
        except (ValueError, ZeroDivisionError):
            return Fraction(0)

    @property
    def ordinal_scoring(self) -> str:
        """How ordinal ballots score: ``points`` (the file's points column), else META `scoring_fn`
        (``borda``, the default); '' for other vote types."""
        if self.vote_type != "ordinal":
            return ""
        if any(b.points is not None for b in self.ballots):
            return "points"
        return (self.meta.get("scoring_fn") or "borda").strip().lower() or "borda"

    def ballot_scores(self):
        """Each ballot's score for every project it gives one to (see `Ballot.scores`), with
        scoring ballots' `default_score` for the projects they do not list."""
        length = self.ordinal_length if self.vote_type == "ordinal" else None
        default = self.default_score
        for ballot in self.ballots:
            given = ballot.scores(self.vote_type, length)
            if default:
                given = {pid: given.get(pid, default) for pid in self.projects}
            yield given

    def scores(self) -> dict[str, Fraction]:
        """Total score of each project: votes (approval), points (cumulative, scoring), Borda or the
        file's points (ordinal)."""
        totals = {pid: Fraction(0) for pid in self.projects}
        for given in self.ballot_scores():
            for pid, value in given.items():
                totals[pid] += value
        return totals

    def supporters(self) -> list[frozenset[str]]:
        """Each ballot as the set of projects it supports (named with a positive score)."""
        length = self.ordinal_length if self.vote_type == "ordinal" else None
        return [
            frozenset(pid for pid, v in b.scores(self.vote_type, length).items() if v > 0) for b in self.ballots
        ]


def _named(ballot: Ballot):
    if ballot.points is None:
        return ((p, 1) for p in ballot.projects)
    return zip(ballot.projects, ballot.points)
