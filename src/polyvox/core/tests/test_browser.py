"""The frame in a real browser: no serious accessibility violation on the portal's own pages, in each
language; the menu on a narrow screen; the language switcher keeps the page."""

import os
from datetime import date

import pytest

from polyvox.core.tests import factories
from polyvox.pages.models import FaqEntry, NewsItem, Page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = ["", "search/?q=budget", "news/", "about/", "faq/", "privacy/", "accessibility/", "accounts/login/"]
MORE_PAGES = ["search/?q=zzzz", "news/centrale/", "contact/", "accounts/signup/"]


@pytest.fixture(autouse=True, scope="module")
def allow_database_beside_playwright():
    """Playwright's sync API runs an event loop in this thread; Django's ORM (fixtures, the database
    flush after each test) must still be allowed here. Module-scoped so that it outlives the flush."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def content():
    for key in ("about", "contact", "privacy", "accessibility"):
        Page.objects.create(
            key=key, title_fr=f"Titre {key}", title_nl=f"Titel {key}", title_en=f"Title {key}",
            body_fr="## Section\n\nTexte avec [un lien](https://example.org).\n\n| a | b |\n| --- | --- |\n| 1 | 2 |",
            body_nl="## Sectie\n\nTekst.", body_en="",
        )
    NewsItem.objects.create(slug="centrale", title_fr="La centrale est lancée", title_nl="De centrale is van start", summary_fr="Six lots.", summary_nl="Zes percelen.", body_fr="Quatre ans.", body_nl="Vier jaar.", published=date(2024, 1, 1))
    FaqEntry.objects.create(question_fr="Qu'est-ce que l'inventaire ?", question_nl="Wat is de inventaris?", answer_fr="Une liste.", answer_nl="Een lijst.")
    factories.initiative("Budget participatif Bizet", title_nl="Burgerbegroting Bizet", status="ongoing", start=date(2023, 5, 1))
    factories.initiative("Budget citoyen de quartier", status="finished", start=date(2022, 5, 1))


@pytest.mark.parametrize("lang, paths", [("fr", PAGES + MORE_PAGES), ("nl", PAGES), ("en", PAGES)])
def test_portal_pages_have_no_serious_accessibility_violation(page, live_server, axe_check, content, lang, paths):
    for path in paths:
        response = page.goto(f"{live_server.url}/{lang}/{path}")
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == lang
        axe_check(page, f"/{lang}/{path}")


def test_not_found_page_is_accessible(page, live_server, axe_check):
    response = page.goto(f"{live_server.url}/nl/bestaat-niet/")
    assert response.status == 404
    assert "Pagina niet gevonden" in page.content()
    axe_check(page)


def test_narrow_screens_get_a_menu_button(page, live_server):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"{live_server.url}/fr/")
    button = page.get_by_role("button", name="Menu")
    assert button.is_visible()
    assert not page.locator("#site-menu").is_visible()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert page.get_by_role("link", name="Initiatives", exact=True).is_visible()
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"


def test_language_switcher_keeps_the_search(page, live_server, content):
    page.goto(f"{live_server.url}/fr/search/?q=bizet")
    page.locator(".language-switcher").get_by_role("link", name="NL").click()
    page.wait_for_url("**/nl/search/?q=bizet")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.get_by_role("link", name="Burgerbegroting Bizet").is_visible()


def test_the_site_search_finds_across_kinds(page, live_server, content):
    page.goto(f"{live_server.url}/fr/")
    page.get_by_role("searchbox", name="Rechercher sur le site").fill("BUDGET")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_url("**/fr/search/?q=BUDGET")
    assert page.get_by_role("heading", name="2 résultats pour « BUDGET »").is_visible()
