"""In a real browser: an invitee registers with the code of their letter; axe-core on the registration page,
the organisers' dashboard and the public page of the draw."""

from __future__ import annotations

import pytest
from django.test import Client

from polyvox.accounts.testing import sign_in_page
from polyvox.panels.models import Volunteer
from polyvox.panels.tests.conftest import invited_panel, register_volunteers, run_ceremony

pytestmark = pytest.mark.browser


def _sign_in(page, live_server, user):
    sign_in_page(page, live_server.url, user)


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
    run_ceremony(panel, world.editor, "Lotto 2026", "Lotto")
    page.goto(f"{live_server.url}/fr/panels/{panel.pk}/volunteers/")
    axe_check(page, "volunteers")
    anonymous = page.context.browser.new_context(locale="fr-BE")
    public = anonymous.new_page()
    public.goto(f"{live_server.url}/fr/panels/{panel.pk}/draw/")
    axe_check(public, "public draw page")
    public.get_by_role("button", name="Vérifier", exact=True).click()
    assert public.get_by_text("Le tirage est vérifié.").is_visible()
    axe_check(public, "public draw page after verification")
    anonymous.close()


def _published_files(panel, tmp_path):
    """The downloaded JSON, and a tampered copy: one panel of the lottery replaced, its digest recomputed."""
    import json

    from polyvox.engines.sortition import lottery_digest

    raw = Client().get(f"/fr/panels/{panel.pk}/draw.json").content
    good = tmp_path / "panel.json"
    good.write_bytes(raw)
    data = json.loads(raw)
    lottery = data["lottery_panels"]
    other = next(p for p in lottery if sorted(p) != sorted(lottery[data["panel_index"]]))
    lottery[data["panel_index"]] = list(other)
    data["panel"] = list(other)
    data["lottery_digest"] = lottery_digest(lottery)
    bad = tmp_path / "tampered.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return good, bad, data


def test_verify_in_my_browser_shows_the_same_panel_and_refuses_a_tampered_file(
        transactional_db, live_server, page, axe_check, world, tmp_path):
    from polyvox.panels import services

    panel = invited_panel(world)
    register_volunteers(panel, 16)
    services.move(panel, world.editor, "close_registration")
    panel = run_ceremony(panel, world.editor, "Lotto 20/12: 3 11 19 28 35 42", "Lotto du 20 décembre")
    good, bad, _ = _published_files(panel, tmp_path)
    page.goto(f"{live_server.url}/fr/panels/{panel.pk}/draw/")
    calls = []  # every request but the browser's own fetch of the site icon
    page.on("request", lambda request: None if request.url.endswith("favicon.svg") else calls.append(request.url))
    page.get_by_label("Fichier publié (JSON)").set_input_files(str(good))
    page.get_by_role("button", name="Vérifier dans mon navigateur").click()
    output = page.locator("#browser-verify-output")
    output.get_by_text("Le tirage est vérifié.").wait_for()
    assert "est celle qui a été annoncée" in output.inner_text()
    assert "C'est le panel publié sur cette page." in output.inner_text()
    shown = output.locator("[data-verified-panel] code").all_inner_texts()
    assert sorted(shown) == sorted(panel.result_json["panel"])
    assert f"panel numéro {panel.panel_index} sur 1000" in output.inner_text()
    assert calls == []  # recomputed in the browser: no request to any server
    axe_check(page, "public draw page after verification in the browser")
    # A file whose lottery was changed (digest recomputed inside it) is not the one announced.
    page.get_by_label("Fichier publié (JSON)").set_input_files(str(bad))
    page.get_by_role("button", name="Vérifier dans mon navigateur").click()
    output.get_by_text("Le tirage ne se vérifie PAS.").wait_for()
    assert "n'est PAS celle qui a été annoncée" in output.inner_text()
    assert "Ce n'est PAS le panel publié sur cette page." in output.inner_text()
    # A different seed typed in: the same announced lottery, another panel (or by chance the same one).
    page.get_by_label("Fichier publié (JSON)").set_input_files(str(good))
    other_seed = "Tirage du 20 décembre — 🎲 Ü 7/49"  # beyond ASCII: UTF-8 the same way in both languages
    page.locator("#browser-verify-seed").fill(other_seed)
    from polyvox.engines.sortition import seed_index

    output.evaluate("element => { element.textContent = ''; }")  # so that only the new answer is read
    page.get_by_role("button", name="Vérifier dans mon navigateur").click()
    output.locator("strong").wait_for()
    assert f"panel numéro {seed_index(other_seed, 1000)} sur 1000" in output.inner_text()
    assert calls == []


