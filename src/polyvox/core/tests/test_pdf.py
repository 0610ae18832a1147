"""The shared PDF layout: Belgian numbers per language, and the margin check that every PDF test relies on."""

from __future__ import annotations

from decimal import Decimal

import pytest

from polyvox.core import pdf
from polyvox.core.tests.pdf_layout import outside, text_lines

NBSP = "\u00a0"


def test_numbers_and_amounts_in_each_language():
    assert pdf.money(Decimal("41000"), "fr") == f"41{NBSP}000,00{NBSP}€"
    assert pdf.money(Decimal("41000"), "nl") == f"€{NBSP}41.000,00"
    assert pdf.money(Decimal("41000"), "en") == "€41,000.00"
    assert pdf.number(Decimal("37.555"), "fr") == pdf.number(37.555, "nl") == "37,56"
    assert pdf.number(37.56, "en") == "37.56"
    assert pdf.number(1234567, "nl", 0) == "1.234.567" and pdf.number(-1234.5, "fr", 1) == f"-1{NBSP}234,5"
    assert pdf.number(None, "fr") == "—"


@pytest.mark.django_db
def test_a_document_keeps_its_text_inside_the_margins_and_the_check_can_fail():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table
    import io

    doc = pdf.Document("Test", "nl")
    long = "Een heel lang idee over fietspaden " * 12 + "https://example.org/" + "x" * 120
    story = doc.title_block("Titel", "2026/001") + [
        doc.table([["Idee", "Stippen", "Stemmers"]] + [[long, pdf.Number("12"), pdf.Number("7")]] * 3, [6, 1, 1]),
        doc.facts([("Bedrag", pdf.money(41000, "nl"))]),
        doc.signatures([("Jan Peeters", "Directeur"), ("", "Lid")]),
    ]
    data = doc.build(story)
    lines = text_lines(data)
    texts = " ".join(line.text for line in lines)
    assert "Dienst Participatie" in texts and "Naamsestraat 59" in texts and "Handtekening" in texts
    assert not outside(data, pdf.MARGIN), [(l.text, l.x, l.right) for l in outside(data, pdf.MARGIN)][:5]

    buffer = io.BytesIO()  # the same row in a plain table with no wrapping runs past the margin: the check sees it
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=pdf.MARGIN, rightMargin=pdf.MARGIN).build(
        [Table([["Idee", long[:150], "12"]])])
    assert outside(buffer.getvalue(), pdf.MARGIN)
