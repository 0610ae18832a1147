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
