"""Issue 12 item 7: every main page fits a 390 px phone, in French and in Dutch, for the public and for the
staff (no page wider than the screen), and the inventory's filters collapse behind one button so that the
first result is near the top."""

from __future__ import annotations

import io
import os

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


@pytest.fixture(autouse=True, scope="module")
def allow_database_beside_playwright():
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def demo():
    call_command("demo", stdout=io.StringIO())


def _sign_in(page, live_server, email):
    from django.contrib.auth import get_user_model

    from polyvox.accounts.testing import sign_in

    client = sign_in(Client(), get_user_model().objects.get(email=email))  # with the second factor staff need
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                               "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": live_server.url}])


def main_pages() -> dict[str, list[str]]:
    """The main pages of the demo (paths without the language prefix), by who opens them."""
    from polyvox.budgets.models import Budget
    from polyvox.initiatives.models import Initiative
    from polyvox.panels.models import Panel
    from polyvox.procurement.models import Provider
    from polyvox.toolbox.models import MethodFamily
    from polyvox.workshops.models import Workshop

    def strip(url: str) -> str:
        return "/" + url.split("/", 2)[2] if url.startswith(("/fr/", "/nl/", "/en/")) else url

    initiative = Initiative.objects.filter(publication_state="published").order_by("pk").first()
    family = MethodFamily.objects.order_by("pk").first()
    provider = Provider.objects.order_by("pk").first()
    panel = Panel.objects.filter(result_json__isnull=False).order_by("pk").first()
    budgets = list(Budget.objects.order_by("pk"))
    workshop = Workshop.objects.order_by("pk").first()
    public = ["/", "/initiatives/", "/initiatives/map/", strip(initiative.get_absolute_url()), "/toolbox/",
              "/toolbox/methods/", f"/toolbox/methods/{family.slug}/", "/glossary/", "/providers/",
              f"/providers/{provider.slug}/", "/take-part/", "/budgets/", "/accounts/login/", "/accounts/signup/",
              "/news/", "/search/?q=budget"]
    public += [f"/budgets/{b.pk}/" for b in budgets] + [f"/budgets/{b.pk}/results/" for b in budgets]
    if panel:
        public.append(f"/panels/{panel.pk}/draw/")
    if workshop:
        public.append(f"/workshops/{workshop.code}/")
    staff = ["/procurement/", "/procurement/dashboard/", "/procurement/contracts/", "/procurement/memberships/",
             "/panels/", "/workshops/", "/accounts/profile/", "/initiatives/mine/"]
    for p in Panel.objects.order_by("pk"):
        staff += [f"/panels/{p.pk}/", f"/panels/{p.pk}/quotas/"]
        if p.is_drawn:
            staff.append(f"/panels/{p.pk}/volunteers/")
    staff += [f"/budgets/{b.pk}/manage/" for b in budgets]
    if workshop:
        staff.append(f"/workshops/{workshop.code}/control/")
    from polyvox.procurement.models import SubsequentContract

    contract = SubsequentContract.objects.order_by("pk").first()
    if contract:
        staff.append(f"/procurement/contracts/{contract.pk}/")
    return {"public": public, "staff": staff, "citizen": ["/accounts/profile/", "/take-part/"]}


def _too_wide(page) -> tuple[int, int, str]:
    width, viewport, culprit = page.evaluate("""() => {
        const vw = window.innerWidth;
        let culprit = "";
        for (const el of document.body.querySelectorAll("*")) {
            const r = el.getBoundingClientRect();
            if (r.right > vw + 1 && r.width > 0) {
                let hidden = false;
                for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX;
                    if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") { hidden = true; break; }
                }
                if (!hidden) { culprit = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : ""); break; }
            }
        }
        return [document.documentElement.scrollWidth, vw, culprit];
    }""")
    return width, viewport, culprit


def test_every_main_page_fits_a_phone_in_french_and_dutch_and_filters_collapse(demo, live_server, new_page, axe_check):
    pages = main_pages()
    accounts = {"public": None, "staff": "staff@polyvox.example", "citizen": "citizen@polyvox.example"}
    problems = []
    visited = 0
    for role, paths in pages.items():
        for language in ("fr", "nl"):
            page = new_page(locale="fr-BE" if language == "fr" else "nl-BE", viewport=PHONE)
            if accounts[role]:
                _sign_in(page, live_server, accounts[role])
            for path in paths:
                response = page.goto(f"{live_server.url}/{language}{path}")
                assert response.status, path
                if response.status >= 400:
                    problems.append(f"{role} /{language}{path}: status {response.status}")
                    continue
                if "/accounts/" in page.url and "/accounts/" not in path:  # sign-in or second factor: not the page
                    problems.append(f"{role} /{language}{path}: sent to {page.url} instead")
                    continue
                width, viewport, culprit = _too_wide(page)
                visited += 1
                if width > viewport:
                    problems.append(f"{role} /{language}{path}: {width} px wide on a {viewport} px screen ({culprit})")
            page.context.close()
    assert visited > 60
    assert not problems, "\n".join(problems)

    # The inventory's filters collapse behind one button on a phone (one demo load for both checks: it is slow).
    page = new_page(viewport=PHONE)
    page.goto(f"{live_server.url}/fr/initiatives/")
    toggle = page.locator("details.filters-toggle > summary")
    assert toggle.is_visible() and not page.locator("#filter-q").is_visible()
    first = page.locator(".initiative-card").first
    assert first.bounding_box()["y"] < 900, "the first result is within the first screen and a bit"
    axe_check(page, "inventory on a phone, filters closed")
    toggle.focus()
    page.keyboard.press("Enter")  # the keyboard opens it
    assert page.locator("#filter-q").is_visible()
    axe_check(page, "inventory on a phone, filters open")
    # On a wide screen the filters are simply there, without the button.
    wide = new_page()
    wide.goto(f"{live_server.url}/fr/initiatives/")
    assert wide.locator("#filter-q").is_visible() and not wide.locator("details.filters-toggle > summary").is_visible()
