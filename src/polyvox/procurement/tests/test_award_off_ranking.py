"""Issue 12 item 1: awarding to another offer than the best-ranked one needs a listed legal ground, a reasoning of
substance and the approval of a second staff member; the award report and the letters say so. Through the web
client, as staff would do it."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from pypdf import PdfReader

from polyvox.core.transitions import history
from polyvox.procurement import documents, services
from polyvox.procurement.models import Offer, SubsequentContract

from .conftest import later, lot, make_user, provider, provider_user
from polyvox.accounts.testing import sign_in

REASONING = ("La vérification du 3 mars a montré que l'offre classée première ne comporte pas le planning exigé à l'article 7 "
             "du cahier des charges ni le curriculum des animateurs; l'irrégularité est substantielle et ne peut être régularisée.")


@pytest.fixture
def second_staff(db):
    return make_user("staff2@example.org", staff=True, language="nl")


@pytest.fixture
def scored(framework, member, official, staff, clock):
    """A re-competition with two opened offers: Provider 1-1 ranked first (91.xx), Provider 1-2 second."""
    contract = services.record_need(member, lot(framework, 1), official, title="Mission globale", need="N", amount=Decimal("95000"))
    services.draft_specification(contract, staff)
    services.set_criteria(contract, staff, [("Prix", "price", 40), ("Méthode", "quality", 60)])
    services.invite_offers(contract, staff, deadline=later(days=5))
    services.submit_offer(contract, provider(1, 1), provider_user(1, 1), price=Decimal("90000"), proposal="A")
    services.submit_offer(contract, provider(1, 2), provider_user(1, 2), price=Decimal("85000"), proposal="B")
    clock.advance(days=6)
    services.open_offers(contract, staff)
    services.declare_no_conflict(contract, staff, "none")
    quality = contract.criteria.get(kind="quality")
    services.score_offer(Offer.objects.get(provider=provider(1, 1)), quality, staff, Decimal(9))
    services.score_offer(Offer.objects.get(provider=provider(1, 2)), quality, staff, Decimal(5))
    rows = services.ranking(contract)
    assert rows[0]["offer"].provider == provider(1, 1)
    return contract


def post_award(client, contract, offer, **fields):
    data = {"offer": offer.pk, "justification": "Test", **fields}
    return client.post(reverse("procurement:contract_action", args=[contract.pk, "award"]), data)


def second(contract):
    return Offer.objects.get(contract=contract, provider=provider(1, 2))


def test_best_ranked_award_needs_nothing_extra(scored, staff, client):
    sign_in(client, staff)
    best = Offer.objects.get(contract=scored, provider=provider(1, 1))
    response = post_award(client, scored, best)
    assert response.status_code == 302
    scored.refresh_from_db()
    assert scored.state == "awarded" and scored.awarded_offer == best and not scored.deviation_ground
    # The success message says what was done, in the page's language, not "Done."
    page = client.get(reverse("procurement:contract_detail", args=[scored.pk]))
    assert "Award report drawn up; the providers are informed." in page.content.decode()


@pytest.mark.parametrize("fields", [
    {},                                                                                   # no ground, no text
    {"ground": "irregular", "reasoning": "", "understood": "on"},                          # empty text
    {"ground": "irregular", "reasoning": "Test", "understood": "on"},                      # the placeholder of the report
    {"ground": "irregular", "reasoning": "test test test " * 10, "understood": "on"},       # long but empty of substance
    {"ground": "irregular", "reasoning": "Lorem ipsum dolor sit amet, " * 4, "understood": "on"},
    {"ground": "made-up", "reasoning": REASONING, "understood": "on"},                     # not a listed ground
    {"ground": "irregular", "reasoning": REASONING},                                       # warning not acknowledged
])
def test_off_ranking_refused_without_ground_substance_or_acknowledgement(scored, staff, client, fields):
    sign_in(client, staff)
    mail.outbox.clear()
    response = post_award(client, scored, second(scored), **fields)
    assert response.status_code == 400
    scored.refresh_from_db()
    assert scored.state == "evaluation" and scored.awarded_offer is None and scored.proposed_offer is None
    assert mail.outbox == []


def test_off_ranking_needs_a_second_person(scored, staff, second_staff, client):
    sign_in(client, staff)
    mail.outbox.clear()
    response = post_award(client, scored, second(scored), ground="irregular", reasoning=REASONING, understood="on")
    assert response.status_code == 302
    scored.refresh_from_db()
    assert scored.state == "deviation_proposed" and scored.awarded_offer is None and scored.proposed_offer == second(scored)
    # Nobody outside the Service hears of it yet; the other staff member is asked to decide.
    assert [m.to for m in mail.outbox] == [["staff2@example.org"]]
    # The one who proposed it cannot approve it.
    response = client.post(reverse("procurement:contract_action", args=[scored.pk, "approve_deviation"]))
    assert response.status_code == 400
    scored.refresh_from_db()
    assert scored.state == "deviation_proposed" and scored.awarded_offer is None
    # Another staff member approves: awarded, and every bidder hears the real ranking and the ground.
    sign_in(client, second_staff)
    page = client.get(reverse("procurement:contract_detail", args=[scored.pk])).content.decode()
    assert "approve_deviation" in page
    mail.outbox.clear()
    response = client.post(reverse("procurement:contract_action", args=[scored.pk, "approve_deviation"]))
    assert response.status_code == 302
    scored.refresh_from_db()
    assert scored.state == "awarded" and scored.awarded_offer == second(scored)
    assert scored.deviation_proposed_by == staff and scored.deviation_approved_by == second_staff
    letter = next(m for m in mail.outbox if "p11@example.org" in m.to)
    assert "classée 1 sur 2" in letter.body and "classée 2 (Provider 1-2)" in letter.body
    assert "substantiellement irrégulière" in letter.body and "planning exigé" in letter.body
    assert "Motifs : Test" not in letter.body
    actions = [entry.action for entry in history(scored)]
    assert actions[-2:] == ["propose_deviation", "approve_deviation"]
    assert [e.actor for e in history(scored) if e.action in ("propose_deviation", "approve_deviation")] == [staff, second_staff]


def test_refused_deviation_goes_back_to_scoring(scored, staff, second_staff):
    services.award(scored, staff, offer=second(scored), justification="x", ground="withdrawn", reasoning=REASONING)
    services.refuse_deviation(scored, second_staff, reason="Le retrait n'est pas établi par écrit.")
    scored.refresh_from_db()
    assert scored.state == "evaluation" and scored.proposed_offer is None and not scored.deviation_ground
    assert history(scored).last().action == "refuse_deviation"
    # The best-ranked offer can still be awarded the ordinary way.
    assert services.award(scored, staff, offer=Offer.objects.get(contract=scored, provider=provider(1, 1)), justification="Meilleure offre") == "awarded"


def test_award_report_and_order_state_the_deviation(scored, staff, second_staff, official):
    services.award(scored, staff, offer=second(scored), justification="Offre régulière suivante", ground="irregular", reasoning=REASONING)
    services.approve_deviation(SubsequentContract.objects.get(pk=scored.pk), second_staff)
    scored.refresh_from_db()

    def text(data):
        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)

    report = " ".join(text(documents.award_report(scored, services.ranking(scored))).split())
    for expected in ["Attribution hors classement", "classée 2 sur 2", "Provider 1-1", "substantiellement irrégulière", "planning exigé",
                     "staff@example.org", "staff2@example.org"]:
        assert expected in report, expected
    scored.language = "nl"
    report_nl = " ".join(text(documents.award_report(scored, services.ranking(scored))).split())
    assert "Gunning buiten de rangschikking" in report_nl and "substantieel onregelmatig" in report_nl
    scored.language = "fr"
    services.validate(scored, official, decision_body="Collège", decision_date=dt.date.today(), decision_reference="CBE/9")
    services.issue_order(scored, staff)
    order = " ".join(text(documents.purchase_order(scored)).split())
    assert "hors classement" in order and "substantiellement irrégulière" in order


def test_providers_learn_nothing_before_approval(scored, staff, second_staff, client):
    services.award(scored, staff, offer=second(scored), justification="x", ground="irregular", reasoning=REASONING,
                   reasons={Offer.objects.get(contract=scored, provider=provider(1, 1)).pk: "Planning manquant"})
    sign_in(client, provider_user(1, 1))
    page = client.get(reverse("procurement:contract_detail", args=[scored.pk])).content.decode()
    assert "Planning manquant" not in page and "my-offer-deviation" not in page
    services.approve_deviation(SubsequentContract.objects.get(pk=scored.pk), second_staff)
    page = client.get(reverse("procurement:contract_detail", args=[scored.pk])).content.decode()
    assert "Planning manquant" in page and 'id="my-offer-deviation"' in page
