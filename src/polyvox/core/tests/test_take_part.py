"""Issue 12 item 3: the "Take part" page in the main menu lists what is open now (budgets voting or calling for
projects, panels open for registration, workshops running), with dates; nothing unpublished or closed."""

import datetime as dt
import os
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from polyvox.budgets.models import Budget
from polyvox.core.tests import factories
from polyvox.panels.models import Panel
from polyvox.workshops.models import Workshop


@pytest.fixture
def open_things(db):
    published = factories.initiative("Quartier Bizet", title_nl="Wijk Bizet")
    draft = factories.initiative("Brouillon secret", state="draft")
    closes = timezone.now() + dt.timedelta(days=9)
    Budget.objects.create(initiative=published, title_fr="Budget Bizet", title_nl="Budget Bizet NL", amount=Decimal("30000"),
                          phase="voting", vote_closes_at=closes, admission="code")
    Budget.objects.create(initiative=published, title_fr="Appel Clemenceau", amount=Decimal("10000"), phase="project_call",
                          call_closes_on=dt.date(2031, 5, 2))
    Budget.objects.create(initiative=published, title_fr="Budget clos", amount=Decimal("10000"), phase="results")
    Budget.objects.create(initiative=draft, title_fr="Budget du brouillon", amount=Decimal("10000"), phase="voting")
    Panel.objects.create(initiative=published, title_fr="Panel climat", title_nl="Klimaatpanel", state="registration_open",
                         registration_deadline=dt.date(2031, 6, 30))
    Panel.objects.create(initiative=published, title_fr="Panel en préparation", state="setup")
    facilitator = get_user_model().objects.create_user(email="f@test.example", password="pw-take-part-1")
    Workshop.objects.create(title="Atelier mobilité", facilitator=facilitator, initiative=published, status="running")
    Workshop.objects.create(title="Atelier verrouillé", facilitator=facilitator, initiative=published, status="running", locked=True)
    Workshop.objects.create(title="Atelier fini", facilitator=facilitator, initiative=published, status="finished")
    return published


def test_menu_entry_in_each_language(client, open_things):
    for language, label in [("fr", "Participer"), ("nl", "Deelnemen"), ("en", "Take part")]:
        page = client.get(f"/{language}/").content.decode()
        assert f'href="/{language}/take-part/">{label}</a>' in page, language


def test_lists_what_is_open_now_with_dates(client, open_things):
    page = client.get("/fr/take-part/").content.decode()
    for expected in ["Budget Bizet", "Appel Clemenceau", "Panel climat", "Atelier mobilité", "2 mai 2031", "30 juin 2031"]:
        assert expected in page, expected
    for hidden in ["Budget clos", "Budget du brouillon", "Panel en préparation", "Atelier verrouillé", "Atelier fini"]:
        assert hidden not in page, hidden
    assert reverse("panels:register") in page
    # The call for projects tells a visitor to sign in, by a link that comes back to the budget.
    assert 'class="sign-in-notice"' in page and "?next=" in page
    assert "aucun compte n" in page  # the voting budget admits by code alone, and says so
    nl = client.get("/nl/take-part/").content.decode()
    assert "Klimaatpanel" in nl and "Deelnemen" in nl


def test_nothing_open(client, db):
    page = client.get("/en/take-part/").content.decode()
    assert 'id="nothing-open"' in page


@pytest.fixture
def browser_db():
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_take_part_page_in_the_browser(browser_db, open_things, live_server, new_page, axe_check, language):
    # A phone: 390 px wide. The menu leads to the page; nothing is wider than the screen.
    page = new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{live_server.url}/{language}/")
    toggle = page.locator("button.menu-toggle")
    if toggle.is_visible():
        toggle.click()
    label = {"fr": "Participer", "nl": "Deelnemen", "en": "Take part"}[language]
    page.locator("nav.main-nav").get_by_role("link", name=label).click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/{language}/take-part/")
    assert page.locator("nav.main-nav a[aria-current=page]").inner_text().strip() == label
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(page, f"take part at 390 px ({language})")
    # Keyboard: tabbing reaches the vote button of the budget, and Enter follows it.
    wide = new_page()
    wide.goto(f"{live_server.url}/{language}/take-part/")
    axe_check(wide, f"take part ({language})")
    vote = wide.locator("#voting-heading ~ ul a.button").first
    for _ in range(60):
        wide.keyboard.press("Tab")
        if wide.evaluate("document.activeElement && document.activeElement.classList.contains('button') && document.activeElement.href.includes('/vote/')"):
            break
    else:
        pytest.fail("the vote button cannot be reached with the keyboard")
    href = vote.get_attribute("href")
    with wide.expect_navigation():
        wide.keyboard.press("Enter")
    assert wide.url.endswith(href)
