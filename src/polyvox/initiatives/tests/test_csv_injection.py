"""An initiative's text that a spreadsheet would run as a formula is exported as text."""

import csv
import io

import pytest
from django.urls import reverse

from polyvox.initiatives.models import Initiative

pytestmark = pytest.mark.django_db


def test_csv_export_neutralises_formulas(client, inventory):
    item = Initiative.objects.filter(publication_state="published").first()
    Initiative.objects.filter(pk=item.pk).update(title_fr="=cmd|' /C calc'!A0", title_nl="@SUM(1)", summary_en="\tx")
    response = client.get(reverse("initiatives:export", args=["csv"]))
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    row = next(r for r in rows if r["id"] == str(item.pk))
    assert row["title_fr"] == "'=cmd|' /C calc'!A0" and row["title_nl"] == "'@SUM(1)"
    for r in rows:
        for value in r.values():
            assert not (value or "").startswith(("=", "+", "-", "@", "\t", "\r")), r
