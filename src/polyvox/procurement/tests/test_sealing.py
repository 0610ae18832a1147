"""Nobody reads an offer before its deadline: not staff, not another provider, not the member; not in a
view, an export, the Django admin or the API."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from polyvox.procurement import services
from polyvox.procurement.models import Offer

from .conftest import PASSWORD, later, lot, make_user, provider, provider_user
from polyvox.accounts.testing import sign_in

SECRET = "SECRET-PROPOSAL-31"
PRICE_SHOWN = ("41 234,56", "41234,56", "41234.56", "41.234,56", "41,234.56")


@pytest.fixture
def sealed(framework, member, official, staff):
    contract = services.record_need(member, lot(framework, 3), official, title="Panel", need="Facilitation", amount=Decimal("45000"))
    services.draft_specification(contract, staff)
    services.set_criteria(contract, staff, [("Prix", "price", 40), ("Méthode", "quality", 60)])
    services.invite_offers(contract, staff, deadline=later(days=7))
    pdf = SimpleUploadedFile("offer.pdf", b"%PDF-1.4\n" + SECRET.encode() + b"\n%%EOF", content_type="application/pdf")
    services.submit_offer(contract, provider(3, 1), provider_user(3, 1), price=Decimal("41234.56"), proposal=SECRET, document=pdf)
    services.submit_offer(contract, provider(3, 2), provider_user(3, 2), price=Decimal("39000"), proposal="other offer")
    return contract


def _leaks(response):
    body = response.content.decode("utf-8", "replace")
    return SECRET in body or any(price in body for price in PRICE_SHOWN)


def _pages(contract, offer):
    return [
        reverse("procurement:contract_detail", args=[contract.pk]),
        reverse("procurement:contracts"),
        reverse("procurement:home"),
        reverse("procurement:offer_document", args=[offer.pk]),
        reverse("procurement:award_report", args=[contract.pk]),
        reverse("procurement:purchase_order", args=[contract.pk]),
        reverse("procurement:dashboard"),
        reverse("procurement:dashboard_csv"),
        "/api/procurement/stats",
        "/api/procurement/providers",
        "/api/procurement/providers?lot=3",
        "/api/openapi.json",
    ]


@pytest.mark.parametrize("who", ["staff", "other_provider", "official", "superuser"])
def test_no_view_export_or_api_shows_an_offer_before_the_deadline(client, sealed, staff, official, who):
    user = {"staff": staff, "other_provider": provider_user(3, 2), "official": official,
            "superuser": make_user("root@example.org", staff=True)}[who]
    if who == "superuser":
        user.is_superuser = True
        user.save()
    sign_in(client, user)
    offer = Offer.objects.get(provider=provider(3, 1))
    for url in _pages(sealed, offer):
        response = client.get(url)
        assert not _leaks(response), f"{url} shows the sealed offer to {who}"
    assert client.get(reverse("procurement:offer_document", args=[offer.pk])).status_code == 404
    # Acting on the offers before the deadline is refused and changes nothing.
    for action, data in [("open", {}), ("award", {"offer": offer.pk, "justification": "early"}), ("score", {f"score-{offer.pk}-1": "9"})]:
        response = client.post(reverse("procurement:contract_action", args=[sealed.pk, action]), data)
        assert response.status_code in (400, 403)
        assert not _leaks(response)
    sealed.refresh_from_db()
    assert sealed.state == "tendering" and sealed.awarded_offer is None


def test_admin_hides_sealed_offers(client, sealed):
    root = make_user("root@example.org", staff=True)
    root.is_superuser = True
    root.save()
    sign_in(client, root)
    offer = Offer.objects.get(provider=provider(3, 1))
    changelist = client.get("/admin/procurement/offer/")
    assert changelist.status_code == 200 and not _leaks(changelist) and "Provider 3-1" not in changelist.content.decode()
    for url in (f"/admin/procurement/offer/{offer.pk}/change/", f"/admin/procurement/subsequentcontract/{sealed.pk}/change/",
                "/admin/procurement/subsequentcontract/", "/admin/core/auditentry/"):
        response = client.get(url, follow=True)
        assert not _leaks(response), url
    assert client.get(f"/admin/procurement/offer/{offer.pk}/change/").status_code in (302, 403, 404)


def test_provider_sees_its_own_offer_only(client, sealed):
    sign_in(client, provider_user(3, 1))
    page = client.get(reverse("procurement:contract_detail", args=[sealed.pk])).content.decode()
    assert "41,234.56" in page and "39,000.00" not in page and "other offer" not in page
    own = Offer.objects.get(provider=provider(3, 1))
    assert client.get(reverse("procurement:offer_document", args=[own.pk])).status_code == 200
    other = Offer.objects.get(provider=provider(3, 2))
    assert client.get(reverse("procurement:offer_document", args=[other.pk])).status_code == 404


def test_offers_readable_after_the_deadline(client, sealed, staff, clock):
    clock.advance(days=7, seconds=1)
    sign_in(client, staff)
    page = client.get(reverse("procurement:contract_detail", args=[sealed.pk])).content.decode()
    assert "offers are sealed" not in page.lower()
    response = client.post(reverse("procurement:contract_action", args=[sealed.pk, "open"]))
    assert response.status_code == 302
    page = client.get(reverse("procurement:contract_detail", args=[sealed.pk])).content.decode()
    assert SECRET in page and "41,234.56" in page
    offer = Offer.objects.get(provider=provider(3, 1))
    assert client.get(reverse("procurement:offer_document", args=[offer.pk])).status_code == 200
    # Another provider still sees nothing of it.
    sign_in(client, provider_user(3, 2))
    assert SECRET not in client.get(reverse("procurement:contract_detail", args=[sealed.pk])).content.decode()


def test_provider_outside_the_lot_cannot_see_the_request(client, sealed):
    sign_in(client, provider_user(4, 1))
    assert client.get(reverse("procurement:contract_detail", args=[sealed.pk])).status_code == 404
    response = client.post(reverse("procurement:contract_action", args=[sealed.pk, "offer"]), {"price": "100", "proposal": "x"})
    assert response.status_code == 404
    assert Offer.objects.count() == 2


def test_password_login_works_for_fixture_users(client, sealed):
    assert client.login(email="p31@example.org", password=PASSWORD)
