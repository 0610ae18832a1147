"""Issue 12 item 6: the workshop report's PDF keeps every line inside the page's margins (programme and vote
tables wrap), carries the Service's identity and signature lines, in French and in Dutch."""

from __future__ import annotations

import pytest

from polyvox.core import pdf
from polyvox.core.tests.pdf_layout import outside, text_lines
from polyvox.workshops import report, services, voting

LONG = ("Transformer durablement la place communale en un espace partagé, végétalisé et accessible à toutes les "
        "générations, avec des bancs, de l'ombre et une fontaine ") + "https://participation.brussels/" + "a" * 90


@pytest.mark.django_db
@pytest.mark.parametrize("language, signature, service", [("fr", "Signature", "Service de la Participation"),
                                                          ("nl", "Handtekening", "Dienst Participatie")])
def test_report_pdf_stays_inside_the_margins_with_identity_and_signatures(make_workshop, join_client, facilitator, language,
                                                                         signature, service):
    workshop = make_workshop(title="Atelier " + "très " * 20 + "long")
    services.compose(workshop, facilitator, "actions")
    _client, participant = join_client(workshop)
    ideas_activity = workshop.activities.get(kind="ideas")
    ideas_activity.title_fr = ideas_activity.title_nl = "Diverger : écrire des idées sans se censurer " * 3
    ideas_activity.save()
    services.open_activity(ideas_activity, facilitator)
    ideas = [services.add_idea(participant, ideas_activity, LONG + str(n)) for n in range(4)]
    dots = workshop.activities.get(kind="dots")
    services.open_activity(dots, facilitator)
    for idea in ideas[:3]:
        voting.vote(participant, dots, idea, 1, secret="s")
    voting.reveal(dots, facilitator)
    data = report.pdf(workshop, language)
    crossing = outside(data, pdf.MARGIN)
    assert not crossing, [(line.page, line.text[:40], round(line.x), round(line.right)) for line in crossing][:5]
    lines = text_lines(data)
    texts = " ".join(line.text for line in lines)
    assert service in texts and signature in texts
    assert max(line.page for line in lines) >= 1


def test_forecast_values_in_the_pdf_are_written_the_way_of_its_language():
    from types import SimpleNamespace

    number, date = SimpleNamespace(kind="number"), SimpleNamespace(kind="date")
    assert report._pdf_value(number, "fr")(1234.5) == "1\u00a0234,5" and report._pdf_value(number, "nl")(1234.5) == "1.234,5"
    assert report._pdf_value(number, "en")(1234.5) == "1,234.5" and report._pdf_value(number, "fr")(37.0) == "37"
    assert report._pdf_value(date, "nl")(739000) != "" and "-" not in report._pdf_value(date, "fr")(739000)
