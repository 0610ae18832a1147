"""In a real browser: a member and a provider go through a re-competition from the request to the purchase
order (staff running the Service's steps); axe-core on the directory and the dashboard."""

import datetime as dt
import os

import pytest
from django.utils import timezone

from polyvox.procurement.models import SubsequentContract

from .conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True, scope="module")
def database_beside_playwright():
    """Playwright's sync API runs an event loop in this thread; the test's own ORM calls are still synchronous."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def sign_in(page, base, email):
    from polyvox.accounts.models import User
    from polyvox.accounts.second_factor import requires_second_factor
    from polyvox.accounts.testing import device_of, next_code

    user = User.objects.get(email=email)
    if requires_second_factor(user):
        device_of(user)  # enrolled beforehand, as the staff and officials of a deployment are
    page.goto(f"{base}/fr/accounts/login/")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    if "/second-factor/" in page.url:  # staff and officials: the code of their authenticator app
        page.fill("input[name=code]", next_code(user))
        page.click("main button[type=submit]")
        page.wait_for_load_state()


def act(page, action, fields=None, button=None):
    form = page.locator(f"form[action$='/do/{action}/']")
    for name, value in (fields or {}).items():
        form.locator(f"[name='{name}']").fill(value)
    form.locator("button[type=submit]").first.click()
    page.wait_for_load_state()


def test_recompetition_from_request_to_purchase_order(framework, member, official, staff, live_server, new_page, axe_check):
    base = live_server.url
    member_page, provider_page, staff_page = new_page(), new_page(), new_page()
    sign_in(member_page, base, official.email)
    sign_in(provider_page, base, "p31@example.org")
    sign_in(staff_page, base, staff.email)

    # Steps 1-3: the member records its need; the specification starts from the template.
    member_page.goto(f"{base}/fr/procurement/contracts/new/")
    member_page.select_option("select[name=organisation]", str(member.pk))
    member_page.fill("input[name=title]", "Panel citoyen sur la propreté")
    member_page.fill("textarea[name=need]", "Animer quatre séances d'un panel citoyen.")
    member_page.fill("input[name=amount_3]", "45.000,00")
    member_page.click("main form button[type=submit]")
    member_page.wait_for_load_state()
    contract = SubsequentContract.objects.get()
    assert "/procurement/contracts/" in member_page.url
    act(member_page, "specification")
    assert "Panel citoyen sur la propreté" in member_page.locator(".specification").inner_text()

    # Step 4: the Service sets the criteria and sends the request to the lot's providers.
    staff_page.goto(f"{base}/fr/procurement/contracts/{contract.pk}/")
    act(staff_page, "criteria")
    deadline = timezone.localtime() + dt.timedelta(days=2)
    act(staff_page, "invite", {"deadline": deadline.strftime("%Y-%m-%dT%H:%M")})
    assert "offres demandées" in staff_page.locator("#contract-state").inner_text()

    # The provider sees the request of its lot, asks a question and submits an offer, then replaces it.
    provider_page.goto(f"{base}/fr/procurement/contracts/")
    provider_page.click("a:has-text(\"Panel citoyen sur la propreté\")")
    act(provider_page, "question", {"text": "Les séances ont-elles lieu le soir ?"})
    act(provider_page, "offer", {"price": "44 000,00", "proposal": "Quatre séances animées par deux facilitateurs."})
    act(provider_page, "offer", {"price": "42.500,00", "proposal": "Quatre séances, deux facilitateurs, synthèse illustrée."})
    assert "version 2" in provider_page.locator("#my-offer").inner_text() and "42 500,00" in provider_page.locator("#my-offer").inner_text()
    axe_check(provider_page, "a contract seen by a provider")

    # The staff cannot read it yet; they answer the question for every provider.
    staff_page.reload()
    assert "42 500" not in staff_page.content() and "synthèse illustrée" not in staff_page.content()
    staff_page.fill("textarea[name=answer]", "Oui, en soirée.")
    staff_page.locator("form[action$='/do/answer/'] button").click()
    provider_page.reload()
    assert "Oui, en soirée." in provider_page.content()

    # Step 5: the deadline passes; offers are opened, scored after a declaration, and the award report drawn up.
    SubsequentContract.objects.filter(pk=contract.pk).update(offer_deadline=timezone.now() - dt.timedelta(seconds=1))
    staff_page.reload()
    act(staff_page, "open")
    staff_page.check("input[name=confirm]")
    staff_page.locator("form[action$='/do/declare/'] button").click()
    axe_check(staff_page, "a contract being scored, seen by staff")
    staff_page.locator("form[action$='/do/score/'] input[name^=score-]").first.fill("8")
    act(staff_page, "score")
    staff_page.locator("form[action$='/do/award/'] input[name=offer]").first.check()
    act(staff_page, "award", {"justification": "Seule offre, conforme au cahier des charges."})
    assert "rapport d'attribution établi" in staff_page.locator("#contract-state").inner_text()

    # Step 6: the member records its decision body's validation.
    member_page.goto(f"{base}/fr/procurement/contracts/{contract.pk}/")
    axe_check(member_page, "a contract awaiting validation, seen by the member")
    act(member_page, "validate", {"decision_body": "Collège des bourgmestre et échevins",
                                  "decision_date": timezone.localdate().isoformat(), "decision_reference": "CBE/2026/118"})
    # Step 7: the Service issues the purchase order; member and provider can open it.
    staff_page.reload()
    act(staff_page, "order")
    contract.refresh_from_db()
    assert contract.state == "ordered" and contract.order_number
    for page in (member_page, provider_page):
        page.goto(f"{base}/fr/procurement/contracts/{contract.pk}/")
        link = page.locator("#purchase-order-link")
        response = page.request.get(base + link.get_attribute("href"))
        assert response.status == 200 and response.body().startswith(b"%PDF")
    # Step 8: the member launches the mission.
    act(member_page, "launch")
    assert "mission lancée" in member_page.locator("#contract-state").inner_text()


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_directory_accessible(framework, live_server, page, axe_check, language):
    page.goto(f"{live_server.url}/{language}/providers/")
    axe_check(page, f"providers ({language})")
    if language == "fr":
        page.goto(f"{live_server.url}/{language}/providers/?lot=3")
        axe_check(page, f"providers of lot 3 ({language})")
        page.goto(f"{live_server.url}/{language}/providers/provider-3-1/")
        axe_check(page, f"provider page ({language})")


def test_dashboard_accessible(framework, member, staff, live_server, page, axe_check):
    sign_in(page, live_server.url, staff.email)
    page.goto(f"{live_server.url}/fr/procurement/dashboard/")
    assert page.locator("table.chart").count() >= 5
    axe_check(page, "dashboard")
    # A need on two lots: one contract per lot, shown together on the need's page.
    page.goto(f"{live_server.url}/fr/procurement/contracts/new/")
    page.select_option("select[name=organisation]", str(member.pk))
    page.fill("input[name=title]", "Panel et communication")
    page.fill("textarea[name=need]", "Un panel et sa communication.")
    page.fill("input[name=amount_3]", "45.000")
    page.fill("input[name=amount_4]", "12 000,50")
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    assert "/procurement/needs/" in page.url and page.locator("#need-contracts tbody tr").count() == 2
    axe_check(page, "need page")
    page.locator("#need-contracts a").first.click()
    page.wait_for_load_state()
    assert page.locator("#sibling-contracts li").count() == 1
    for path in ("/fr/procurement/", "/fr/procurement/memberships/", "/fr/procurement/contracts/", "/nl/procurement/contracts/new/",
                 "/en/procurement/membership/request/"):
        page.goto(live_server.url + path)
        axe_check(page, path)
