"""Check-in at the door by code or by the QR code's address; forged and reused tokens change nothing."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from polyvox.accounts.testing import sign_in
from polyvox.events import services
from polyvox.events.models import Registration, RegistrationState

pytestmark = pytest.mark.django_db


@pytest.fixture
def door(world):
    registration = services.register(world.event, world.citizens[0]).registration
    return sign_in(Client(), world.staff), registration


def test_check_in_by_code(world, door):
    client, registration = door
    url = reverse("events:check_in", args=[world.event.pk])
    response = client.post(url, {"code": registration.code.lower()}, follow=True)
    registration.refresh_from_db()
    assert registration.state == RegistrationState.ATTENDED and registration.checked_in_at
    assert "Citizen 0" in response.content.decode()
    again = client.post(url, {"code": registration.code})
    assert again.status_code == 400 and "déjà été enregistré" in again.content.decode()


def test_check_in_by_qr_token_then_reused(world, door):
    client, registration = door
    token = services.signed_token(registration)
    url = reverse("events:check_in", args=[world.event.pk])
    shown = client.get(url, {"t": token})
    assert shown.status_code == 200 and "Citizen 0" in shown.content.decode()
    client.post(url, {"t": token})
    registration.refresh_from_db()
    stamped = registration.checked_in_at
    assert registration.state == RegistrationState.ATTENDED
    reused = client.post(url, {"t": token})
    assert reused.status_code == 400 and "déjà été enregistré" in reused.content.decode()
    registration.refresh_from_db()
    assert registration.checked_in_at == stamped


def test_forged_token_and_unknown_code_change_nothing(world, door):
    client, registration = door
    url = reverse("events:check_in", args=[world.event.pk])
    forged = services.signed_token(registration)[:-3] + "abc"
    assert client.get(url, {"t": forged}).status_code == 400
    response = client.post(url, {"t": forged})
    assert response.status_code == 400 and "pas valable" in response.content.decode()
    other_event_token = services.signed_token(registration).replace("", "")
    from polyvox.events.tests.conftest import make_event

    other = make_event()
    assert client.post(reverse("events:check_in", args=[other.pk]), {"t": other_event_token}).status_code == 400
    assert client.post(url, {"code": "ZZZZZZ"}).status_code == 400
    assert client.post(url, {"code": ""}).status_code == 400
    registration.refresh_from_db()
    assert registration.state == RegistrationState.REGISTERED


def test_a_waiting_person_cannot_be_checked_in(world):
    a, b, c, _ = world.citizens
    services.register(world.event, b)
    services.register(world.event, c)
    waiting = services.register(world.event, a).registration
    with pytest.raises(services.EventError, match="pas de place"):
        services.check_in_by_code(world.event, waiting.code, by=world.staff)
    assert Registration.objects.get(pk=waiting.pk).state == RegistrationState.WAITING


def test_only_organisers_open_the_door_and_the_attendance_list(world, door):
    _, registration = door
    citizen = sign_in(Client(), world.citizens[1])
    assert citizen.get(reverse("events:check_in", args=[world.event.pk])).status_code == 404
    assert citizen.post(reverse("events:check_in", args=[world.event.pk]), {"code": registration.code}).status_code == 404
    assert citizen.get(reverse("events:attendance", args=[world.event.pk])).status_code == 404
    staff = sign_in(Client(), world.staff)
    listing = staff.get(reverse("events:attendance", args=[world.event.pk]))
    assert "Citizen 0" in listing.content.decode()
    csv = staff.get(reverse("events:attendance", args=[world.event.pk]), {"format": "csv"})
    assert csv["Content-Type"].startswith("text/csv") and "citizen0@test.example" in csv.content.decode()


def test_the_ticket_shows_code_and_qr(world, door):
    _, registration = door
    client = sign_in(Client(), world.citizens[0])
    page = client.get(reverse("events:ticket", args=[world.event.pk])).content.decode()
    assert registration.code in page and "<svg" in page
    assert sign_in(Client(), world.citizens[1]).get(reverse("events:ticket", args=[world.event.pk])).status_code == 404


def test_the_attendance_export_neutralises_formulas(world, door):
    """CSV injection: a participant's text that a spreadsheet would run as a formula is written as text."""
    import csv as csv_module
    import io

    _, registration = door
    Registration.objects.filter(pk=registration.pk).update(accessibility_needs="=cmd|' /C calc'!A0")
    staff = sign_in(Client(), world.staff)
    export = staff.get(reverse("events:attendance", args=[world.event.pk]), {"format": "csv"}).content.decode()
    cells = [cell for row in csv_module.reader(io.StringIO(export)) for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