def test_the_announcement_and_the_dashboard_at_each_step_are_accessible(
        transactional_db, live_server, page, axe_check, world):
    from datetime import timedelta

    from django.utils import timezone

    from polyvox.panels import services

    panel = invited_panel(world)
    register_volunteers(panel, 6)  # as many volunteers as seats: a warning to confirm
    services.move(panel, world.editor, "close_registration")
    services.start_selection(panel, world.editor)
    _sign_in(page, live_server, world.editor)
    page.goto(f"{live_server.url}/nl/panels/{panel.pk}/")
    assert page.get_by_role("alert").filter(has_text="Alle vrijwilligers worden geselecteerd").is_visible()
    axe_check(page, "dashboard with the computed lottery and its warnings (nl)")
    page.get_by_label("Openbare bron van de seed").fill("De Lotto-trekking van 20 december")
    soon = timezone.localtime() + timedelta(days=1)
    page.get_by_label("Vroegste tijdstip waarop de seed bekend kan zijn").fill(soon.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_role("button", name="De loting aankondigen").click()
    assert page.get_by_text("vink het vakje aan").first.is_visible()  # not confirmed: refused, nothing published
    page.get_by_label("Openbare bron van de seed").fill("De Lotto-trekking van 20 december")
    page.get_by_label("Vroegste tijdstip waarop de seed bekend kan zijn").fill(soon.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Ik heb de waarschuwingen hierboven gelezen").check()
    page.get_by_role("button", name="De loting aankondigen").click()
    assert page.get_by_role("button", name="Het panel loten").is_disabled()
    axe_check(page, "dashboard of an announced draw (nl)")
    public = page.context.browser.new_context(locale="nl-BE").new_page()
    public.goto(f"{live_server.url}/nl/panels/{panel.pk}/draw/")
    assert public.get_by_text("De Lotto-trekking van 20 december").is_visible()
    axe_check(public, "public announcement page (nl)")
    public.set_viewport_size({"width": 390, "height": 800})
    wide = public.evaluate("""Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 392).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 12)""")
    assert public.evaluate("document.documentElement.scrollWidth") <= 390, wide
    public.context.close()


def test_staff_record_a_telephone_registration_in_the_browser(transactional_db, live_server, page, axe_check, world):
    """The staff form for telephone and paper registrations: keyboard-usable, labelled, axe-clean (FR and NL)."""
    panel = invited_panel(world)
    invitation = panel.invitations.order_by("number").first()
    _sign_in(page, live_server, world.editor)
    page.goto(f"{live_server.url}/fr/panels/{panel.pk}/")
    page.get_by_role("link", name="Enregistrer une inscription par téléphone ou sur papier").click()
    page.wait_for_url(f"**/fr/panels/{panel.pk}/record-registration/")
    axe_check(page, "staff form for telephone and paper registrations")
    page.get_by_label("Code de la lettre").fill(invitation.display_code)
    page.get_by_label("Par téléphone").check()
    page.get_by_label("Femme").check()
    page.get_by_label("Âgé").check()
    page.locator("#id_first_name").fill("Jeanne")
    page.locator("#id_last_name").fill("Peeters")
    page.locator("#id_phone").fill("02 123 45 67")
    page.get_by_label("Besoins d'accessibilité déclarés").fill("Boucle magnétique")
    page.get_by_role("button", name="Enregistrer l'inscription").click()
    # Consent not confirmed: refused with the reason, nothing stored.
    assert page.get_by_text("Sans le consentement de la personne").first.is_visible()
    assert not Volunteer.objects.exists()
    axe_check(page, "staff form with errors")
    page.get_by_label("La personne a donné son consentement").check()
    page.get_by_role("button", name="Enregistrer l'inscription").click()
    page.wait_for_url(f"**/fr/panels/{panel.pk}/record-registration/")
    volunteer = Volunteer.objects.get()
    assert volunteer.channel == "phone" and volunteer.needs == "Boucle magnétique"
    assert page.get_by_role("cell", name=volunteer.pseudonym).is_visible()
    axe_check(page, "staff form with a recorded registration")
    page.goto(f"{live_server.url}/fr/panels/{panel.pk}/")
    assert page.locator("#needs-checklist").get_by_text("Boucle magnétique").is_visible()
    axe_check(page, "dashboard with the letter settings and the needs checklist")
    page.goto(f"{live_server.url}/nl/panels/{panel.pk}/record-registration/")
    axe_check(page, "staff form for telephone and paper registrations (nl)")
