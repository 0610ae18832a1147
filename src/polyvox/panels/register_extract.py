"""Reading an extract of the population register (CSV) and drawing the invitations from it.

The file is checked whole before anything is stored: every problem is reported with its line number,
and a file with a problem stores nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
import secrets
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from polyvox.core.text import search_key
from polyvox.panels.models import CODE_ALPHABET, CODE_LENGTH, Invitation, Panel, RegisterEntry

REQUIRED_COLUMNS = ["id", "last_name", "first_name", "street", "postcode", "municipality"]
COLUMN_LIMITS = {
    "id": RegisterEntry._meta.get_field("external_id").max_length,
    "first_name": RegisterEntry._meta.get_field("first_name").max_length,
    "last_name": RegisterEntry._meta.get_field("last_name").max_length,
    "street": RegisterEntry._meta.get_field("street").max_length,
    "postcode": RegisterEntry._meta.get_field("postcode").max_length,
}
"""The columns' limits in the database: PostgreSQL refuses a longer value (SQLite would store it silently)."""
MAX_REPORTED_ERRORS = 20


class RegisterError(Exception):
    """The file cannot be used; `errors` lists the problems, each naming its line."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("\n".join(errors))


@dataclass
class ParsedRow:
    line: int
    external_id: str
    first_name: str
    last_name: str
    street: str
    postcode: str
    municipality_id: int


def parse_register(data: bytes) -> list[ParsedRow]:
    """The rows of the extract, or RegisterError listing every problem found (line-numbered)."""
    from polyvox.places.models import Municipality

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if not text.strip():
        raise RegisterError([_("The file is empty.")])
    try:
        delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter, strict=True))
    except csv.Error as error:
        raise RegisterError([_("This is not a readable CSV file (%(problem)s).") % {"problem": error}]) from None
    header = [h.strip().lower() for h in rows[0]]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise RegisterError([_("Line 1: missing column(s) %(missing)s; the columns must include %(required)s.") % {
            "missing": ", ".join(missing), "required": ", ".join(REQUIRED_COLUMNS)}])
    col = {name: header.index(name) for name in REQUIRED_COLUMNS}
    lookup: dict[str, int] = {}
    for m in Municipality.objects.all():
        for name in (m.nis_code, m.name_fr, m.name_nl):
            lookup[search_key(name)] = m.pk
    errors: list[str] = []
    parsed: list[ParsedRow] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            errors.append(_("Line %(line)d: %(found)d fields instead of %(expected)d.") % {
                "line": line, "found": len(row), "expected": len(header)})
            continue
        values = {name: row[i].strip() for name, i in col.items()}
        empty = [name for name, value in values.items() if not value]
        if empty:
            errors.append(_("Line %(line)d: empty %(columns)s.") % {"line": line, "columns": ", ".join(empty)})
            continue
        too_long = [f"{name} ({COLUMN_LIMITS[name]})" for name, value in values.items()
                    if name in COLUMN_LIMITS and len(value) > COLUMN_LIMITS[name]]
        if too_long:
            errors.append(_("Line %(line)d: too long (at most the number of characters given): %(columns)s.") % {
                "line": line, "columns": ", ".join(too_long)})
            continue
        if any("\x00" in value for value in values.values()):
            errors.append(_("Line %(line)d: an invisible NUL character (code 0) cannot be stored.") % {"line": line})
            continue
        municipality = lookup.get(search_key(values["municipality"]))
        if municipality is None:
            errors.append(_("Line %(line)d: “%(value)s” is not one of the 19 municipalities (name or NIS code).") % {
                "line": line, "value": values["municipality"]})
            continue
        if values["id"] in seen:
            errors.append(_("Line %(line)d: the id %(id)s was already used on line %(first)d.") % {
                "line": line, "id": values["id"], "first": seen[values["id"]]})
            continue
        seen[values["id"]] = line
        parsed.append(ParsedRow(line, values["id"], values["first_name"], values["last_name"], values["street"],
                                values["postcode"], municipality))
    if not parsed and not errors:
        errors.append(_("The file lists nobody."))
    if errors:
        shown = errors[:MAX_REPORTED_ERRORS]
        if len(errors) > MAX_REPORTED_ERRORS:
            shown.append(_("… and %(count)d more problem(s).") % {"count": len(errors) - MAX_REPORTED_ERRORS})
        raise RegisterError(shown)
    return parsed


@transaction.atomic
def store_register(panel: Panel, filename: str, rows: list[ParsedRow]) -> int:
    """Replace the panel's register extract by these rows (only before the invitations are drawn)."""
    panel.register_entries.all().delete()
    RegisterEntry.objects.bulk_create([
        RegisterEntry(panel=panel, line=r.line, external_id=r.external_id, first_name=r.first_name,
                      last_name=r.last_name, street=r.street, postcode=r.postcode, municipality_id=r.municipality_id)
        for r in rows], batch_size=1000)
    panel.register_filename = filename[:200]
    panel.save(update_fields=["register_filename"])
    return len(rows)


