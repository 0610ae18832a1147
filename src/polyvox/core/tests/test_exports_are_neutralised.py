"""Every CSV export of the apps writes through `core.spreadsheet.writer`, which neutralises cells a
spreadsheet would read as formulas (`=`, `+`, `-`, `@`, tab, carriage return: OWASP's CSV injection).
Each app's own test opens its export with a hostile value (test_csv_injection.py); this one finds an
export that would bypass the writer, e.g. a new one written with `csv.writer` directly.

The engines are left out on purpose: they write data files for other tools in those tools' formats
(pabulib's `.pb`, Polis' exports), read by programs, not spreadsheets, and must keep every byte; the apps that
hand them people's texts neutralise those texts first (budgets.counting.pabulib_text, consultations.imports)."""

from __future__ import annotations

import re
from pathlib import Path

import polyvox

PLAIN_WRITER = re.compile(r"\bcsv\.(writer|DictWriter)\(|\bopenpyxl\b|\bxlsxwriter\b")


def test_no_app_writes_csv_around_the_neutralising_writer():
    root = Path(polyvox.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] == "engines" or "tests" in relative.parts or "migrations" in relative.parts:
            continue
        if relative.as_posix() == "core/spreadsheet.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if PLAIN_WRITER.search(line.split("#", 1)[0]):
                found.append(f"{relative}:{number}: {line.strip()}")
    assert not found, "CSV written without core.spreadsheet.writer (formula cells not neutralised):\n" + "\n".join(found)
