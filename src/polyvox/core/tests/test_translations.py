"""Every French and Dutch interface catalogue of the project is complete: no empty, no fuzzy msgstr."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(
    path
    for lang in ("fr", "nl")
    for domain in ("django.po", "djangojs.po")
    for path in PACKAGE.glob(f"**/locale/{lang}/LC_MESSAGES/{domain}")
)


def read_po(path: Path) -> list[dict]:
    """Entries of a .po file: flags, msgid, msgid_plural and every msgstr (plural forms included)."""
    entries: list[dict] = []
    entry: dict | None = None
    field = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        starts_entry = line.startswith("#") or line.startswith("msgid ") or line.startswith("msgctxt ")
        if not line or (entry is not None and entry["msgstr"] and starts_entry):
            if entry is not None:
                entries.append(entry)
            entry = None
            if not line:
                continue
        if entry is None:
            entry = {"flags": set(), "msgid": "", "msgid_plural": None, "msgstr": {}, "obsolete": False}
        if line.startswith("#~"):
            entry["obsolete"] = True
            continue
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            continue
        if line.startswith("#"):
            continue
        match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line)
        if match:
            keyword, index, value = match.group(1), match.group(2), ast.literal_eval(match.group(3))
            if keyword.startswith("msgstr"):
                field = ("msgstr", index or "0")
                entry["msgstr"][field[1]] = value
            else:
                field = (keyword, None)
                entry[keyword] = value
        elif line.startswith('"') and field is not None:
            value = ast.literal_eval(line)
            if field[0] == "msgstr":
                entry["msgstr"][field[1]] += value
            else:
                entry[field[0]] = (entry[field[0]] or "") + value
    if entry is not None:
        entries.append(entry)
    return entries


def problems(path: Path) -> list[str]:
    found = []
    for entry in read_po(path):
        if entry["obsolete"] or entry["msgid"] == "":
            continue  # the header may stay fuzzy; obsolete entries are not compiled
        if "fuzzy" in entry["flags"]:
            found.append(f"fuzzy: {entry['msgid']!r}")
        elif not entry["msgstr"] or any(not value.strip() for value in entry["msgstr"].values()):
            found.append(f"empty: {entry['msgid']!r}")
    return found


def test_there_are_catalogues_to_check():
    assert any("core/locale/fr" in str(path) for path in CATALOGUES)
    assert any("core/locale/nl" in str(path) for path in CATALOGUES)


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_french_and_dutch_catalogues_are_complete(path):
    found = problems(path)
    assert not found, f"{path.relative_to(PACKAGE)} has {len(found)} untranslated or fuzzy entries:\n" + "\n".join(found)


def test_the_reader_catches_empty_fuzzy_and_plural_gaps(tmp_path):
    sample = tmp_path / "django.po"
    sample.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, fuzzy\nmsgid "Old"\nmsgstr "Vieux"\n\n'
        'msgid "Empty"\nmsgstr ""\n\n'
        'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"\nmsgstr[1] ""\n\n'
        'msgid ""\n"Long "\n"text"\nmsgstr ""\n"Long "\n"texte"\n\n'
        '#~ msgid "Gone"\n#~ msgstr ""\n',
        encoding="utf-8",
    )
    assert problems(sample) == ["fuzzy: 'Old'", "empty: 'Empty'", "empty: 'one'"]
