"""Evaluation after the OECD guidelines (page and PDF in the reader's language, inclusion against the population,
the missing references said) and the observatory (public and staff, with its open-data export)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.accounts.testing import sign_in
from polyvox.core import pdf
from polyvox.core.tests.pdf_layout import outside
from polyvox.core.workflow import SYSTEM, apply
from polyvox.followup import evaluation, services
from polyvox.followup.models import Criterion
from polyvox.places.models import Municipality
from polyvox.questionnaires import services as questionnaires

pytestmark = pytest.mark.django_db


@pytest.fixture
def evaluated(plan, initiative):
    Municipality.objects.get_or_create(nis_code="21001", defaults={"name_fr": "Anderlecht", "name_nl": "Anderlecht",
                                                                   "population": 120000, "latitude": 50.8, "longitude": 4.3})
    Municipality.objects.get_or_create(nis_code="21004", defaults={"name_fr": "Bruxelles", "name_nl": "Brussel",
                                                                   "population": 180000, "latitude": 50.8, "longitude": 4.3})
    # Criteria set before this past process started (as the demo loads history): written directly, dated.
    Criterion.objects.create(plan=plan, dimension="design_integrity", text_fr="Une question claire",
                             text_nl="Een duidelijke vraag")
    plan.criteria_set_on = date(2024, 1, 5)
    plan.save()
    apply(plan, "publish_evaluation", by=SYSTEM)
    q = questionnaires.create_from_template("oecd-participants", subject=initiative)
    apply(q, "open", by=SYSTEM)
    codes = questionnaires.issue_codes(q, 4)
    for code, commune, clear in zip(codes, ["21001", "21001", "21004"], ["5", "4", "2"]):
        questionnaires.answer(code.token, {"commune": commune, "purpose-clear": clear, "age-band": "25-39"})
    services.add_commitment(plan, {"fr": "Une recommandation", "nl": "Een aanbeveling"}, reference="R9")
    return plan


def test_report_figures(evaluated):
    data = evaluation.report(evaluated)
    assert data.criteria_before_start is True  # set on 5 January, the initiative starts on 1 March
    assert data.rates[0]["received"] == 3 and data.rates[0]["rate"] == 75.0
    design = next(t for t in data.criteria if "Design" in t.title or "conception" in t.title)
    line = next(l for l in design.lines if "purpose" in l.label.lower() or "objectif" in l.label.lower())
    assert line.value == pytest.approx(66.7)
    communes = data.inclusion[0]
    anderlecht = next(l for l in communes.lines if l.label == "Anderlecht")
    people = sum(Municipality.objects.values_list("population", flat=True))
    share = round(100 * Municipality.objects.get(nis_code="21001").population / people, 1)
    assert anderlecht.cells[:3] == [2, 66.7, share] and anderlecht.cells[3] == pytest.approx(66.7 - share, abs=0.11)
    assert "age" in data.inclusion[1].title.lower() or "âge" in data.inclusion[1].title.lower()
    assert data.missing_reference


def test_page_and_pdf_in_dutch(client, evaluated, initiative):
    with translation.override("nl"):
        page = client.get(reverse("followup:evaluation", args=[initiative.pk])).content.decode()
        document = client.get(reverse("followup:evaluation-pdf", args=[initiative.pk]))
    assert "Evaluatieverslag" in page and "Een aanbeveling" in page and "<svg" in page
    assert document["Content-Type"] == "application/pdf"
    assert outside(document.content, pdf.MARGIN) == []
    import pypdf

    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(document.content)).pages)
    assert "Evaluatieverslag" in text and "Dienst Participatie" in text and "**" not in text
    initiative.publication_state = "draft"
    initiative.save()
    with translation.override("nl"):
        assert client.get(reverse("followup:evaluation", args=[initiative.pk])).status_code == 404


def test_observatory_public_and_staff(client, evaluated, staff, stranger):
    with translation.override("fr"):
        page = client.get(reverse("followup:observatory")).content.decode()
        assert "Observatoire" in page and "<table" in page
        rows = list(csv.reader(io.StringIO(client.get(reverse("followup:observatory-csv")).content.decode())))
        assert rows[0] == ["table", "label", "column", "value"] and len(rows) > 5
        staff_url = reverse("followup:observatory-staff")
    sign_in(client, stranger)
    assert client.get(staff_url).status_code == 404
    sign_in(client, staff)
    assert client.get(staff_url).status_code == 200
