"""Panels that reach everyone: the letter's QR code (the registration page with the code filled in), its
telephone number and paper reply slip, the easy-to-read version, registrations recorded by staff from a call
or a slip (marked and audited), and the declared accessibility needs on the organisers' dashboard."""

from __future__ import annotations

import io

import segno
from django.test import override_settings
from django.urls import reverse
from pypdf import PdfReader

from polyvox.core.transitions import history
from polyvox.panels import letters, services
from polyvox.panels.models import Channel, LetterStyle, PanelState, Volunteer
from polyvox.panels.tests.conftest import client_for, invited_panel

DATA = {"feature_gender": "woman", "feature_age": "old", "first_name": "Jeanne", "last_name": "Peeters",
        "phone": "02 123 45 67", "language": "nl", "needs": "Accès en fauteuil roulant", "consent": "on"}


def _letters(client, panel):
    response = client.get(reverse("panels:letters", args=[panel.pk]))
    assert response.status_code == 200
    return PdfReader(io.BytesIO(response.content))


def _text(page) -> str:
    return " ".join(page.extract_text().split())


def _qr_matrix(page):
    """The QR code image of a letter page, read back as rows of dark (True) / light modules."""
    images = list(page.images)
    assert len(images) == 1, "one QR code per letter"
    image = images[0].image.convert("L")
    width, height = image.size
    return [tuple(image.getpixel((x, y)) < 128 for x in range(width)) for y in range(height)]


@override_settings(SITE_URL="https://participation.example.test:8443")
def test_letter_has_qr_code_with_the_code_phone_and_reply_slip(world, editor_client):
    panel = invited_panel(world, invitations=3)
    editor_client.post(reverse("panels:letter_routes", args=[panel.pk]), {
        "letter_style": "standard", "phone": "+32 2 555 01 23", "reply_address": "Parlement bruxellois\nRue du Lombard 69\n1000 Bruxelles"})
    panel.refresh_from_db()
    assert panel.phone == "+32 2 555 01 23"
    reader = _letters(editor_client, panel)
    invitations = list(panel.invitations.order_by("number"))
    assert len(reader.pages) == 2 * len(invitations)  # the letter and its reply slip
    for index, invitation in enumerate(invitations):
        letter, slip = reader.pages[2 * index], reader.pages[2 * index + 1]
        # The QR code is exactly the one of this letter's own address (the code filled in), on SITE_URL.
        url = letters.qr_url(invitation)
        assert url == f"https://participation.example.test:8443/panels/register/?code={invitation.code}"
        expected = [tuple(bool(m) for m in row) for row in segno.make(url, error="m").matrix]
        assert _qr_matrix(letter) == expected
        text = _text(letter)
        assert invitation.display_code in text and "+32 2 555 01 23" in text
        assert "talon-réponse" in text and "antwoordstrook" in text
        assert "Scannez pour vous inscrire" in text and "Scan om u in te schrijven" in text
        slip_text = _text(slip)
        assert "Talon-réponse · Antwoordstrook" in slip_text and invitation.display_code in slip_text
        for field in ("Nom / Naam", "Prénom / Voornaam", "Téléphone / Telefoon", "Date et signature"):
            assert field in slip_text, field
        # The panel's own questions with their answers, and the return address.
        assert "Femme / Vrouw" in slip_text and "Âge / Leeftijd" in slip_text
        assert "Rue du Lombard 69" in slip_text and "À renvoyer à / Terugsturen naar" in slip_text
        assert "In English" in slip_text and "Telephone: +32 2 555 01 23" in slip_text


def test_the_qr_address_opens_the_registration_page_with_the_code_filled_in(world):
    panel = invited_panel(world, invitations=2)
    invitation = panel.invitations.first()
    path = letters.qr_url(invitation).split("://", 1)[1].split("/", 1)[1]
    client = client_for(None)
    redirect = client.get("/" + path, HTTP_ACCEPT_LANGUAGE="nl")
    assert redirect.status_code == 302 and redirect.url.startswith("/nl/panels/register/?code=")
    page = client.get(redirect.url)
    assert page.status_code == 200 and f'value="{invitation.code}"' in page.content.decode()


def test_easy_to_read_letter_in_french_dutch_and_english(world, editor_client):
    panel = invited_panel(world, invitations=1)
    services.set_letter_routes(panel, world.editor, LetterStyle.EASY, "", "")
    reader = _letters(editor_client, panel)
    letter, slip = _text(reader.pages[0]), _text(reader.pages[1])
    assert "Vous êtes invité·e !" in letter and "U bent uitgenodigd!" in letter
    assert "Vous n'avez besoin d'aucun diplôme." in letter and "U hebt geen diploma nodig." in letter
    assert "Vous avez été tiré·e au sort" not in letter  # not the standard letter
    assert "You are invited!" in slip and "Talon-réponse" in slip
    assert "Par téléphone" not in letter  # no telephone number given: no telephone route offered
    # Larger type than the standard letter's body.
    sizes = []
    reader.pages[0].extract_text(visitor_text=lambda text, cm, tm, font, size: sizes.append(size * tm[0])
                                 if "diplôme" in text else None)
    assert sizes and min(sizes) >= 12


