"""Issue 12 item 1 in a real browser: the award page warns before an award off the ranking, asks for the ground,
the reasoning and an acknowledgement; a second staff member approves it. axe-core on each page; the 8-step bar
names its steps."""

import pytest

from polyvox.procurement.models import Offer, SubsequentContract

from .conftest import provider
from .test_award_off_ranking import REASONING, scored, second_staff  # noqa: F401  (fixtures)
from .test_browser import database_beside_playwright, sign_in  # noqa: F401  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_award_off_the_ranking_in_the_browser(scored, staff, second_staff, live_server, new_page, axe_check):  # noqa: F811
    base = live_server.url
    first, other = new_page(), new_page()
    sign_in(first, base, staff.email)
    sign_in(other, base, second_staff.email)
    first.goto(f"{base}/fr/procurement/contracts/{scored.pk}/")
    # The step bar names each step; the current one is marked for screen readers.
    assert "Offres cotées, attribution" in first.locator("#contract-steps li[aria-current=step]").inner_text()
    assert first.locator("#contract-steps .step-label").count() == 8
    warning = first.locator("#deviation-warning")
    assert warning.is_visible() and "exception" in warning.inner_text()
    axe_check(first, "the award form")

    form = first.locator("form[action$='/do/award/']")
    form.get_by_role("radio", name="Provider 1-2").check()
    form.locator("[name=justification]").fill("Test")
    form.locator("button[type=submit]").click()
    first.wait_for_load_state()
    # Refused: no ground, no reasoning, warning not acknowledged; the errors are listed and linked.
    assert first.locator(".error-summary").is_visible()
    assert SubsequentContract.objects.get(pk=scored.pk).state == "evaluation"
    axe_check(first, "the award form with errors")

    form = first.locator("form[action$='/do/award/']")
    form.get_by_role("radio", name="Provider 1-2").check()
    form.locator("[name=justification]").fill("Offre régulière suivante dans le classement.")
    form.locator("[name=ground]").select_option("irregular")
    form.locator("[name=reasoning]").fill(REASONING)
    form.locator("[name=understood]").check()
    form.locator("button[type=submit]").click()
    first.wait_for_load_state()
    assert "en attente d'une seconde approbation" in first.locator("#contract-state").inner_text()
    assert first.locator("#deviation-own").is_visible()
    assert first.locator("form[action$='/do/approve_deviation/']").count() == 0

    other.goto(f"{base}/nl/procurement/contracts/{scored.pk}/")
    assert "substantieel onregelmatig" in other.locator("#deviation-ground").inner_text()
    axe_check(other, "the award off the ranking awaiting approval")
    other.locator("form[action$='/do/approve_deviation/'] button").click()
    other.wait_for_load_state()
    assert "Gunning buiten de rangschikking goedgekeurd" in other.locator(".messages").inner_text()
    contract = SubsequentContract.objects.get(pk=scored.pk)
    assert contract.state == "awarded" and contract.awarded_offer == Offer.objects.get(contract=contract, provider=provider(1, 2))
    assert other.locator("#awarded-deviation").is_visible()
