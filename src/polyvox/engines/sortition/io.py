"""Reading pools and quotas from CSV (Sortition Foundation and Nature-replication formats), writing results."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path
from typing import Any, Iterable, Sequence, TextIO

from .models import (MAX_COLUMNS, MAX_FIELD_CHARACTERS, MAX_FILE_BYTES, MAX_POOL_SIZE, MAX_QUOTA_NUMBER, MAX_QUOTAS,
                     InputError, Person, Pool, Quota, Quotas, SelectionResult)

PathOrFile = str | os.PathLike | TextIO
_WHOLE = re.compile(r"([0-9]+)(?:\.0*)?", re.ASCII)


def read_quotas_csv(source: PathOrFile) -> Quotas:
    """Quotas from `feature,value,min,max[,min_flex,max_flex]` or `category,feature,min,max`."""
    name, rows = _read_rows(source)
    if not rows:
        raise InputError("the quotas file is empty", file=name)
    header = [h.strip().lower() for h in rows[0]]
    if header[:2] == ["feature", "value"]:
        feature_col, value_col = 0, 1
    elif header[:2] == ["category", "feature"]:
        feature_col, value_col = 0, 1
    else:
        raise InputError(
            "the header must start with 'feature,value,min,max' (Sortition Foundation) "
            f"or 'category,feature,min,max' (replication format), not {','.join(rows[0])!r}",
            file=name, line=1)
    columns = {h: i for i, h in enumerate(header)}
    for needed in ("min", "max"):
        if needed not in columns:
            raise InputError(f"the header has no {needed!r} column", file=name, line=1)
    items: list[Quota] = []
    seen: dict[tuple[str, str], int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(items) == MAX_QUOTAS:
            raise InputError(f"more than {MAX_QUOTAS:,} quotas (the limit)", file=name, line=line)
        if len(row) < len(header):
            raise InputError(f"expected {len(header)} fields, found {len(row)}", file=name, line=line)
        feature, value = row[feature_col].strip(), row[value_col].strip()
        if not feature or not value:
            raise InputError("the feature and its value must not be empty", file=name, line=line)
        lo = _integer(row[columns["min"]], "min", name, line)
        hi = _integer(row[columns["max"]], "max", name, line)
        lo_flex = hi_flex = None
        if "min_flex" in columns and row[columns["min_flex"]].strip():
            lo_flex = _integer(row[columns["min_flex"]], "min_flex", name, line)
        if "max_flex" in columns and row[columns["max_flex"]].strip():
            hi_flex = _integer(row[columns["max_flex"]], "max_flex", name, line)
        if lo > hi:
            raise InputError(f"{feature}={value}: min {lo} is greater than max {hi}", file=name, line=line)
        if lo_flex is not None and lo_flex > lo:
            raise InputError(f"{feature}={value}: min_flex {lo_flex} is greater than min {lo}",
                             file=name, line=line)
        if hi_flex is not None and hi_flex < hi:
            raise InputError(f"{feature}={value}: max_flex {hi_flex} is less than max {hi}",
                             file=name, line=line)
        if (feature, value) in seen:
            raise InputError(f"{feature}={value} already has a quota on line {seen[feature, value]}",
                             file=name, line=line)
        seen[feature, value] = line
        items.append(Quota(feature, value, lo, hi, lo_flex, hi_flex))
    if not items:
        raise InputError("the quotas file has no quota", file=name)
    return Quotas(items, source=name)


def read_pool_csv(
    source: PathOrFile,
    *,
    id_column: str | None = None,
    households: Sequence[str] | None = None,
    features: Iterable[str] | None = None,
) -> Pool:
    """People from a CSV with one row per person.

    The id is the column `id_column`; without it, the first column, unless that column is itself one
    of `features` (the replication format, whose respondents have no id): then the id is the row
    number, 1 for the first person. `households` names the address columns: people with the same
    values in all of them share a household."""
    name, rows = _read_rows(source)
    if not rows:
        raise InputError("the people file is empty", file=name)
    header = [h.strip() for h in rows[0]]
    if len(set(header)) != len(header):
        duplicated = sorted({h for h in header if header.count(h) > 1})
        raise InputError(f"duplicated column(s) {', '.join(duplicated)}", file=name, line=1)
    feature_set = set(features or ())
    if id_column is not None:
        if id_column not in header:
            raise InputError(f"no id column {id_column!r} (columns: {', '.join(header)})", file=name, line=1)
        id_index: int | None = header.index(id_column)
    elif header and header[0] in feature_set:
        id_index = None
    else:
        id_index = 0
    household_idx: list[int] = []
    for col in households or ():
        if col not in header:
            raise InputError(f"no household column {col!r} (columns: {', '.join(header)})", file=name, line=1)
        household_idx.append(header.index(col))
    people: list[Person] = []
    seen: dict[str, int] = {}
    number = 0
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        number += 1
        if number > MAX_POOL_SIZE:
            raise InputError(f"more than {MAX_POOL_SIZE:,} people (the limit of the pool's size)", file=name, line=line)
        if len(row) != len(header):
            raise InputError(f"expected {len(header)} fields, found {len(row)}", file=name, line=line)
        if id_index is None:
            pid = str(number)
        else:
            pid = row[id_index].strip()
            if not pid:
                raise InputError(f"empty id in column {header[id_index]!r}", file=name, line=line)
        if pid in seen:
            raise InputError(f"the id {pid!r} was already used on line {seen[pid]}", file=name, line=line)
        seen[pid] = line
        values = {h: row[i].strip() for i, h in enumerate(header) if i != id_index}
        household = None
        if household_idx:
            parts = [" ".join(row[i].split()).lower() for i in household_idx]
            if any(parts):
                household = "|".join(parts)
        people.append(Person(pid, values, household, line))
    if not people:
        raise InputError("the people file lists nobody", file=name)
    return Pool(people, source=name)


def check_pool_against_quotas(pool: Pool, quotas: Quotas) -> None:
    """Every quota feature is a column and every person's value has a quota (else a clear error)."""
    name = pool.source
    first = pool.people[0]
    for feature in quotas.features:
        if feature not in first.features:
            raise InputError(
                f"the quotas name the feature {feature!r} but the people file has no such column "
                f"(columns: {', '.join(first.features)})", file=name, line=1)
    for feature in quotas.features:
        allowed = set(quotas.values(feature))
        for person in pool.people:
            value = person.features[feature]
            if value not in allowed:
                raise InputError(
                    f"person {person.id!r} has {feature}={value!r}, a value with no quota "
                    f"(known values: {', '.join(sorted(allowed))})", file=name, line=person.line)


