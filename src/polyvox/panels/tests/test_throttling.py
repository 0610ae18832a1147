"""Guessing panel invitation codes is throttled per client address and per target (before: 55 guesses a second)."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from polyvox.panels.tests.conftest import invited_panel


def _guess(client, code, email=""):
    return client.post(reverse("panels:register"), {"code": code, "email": email})


def test_wrong_codes_from_one_address_end_in_429_even_for_the_right_code(world, settings):
    panel = invited_panel(world)
    invitation = panel.invitations.first()
    limit = settings.THROTTLE_LIMITS["code_entry.address"][0]
    guesser = Client(REMOTE_ADDR="203.0.113.50")
    answers = [_guess(guesser, f"ZZZZ{n:04d}").status_code for n in range(limit)]
    assert answers == [400] * limit
    refused = _guess(guesser, invitation.display_code)
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert "Te veel pogingen" in guesser.post("/nl/panels/register/", {"code": "X"}).content.decode()
    # Someone else, elsewhere, registers as usual.
    assert _guess(Client(REMOTE_ADDR="198.51.100.60"), invitation.display_code).status_code == 302


def test_the_right_code_does_not_count_as_a_guess(world, settings):
    panel = invited_panel(world)
    invitation = panel.invitations.first()
    limit = settings.THROTTLE_LIMITS["code_entry.address"][0]
    client = Client(REMOTE_ADDR="203.0.113.51")
    assert all(_guess(client, invitation.display_code).status_code == 302 for _ in range(limit + 2))


def test_guessing_the_e_mail_of_a_used_code_from_many_addresses_is_throttled_per_code(world, settings):
    settings.THROTTLE_LIMITS = {**settings.THROTTLE_LIMITS, "code_entry.target": (5, 3600)}
    panel = invited_panel(world)
    invitation, other = panel.invitations.order_by("number")[:2]
    url = reverse("panels:my_data")
    for n in range(5):
        answer = Client(REMOTE_ADDR=f"203.0.113.{n + 1}").post(url, {"code": invitation.display_code, "email": f"g{n}@example.org"})
        assert answer.status_code == 400
    target = Client(REMOTE_ADDR="192.0.2.99").post(url, {"code": invitation.display_code, "email": "g9@example.org"})
    assert target.status_code == 429
    # Another code is another target.
    assert Client(REMOTE_ADDR="192.0.2.98").post(url, {"code": other.display_code, "email": "g9@example.org"}).status_code == 400


def test_my_data_codes_are_throttled_too(world, settings):
    panel = invited_panel(world)
    invitation = panel.invitations.first()
    limit = settings.THROTTLE_LIMITS["code_entry.address"][0]
    client = Client(REMOTE_ADDR="203.0.113.52")
    url = reverse("panels:my_data")
    for _ in range(limit):
        assert client.post(url, {"code": invitation.display_code, "email": "guess@example.org"}).status_code == 400
    assert client.post(url, {"code": invitation.display_code, "email": "guess@example.org"}).status_code == 429
