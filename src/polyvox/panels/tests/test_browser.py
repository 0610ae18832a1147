"""In a real browser: an invitee registers with the code of their letter; axe-core on the registration page,
the organisers' dashboard and the public page of the draw."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from polyvox.panels.models import Volunteer
from polyvox.panels.tests.conftest import invited_panel, register_volunteers

pytestmark = pytest.mark.browser


def _sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                               "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": live_server.url}])


def test_invitee_registers_with_code(transactional_db, live_server, page, axe_check, world):
    panel = invited_panel(world)
    invitation = panel.invitations.first()
    page.goto(f"{live_server.url}/fr/panels/register/")
    axe_check(page, "registration code page")
    page.get_by_label("Votre code").fill(invitation.display_code.lower())
    page.get_by_role("button", name="Continuer").click()
    page.wait_for_url("**/fr/panels/register/form/")
    axe_check(page, "registration form")
    page.get_by_label("Femme").check()
    page.get_by_label("Âgé").check()
    page.locator("#id_first_name").fill("Marie")
    page.locator("#id_last_name").fill("Dupont")
    page.get_by_label("Adresse e-mail").fill("marie.dupont@example.test")
    page.get_by_label("Langue dans laquelle nous vous écrivons").select_option("nl")
    page.get_by_role("button", name="M'inscrire").click()
    # Consent is required: the form comes back with the reason, nothing is stored.
    assert page.get_by_text("Sans votre consentement").first.is_visible()
    assert not Volunteer.objects.exists()
    axe_check(page, "registration form with errors")
    page.get_by_label("J'accepte que mes réponses").check()
    page.get_by_role("button", name="M'inscrire").click()
    page.wait_for_url("**/fr/panels/register/done/")
    volunteer = Volunteer.objects.get()
    assert volunteer.features == {"gender": "woman", "age": "old"} and volunteer.language == "nl"
    assert page.get_by_text(volunteer.pseudonym).is_visible()
    # In Dutch too.
    page.goto(f"{live_server.url}/nl/panels/register/")
    axe_check(page, "registration code page (nl)")


def test_dashboard_and_public_page_are_accessible(transactional_db, live_server, page, axe_check, world):
    from polyvox.panels import services

    panel = invited_panel(world)
    register_volunteers(panel, 16)
    _sign_in(page, live_server, world.editor)
    page.goto(f"{live_server.url}/fr/panels/{panel.pk}/")
    assert page.get_by_role("heading", name="3. Volontaires face aux quotas").is_visible()
    axe_check(page, "dashboard")
    page.goto(f"{live_server.url}/fr/panels/{panel.pk}/quotas/")
    axe_check(page, "quotas")
    services.move(panel, world.editor, "close_registration")
    services.start_selection(panel, world.editor, "Lotto 2026", "Lotto")
    page.goto(f"{live_server.url}/fr/panels/{panel.pk}/volunteers/")
    axe_check(page, "volunteers")
    anonymous = page.context.browser.new_context(locale="fr-BE")
    public = anonymous.new_page()
    public.goto(f"{live_server.url}/fr/panels/{panel.pk}/draw/")
    axe_check(public, "public draw page")
    public.get_by_role("button", name="Vérifier").click()
    assert public.get_by_text("Le tirage est vérifié.").is_visible()
    axe_check(public, "public draw page after verification")
    anonymous.close()
