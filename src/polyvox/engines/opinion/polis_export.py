"""Reading (and writing) Pol.is conversation exports.

The export format is the one of Pol.is and of the Computational Democracy Project's open data:

- ``comments.csv``: ``timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body``;
  ``moderated`` is -1 (moderated out), 0 (not yet moderated) or 1 (accepted).
- ``votes.csv``: ``timestamp,datetime,comment-id,voter-id,vote`` with 1 = agree, -1 = disagree, 0 = pass.
  A (voter, comment) pair may appear more than once: the latest vote (by timestamp, then by file order) wins.
- ``participants-votes.csv``: one row per participant (``participant,group-id,n-comments,n-votes,n-agree,
  n-disagree`` then one column per comment id, empty when the participant did not vote). Read when there is
  no ``votes.csv``; its ``group-id`` (the group the live Pol.is gave) is kept as a reference.

Every problem is reported as a :class:`PolisExportError` naming the file and the line, never a traceback.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

# Bounds: Pol.is itself stops taking participants and comments past these (its max-ptpts / max-cmts).
MAX_PARTICIPANTS = 100_000
MAX_STATEMENTS = 10_000
MAX_VOTES = 20_000_000
MAX_FILE_BYTES = 1 << 30  # 1 GiB per file
MAX_FIELD_CHARS = 100_000  # a comment body is a short statement; anything longer is not an export
MAX_ID = 2**53  # ids are integers that JSON can carry exactly

VOTE_VALUES = (-1, 0, 1)


class PolisExportError(ValueError):
    """A malformed, truncated or oversized export: ``file``, ``line`` (1-based, 0 when not about a line)."""

    def __init__(self, file: str, line: int, message: str):
        self.file = file
        self.line = line
        self.message = message
        where = f"{file}: line {line}: " if line else f"{file}: "
        super().__init__(where + message)


@dataclass
class PolisExport:
    """What an export holds, as plain Python values (ids are ints as in Pol.is)."""

    statements: list[int] = field(default_factory=list)  # every comment id, in the file's order
    moderated: dict[int, int] = field(default_factory=dict)  # comment id -> -1, 0 or 1
    texts: dict[int, str] = field(default_factory=dict)
    # (participant, statement, value) in the order they were cast; the latest of a pair wins.
    votes: list[tuple[int, int, int]] = field(default_factory=list)
    reference_groups: dict[int, int | None] = field(default_factory=dict)  # Pol.is's group-id, when given
    source: str = ""  # "votes.csv" or "participants-votes.csv"

    @property
    def moderated_out(self) -> set[int]:
        return {sid for sid, m in self.moderated.items() if m == -1}


def _int(value: str, file: str, line: int, column: str, *, low: int = -MAX_ID, high: int = MAX_ID) -> int:
    text = (value or "").strip()
    try:
        number = int(text)
    except ValueError:
        try:
            as_float = float(text)
        except ValueError:
            raise PolisExportError(file, line, f"{column}: {text[:40]!r} is not a whole number") from None
        if not as_float.is_integer():
            raise PolisExportError(file, line, f"{column}: {text[:40]!r} is not a whole number") from None
        number = int(as_float)
    if not low <= number <= high:
        raise PolisExportError(file, line, f"{column}: {number} is out of range ({low} to {high})")
    return number


def _rows(path: Path, required: tuple[str, ...]):
    """Yield (line number, row dict) of a CSV file, checking the header, the width of every row and the size."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PolisExportError(name, 0, f"cannot be read ({exc.strerror or exc})") from None
    if size > MAX_FILE_BYTES:
        raise PolisExportError(name, 0, f"is {size} bytes, more than the {MAX_FILE_BYTES} accepted")
    try:
        handle = open(path, newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise PolisExportError(name, 0, f"cannot be read ({exc.strerror or exc})") from None
    with handle:
        reader = csv.reader(handle, strict=True)
        old_limit = csv.field_size_limit()
        csv.field_size_limit(MAX_FIELD_CHARS)
        try:
            try:
                header = next(reader)
            except StopIteration:
                raise PolisExportError(name, 1, "the file is empty (no header line)") from None
            header = [h.strip() for h in header]
            missing = [c for c in required if c not in header]
            if missing:
                raise PolisExportError(name, 1, f"the header lacks the column(s) {', '.join(missing)}")
            if len(set(header)) != len(header):
                raise PolisExportError(name, 1, "the header names a column twice")
            width = len(header)
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                line = reader.line_num
                if not row or (len(row) == 1 and not row[0].strip()):
                    continue  # blank line
                if len(row) != width:
                    raise PolisExportError(
                        name, line, f"{len(row)} fields where the header has {width} (truncated or malformed line)"
                    )
                yield line, header, row
        except csv.Error as exc:
            raise PolisExportError(name, reader.line_num, f"malformed CSV, truncated or with a broken quote ({exc})") from None
        except UnicodeDecodeError:
            raise PolisExportError(name, reader.line_num + 1, "is not UTF-8 text") from None
        finally:
            csv.field_size_limit(old_limit)


def read_comments(path: Path, export: PolisExport) -> None:
    name = path.name
    seen: set[int] = set()
    for line, header, row in _rows(path, ("comment-id", "moderated")):
        record = dict(zip(header, row))
        sid = _int(record["comment-id"], name, line, "comment-id", low=0)
        moderated = _int(record["moderated"], name, line, "moderated", low=-1, high=1)
        if sid in seen:
            raise PolisExportError(name, line, f"comment {sid} appears twice")
        seen.add(sid)
        if len(seen) > MAX_STATEMENTS:
            raise PolisExportError(name, line, f"more than {MAX_STATEMENTS} comments")
        export.statements.append(sid)
        export.moderated[sid] = moderated
        export.texts[sid] = record.get("comment-body", "")


def read_votes(path: Path, export: PolisExport) -> None:
    name = path.name
    known = set(export.statements)
    timed: list[tuple[int, int, int, int, int]] = []
    voters: set[int] = set()
    has_time = None
    for line, header, row in _rows(path, ("comment-id", "voter-id", "vote")):
        if has_time is None:
            has_time = "timestamp" in header
        record = dict(zip(header, row))
        sid = _int(record["comment-id"], name, line, "comment-id", low=0)
        pid = _int(record["voter-id"], name, line, "voter-id", low=0)
        value = _int(record["vote"], name, line, "vote", low=-1, high=1)
        stamp = _int(record["timestamp"], name, line, "timestamp", low=0) if has_time else 0
        if sid not in known:
            raise PolisExportError(name, line, f"a vote on comment {sid}, which comments.csv does not list")
        voters.add(pid)
        if len(voters) > MAX_PARTICIPANTS:
            raise PolisExportError(name, line, f"more than {MAX_PARTICIPANTS} participants")
        if len(timed) >= MAX_VOTES:
            raise PolisExportError(name, line, f"more than {MAX_VOTES} votes")
        timed.append((stamp, line, pid, sid, value))
    timed.sort()
    export.votes = [(pid, sid, value) for _, _, pid, sid, value in timed]
    export.source = "votes.csv"


def read_participants_votes(path: Path, export: PolisExport, *, take_votes: bool) -> None:
    name = path.name
    known = set(export.statements)
    columns: list[tuple[int, int]] | None = None
    votes: list[tuple[int, int, int]] = []
    seen: set[int] = set()
    for line, header, row in _rows(path, ("participant", "group-id")):
        if columns is None:
            columns = []
            fixed = {"participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"}
            for index, title in enumerate(header):
                if title in fixed:
                    continue
                sid = _int(title, name, 1, "comment column")
                if sid not in known:
                    raise PolisExportError(name, 1, f"column {sid} is a comment that comments.csv does not list")
                columns.append((index, sid))
            pindex, gindex = header.index("participant"), header.index("group-id")
        pid = _int(row[pindex], name, line, "participant", low=0)
        if pid in seen:
            raise PolisExportError(name, line, f"participant {pid} appears twice")
        seen.add(pid)
        if len(seen) > MAX_PARTICIPANTS:
            raise PolisExportError(name, line, f"more than {MAX_PARTICIPANTS} participants")
        group = row[gindex].strip()
        export.reference_groups[pid] = _int(group, name, line, "group-id", low=0, high=1000) if group else None
        if take_votes:
            for index, sid in columns:
                cell = row[index].strip()
                if cell:
                    votes.append((pid, sid, _int(cell, name, line, f"comment {sid}", low=-1, high=1)))
            if len(votes) > MAX_VOTES:
                raise PolisExportError(name, line, f"more than {MAX_VOTES} votes")
    if take_votes:
        export.votes = votes
        export.source = "participants-votes.csv"


def read_polis_export(directory: str | os.PathLike) -> PolisExport:
    """Read a Pol.is export folder: comments.csv, and votes.csv or participants-votes.csv."""
    folder = Path(directory)
    if not folder.is_dir():
        raise PolisExportError(str(folder), 0, "is not a folder")
    comments = folder / "comments.csv"
    if not comments.is_file():
        raise PolisExportError("comments.csv", 0, f"not found in {folder}")
    export = PolisExport()
    read_comments(comments, export)
    votes = folder / "votes.csv"
    participants = folder / "participants-votes.csv"
    if votes.is_file():
        read_votes(votes, export)
        if participants.is_file():
            read_participants_votes(participants, export, take_votes=False)
    elif participants.is_file():
        read_participants_votes(participants, export, take_votes=True)
    else:
        raise PolisExportError("votes.csv", 0, f"neither votes.csv nor participants-votes.csv in {folder}")
    return export


def write_polis_export(directory: str | os.PathLike, *, statements, votes, texts=None, moderated=None) -> None:
    """Write comments.csv and votes.csv in Pol.is's format (what :func:`read_polis_export` reads back).

    ``statements``: ids in order; ``votes``: (participant, statement, value[, timestamp]) tuples in cast order;
    ``texts`` and ``moderated``: dicts by statement id (defaults: empty text, moderated 1).
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    texts = texts or {}
    moderated = moderated or {}
    agrees: dict = {}
    disagrees: dict = {}
    last: dict = {}
    for vote in votes:
        last[(vote[0], vote[1])] = vote[2]
    for (_, sid), value in last.items():
        if value == 1:
            agrees[sid] = agrees.get(sid, 0) + 1
        elif value == -1:
            disagrees[sid] = disagrees.get(sid, 0) + 1
    with open(folder / "comments.csv", "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees", "moderated",
                      "comment-body"])
        for sid in statements:
            out.writerow([0, "", sid, "", agrees.get(sid, 0), disagrees.get(sid, 0), moderated.get(sid, 1),
                          texts.get(sid, "")])
    with open(folder / "votes.csv", "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["timestamp", "datetime", "comment-id", "voter-id", "vote"])
        for order, vote in enumerate(votes):
            stamp = vote[3] if len(vote) > 3 else order
            out.writerow([stamp, "", vote[1], vote[0], vote[2]])