def draw_invitation_entries(panel: Panel, count: int, seed: str, stratified: bool) -> list[RegisterEntry]:
    """The register entries that receive an invitation: a uniform draw, or stratified by municipality in
    proportion to its population (largest remainders), reproducible from the recorded seed."""
    entries = list(panel.register_entries.select_related("municipality").order_by("line"))
    count = min(count, len(entries))
    rng = random.Random(int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16))
    if not stratified:
        return rng.sample(entries, count)
    # Strata keyed by NIS code (not database ids), so that the same seed draws the same people anywhere.
    by_municipality: dict[str, list[RegisterEntry]] = defaultdict(list)
    population: dict[str, int] = {}
    for entry in entries:
        by_municipality[entry.municipality.nis_code].append(entry)
        population[entry.municipality.nis_code] = entry.municipality.population
    allocation = allocate(count, population, {k: len(v) for k, v in by_municipality.items()})
    chosen: list[RegisterEntry] = []
    for nis_code in sorted(by_municipality):
        chosen += rng.sample(by_municipality[nis_code], allocation.get(nis_code, 0))
    rng.shuffle(chosen)
    return chosen


def allocate(count: int, weights: dict[str, int], available: dict[str, int]) -> dict[str, int]:
    """`count` split in proportion to `weights` by largest remainders, never above what is available."""
    allocation = {k: 0 for k in weights}
    remaining = count
    open_keys = {k for k in weights if available.get(k, 0) > 0}
    while remaining > 0 and open_keys:
        total = sum(weights[k] for k in open_keys) or len(open_keys)
        quotas = {k: remaining * (weights[k] or 1) / total for k in open_keys}
        floors = {k: min(int(q), available[k] - allocation[k]) for k, q in quotas.items()}
        given = sum(floors.values())
        for k, n in floors.items():
            allocation[k] += n
        left = remaining - given
        for k in sorted(open_keys, key=lambda k: (-(quotas[k] - int(quotas[k])), k)):
            if left <= 0:
                break
            if allocation[k] < available[k]:
                allocation[k] += 1
                left -= 1
        remaining = count - sum(allocation.values())
        open_keys = {k for k in open_keys if allocation[k] < available[k]}
        if given == 0 and left == remaining:  # nothing could be placed
            break
    return allocation


def create_invitations(panel: Panel, entries: list[RegisterEntry]) -> list[Invitation]:
    used = set(Invitation.objects.values_list("code", flat=True))
    invitations = []
    for number, entry in enumerate(entries, start=1):
        code = new_code(used)
        used.add(code)
        invitations.append(Invitation(panel=panel, entry=entry, code=code, municipality_id=entry.municipality_id,
                                      number=number))
    return Invitation.objects.bulk_create(invitations, batch_size=1000)


def new_code(used: set[str], length: int = CODE_LENGTH) -> str:
    """A random code of unambiguous characters (not derived from the seed: codes must not be guessable)."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
        if code not in used:
            return code


def normalise_code(raw: str) -> str:
    """What the person typed, as stored: capitals, without spaces or dashes."""
    return "".join(ch for ch in (raw or "").upper() if ch.isalnum())[:32]
