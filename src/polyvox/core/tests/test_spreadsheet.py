"""CSV injection: every cell a spreadsheet would run as a formula is written as text."""

import io
from decimal import Decimal

import pytest

from polyvox.core import spreadsheet

HOSTILE = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"]


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_like_text_gets_a_quote(value):
    assert spreadsheet.safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Bonjour", "a=b", "", "'déjà", "1 + 1", 12, -3, Decimal("-4.50"), 1.5, None, True])
def test_other_values_unchanged(value):
    assert spreadsheet.safe_cell(value) == value


def test_writer_neutralises_every_cell():
    out = io.StringIO()
    writer = spreadsheet.writer(out, lineterminator="\n")
    writer.writerow(["ok", "=1+1", -5])
    writer.writerows([["@x"]])
    assert out.getvalue() == "ok,'=1+1,-5\n'@x\n"
