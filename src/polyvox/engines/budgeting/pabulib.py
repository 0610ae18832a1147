"""Read and write pabulib `.pb` files (META, PROJECTS, VOTES sections, `;`-separated with CSV quoting).

Real files' quirks are read and reported as warnings (`Election.warnings`, each with its line),
never refused: a byte-order mark, CRLF / CR line endings (mixed in one file too), trailing
separators, a stray quote (the line is read without quoting), a vote naming the same project twice
(counted once). Also accepted silently: string project ids, extra columns, empty ballots, quoted
fields holding `;`, blank lines, spaces around values, `none` for a missing value.

What would make the count meaningless raises `PabulibError`, which names the line (1-based) and
the problem: a missing section or column, a budget, cost or points that is not a number or is out
of bounds (every number is bounded, see `MAX_AMOUNT`, so that no file can make the count hang), a
vote naming an unknown project, a voter voting twice, points that do not match the projects.
"""

from __future__ import annotations

import csv
import io
import os
import re
from fractions import Fraction
from pathlib import Path

from .election import VOTE_TYPES, Ballot, Election, Project, ReadWarning

SECTIONS = ("meta", "projects", "votes")
MAX_AMOUNT = 10**15
"""Largest budget or cost accepted (a thousand million million, in any currency)."""
MAX_POINTS = 10**9
"""Largest points value (or score threshold, or ballot length) accepted."""
MAX_DECIMALS = 12
MAX_EXPONENT = 30
MAX_NUMBER_CHARS = 60
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?")
_MULTILINE_FIELD_LINES = 50
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
        data = source
    elif isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and "\r" not in source):
        data = Path(source).read_bytes()
    else:
        return _parse(str(source))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PabulibError(line, f"the file is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
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

    has_points = election.vote_type in ("cumulative", "scoring") or any(b.points is not None for b in election.ballots)
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


class NumberOutOfBounds(ValueError):
    """A number that reads but is too large, too small or too precise to be counted."""


def parse_number(text: str, limit: int = MAX_AMOUNT, *, negative: bool = False) -> Fraction:
    """An exact number from a pabulib field: `12`, `12.50`, `12,5` (decimal comma), `1e3`.

    Bounded, so that no file or option can make a count hang: at most `MAX_NUMBER_CHARS`
    characters, an exponent within +-`MAX_EXPONENT`, at most `MAX_DECIMALS` decimals, and
    |value| <= `limit` (`NumberOutOfBounds`, with the bound in its message). Negative values only
    with `negative=True`.
    """
    value = text.strip().replace(",", ".")
    if not value:
        raise ValueError("empty number")
    if len(value) > MAX_NUMBER_CHARS:
        raise NumberOutOfBounds(f"longer than {MAX_NUMBER_CHARS} characters")
    match = _NUMBER.fullmatch(value)
    if match is None:
        raise ValueError(f"{text.strip()!r} is not a number")
    if match.group(1) is not None and abs(int(match.group(1))) > MAX_EXPONENT:
        raise NumberOutOfBounds(f"its exponent is beyond +-{MAX_EXPONENT} (at most {limit:,})")
    number = Fraction(value)
    if abs(number) > limit:
        raise NumberOutOfBounds(f"at most {limit:,} is accepted")
    if number.denominator > 10**MAX_DECIMALS:
        raise NumberOutOfBounds(f"more than {MAX_DECIMALS} decimals")
    if number < 0 and not negative:
        raise NumberOutOfBounds("it is negative")
    return number


def parse_count(text: str, limit: int = MAX_POINTS) -> int:
    """A whole number >= 0 from a META field (`max_length`, ...), bounded by `limit`."""
    number = parse_number(text, limit)
    if number.denominator != 1:
        raise ValueError(f"{text.strip()!r} is not a whole number")
    return int(number)


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


class _Warnings:
    """Collects the quirks met while reading; one warning per kind, with its first line and how many."""

    def __init__(self):
        self._first: dict[str, ReadWarning] = {}
        self._count: dict[str, int] = {}

    def add(self, kind: str, line: int, message: str) -> None:
        if kind not in self._first:
            self._first[kind] = ReadWarning(line, message)
            self._count[kind] = 0
        self._count[kind] += 1

    def result(self) -> list[ReadWarning]:
        out = []
        for kind, first in self._first.items():
            more = self._count[kind] - 1
            message = first.message + (f" (and {more:,} more lines like it)" if more else "")
            out.append(ReadWarning(first.line, message))
        return sorted(out, key=lambda w: w.line)


def _rows(text: str, warnings: _Warnings):
    """Yield (line number, row) for each non-blank row; quoted fields may span lines.

    A line whose quotes do not pair up (within a few lines, and never across a section title) has
    a stray quote: it is read without quoting, with a warning.
    """
    lines = _LINE_BREAK.split(text)
    i, n = 0, len(lines)
    while i < n:
        number, raw, last = i + 1, lines[i], i
        if '"' not in raw:
            row = raw.split(";")
        else:
            if raw.count('"') % 2:
                joined, k = raw, i
                while (
                    joined.count('"') % 2 and k + 1 < n and k - i < _MULTILINE_FIELD_LINES
                    and lines[k + 1].strip().lower() not in SECTIONS
                ):
                    k += 1
                    joined += "\n" + lines[k]
                if joined.count('"') % 2 == 0:
                    raw, last = joined, k
            row = None
            if raw.count('"') % 2 == 0:
                try:
                    row = next(csv.reader([raw], delimiter=";", quotechar='"', strict=True))
                except (csv.Error, StopIteration):
                    row = None
            if row is None:
                raw, last = lines[i], i
                row = [cell.replace('"', "") for cell in raw.split(";")]
                warnings.add("stray_quote", number, "a stray quote: the line is read without quoting")
        i = last + 1
        if not row or all(not cell.strip() for cell in row):
            continue
        yield number, row


def _parse(text: str) -> Election:
    warnings = _Warnings()
    if text.startswith("\ufeff"):
        text = text[1:]
        warnings.add("bom", 1, "a byte-order mark (BOM) opens the file: ignored")
    crlf = text.find("\r")
    if crlf >= 0:
        warnings.add("crlf", text.count("\n", 0, crlf) + 1,
                     "Windows (CRLF) or old Mac (CR) line endings: read as line breaks")
    rows = list(_rows(text, warnings))
    if not rows:
        raise PabulibError(1, "empty file: expected the META, PROJECTS and VOTES sections")
    sections: dict[str, tuple[int, list[str], list[tuple[int, list[str]]]]] = {}
    current: str | None = None
    expect_header = False
    for line, row in rows:
        first = row[0].strip().lower()
        if first in SECTIONS and all(not c.strip() for c in row[1:]):
            if len(row) > 1:
                warnings.add("trailing_separator", line, "a line ends with extra separators (;): ignored")
            if first in sections:
                raise PabulibError(line, f"second {first.upper()} section")
            current = first
            expect_header = True
            continue
        if current is None:
            raise PabulibError(line, f"expected a section title (META, PROJECTS or VOTES), found {row[0]!r}")
        if expect_header:
            header = [c.strip() for c in row]
            while len(header) > 1 and not header[-1]:
                header.pop()
                warnings.add("trailing_separator", line, "a line ends with extra separators (;): ignored")
            sections[current] = (line, header, [])
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
    meta, budget, vote_type = _parse_meta(*sections["meta"], warnings=warnings)
    if "projects" not in sections:
        raise PabulibError(rows[-1][0] + 1, "missing PROJECTS section")
    projects, project_columns = _parse_projects(*sections["projects"], warnings=warnings)
    if "votes" not in sections:
        raise PabulibError(rows[-1][0] + 1, "missing VOTES section")
    ballots, vote_columns = _parse_votes(
        *sections["votes"], projects=projects, vote_type=vote_type, meta=meta, warnings=warnings
    )
    return Election(
        meta=meta,
        projects=projects,
        ballots=ballots,
        budget=budget,
        vote_type=vote_type,
        project_columns=project_columns,
        vote_columns=vote_columns,
        warnings=warnings.result(),
    )


def _number_error(line: int, what: str, raw: str, exc: ValueError, whose: str = "") -> PabulibError:
    shown = raw.strip() if len(raw.strip()) <= 40 else raw.strip()[:40] + "..."
    if isinstance(exc, NumberOutOfBounds):
        return PabulibError(line, f"{what} {shown!r}{whose} is out of bounds: {exc}")
    return PabulibError(line, f"{what} {shown!r}{whose} is not a number")


def _parse_meta(header_line: int, header: list[str], rows, *, warnings) -> tuple[dict[str, str], Fraction, str]:
    meta: dict[str, str] = {}
    lines: dict[str, int] = {}
    for line, row in rows:
        cells = [c.strip() for c in row]
        if len(cells) > 2 and not any(cells[2:]):
            warnings.add("trailing_separator", line, "a line ends with extra separators (;): ignored")
            cells = cells[:2]
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
    except (ValueError, ZeroDivisionError) as exc:
        raise _number_error(lines["budget"], "budget", meta["budget"], exc) from None
    vote_type = meta.get("vote_type", "approval").strip().lower() or "approval"
    if vote_type not in VOTE_TYPES:
        raise PabulibError(
            lines.get("vote_type", header_line),
            f"unknown vote_type {vote_type!r}; expected one of {', '.join(VOTE_TYPES)}",
        )
    for key in ("min_project_score_threshold", "max_sum_cost", "min_sum_cost", "default_score"):
        if meta.get(key, "").strip() and meta[key].strip().lower() != "none":
            try:
                parse_number(meta[key], MAX_AMOUNT, negative=key == "default_score")
            except (ValueError, ZeroDivisionError) as exc:
                raise _number_error(lines[key], key, meta[key], exc) from None
    for key in ("max_length", "min_length", "max_sum_points", "max_points", "min_points", "min_sum_points"):
        if meta.get(key, "").strip() and meta[key].strip().lower() != "none":
            try:
                parse_number(meta[key], MAX_POINTS, negative=key == "min_points")
            except (ValueError, ZeroDivisionError) as exc:
                raise _number_error(lines[key], key, meta[key], exc) from None
    return meta, budget, vote_type


def _cell(row: list[str], i: int) -> str:
    value = row[i].strip() if i < len(row) else ""
    return "" if value.lower() == "none" else value


def _check_width(line: int, row: list[str], header: list[str], what: str, warnings) -> None:
    if len(row) > len(header):
        if any(c.strip() for c in row[len(header):]):
            raise PabulibError(line, f"{what} line has {len(row)} fields, the header {len(header)}")
        warnings.add("trailing_separator", line, "a line ends with extra separators (;): ignored")


def _parse_projects(header_line: int, header: list[str], rows, *, warnings) -> tuple[dict[str, Project], list[str]]:
    for needed in ("project_id", "cost"):
        if needed not in header:
            raise PabulibError(header_line, f"PROJECTS header has no {needed} column")
    idx = {name: i for i, name in enumerate(header)}
    others = [c for c in header if c not in ("project_id", "cost")]
    projects: dict[str, Project] = {}
    for line, row in rows:
        _check_width(line, row, header, "project", warnings)
        pid = _cell(row, idx["project_id"])
        if not pid:
            raise PabulibError(line, "project without project_id")
        if pid in projects:
            raise PabulibError(line, f"project {pid!r} appears twice")
        raw_cost = _cell(row, idx["cost"])
        try:
            cost = parse_number(raw_cost)
        except (ValueError, ZeroDivisionError) as exc:
            raise _number_error(line, "cost", raw_cost, exc, f" of project {pid!r}") from None
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


def _meta_number(meta: dict[str, str], key: str) -> Fraction | None:
    """A META limit already checked by `_parse_meta` (None when absent)."""
    raw = (meta.get(key) or "").strip()
    if not raw or raw.lower() == "none":
        return None
    return parse_number(raw, MAX_POINTS)


def _parse_votes(
    header_line: int, header: list[str], rows, *, projects, vote_type, meta, warnings
) -> tuple[list[Ballot], list[str]]:
    if "vote" not in header:
        raise PabulibError(header_line, "VOTES header has no vote column")
    has_points = vote_type in ("cumulative", "scoring")
    if has_points and "points" not in header:
        raise PabulibError(header_line, f"VOTES header has no points column, needed for {vote_type} ballots")
    read_points = has_points or (vote_type == "ordinal" and "points" in header)
    idx = {name: i for i, name in enumerate(header)}
    others = [c for c in header if c not in _VOTE_KNOWN]
    ballots: list[Ballot] = []
    seen: set[str] = set()
    negative_points = vote_type == "scoring"
    max_length = _meta_number(meta, "max_length")
    max_sum_points = _meta_number(meta, "max_sum_points") if vote_type == "cumulative" else None
    for number, (line, row) in enumerate(rows, start=1):
        _check_width(line, row, header, "vote", warnings)
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
        points = None
        if read_points:
            raw_points = _cell(row, idx["points"])
            items = [x.strip() for x in raw_points.split(",") if x.strip()] if raw_points else []
            if len(items) != len(chosen):
                raise PabulibError(
                    line, f"vote of {voter!r} names {len(chosen)} projects but gives {len(items)} points"
                )
            try:
                points = tuple(parse_number(x, MAX_POINTS, negative=negative_points) for x in items)
            except (ValueError, ZeroDivisionError) as exc:
                raise _number_error(line, "points", raw_points, exc, f" of {voter!r}") from None
        if len(set(chosen)) != len(chosen):
            first_seen: dict[str, int] = {}
            for position, pid in enumerate(chosen):
                first_seen.setdefault(pid, position)
            twice = sorted({pid for pid in chosen if chosen.count(pid) > 1})
            keep = sorted(first_seen.values())
            chosen = tuple(chosen[k] for k in keep)
            if points is not None:
                points = tuple(points[k] for k in keep)
            warnings.add(
                "named_twice", line,
                f"the vote of {voter!r} names project {twice[0]!r} more than once: counted once"
                + (" (its first points kept)" if points is not None else "")
                + (" (at its first place)" if vote_type == "ordinal" else ""),
            )
        if vote_type == "choose-1" and len(chosen) > 1:
            raise PabulibError(line, f"choose-1 vote of {voter!r} names {len(chosen)} projects")
        if max_length is not None and len(chosen) > max_length:
            warnings.add("max_length", line,
                         f"the vote of {voter!r} names {len(chosen)} projects, more than META max_length {max_length}: "
                         "counted as cast")
        if max_sum_points is not None and points is not None and sum(points) > max_sum_points:
            warnings.add("max_sum_points", line,
                         f"the vote of {voter!r} gives {format_number(sum(points))} points, more than META "
                         f"max_sum_points {format_number(max_sum_points)}: counted as cast")
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
