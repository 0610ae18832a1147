"""In a real browser: a participant on a phone votes statement after statement and sees the opinion map (axe-core on
each page); the organiser's management page passes axe-core; the map follows new votes over its event stream."""

from __future__ import annotations


import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from polyvox.accounts.testing import sign_in_page
from polyvox.consultations import mapping, services
from polyvox.consultations.models import Vote
from polyvox.consultations.tests.conftest import make_consultation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def address(live_server, name, args, lang="fr"):
    with translation.override(lang):
        return live_server.url + reverse(f"consultations:{name}", args=args)


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_a_participant_votes_on_a_phone(initiative, editor, live_server, new_page, axe_check, lang):
    consultation = make_consultation(initiative, editor)
    page = new_page(locale="nl-BE" if lang == "nl" else "fr-BE", viewport={"width": 390, "height": 844})
    page.goto(address(live_server, "detail", [consultation.slug], lang))
    axe_check(page, f"consultation page ({lang})")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    agree = page.get_by_role("button", name="Eens" if lang == "nl" else "D'accord", exact=True)
    for _ in range(3):
        agree.click()
        page.wait_for_load_state()
    assert Vote.objects.count() == 3
    expect(page.locator("#statement")).to_contain_text("3")
    page.goto(address(live_server, "map", [consultation.slug], lang))
    axe_check(page, f"opinion map ({lang})")
    expect(page.locator("#cv-groups-table")).to_be_visible()


def test_the_map_follows_new_votes_without_reloading(initiative, editor, live_server, page, axe_check):
    consultation = make_consultation(initiative, editor)
    page.goto(address(live_server, "map", [consultation.slug], "en"))
    axe_check(page, "empty opinion map")
    status = page.locator("#cv-status")
    participant = services.join(consultation, browser_key="x" * 20)
    services.vote(consultation, participant, statement_number=1, value="agree")  # the task refreshes the map
    assert mapping.current(consultation)["version"] >= 1
    expect(status).to_contain_text("votes: 1", timeout=15_000)
    expect(page.locator("#cv-svg circle")).to_have_count(1)


def test_the_organisers_page_passes_axe(initiative, editor, live_server, page, axe_check):
    consultation = make_consultation(initiative, editor)
    participant = services.join(consultation, browser_key="y" * 20)
    services.submit_statement(consultation, participant, text="Les zones doivent être éclairées la nuit.", language="fr")
    sign_in_page(page, live_server.url, editor)
    page.goto(address(live_server, "manage", [consultation.slug]))
    axe_check(page, "management page")
    page.get_by_role("button", name="Publier 5").click()
    expect(page.locator("#moderation")).to_contain_text("Rien n'attend la modération")
