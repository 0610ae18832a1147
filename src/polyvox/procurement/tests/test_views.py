"""Pages: the providers' directory and its filter, membership and a contract through the forms, roles."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from polyvox.organisations.models import Organisation
from polyvox.procurement import services
from polyvox.procurement.models import Membership, SubsequentContract

from .conftest import lot, make_user, provider_user
from polyvox.accounts.testing import sign_in


@pytest.mark.parametrize("language, heading", [("fr", "Prestataires de la centrale de marchés"), ("nl", "Dienstverleners van de opdrachtcentrale"),
                                               ("en", "Providers of the framework contract")])
def test_directory_in_each_language(client, framework, language, heading):
    page = client.get(f"/{language}/providers/")
    assert page.status_code == 200
    html = page.content.decode()
    assert heading in html and "Provider 4-6" not in html and "Provider 1-1" in html and f'lang="{language}"' in html


def test_directory_filter_by_lot_in_rank_order(client, framework):
    html = client.get("/fr/providers/?lot=4").content.decode()
    assert "Provider 4-1" in html and "Provider 3-1" not in html
    assert html.index("Provider 4-1") < html.index("Provider 4-2") < html.index("Provider 4-3")


@pytest.mark.parametrize("value", ["99", "abc", "<script>", "-1"])
def test_directory_unknown_lot_gives_a_note(client, framework, value):
    page = client.get("/en/providers/", {"lot": value})
    assert page.status_code == 200
    html = page.content.decode()
    assert "There is no lot" in html and "<script>" not in html.split("<main")[1]


def test_provider_page(client, framework):
    html = client.get("/en/providers/provider-3-2/").content.decode()
    assert "Provider 3-2" in html and "Lot 3" in html and "rank 2" in html
    assert client.get("/en/providers/nobody/").status_code == 404


def test_membership_through_the_pages(client, framework, staff):
    body = Organisation.objects.create(name="Commune de Jette", slug="commune-jette-t", kind="municipality")
    editor = make_user("jette@example.org", organisation=body, role="editor", language="nl")
    sign_in(client, editor)
    response = client.post("/nl/procurement/membership/request/", {"organisation": body.pk, "need": "Burgerpanel", "language": "nl"})
    membership = Membership.objects.get(organisation=body)
    assert response.status_code == 302 and membership.state == "requested"
    assert any("staff@example.org" in m.to for m in mail.outbox)
    # The editor cannot record the meeting; staff can.
    assert client.post(f"/nl/procurement/memberships/{membership.pk}/", {"action": "meeting", "meeting-date": "2026-01-10"}).status_code == 403
    sign_in(client, staff)
    client.post(f"/fr/procurement/memberships/{membership.pk}/", {"action": "meeting", "meeting-date": "2026-01-10", "meeting-notes": "Besoins"})
    membership.refresh_from_db()
    assert membership.state == "meeting_held"
    sign_in(client, editor)
    pdf = client.get(f"/nl/procurement/memberships/{membership.pk}/protocol.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    bad = client.post(f"/nl/procurement/memberships/{membership.pk}/", {
        "action": "sign", "sign-signed_on": "2026-01-20", "sign-signatory_name": "Burgemeester",
        "sign-document": SimpleUploadedFile("p.pdf", b"not a pdf", content_type="application/pdf")})
    assert bad.status_code == 400 and "geen pdf" in bad.content.decode()
    membership.refresh_from_db()
    assert membership.state == "meeting_held"
    client.post(f"/nl/procurement/memberships/{membership.pk}/", {"action": "sign", "sign-signed_on": "2026-01-20", "sign-signatory_name": "Burgemeester"})
    membership.refresh_from_db()
    assert membership.state == "member" and membership.signatory_name == "Burgemeester"


def test_provider_cannot_request_membership(client, framework):
    sign_in(client, provider_user(1, 1))
    assert client.get("/fr/procurement/membership/request/").status_code == 403


def test_need_form_amounts_and_errors(client, framework, member, official):
    sign_in(client, official)
    data = {"organisation": member.pk, "title": "Panel", "need": "Facilitation"}
    for amount, message in [("-5", "négatif"), ("beaucoup", "pas un montant"), ("95.000,00", "plafond")]:
        response = client.post("/fr/procurement/contracts/new/", {**data, "amount_3": amount})
        assert response.status_code == 400 and message in response.content.decode(), amount
        assert 'value="Panel"' in response.content.decode()
    assert not SubsequentContract.objects.exists()
    response = client.post("/fr/procurement/contracts/new/", {**data, "amount_3": "30 000,50"})
    contract = SubsequentContract.objects.get()
    assert response.status_code == 302 and contract.estimated_amount == Decimal("30000.50") and contract.procedure == "recompetition"


def test_member_sees_its_own_contracts_only(client, framework, member, official, staff):
    mine = services.record_need(member, lot(framework, 3), official, title="Mine", need="N", amount=Decimal("20000"))
    other_body = Organisation.objects.create(name="Autre", slug="autre", kind="municipality")
    Membership.objects.create(framework=framework, organisation=other_body, state="member")
    theirs = services.record_need(other_body, lot(framework, 3), staff, title="Theirs", need="N", amount=Decimal("20000"))
    sign_in(client, official)
    listing = client.get("/fr/procurement/contracts/").content.decode()
    assert "Mine" in listing and "Theirs" not in listing
    assert client.get(f"/fr/procurement/contracts/{mine.pk}/").status_code == 200
    # Another body's contract is not theirs to see: 404, as if it did not exist.
    assert client.get(f"/fr/procurement/contracts/{theirs.pk}/").status_code == 404
    assert client.get("/fr/procurement/dashboard/").status_code == 403
    assert client.post(f"/fr/procurement/contracts/{theirs.pk}/do/cancel/", {"reason": "x"}).status_code == 404


def test_anonymous_redirected_to_login(client, framework):
    response = client.get("/fr/procurement/contracts/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_transition_not_in_table_refused_through_the_page(client, framework, member, official, staff):
    contract = services.record_need(member, lot(framework, 3), official, title="T", need="N", amount=Decimal("20000"))
    sign_in(client, staff)
    for action in ("order", "launch", "open"):
        response = client.post(f"/fr/procurement/contracts/{contract.pk}/do/{action}/")
        assert response.status_code == 400
    contract.refresh_from_db()
    assert contract.state == "need"
    assert client.post(f"/fr/procurement/contracts/{contract.pk}/do/nonsense/").status_code == 404


def test_dashboard_and_csv(client, framework, member, official, staff):
    services.record_need(member, lot(framework, 3), official, title="T", need="N", amount=Decimal("20000"))
    sign_in(client, staff)
    html = client.get("/fr/procurement/dashboard/").content.decode()
    assert "Tableau de bord" in html and "<table" in html and "cdn" not in html.lower()
    csv = client.get("/fr/procurement/dashboard.csv")
    assert csv["Content-Type"].startswith("text/csv")
    text = csv.content.decode()
    assert "figures,contracts_in_preparation,1" in text and "figures,contracts_under_threshold,1" in text


def test_recompetition_through_the_pages(client, framework, member, official, staff, clock):
    sign_in(client, official)
    client.post("/fr/procurement/contracts/new/", {"organisation": member.pk, "title": "Design", "need": "N", "amount_2": "40.000"})
    contract = SubsequentContract.objects.get()
    url = f"/fr/procurement/contracts/{contract.pk}/do/"
    assert client.post(url + "specification/", {"body": "", "note": ""}).status_code == 302
    sign_in(client, staff)
    bad = client.post(url + "criteria/", {"name_1": "Prix", "kind_1": "price", "weight_1": "30", "name_2": "Qualité", "kind_2": "quality", "weight_2": "30"})
    assert bad.status_code == 400 and "100" in bad.content.decode()
    client.post(url + "criteria/", {"name_1": "Prix", "kind_1": "price", "weight_1": "40", "name_2": "Qualité", "kind_2": "quality", "weight_2": "60"})
    deadline = (dt.datetime.now() + dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    assert client.post(url + "invite/", {"deadline": deadline}).status_code == 302
    sign_in(client, provider_user(2, 1))
    assert client.post(url + "question/", {"text": "Combien de réunions ?"}).status_code == 302
    assert client.post(url + "offer/", {"price": "38.500,00", "proposal": "Plan A"}).status_code == 302
    assert client.post(url + "offer/", {"price": "-1", "proposal": "Plan B"}).status_code == 400
    sign_in(client, provider_user(2, 2))
    assert client.post(url + "offer/", {"price": "36 000", "proposal": "Plan C"}).status_code == 302
    sign_in(client, staff)
    question = contract.questions.get()
    client.post(url + "answer/", {"question": question.pk, "answer": "Trois."})
    sign_in(client, provider_user(2, 2))
    assert "Trois." in client.get(f"/fr/procurement/contracts/{contract.pk}/").content.decode()
    clock.advance(days=4)
    assert client.post(url + "offer/", {"price": "30 000", "proposal": "late"}).status_code == 400
    sign_in(client, staff)
    client.post(url + "open/")
    assert client.post(url + "score/", {}).status_code == 400  # no declaration yet
    client.post(url + "declare/", {"confirm": "on"})
    offers = {o.provider.slug: o for o in contract.offers.all()}
    quality = contract.criteria.get(kind="quality")
    client.post(url + "score/", {f"score-{offers['provider-2-1'].pk}-{quality.pk}": "9", f"score-{offers['provider-2-2'].pk}-{quality.pk}": "5"})
    client.post(url + "award/", {"offer": offers["provider-2-1"].pk, "justification": "Meilleure qualité", f"reason-{offers['provider-2-2'].pk}": "Méthode trop légère"})
    contract.refresh_from_db()
    assert contract.state == "awarded"
    sign_in(client, official)
    assert client.get(f"/fr/procurement/contracts/{contract.pk}/award-report.pdf").status_code == 200
    client.post(url + "validate/", {"decision_body": "Collège", "decision_date": dt.date.today().isoformat(), "decision_reference": "C/1"})
    sign_in(client, staff)
    client.post(url + "order/")
    sign_in(client, official)
    client.post(url + "launch/")
    contract.refresh_from_db()
    assert contract.state == "launched" and contract.order_number


def test_cascade_through_the_pages(client, framework, member, official, staff, clock):
    contract = services.record_need(member, lot(framework, 4), official, title="Affiches", need="N", amount=Decimal("18000"))
    services.draft_specification(contract, staff)
    sign_in(client, staff)
    assert client.post(f"/fr/procurement/contracts/{contract.pk}/do/cascade/").status_code == 302
    url = f"/fr/procurement/contracts/{contract.pk}/do/"
    # The second-ranked provider is not asked yet: it cannot see the request, nor answer it.
    sign_in(client, provider_user(4, 2))
    assert client.get(f"/fr/procurement/contracts/{contract.pk}/").status_code == 404
    sign_in(client, provider_user(4, 1))
    page = client.get(f"/fr/procurement/contracts/{contract.pk}/").content.decode()
    assert "La demande vous est adressée" in page
    assert client.post(url + "decline/", {"reason": "Pas disponible"}).status_code == 302
    # Time moves past the second provider's deadline: the periodic task moves on to the third.
    clock.advance(days=7)
    from polyvox.procurement.tasks import advance_cascades

    advance_cascades.enqueue()
    sign_in(client, provider_user(4, 2))
    assert "Rien n'attend votre réponse" in client.get(f"/fr/procurement/contracts/{contract.pk}/").content.decode()
    assert client.post(url + "accept/", {"accept-price": "17000", "accept-proposal": "late"}).status_code == 400
    sign_in(client, provider_user(4, 3))
    assert client.post(url + "accept/", {"accept-price": "17.500,00", "accept-proposal": "Affiches et réseaux sociaux"}).status_code == 302
    contract.refresh_from_db()
    assert contract.state == "awarded" and contract.awarded_offer.price == Decimal("17500")
    statuses = list(contract.invitations.order_by("rank").values_list("status", flat=True))
    assert statuses == ["declined", "expired", "accepted"]
    sign_in(client, official)
    assert client.get(f"/fr/procurement/contracts/{contract.pk}/award-report.pdf").status_code == 200


def test_staff_record_a_meeting_with_any_public_body(client, framework, staff):
    from polyvox.procurement.models import NeedsMeeting

    body = Organisation.objects.create(name="CPAS d'Evere", slug="cpas-evere", kind="cpas")
    sign_in(client, staff)
    response = client.post("/fr/procurement/memberships/", {"organisation": body.pk, "date": "2026-02-03", "notes": "Premier contact"})
    assert response.status_code == 302
    assert NeedsMeeting.objects.get().organisation == body
    assert client.post("/fr/procurement/memberships/", {"organisation": body.pk, "date": "pas une date"}).status_code == 400
    assert "CPAS d&#x27;Evere" in client.get("/fr/procurement/memberships/").content.decode()
