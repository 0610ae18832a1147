"""The generated PDFs open and contain the parties, the lot and the amounts (text extracted with pypdf)."""

import datetime as dt
import io
from decimal import Decimal

from django.urls import reverse
from pypdf import PdfReader

from polyvox.procurement import documents, services
from polyvox.procurement.models import Membership, Offer

from .conftest import later, lot, provider, provider_user
from polyvox.accounts.testing import sign_in


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")


def test_membership_protocol_in_each_language(framework, member):
    membership = Membership.objects.get(organisation=member)
    for language, words in [("fr", ["Protocole d'adhésion", "gratuit", "exclusivité"]), ("nl", ["Toetredingsprotocol", "kosteloos", "exclusiviteit"]),
                            ("en", ["Membership protocol", "free of charge", "exclusivity"])]:
        membership.language = language
        text = text_of(documents.membership_protocol(membership))
        assert "Commune d'Exemple" in text and "A. Bourgmestre" in text
        for word in words:
            assert word in text, (language, word)


def _awarded(framework, member, official, staff, clock):
    contract = services.record_need(member, lot(framework, 1), official, title="Mission globale", need="N", amount=Decimal("95000"))
    services.draft_specification(contract, staff)
    services.set_criteria(contract, staff, [("Prix", "price", 50), ("Méthode", "quality", 50)])
    services.invite_offers(contract, staff, deadline=later(days=5))
    services.submit_offer(contract, provider(1, 1), provider_user(1, 1), price=Decimal("90000.50"), proposal="A")
    services.submit_offer(contract, provider(1, 2), provider_user(1, 2), price=Decimal("85000"), proposal="B")
    clock.advance(days=6)
    services.open_offers(contract, staff)
    services.declare_no_conflict(contract, staff, "none")
    quality = contract.criteria.get(kind="quality")
    services.score_offer(Offer.objects.get(provider=provider(1, 1)), quality, staff, Decimal(10))
    services.score_offer(Offer.objects.get(provider=provider(1, 2)), quality, staff, Decimal(4))
    services.award(contract, staff, offer=Offer.objects.get(provider=provider(1, 1)), justification="Best methodology by far",
                   reasons={Offer.objects.get(provider=provider(1, 2)).pk: "Methodology too thin"})
    return contract


def test_award_report_and_purchase_order(framework, member, official, staff, clock, client):
    contract = _awarded(framework, member, official, staff, clock)
    report = text_of(documents.award_report(contract, services.ranking(contract)))
    for expected in ["Rapport d'attribution", "Provider 1-1", "Provider 1-2", "90 000,50 €", "85 000,00 €", "18 900,11 €", "108 900,61 €",
                     "Best methodology by far", "Methodology too thin", "Commune d'Exemple", "Lot 1"]:
        assert expected in report, expected
    services.validate(contract, official, decision_body="Collège", decision_date=dt.date.today(), decision_reference="CBE/42")
    number = services.issue_order(contract, staff)
    order = text_of(documents.purchase_order(contract))
    for expected in ["Bon de commande", number, "Provider 1-1", "Commune d'Exemple", "90 000,50 €", "21 %", "18 900,11 €", "108 900,61 €", "CBE/42"]:
        assert expected in order, expected
    sign_in(client, official)
    response = client.get(reverse("procurement:purchase_order", args=[contract.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    sign_in(client, provider_user(1, 1))
    assert client.get(reverse("procurement:purchase_order", args=[contract.pk])).status_code == 200
    sign_in(client, provider_user(1, 2))
    assert client.get(reverse("procurement:purchase_order", args=[contract.pk])).status_code == 404  # not theirs


def test_documents_in_dutch(framework, member, official, staff, clock):
    contract = _awarded(framework, member, official, staff, clock)
    contract.language = "nl"
    text = text_of(documents.award_report(contract, services.ranking(contract)))
    assert "Gunningsverslag" in text and "€ 90.000,50" in text and "€ 108.900,61" in text


def test_award_report_of_a_cascade(framework, member, official, staff):
    contract = services.record_need(member, lot(framework, 6), official, title="Évaluation", need="N", amount=Decimal("15000"))
    services.draft_specification(contract, staff)
    services.start_cascade(contract, staff)
    services.cascade_decline(contract, provider(6, 1), provider_user(6, 1), reason="Pas disponible")
    services.cascade_accept(contract, provider(6, 2), provider_user(6, 2), price=Decimal("14800"), proposal="OK")
    contract.refresh_from_db()
    text = text_of(documents.award_report(contract, services.ranking(contract)))
    for expected in ["Cascade", "Provider 6-1", "refusé", "Provider 6-2", "14 800,00 €", "3 108,00 €", "17 908,00 €", "Lot 6"]:
        assert expected in text, expected


def test_every_procurement_pdf_stays_inside_its_margins_with_identity_signatures_and_one_number_format(framework, member, official,
                                                                                                      staff, clock):
    """Issue 12 item 6: the award report, the purchase order and the membership protocol, in FR and NL."""
    import re

    from polyvox.core import pdf
    from polyvox.core.tests.pdf_layout import outside

    contract = _awarded(framework, member, official, staff, clock)
    contract.title = "Accompagnement " + "participatif " * 25
    services.validate(contract, official, decision_body="Collège", decision_date=dt.date.today(), decision_reference="CBE/42")
    services.issue_order(contract, staff)
    membership = Membership.objects.get(organisation=member)
    for language, service, signature, score in [("fr", "Service de la Participation", "Signature", "50,00"),
                                                ("nl", "Dienst Participatie", "Handtekening", "50,00")]:
        contract.language = membership.language = language
        documents_made = {
            "award report": documents.award_report(contract, services.ranking(contract)),
            "purchase order": documents.purchase_order(contract),
            "membership protocol": documents.membership_protocol(membership),
        }
        for name, data in documents_made.items():
            crossing = outside(data, pdf.MARGIN)
            assert not crossing, (language, name, [(line.text[:40], round(line.x), round(line.right)) for line in crossing][:5])
            text = text_of(data)
            address = "Naamsestraat 59" if language == "nl" else "Rue de Namur 59"
            assert service in text and address in text, (language, name)
            assert signature in text, (language, name)
            # No figure written the English way ("37.56") in a French or Dutch document.
            assert not re.search(r"(?<![\d.])\d+\.\d{2}(?!\d)", text.replace("perspective.brussels", "")), (language, name)
        assert score in text_of(documents_made["award report"])  # the price score, 50 points, as a Belgian figure
