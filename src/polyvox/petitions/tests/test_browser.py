"""In a real browser (Chromium + axe-core): the public pages in FR, NL and EN, signing on a 390 px phone and
confirming with the button, the back office, and the count that follows live (Server-Sent Events from an ASGI
server, no polling)."""

from __future__ import annotations

import re
import socket
import threading
import time

import pytest
from django.core import mail
from playwright.sync_api import expect

from polyvox.accounts.testing import sign_in_page
from polyvox.petitions.models import ChannelKind, Petition, Signature
from polyvox.petitions.tests.conftest import make_open, sign_and_confirm, signer, sitting

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _patient(request):
    """The machine is shared: pages get more time to load than the default 10 s (no assertion is timed)."""
    if "page" in request.fixturenames:
        request.getfixturevalue("page").set_default_timeout(30_000)


def test_public_pages_are_accessible_in_three_languages(transactional_db, live_server, page, axe_check, world):
    petition = make_open(world, title="Des bancs au parc")
    sign_and_confirm(petition, signer(world, 1))
    interpellation = make_open(world, ChannelKind.INTERPELLATION, title="Éclairage du parc", threshold=1)
    sign_and_confirm(interpellation, signer(world, 2))
    from polyvox.petitions.workflow import LIFECYCLE

    interpellation.refresh_from_db()
    agenda = sitting(world, days_ahead=30)
    LIFECYCLE.apply(interpellation, "schedule", by=world.council, sitting=agenda)
    for language in ("fr", "nl", "en"):
        for path in ("/petitions/", f"/petitions/{petition.pk}/", f"/petitions/{interpellation.pk}/",
                     "/petitions/guide/?text=trams+STIB", f"/petitions/sittings/{agenda.pk}/"):
            page.goto(f"{live_server.url}/{language}{path}")
            assert page.locator("html").get_attribute("lang") == language
            axe_check(page, f"{language}{path}")
    page.goto(f"{live_server.url}/fr/petitions/")
    expect(page.locator("[data-petitions-map]")).to_have_attribute("data-markers", "2")


