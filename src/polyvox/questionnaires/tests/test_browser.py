"""In Chromium on a 390 px phone: a participant answers by link, the conditional question appears only when
its condition holds, the page fits the screen; axe-core on the answer and results pages."""

from __future__ import annotations


import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.accounts.testing import sign_in_page
from polyvox.questionnaires.models import Answer, Response

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_answer_on_a_phone_with_skip_logic(questionnaire, code, staff, live_server, new_page, axe_check):
    from playwright.sync_api import expect

    page = new_page(viewport={"width": 390, "height": 844}, locale="nl-BE")
    with translation.override("nl"):
        page.goto(live_server.url + reverse("questionnaires:answer", args=[code.token]))
    axe_check(page, "answer page (phone)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    difficulties = page.locator("#q-difficulties")
    expect(difficulties).to_be_hidden()
    page.get_by_role("group", name="Ondervond u moeilijkheden").get_by_label("Ja").check()
    expect(difficulties).to_be_visible()
    page.get_by_label("De taal").check()
    page.get_by_role("group", name="doel van het proces").get_by_label("Akkoord", exact=False).first.check()
    page.get_by_role("button", name="Mijn antwoorden versturen").click()
    expect(page.get_by_role("status")).to_contain_text("ontvangen")
    response = Response.objects.get()
    assert response.language == "nl"
    assert Answer.objects.get(question__key="difficulties").value == ["language"]

    sign_in_page(page, live_server.url, staff)
    with translation.override("nl"):
        page.goto(live_server.url + reverse("questionnaires:results", args=[code.questionnaire_id]))
    expect(page.locator(".q-chart").first).to_be_visible()
    axe_check(page, "results page")
