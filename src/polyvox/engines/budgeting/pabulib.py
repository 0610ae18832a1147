"""Read and write pabulib `.pb` files (META, PROJECTS, VOTES sections, `;`-separated with CSV quoting).

Accepts real files' quirks: CRLF, LF and CR line endings mixed in one file, a byte-order mark,
string project ids, extra columns, empty ballots, quoted fields holding `;`, blank lines, spaces
around values, `none` for a missing value. A malformed file raises `PabulibError`, which names the
line (1-based) and the problem.
"""

from __future__ import annotations

import csv
import io
import os
import re
from fractions import Fraction
from pathlib import Path

from .election import VOTE_TYPES, Ballot, Election, Project

SECTIONS = ("meta", "projects", "votes")
_PROJECT_KNOWN = ("project_id", "cost", "name", "category", "district")
_VOTE_KNOWN = ("voter_id", "vote", "points")


class PabulibError(ValueError):
    """A malformed pabulib file: `line` is the 1-based line number, `message` the problem."""

    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}")


def read_pabulib(source: str | os.PathLike | bytes) -> Election:
    """Parse a pabulib file given as a path, as its text, or as its bytes."""
    if isinstance(source, bytes):
        text = source.decode("utf-8-sig")
    elif isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and "\r" not in source):
        try:
            text = Path(source).read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise PabulibError(1, f"the file is not UTF-8 text ({exc.reason})") from exc
    else:
        text = str(source)
        if text.startswith("\ufeff"):
            text = text[1:]
    return _parse(text)


