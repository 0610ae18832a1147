"""In a real browser at phone width (390 px): a person registers for an event and sees the ticket; at the door the
organiser checks them in by code and by the QR code's address. axe-core on every page, in FR, NL and EN."""

from __future__ import annotations

import pytest

from polyvox.accounts.testing import sign_in_page
from polyvox.events import services
from polyvox.events.models import Registration, RegistrationState

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def _no_horizontal_scroll(page):
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), page.url


def test_register_on_a_phone_then_check_in_at_the_door(transactional_db, live_server, new_page, axe_check, world):
    person = world.citizens[0]
    page = new_page(viewport=PHONE)
    sign_in_page(page, live_server.url, person)
    page.goto(f"{live_server.url}/fr/events/{world.event.pk}/")
    axe_check(page, "event page (phone)")
    _no_horizontal_scroll(page)
    page.get_by_label("Besoins d'accessibilité (facultatif)").fill("Accès en fauteuil roulant")
    page.get_by_role("button", name="S'inscrire à cet événement").click()
    page.wait_for_url(f"**/fr/events/{world.event.pk}/ticket/")
    registration = Registration.objects.get(user=person)
    assert page.get_by_text(registration.code).is_visible()
    assert page.locator(".ticket-qr svg").is_visible()
    axe_check(page, "ticket (phone)")
    _no_horizontal_scroll(page)

    door = new_page(viewport=PHONE)
    sign_in_page(door, live_server.url, world.staff)
    door.goto(f"{live_server.url}/fr/events/{world.event.pk}/check-in/")
    axe_check(door, "check-in (phone)")
    _no_horizontal_scroll(door)
    door.get_by_label("Code du billet").fill("ZZZZZZ")
    door.get_by_role("button", name="Enregistrer l'arrivée avec ce code").click()
    assert door.get_by_text("Aucune inscription à cet événement ne porte ce code.").is_visible()
    axe_check(door, "check-in with an error (phone)")
    door.goto(services.check_in_url(registration).replace("http://127.0.0.1:8000", live_server.url))
    assert door.get_by_role("heading", name="Citizen 0").is_visible()
    door.get_by_role("button", name="Enregistrer l'arrivée", exact=True).click()
    assert door.get_by_text("L'arrivée de Citizen 0 est enregistrée.").is_visible()
    registration.refresh_from_db()
    assert registration.state == RegistrationState.ATTENDED
    door.get_by_label("Code du billet").fill(registration.code)
    door.get_by_role("button", name="Enregistrer l'arrivée avec ce code").click()
    assert door.get_by_text("a déjà été enregistré·e").is_visible()


def test_full_event_puts_the_next_on_the_waiting_list_on_a_phone(transactional_db, live_server, new_page, axe_check, world):
    for person in world.citizens[1:3]:
        services.register(world.event, person)
    page = new_page(viewport=PHONE, locale="nl-BE")
    sign_in_page(page, live_server.url, world.citizens[0])
    page.goto(f"{live_server.url}/nl/events/{world.event.pk}/")
    page.get_by_role("button", name="Op de wachtlijst inschrijven").click()
    page.wait_for_url(f"**/nl/events/{world.event.pk}/ticket/")
    assert page.get_by_text("U staat op de wachtlijst.").first.is_visible()
    axe_check(page, "ticket on the waiting list (nl, phone)")


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_event_pages_are_accessible(transactional_db, live_server, page, axe_check, world, lang):
    services.register(world.event, world.citizens[0])
    sign_in_page(page, live_server.url, world.staff)
    for path in ("events/", "events/modules/", "events/modules/inclusion/", f"events/{world.event.pk}/",
                 f"events/{world.event.pk}/attendance/"):
        page.goto(f"{live_server.url}/{lang}/{path}")
        axe_check(page, f"{path} ({lang})")