def test_signing_on_a_phone(transactional_db, live_server, new_page, axe_check, world):
    petition = make_open(world, ChannelKind.INTERPELLATION, title="Éclairage du parc")
    page = new_page(locale="nl-BE", viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page.set_default_timeout(30_000)
    page.goto(f"{live_server.url}/nl/petitions/{petition.pk}/")
    axe_check(page, "petition on a phone")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_label("Voornaam en naam").fill("Sofie Janssens")
    page.get_by_label("E-mailadres").fill("sofie@example.be")
    page.get_by_label("Geboortedatum").fill("2014-03-01")  # 12 years old: refused, in Dutch
    page.get_by_label("Woonplaats (gemeente)").select_option(label="Anderlecht")
    page.get_by_role("button", name="Ondertekenen").click()
    expect(page.get_by_text("minstens 16 jaar").first).to_be_visible()
    assert not Signature.objects.exists()
    axe_check(page, "signing form with errors on a phone")
    page.get_by_label("Geboortedatum").fill("1990-03-01")
    page.get_by_role("button", name="Ondertekenen").click()
    expect(page.get_by_role("heading", name="Nog één stap: bevestig uw handtekening")).to_be_visible()
    axe_check(page, "check your mail, with the form to ask for it again, on a phone")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    expect(page.get_by_label("E-mailadres waarmee u ondertekende")).to_have_value("sofie@example.be")
    page.get_by_role("button", name="Het bevestigingsbericht opnieuw sturen").click()
    expect(page.get_by_text("een nieuw bericht onderweg").first).to_be_visible()
    assert len(mail.outbox) == 1  # asked again at once: too soon, and the page does not say whether the address signed
    link = re.search(r"https?://\S+/confirm/\S+/", mail.outbox[-1].body).group(0)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    page.goto(f"{live_server.url}{path}")
    axe_check(page, "confirmation page on a phone")
    assert Signature.objects.get().state == "pending"
    page.get_by_role("button", name="Mijn handtekening bevestigen").click()
    expect(page.get_by_role("heading", name="Dank u: uw handtekening wordt geteld")).to_be_visible()
    assert Petition.objects.get(pk=petition.pk).signature_count == 1
    page.goto(f"{live_server.url}{path}")
    expect(page.get_by_text("Deze bevestiging werd al gebruikt").first).to_be_visible()


def test_back_office_is_accessible(transactional_db, live_server, page, axe_check, world):
    from polyvox.petitions import services

    draft = services.create_draft(author=world.author, channel=world.channels["petition"], level="region", municipality=None,
                                  title="Un parc pour tous", body="…", language="fr", author_name="Awa")
    services.file(draft, by=world.author)
    sign_in_page(page, live_server.url, world.clerk)
    page.goto(f"{live_server.url}/fr/petitions/office/")
    axe_check(page, "admissibility queue")
    page.get_by_role("link", name="Un parc pour tous").click()
    axe_check(page, "one petition's back office")
    page.get_by_role("button", name="Recevable : ouvrir aux signatures").click()
    expect(page.get_by_text("Déclarée recevable").first).to_be_visible()
    assert Petition.objects.get(pk=draft.pk).state == "open"
    axe_check(page, "back office of an open petition")


def test_waiting_period_and_answer_documents_are_accessible(transactional_db, live_server, page, axe_check, world, settings,
                                                           tmp_path):
    from polyvox.petitions import services
    from polyvox.petitions.workflow import LIFECYCLE

    settings.MEDIA_ROOT = tmp_path
    earlier = services.create_draft(author=world.citizen, channel=world.channels["suggestion"], level="region",
                                    municipality=None, title="Une commission délibérative sur le logement abordable",
                                    body="Le logement abordable et les loyers.", language="fr", author_name="Lina")
    services.file(earlier, by=world.citizen)
    LIFECYCLE.apply(earlier, "refuse", by=world.clerk, ground="other", reasons={"fr": "Agenda complet.", "nl": "", "en": ""})
    # the author, before filing: warned on the draft form, then on the draft's page
    sign_in_page(page, live_server.url, world.author)
    page.goto(f"{live_server.url}/fr/petitions/new/")
    page.get_by_label("Suggestion citoyenne pour une commission délibérative").check()
    page.locator("#id_title").fill("Commission délibérative : le logement abordable")
    page.get_by_label("Votre demande").fill("Le logement abordable et les loyers à Bruxelles.")
    page.get_by_label("Votre nom tel qu'il est publié").fill("Awa")
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    expect(page.get_by_role("heading", name="Le même sujet a été traité récemment")).to_be_visible()
    axe_check(page, "draft form warned of the waiting period")
    page.get_by_role("button", name="La mienne est différente : enregistrer le brouillon").click()
    expect(page.get_by_role("heading", name="Cette demande ne peut pas encore être déposée")).to_be_visible()
    expect(page.get_by_role("button", name="La déposer auprès de l'institution destinataire")).to_have_count(0)
    axe_check(page, "draft that must wait")
    # the secretariat: a filed suggestion, the same-subject link; then a petition heard, its answer's documents
    filed = services.create_draft(author=world.author, channel=world.channels["suggestion"], level="region",
                                  municipality=None, title="Des loyers encadrés", body="Encadrer les loyers.",
                                  language="fr", author_name="Awa")
    services.file(filed, by=world.author)
    heard = make_open(world, title="Des bancs au parc", threshold=1)
    sign_and_confirm(heard, signer(world, 1))
    page.context.clear_cookies()
    sign_in_page(page, live_server.url, world.clerk)
    page.goto(f"{live_server.url}/fr/petitions/office/{filed.pk}/")
    page.get_by_label("Même sujet que").select_option(value=str(earlier.pk))
    page.get_by_role("button", name="Enregistrer le même sujet").click()
    expect(page.get_by_text("Le même sujet ne peut pas encore revenir").first).to_be_visible()
    axe_check(page, "admissibility with the same subject recorded")
    page.goto(f"{live_server.url}/fr/petitions/office/{heard.pk}/")
    page.get_by_label("Titre du document").fill("Rapport de la commission")
    page.get_by_label("Fichier (PDF, ODT ou DOCX)").set_input_files(
        files=[{"name": "photo.pdf", "mimeType": "application/pdf", "buffer": b"\x89PNG\r\n\x1a\n" + b"\x00" * 32}])
    page.get_by_role("button", name="Ajouter le document").click()
    expect(page.get_by_text("pas un document PDF, ODT ou DOCX").first).to_be_visible()
    axe_check(page, "document refused")
    page.get_by_label("Titre du document").fill("Rapport de la commission")
    page.get_by_label("Fichier (PDF, ODT ou DOCX)").set_input_files(
        files=[{"name": "rapport.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"}])
    page.get_by_role("button", name="Ajouter le document").click()
    expect(page.get_by_role("link", name="Rapport de la commission")).to_be_visible()
    axe_check(page, "answer with a document waiting for publication")
    page.get_by_label("Réponse en français").fill("Des bancs seront installés.")
    page.get_by_role("button", name="Publier la réponse").click()
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/fr/petitions/{heard.pk}/")
    expect(page.get_by_role("heading", name="Documents de la réponse")).to_be_visible()
    axe_check(page, "published answer with its document")
    for language in ("nl", "en"):
        page.goto(f"{live_server.url}/{language}/petitions/guide/")
        axe_check(page, f"{language} guide with the checked sources")


@pytest.fixture
def asgi_server(transactional_db):
    import uvicorn

    from polyvox.asgi import application

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(application, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off", timeout_graceful_shutdown=1))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    server.force_exit = True
    thread.join(timeout=5)


def test_count_follows_live_without_polling(asgi_server, page, world):
    petition = make_open(world)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{asgi_server}/fr/petitions/{petition.pk}/")
    expect(page.locator("[data-count-stream]")).to_have_attribute("data-live-count", "0", timeout=10_000)
    sign_and_confirm(petition, signer(world, 1))
    sign_and_confirm(petition, signer(world, 2))
    expect(page.locator("#count-value")).to_have_text("2", timeout=10_000)
    streams = [url for url in requests if "/count/" in url]
    assert len(streams) == 1, requests  # one stream, no polling
