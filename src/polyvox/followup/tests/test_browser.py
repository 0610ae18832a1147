"""In Chromium with axe-core, one page of each kind: the region-wide follow-up, an initiative's commitments, a
commitment with its timeline, rating an answer (on a 390 px phone), the evaluation report, the observatory."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.core.workflow import SYSTEM, apply
from polyvox.followup import services
from polyvox.questionnaires import services as questionnaires

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REASONS = {"fr": "Le budget le prévoit.", "nl": "De begroting voorziet het.", "en": "The budget provides for it."}


@pytest.fixture
def story(plan, commitment, initiative, authority_editor, organiser):
    services.answer(commitment, "adopt", REASONS, by=authority_editor)
    services.move(commitment, "start", by=organiser)
    part = services.add_child(commitment, {"fr": "Tronçon A", "nl": "Deel A"}, weight=100, by=organiser)
    services.set_progress(part, 40, by=organiser)
    services.add_update(commitment, date(2025, 6, 1), {"fr": "Étude lancée", "nl": "Studie gestart"}, by=organiser)
    services.add_commitment(plan, {"fr": "Réduire le bruit", "nl": "Minder lawaai"}, reference="R2")
    q = questionnaires.create_from_template("oecd-participants", subject=initiative)
    apply(q, "open", by=SYSTEM)
    for code in questionnaires.issue_codes(q, 3)[:2]:
        questionnaires.answer(code.token, {"purpose-clear": "4", "commune": "21001", "gender": "woman"})
    apply(plan, "publish_evaluation", by=SYSTEM)
    listener = services.listen(plan, "lid@example.org", "nl")
    return commitment, listener


def address(live_server, name, *args, lang="fr"):
    with translation.override(lang):
        return live_server.url + reverse(f"followup:{name}", args=args)


def test_public_pages(story, initiative, live_server, page, axe_check):
    from playwright.sync_api import expect

    commitment, _listener = story
    page.goto(address(live_server, "region"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("devoir de suite")
    axe_check(page, "region-wide follow-up")
    page.select_option("#f-status", "in_progress")
    page.locator("form.filters button[type=submit]").click()
    expect(page.locator("section[aria-labelledby=all-heading] .fu-item")).to_have_count(1)

    page.goto(address(live_server, "initiative", initiative.pk, lang="nl"))
    expect(page.get_by_text("Fietspaden aanleggen")).to_be_visible()
    axe_check(page, "initiative's commitments")

    page.goto(address(live_server, "commitment", commitment.pk, lang="nl"))
    expect(page.get_by_text("Studie gestart")).to_be_visible()
    axe_check(page, "commitment")

    page.goto(address(live_server, "evaluation", initiative.pk))
    expect(page.locator(".fu-chart").first).to_be_visible()
    axe_check(page, "evaluation report")

    page.goto(address(live_server, "observatory", lang="nl"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Observatorium")
    axe_check(page, "observatory")


def test_rating_on_a_phone(story, live_server, new_page, axe_check):
    from playwright.sync_api import expect

    commitment, listener = story
    page = new_page(viewport={"width": 390, "height": 844}, locale="nl-BE")
    page.goto(address(live_server, "rate", listener.token, commitment.pk, lang="nl"))
    axe_check(page, "rating page (phone)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_label("4", exact=True).check()
    page.get_by_label("Opmerking (optioneel)").fill("Duidelijk antwoord")
    page.get_by_role("button", name="Mijn score versturen").click()
    expect(page.get_by_text("1 score, gemiddeld 4,0 op 5")).to_be_visible()


def test_preparing_an_evaluation_on_a_phone(plan, initiative, organiser, staff, live_server, new_page, axe_check):
    """The criteria page (open, then locked with its reason), the questionnaires page with its QR code and the
    staff's population page: axe-core, and each fits a 390 px screen."""
    from datetime import timedelta

    from django.utils import timezone
    from playwright.sync_api import expect

    from polyvox.accounts.testing import sign_in_page
    from polyvox.followup import evaluation_steps

    initiative.start_date = timezone.localdate() + timedelta(days=30)
    initiative.save()
    page = new_page(viewport={"width": 390, "height": 844}, locale="fr-BE")
    sign_in_page(page, live_server.url, organiser)

    page.goto(address(live_server, "criteria", initiative.pk))
    axe_check(page, "evaluation criteria (phone)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_role("radio", name="Chemins vers l'impact").first.check()
    page.get_by_label("Critère (Français)").fill("Une réponse publique à chaque recommandation")
    page.get_by_label("Critère (Nederlands)").fill("Een publiek antwoord op elke aanbeveling")
    page.get_by_role("button", name="Ajouter le critère").click()
    expect(page.get_by_text("Le critère a été ajouté.")).to_be_visible()
    expect(page.get_by_text("Une réponse publique à chaque recommandation", exact=True).first).to_be_visible()
    axe_check(page, "evaluation criteria with one criterion (phone)")

    page.goto(address(live_server, "evaluation-questionnaires", initiative.pk))
    page.get_by_role("radio").first.check()
    page.get_by_role("button", name="Le lier").click()
    expect(page.get_by_role("button", name="Ouvrir").first).to_be_visible()
    page.get_by_role("button", name="Ouvrir").first.click()
    page.get_by_role("button", name="Créer les codes").first.click()
    expect(page.locator("svg.q-qr").first).to_be_visible()
    axe_check(page, "evaluation questionnaires (phone)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_role("link", name="Fiches à imprimer").first.click()
    expect(page.locator(".q-slip svg.q-qr")).to_have_count(40)
    axe_check(page, "questionnaire slips (phone)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    initiative.start_date = timezone.localdate()
    initiative.save()
    page.goto(address(live_server, "criteria", initiative.pk))
    expect(page.locator("#criteria-locked")).to_contain_text("le processus a commencé le")
    axe_check(page, "evaluation criteria, locked (phone)")

    page = new_page(viewport={"width": 390, "height": 844}, locale="fr-BE")
    sign_in_page(page, live_server.url, staff)
    page.goto(address(live_server, "population"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Chiffres de population de référence")
    axe_check(page, "reference population figures (phone)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert evaluation_steps.attached(plan)


def test_stopping_on_a_phone(plan, live_server, new_page, axe_check):
    """The stop link of every e-mail, in the listener's language, at 390 px: the question and its button, then the
    confirmation; the address is gone and the link, used again, says so."""
    from playwright.sync_api import expect

    from polyvox.followup.models import Listener

    listener = services.listen(plan, "stem@example.org", "nl", source="voter")
    page = new_page(viewport={"width": 390, "height": 844}, locale="nl-BE")
    page.goto(address(live_server, "stop", listener.token, lang="nl"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Niet langer op de hoogte gehouden worden")
    axe_check(page, "stop hearing back (phone)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_role("button", name="Stoppen: stuur mij niets meer").click()
    expect(page.get_by_role("status")).to_contain_text("u ontvangt niets meer")
    axe_check(page, "stopped hearing back (phone)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert not Listener.objects.filter(pk=listener.pk).exists()
    page.goto(address(live_server, "stop", listener.token, lang="nl"))
    expect(page.get_by_text("Deze link is niet meer in gebruik")).to_be_visible()
    axe_check(page, "stop link already used (phone)")
