"""A volunteer's registration that a spreadsheet would run as a formula is exported as text."""

import csv
import io

import pytest
from django.urls import reverse

from polyvox.panels.models import VolunteerStatus

pytestmark = pytest.mark.django_db


def test_members_csv_neutralises_formulas(world, editor_client, drawn_panel):
    member = drawn_panel.volunteers.filter(status=VolunteerStatus.SELECTED).first()
    member.first_name, member.last_name, member.needs, member.phone = "=cmd|' /C calc'!A0", "@Dupont", "-1+2", "+32 2 555 00 00"
    member.save()
    response = editor_client.get(reverse("panels:members_csv", args=[drawn_panel.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    row = next(r for r in rows if r[0] == member.pseudonym)
    assert row[1:5] == ["'=cmd|' /C calc'!A0", "'@Dupont", member.email, "'+32 2 555 00 00"]
    assert row[6] == "'-1+2"