def write_json(result: SelectionResult | dict[str, Any], path: str | os.PathLike) -> None:
    data = result.to_json() if isinstance(result, SelectionResult) else result
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def read_json(path: str | os.PathLike) -> dict[str, Any]:
    raw = _read_bytes(str(path), path)
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", file=str(path)) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg})", file=str(path), line=exc.lineno) from None
    except (ValueError, RecursionError) as exc:  # e.g. an integer of more than 4,300 digits, or nesting too deep
        raise InputError(f"not usable JSON ({str(exc)[:120]})", file=str(path)) from None
    if not isinstance(data, dict):
        raise InputError("the JSON is not an object", file=str(path))
    return data


# -- helpers -----------------------------------------------------------------------------------------


def _read_rows(source: PathOrFile) -> tuple[str, list[list[str]]]:
    if hasattr(source, "read"):
        name = getattr(source, "name", "<stream>")
        text = source.read()  # type: ignore[union-attr]
    else:
        name = str(source)
        raw = _read_bytes(name, source)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
    if len(text) > MAX_FILE_BYTES:
        raise InputError(f"larger than {MAX_FILE_BYTES // 2**20} MB (the limit)", file=name)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise InputError("contains a NUL character: not a CSV text file", file=name)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                raise InputError(f"{len(row)} columns, more than the limit of {MAX_COLUMNS}", file=name,
                                 line=reader.line_num)
            long = next((cell for cell in row if len(cell) > MAX_FIELD_CHARACTERS), None)
            if long is not None:
                raise InputError(f"a field of {len(long):,} characters, more than the limit of "
                                 f"{MAX_FIELD_CHARACTERS:,}", file=name, line=reader.line_num)
            rows.append(row)
    except csv.Error as exc:
        raise InputError(f"malformed CSV ({exc})", file=name, line=reader.line_num or None) from None
    return name, rows


def _read_bytes(name: str, path) -> bytes:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InputError("no such file", file=name) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", file=name) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", file=name) from None
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(f"larger than {MAX_FILE_BYTES // 2**20} MB (the limit)", file=name)
    return raw


def _integer(text: str, column: str, name: str, line: int) -> int:
    """A whole number >= 0 (written "12" or "12.0"), at most MAX_QUOTA_NUMBER; read without floats, so that
    "1e999999", "nan" or a thousand digits are refused at once."""
    match = _WHOLE.fullmatch(text.strip())
    if match is None:
        raise InputError(f"{column} must be a whole number >= 0, not {text[:40]!r}", file=name, line=line)
    whole = match.group(1)
    if len(whole.lstrip("0")) > len(str(MAX_QUOTA_NUMBER)) or int(whole) > MAX_QUOTA_NUMBER:
        raise InputError(f"{column} {whole[:20]}{'…' if len(whole) > 20 else ''} is above the limit of "
                         f"{MAX_QUOTA_NUMBER:,}", file=name, line=line)
    return int(whole)