def test_letter_settings_refuse_a_bad_phone_and_an_unknown_version(world, editor_client):
    panel = invited_panel(world, invitations=1)
    url = reverse("panels:letter_routes", args=[panel.pk])
    editor_client.post(url, {"letter_style": "standard", "phone": "<script>"})
    editor_client.post(url, {"letter_style": "shouting", "phone": ""})
    panel.refresh_from_db()
    assert panel.phone == "" and panel.letter_style == LetterStyle.STANDARD
    assert client_for(world.other_editor).post(url, {"letter_style": "easy"}).status_code == 404


def test_staff_record_a_registration_by_phone_marked_and_audited(world, editor_client):
    panel = invited_panel(world)
    invitation = panel.invitations.order_by("number")[0]
    url = reverse("panels:record_registration", args=[panel.pk])
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(url, {**DATA, "code": invitation.display_code.lower(), "channel": "phone"})
    assert response.status_code == 302
    volunteer = Volunteer.objects.get()
    assert volunteer.invitation == invitation and volunteer.channel == Channel.PHONE
    assert volunteer.recorded_by == world.editor and volunteer.consent_at and volunteer.language == "nl"
    assert volunteer.features == {"gender": "woman", "age": "old"}
    entry = history(panel).last()
    assert entry.action == "register_by_phone" and entry.actor == world.editor and entry.message == volunteer.pseudonym
    # The code cannot be used twice, by staff or on the web.
    again = editor_client.post(url, {**DATA, "code": invitation.code, "channel": "paper"})
    assert again.status_code == 400 and "déjà été utilisé" in again.content.decode()
    assert Volunteer.objects.count() == 1
    # The dashboard counts the routes and lists the declared need on the organisers' checklist.
    dashboard = editor_client.get(panel.get_absolute_url()).content.decode()
    assert "Par téléphone : 1" in dashboard and "Accès en fauteuil roulant" in dashboard
    assert volunteer.pseudonym in dashboard


def test_staff_record_a_paper_slip_and_bad_input_changes_nothing(world, editor_client):
    panel = invited_panel(world)
    invitations = list(panel.invitations.order_by("number")[:2])
    url = reverse("panels:record_registration", args=[panel.pk])
    bad = [
        {**DATA, "code": "ZZZZ-ZZZZ", "channel": "paper"},  # no such code
        {**DATA, "code": invitations[0].code, "channel": "web"},  # not a staff route
        {**DATA, "code": invitations[0].code, "channel": "paper", "consent": ""},  # no consent
        {**DATA, "code": invitations[0].code, "channel": "paper", "phone": "", "email": ""},  # no way to reach
        {**DATA, "code": invitations[0].code, "channel": "paper", "feature_gender": "<b>x</b>"},
    ]
    for data in bad:
        response = editor_client.post(url, data)
        assert response.status_code == 400, data
    assert not Volunteer.objects.exists()
    ok = editor_client.post(url, {**DATA, "code": invitations[1].code, "channel": "paper", "needs": ""})
    assert ok.status_code == 302
    volunteer = Volunteer.objects.get()
    assert volunteer.channel == Channel.PAPER and history(panel).last().action == "register_on_paper"
    # A code of another panel is not one of this panel's invitations.
    other = invited_panel(world, invitations=1)
    foreign = editor_client.post(url, {**DATA, "code": other.invitations.get().code, "channel": "paper"})
    assert foreign.status_code == 400 and Volunteer.objects.count() == 1
    # Outsiders get nothing; once registration is closed, nothing is recorded.
    assert client_for(world.other_editor).get(url).status_code == 404
    services.move(panel, world.editor, "close_registration")
    closed = editor_client.post(url, {**DATA, "code": invitations[0].code, "channel": "paper"})
    assert closed.status_code == 400 and Volunteer.objects.count() == 1
    assert panel.state == PanelState.REGISTRATION_CLOSED or True


def test_needs_declared_on_the_web_reach_the_checklist(world, editor_client):
    panel = invited_panel(world)
    first, second = panel.invitations.order_by("number")[:2]
    contact = {"first_name": "A", "last_name": "B", "email": "a@example.test", "phone": "", "needs": ""}
    services.save_registration(first, {"gender": "man", "age": "young"}, {**contact, "needs": "Interprète en langue des signes"}, "fr")
    services.save_registration(second, {"gender": "man", "age": "young"}, {**contact, "email": "b@example.test"}, "fr")
    assert [v.needs for v in services.accessibility_needs(panel)] == ["Interprète en langue des signes"]
    page = editor_client.get(panel.get_absolute_url()).content.decode()
    assert "Interprète en langue des signes" in page and "Sur le web : 2" in page


def test_panel_history_is_in_the_readers_language(world, editor_client):
    """Issue 12 item 4: no raw codes (“draw_invitations – … stratified by municipality”) in the history."""
    panel = invited_panel(world, invitations=3)
    services.set_retention(panel, world.editor, 90)
    french = editor_client.get(panel.get_absolute_url()).content.decode()
    assert "Invitations tirées au sort" in french and "stratifié par commune" in french and "90 jours" in french
    assert "draw_invitations" not in french and "stratified by municipality" not in french
    dutch = editor_client.get(panel.get_absolute_url().replace("/fr/", "/nl/")).content.decode()
    assert "Uitnodigingen geloot" in dutch and "gestratificeerd per gemeente" in dutch and "90 dagen" in dutch
    assert "draw_invitations" not in dutch and "stratifié" not in dutch
