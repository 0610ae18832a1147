"""The framework contract's figures export writes formula-like cells as text."""

import csv
import io

import pytest

from polyvox.procurement import stats

pytestmark = pytest.mark.django_db


def test_dashboard_csv_neutralises_formulas(framework, member, official):
    figures = stats.figures()
    figures["members_by_kind"] = [{"kind": "=cmd|' /C calc'!A0", "count": 1}]
    rows = list(csv.reader(io.StringIO(stats.as_csv(figures))))
    assert ["members_by_kind", "'=cmd|' /C calc'!A0", "1"] in rows
