"""A participant's idea that a spreadsheet would run as a formula lands in report.csv as text."""

import csv
import io

import pytest
from django.urls import reverse

from polyvox.workshops import services

pytestmark = pytest.mark.django_db

HOSTILE = "=cmd|' /C calc'!A0"


def test_report_csv_neutralises_formulas(facilitator_client, make_workshop, join_client):
    workshop = make_workshop("cps")
    ideas = workshop.activities.get(kind="ideas")
    services.open_activity(ideas, workshop.facilitator)
    ideas.refresh_from_db()
    _client, participant = join_client(workshop, name="@Alice")
    services.add_idea(participant, ideas, HOSTILE)
    services.add_idea(participant, ideas, "+33 2 123 45 67")
    response = facilitator_client.get(reverse("workshops:report", kwargs={"code": workshop.code, "fmt": "csv"}))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    texts = [row[3] for row in rows if row and row[0] == "idea"]
    assert "'" + HOSTILE in texts and "'+33 2 123 45 67" in texts
    assert HOSTILE not in texts
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
