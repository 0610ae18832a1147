"""In a real browser: the staff annul a ballot by its reference (axe-core, 390 px wide)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.budgets import ballots
from polyvox.budgets.tests.conftest import accepted, codes
from polyvox.budgets.tests.test_browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_annulment_page_is_accessible(voting_budget, staff, live_server, page, axe_check, lang):
    ballot = ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, codes(voting_budget)[0]),
                                   [(accepted(voting_budget)[0].pk, 1)])
    sign_in(page, live_server, staff)
    with translation.override(lang):
        url = live_server.url + reverse("budgets:annul-ballot")
    page.goto(url)
    axe_check(page, "annulment page")
    page.fill("input[name=reference]", ballot.reference)
    page.click("main form button[type=submit]")
    page.wait_for_selector("textarea[name=reason]")
    axe_check(page, "annulment page with the ballot found")
    page.set_viewport_size({"width": 390, "height": 800})
    page.fill("textarea[name=reason]", "printing error")
    page.click("main form button[type=submit]")
    page.wait_for_selector(".messages")
    ballot.refresh_from_db()
    assert ballot.state == "annulled"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