def write_pabulib(election: Election) -> str:
    """The election as pabulib text (LF line endings, CSV quoting where a field needs it)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    meta = dict(election.meta)
    meta["budget"] = format_number(election.budget)
    meta["vote_type"] = election.vote_type
    meta.setdefault("num_projects", str(len(election.projects)))
    meta["num_projects"] = str(len(election.projects))
    meta["num_votes"] = str(len(election.ballots))
    writer.writerow(["META"])
    writer.writerow(["key", "value"])
    for key, value in meta.items():
        writer.writerow([key, value])

    columns = _project_columns(election)
    writer.writerow(["PROJECTS"])
    writer.writerow(["project_id", "cost", *columns])
    for p in election.projects.values():
        row = [p.id, format_number(p.cost)]
        for col in columns:
            if col == "name":
                row.append(p.name)
            elif col == "category":
                row.append(",".join(p.category))
            elif col == "district":
                row.append(p.district or "")
            else:
                row.append(p.extra.get(col, ""))
        writer.writerow(row)

    has_points = election.vote_type in ("cumulative", "scoring")
    vote_columns = _vote_columns(election)
    writer.writerow(["VOTES"])
    writer.writerow(["voter_id", "vote", *(["points"] if has_points else []), *vote_columns])
    for b in election.ballots:
        row = [b.voter_id, ",".join(b.projects)]
        if has_points:
            row.append(",".join(format_number(x) for x in (b.points or ())))
        row.extend(b.extra.get(col, "") for col in vote_columns)
        writer.writerow(row)
    return out.getvalue()


def parse_number(text: str) -> Fraction:
    """An exact number from a pabulib field: `12`, `12.50`, `12,5` (decimal comma), `1e3`."""
    value = text.strip().replace(",", ".")
    if not value:
        raise ValueError("empty number")
    return Fraction(value)


def format_number(x: Fraction | int) -> str:
    """An exact number as text: an integer when whole, else a finite decimal when there is one."""
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    den = x.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        return repr(float(x))
    digits = max(twos, fives)
    scaled = x * 10**digits
    sign = "-" if scaled < 0 else ""
    whole = abs(scaled.numerator)
    s = str(whole).rjust(digits + 1, "0")
    return f"{sign}{s[:-digits]}.{s[-digits:]}"


# --- helpers -----------------------------------------------------------------------------------

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _rows(text: str):
    """Yield (line number, row) for each non-blank row; quoted fields may span lines."""
    lines = _LINE_BREAK.split(text)
    reader = csv.reader(iter(lines), delimiter=";", quotechar='"', strict=True)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise PabulibError(reader.line_num or start, f"bad CSV quoting ({exc})") from exc
        line = start
        start = reader.line_num + 1
        if not row or all(not cell.strip() for cell in row):
            continue
        yield line, row


def _parse(text: str) -> Election:
    rows = list(_rows(text))
    if not rows:
        raise PabulibError(1, "empty file: expected the META, PROJECTS and VOTES sections")
    sections: dict[str, tuple[int, list[str], list[tuple[int, list[str]]]]] = {}
    current: str | None = None
    expect_header = False
    for line, row in rows:
        first = row[0].strip().lower()
        if first in SECTIONS and all(not c.strip() for c in row[1:]):
            if first in sections:
                raise PabulibError(line, f"second {first.upper()} section")
            current = first
            expect_header = True
            continue
        if current is None:
            raise PabulibError(line, f"expected a section title (META, PROJECTS or VOTES), found {row[0]!r}")
        if expect_header:
            sections[current] = (line, [c.strip() for c in row], [])
            expect_header = False
            continue
        sections[current][2].append((line, row))
    if expect_header:
        raise PabulibError(rows[-1][0], f"section {current.upper()} has no header line")
    order = sorted(sections, key=lambda name: sections[name][0])
    if order[0] != "meta":
        raise PabulibError(sections[order[0]][0] - 1, f"the file must start with the META section, not {order[0].upper()}")
    if "meta" not in sections:
        raise PabulibError(1, "missing META section")
    meta, budget, vote_type = _parse_meta(*sections["meta"])
    if "projects" not in sections:
        raise PabulibError(rows[-1][0] + 1, "missing PROJECTS section")
    projects, project_columns = _parse_projects(*sections["projects"])
    if "votes" not in sections:
        raise PabulibError(rows[-1][0] + 1, "missing VOTES section")
    ballots, vote_columns = _parse_votes(*sections["votes"], projects=projects, vote_type=vote_type)
    return Election(
        meta=meta,
        projects=projects,
        ballots=ballots,
        budget=budget,
        vote_type=vote_type,
        project_columns=project_columns,
        vote_columns=vote_columns,
    )


def _parse_meta(header_line: int, header: list[str], rows) -> tuple[dict[str, str], Fraction, str]:
    meta: dict[str, str] = {}
    lines: dict[str, int] = {}
    for line, row in rows:
        cells = [c.strip() for c in row]
        while len(cells) > 2 and not cells[-1]:
            cells.pop()
        if len(cells) != 2:
            raise PabulibError(line, f"a META line needs two fields, key;value, found {len(cells)}")
        key, value = cells
        if not key:
            raise PabulibError(line, "META line with an empty key")
        meta[key] = value
        lines[key] = line
    if "budget" not in meta:
        raise PabulibError(header_line, "META has no budget")
    try:
        budget = parse_number(meta["budget"])
    except (ValueError, ZeroDivisionError):
        raise PabulibError(lines["budget"], f"budget {meta['budget']!r} is not a number") from None
    if budget < 0:
        raise PabulibError(lines["budget"], "budget is negative")
    vote_type = meta.get("vote_type", "approval").strip().lower() or "approval"
    if vote_type not in VOTE_TYPES:
        raise PabulibError(
            lines.get("vote_type", header_line),
            f"unknown vote_type {vote_type!r}; expected one of {', '.join(VOTE_TYPES)}",
        )
    return meta, budget, vote_type


def _cell(row: list[str], i: int) -> str:
    value = row[i].strip() if i < len(row) else ""
    return "" if value.lower() == "none" else value


def _parse_projects(header_line: int, header: list[str], rows) -> tuple[dict[str, Project], list[str]]:
    for needed in ("project_id", "cost"):
        if needed not in header:
            raise PabulibError(header_line, f"PROJECTS header has no {needed} column")
    idx = {name: i for i, name in enumerate(header)}
    others = [c for c in header if c not in ("project_id", "cost")]
    projects: dict[str, Project] = {}
    for line, row in rows:
        if len(row) > len(header) and any(c.strip() for c in row[len(header):]):
            raise PabulibError(line, f"project line has {len(row)} fields, the header {len(header)}")
        pid = _cell(row, idx["project_id"])
        if not pid:
            raise PabulibError(line, "project without project_id")
        if pid in projects:
            raise PabulibError(line, f"project {pid!r} appears twice")
        raw_cost = _cell(row, idx["cost"])
        try:
            cost = parse_number(raw_cost)
        except (ValueError, ZeroDivisionError):
            raise PabulibError(line, f"cost {raw_cost!r} of project {pid!r} is not a number") from None
        if cost < 0:
            raise PabulibError(line, f"project {pid!r} has a negative cost")
        extra = {c: _cell(row, idx[c]) for c in others if c not in ("name", "category", "district")}
        category = ()
        for key in ("category", "categories"):
            if key in idx and _cell(row, idx[key]):
                category = tuple(x.strip() for x in _cell(row, idx[key]).split(",") if x.strip())
                extra.pop(key, None)
        projects[pid] = Project(
            id=pid,
            cost=cost,
            name=_cell(row, idx["name"]) if "name" in idx else "",
            category=category,
            district=(_cell(row, idx["district"]) or None) if "district" in idx else None,
            extra=extra,
        )
    return projects, others


def _parse_votes(header_line: int, header: list[str], rows, *, projects, vote_type) -> tuple[list[Ballot], list[str]]:
    if "vote" not in header:
        raise PabulibError(header_line, "VOTES header has no vote column")
    has_points = vote_type in ("cumulative", "scoring")
    if has_points and "points" not in header:
        raise PabulibError(header_line, f"VOTES header has no points column, needed for {vote_type} ballots")
    idx = {name: i for i, name in enumerate(header)}
    others = [c for c in header if c not in _VOTE_KNOWN]
    ballots: list[Ballot] = []
    seen: set[str] = set()
    for number, (line, row) in enumerate(rows, start=1):
        if len(row) > len(header) and any(c.strip() for c in row[len(header):]):
            raise PabulibError(line, f"vote line has {len(row)} fields, the header {len(header)}")
        voter = _cell(row, idx["voter_id"]) if "voter_id" in idx else str(number)
        if not voter:
            raise PabulibError(line, "vote without voter_id")
        if voter in seen:
            raise PabulibError(line, f"voter {voter!r} votes twice")
        seen.add(voter)
        raw_vote = _cell(row, idx["vote"])
        chosen = tuple(x.strip() for x in raw_vote.split(",") if x.strip()) if raw_vote else ()
        for pid in chosen:
            if pid not in projects:
                raise PabulibError(line, f"vote of {voter!r} names unknown project {pid!r}")
        if len(set(chosen)) != len(chosen):
            raise PabulibError(line, f"vote of {voter!r} names a project twice")
        if vote_type == "choose-1" and len(chosen) > 1:
            raise PabulibError(line, f"choose-1 vote of {voter!r} names {len(chosen)} projects")
        points = None
        if has_points:
            raw_points = _cell(row, idx["points"])
            items = [x.strip() for x in raw_points.split(",") if x.strip()] if raw_points else []
            if len(items) != len(chosen):
                raise PabulibError(
                    line, f"vote of {voter!r} names {len(chosen)} projects but gives {len(items)} points"
                )
            try:
                points = tuple(Fraction(x) for x in items)
            except (ValueError, ZeroDivisionError):
                raise PabulibError(line, f"points {raw_points!r} of {voter!r} are not numbers") from None
        extra = {c: _cell(row, idx[c]) for c in others}
        ballots.append(Ballot(voter_id=voter, projects=chosen, points=points, extra=extra))
    return ballots, others


def _project_columns(election: Election) -> list[str]:
    columns = [c for c in election.project_columns if c != "categories"]
    used = set(columns)
    wanted = []
    if any(p.name for p in election.projects.values()):
        wanted.append("name")
    if any(p.category for p in election.projects.values()):
        wanted.append("category")
    if any(p.district for p in election.projects.values()):
        wanted.append("district")
    for p in election.projects.values():
        wanted.extend(p.extra)
    for col in wanted:
        if col not in used and col not in ("project_id", "cost"):
            columns.append(col)
            used.add(col)
    if "categories" in election.project_columns and "category" not in used:
        columns.append("category")
    return columns


def _vote_columns(election: Election) -> list[str]:
    columns = list(election.vote_columns)
    used = set(columns) | set(_VOTE_KNOWN)
    for b in election.ballots:
        for col in b.extra:
            if col not in used:
                columns.append(col)
                used.add(col)
    return columns
