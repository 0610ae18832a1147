"""Cells safe to open in a spreadsheet: every CSV export of the platform writes through `writer()`.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by spreadsheet programs
as a formula (CSV injection: `=cmd|' /C calc'!A0` runs a program, `=HYPERLINK(...)` leaks data). As
OWASP recommends, such a cell is written with a single quote in front, which the spreadsheet shows
as text. Numbers are written as they are (a negative amount stays a number).
"""

from __future__ import annotations

import csv
from decimal import Decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The value, or the text prefixed with a single quote when a spreadsheet would read it as a formula."""
    if value is None or isinstance(value, (bool, int, float, Decimal)):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def safe_row(row) -> list:
    return [safe_cell(value) for value in row]


class SafeWriter:
    """csv.writer whose every cell goes through `safe_cell`."""

    def __init__(self, stream, **options):
        self._writer = csv.writer(stream, **options)

    def writerow(self, row):
        return self._writer.writerow(safe_row(row))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(stream, **options) -> SafeWriter:
    """A CSV writer for exports (same options as csv.writer), neutralising formula-like cells."""
    return SafeWriter(stream, **options)
