"""Public pages, exports and the API: what a visitor sees, filters, on-time rates, the documented schema."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.followup import clocks, services

pytestmark = pytest.mark.django_db

REASONS = {"fr": "Oui", "nl": "Ja", "en": "Yes"}


@pytest.fixture
def answered(plan, commitment, authority_editor):
    late = services.add_commitment(plan, {"fr": "Réduire le bruit", "nl": "Minder lawaai", "en": "Less noise"},
                                   reference="R2")
    services.answer(commitment, "adopt", REASONS, by=authority_editor, answered_on=date(2025, 5, 1))
    services.answer(late, "reject", REASONS, by=authority_editor, answered_on=date(2025, 9, 1))
    waiting = services.add_commitment(plan, {"fr": "Un troisième"}, reference="R3")
    for c in (commitment, late, waiting):
        clocks.refresh(c, date(2025, 10, 1))
    return commitment, late, waiting


def url(name, *args, lang="fr"):
    with translation.override(lang):
        return reverse(f"followup:{name}", args=args)


def test_region_page_rates_and_filters(client, answered, authority):
    page = client.get(url("region")).content.decode()
    assert "Parlement (test)" in page
    assert "50,0 % (1/2)" in page or "33,3 % (1/3)" in page  # R1 on time, R2 late, R3 overdue
    overdue = client.get(url("region") + "?overdue=1").content.decode()
    assert "Un troisième" in overdue and "Réduire le bruit" not in overdue.split("all-heading")[1]
    assert client.get(url("region") + "?status=nonsense&commune=x&page=abc").status_code == 200


def test_initiative_page_and_commitment_page(client, answered, initiative):
    page = client.get(url("initiative", initiative.pk, lang="nl")).content.decode()
    assert "Fietspaden aanleggen" in page
    detail = client.get(url("commitment", answered[0].pk, lang="nl")).content.decode()
    assert "aangenomen" in detail and "Ja" in detail
    initiative.publication_state = "draft"
    initiative.save()
    assert client.get(url("initiative", initiative.pk)).status_code == 404
    assert client.get(url("commitment", answered[0].pk)).status_code == 404


def test_initiative_attachment_lists_the_follow_up(client, answered, initiative):
    page = client.get(initiative.get_absolute_url()).content.decode()
    assert reverse("followup:initiative", args=[initiative.pk]) in page


def test_exports(client, answered):
    rows = list(csv.reader(io.StringIO(client.get(url("export-csv")).content.decode())))
    assert rows[0][:3] == ["id", "reference", "initiative_id"] and len(rows) == 4
    body = json.loads(client.get(url("export-json") + "?answer=rejected").content)
    assert [item["reference"] for item in body["items"]] == ["R2"]
    assert body["items"][0]["text"] == {"fr": "Réduire le bruit", "nl": "Minder lawaai", "en": "Less noise"}


def test_api_filters_and_openapi(client, answered, initiative):
    items = client.get("/api/follow-up/commitments/").json()["items"]
    assert {i["reference"] for i in items} == {"R1", "R2", "R3"}
    first = next(i for i in items if i["reference"] == "R1")
    assert first["answer"] == "adopted" and first["answered_on"] == "2025-05-01" and first["answer_due"] == "2025-07-15"
    assert set(first["text"]) == {"fr", "nl", "en"}
    assert [i["reference"] for i in client.get("/api/follow-up/commitments/?overdue=true").json()["items"]] == ["R3"]
    assert client.get("/api/follow-up/commitments/?authority=parlement-test&status=planned").json()["count"] == 3
    assert client.get(f"/api/follow-up/commitments/?initiative={initiative.pk}&answer=adopted").json()["count"] == 1
    assert client.get("/api/follow-up/commitments/?answer=bogus").json()["count"] == 0
    assert client.get("/api/follow-up/commitments/?overdue=maybe").status_code == 422
    schema = client.get("/api/openapi.json").json()
    assert "/api/follow-up/commitments/" in schema["paths"]
    initiative.publication_state = "draft"
    initiative.save()
    assert client.get("/api/follow-up/commitments/").json()["count"] == 0
