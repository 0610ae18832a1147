"""In a real browser: a voter ticks projects and sees the running total, goes over the budget, submits;
axe-core on the budget page, the voting page and the results page."""

from __future__ import annotations


import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.budgets import ballots, services
from polyvox.budgets.models import Ballot
from polyvox.budgets.tests.conftest import accepted, codes
from polyvox.accounts.testing import sign_in_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def address(live_server, name, args, lang="fr"):
    with translation.override(lang):
        return live_server.url + reverse(name, args=args)


def sign_in(page, live_server, user):
    sign_in_page(page, live_server.url, user)


def test_voter_sees_the_running_total_and_submits(voting_budget, citizen, live_server, page, axe_check):
    p1, p2, p3, p4 = accepted(voting_budget)  # 12,000 / 9,000 / 15,000 / 6,000 of 30,000
    page.goto(address(live_server, "budgets:detail", [voting_budget.pk]))
    page.wait_for_selector("[data-budget-map][data-markers='4']")
    axe_check(page, "budget page")

    sign_in(page, live_server, citizen)
    page.goto(address(live_server, "budgets:vote", [voting_budget.pk]))
    total = page.locator("#running-total")
    assert total.get_attribute("data-total") == "0"
    page.get_by_label(f"Projet {1}", exact=False).check()
    assert total.get_attribute("data-total") == "12000"
    page.get_by_label(f"Projet {2}", exact=False).check()
    assert total.get_attribute("data-total") == "21000"
    assert "21" in total.inner_text() and "30" in total.inner_text()
    page.get_by_label(f"Projet {3}", exact=False).check()
    assert total.get_attribute("data-total") == "36000"
    assert "over-budget" in total.get_attribute("class")
    assert "Dépasse le budget" in total.inner_text()
    axe_check(page, "voting page")
    # The server refuses it too (the page's total is only a help).
    page.get_by_label("Code d'invitation").fill(codes(voting_budget)[0])
    page.get_by_role("button", name="Envoyer mon vote").click()
    page.wait_for_selector(".error-summary")
    assert "plus que les" in page.locator(".error-summary").inner_text()
    assert not Ballot.objects.exists()
    # The page kept the ticks: untick one and submit.
    page.get_by_label(f"Projet {3}", exact=False).uncheck()
    page.get_by_label(f"Projet {4}", exact=False).check()
    assert total.get_attribute("data-total") == "27000"
    page.get_by_label("Code d'invitation").fill(codes(voting_budget)[0])
    page.get_by_role("button", name="Envoyer mon vote").click()
    page.wait_for_selector(".message-success")
    assert sorted(Ballot.objects.get().project_ids) == sorted([p1.pk, p2.pk, p4.pk])
    assert page.get_by_role("button", name="Modifier mon vote").is_visible()


def test_results_page_is_accessible(voting_budget, editor, live_server, page, axe_check):
    p1, p2, p3, p4 = accepted(voting_budget)
    c = codes(voting_budget)
    for i, choice in enumerate([[p1, p2], [p1, p4], [p3], [p2, p4], [p1]]):
        ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, c[i]), [(p.pk, 1) for p in choice])
    services.move(voting_budget, "close_vote", actor=editor)
    voting_budget.refresh_from_db()
    services.start_count(voting_budget, actor=editor)
    for lang in ("fr", "nl", "en"):
        page.goto(address(live_server, "budgets:results", [voting_budget.pk], lang))
        page.wait_for_selector("[data-budget-map][data-markers]")
        assert page.locator(".explanation-table").count() >= 1
        axe_check(page, f"results page ({lang})")


def test_organiser_changes_a_district_with_the_keyboard(budget, editor, live_server, page, axe_check):
    from decimal import Decimal

    budget.districts.create(name_fr="Nord", name_nl="Noord", amount=Decimal("10000"))
    sign_in(page, live_server, editor)
    page.goto(address(live_server, "budgets:manage", [budget.pk]))
    summary = page.get_by_text("Modifier ou supprimer « Nord »")
    summary.focus()
    page.keyboard.press("Enter")  # opens the disclosure
    axe_check(page, "budget management, a district open for changes")
    amount = page.locator("details[open] input[name$='-amount']")
    amount.fill("12500")
    amount.press("Enter")  # submits the form
    page.wait_for_selector("text=Le quartier a été enregistré.")
    assert budget.districts.get().amount == Decimal("12500")
