"""Guessing budget voting codes is throttled per account, per client address and per budget (before: 55 a second)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from polyvox.accounts.testing import sign_in
from polyvox.budgets.models import Ballot
from polyvox.budgets.tests.conftest import accepted, codes, make_user

pytestmark = pytest.mark.django_db


def vote(client, budget, code, project):
    return client.post(reverse("budgets:vote", args=[budget.pk]), {"code": code, "project": [project.pk]})


def test_wrong_codes_of_one_account_end_in_429_even_for_a_right_code(voting_budget, citizen, settings):
    project = accepted(voting_budget)[0]
    limit = settings.THROTTLE_LIMITS["code_entry.account"][0]
    client = sign_in(Client(), citizen)
    for n in range(limit):
        assert vote(client, voting_budget, f"WRONG{n:05d}", project).status_code == 400
    refused = vote(client, voting_budget, codes(voting_budget)[0], project)
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert not Ballot.objects.filter(budget=voting_budget).exists()
    # The same person from another address is still the same account: refused.
    elsewhere = sign_in(Client(REMOTE_ADDR="198.51.100.70"), citizen)
    assert vote(elsewhere, voting_budget, codes(voting_budget)[0], project).status_code == 429


def test_wrong_codes_from_one_address_across_accounts(voting_budget, settings):
    project = accepted(voting_budget)[0]
    limit = settings.THROTTLE_LIMITS["code_entry.address"][0]
    per_account = settings.THROTTLE_LIMITS["code_entry.account"][0]
    guesses = 0
    for a in range(limit // per_account + 1):
        client = sign_in(Client(REMOTE_ADDR="203.0.113.70"), make_user(f"voter{a}@example.org"))
        for _ in range(per_account - 1):
            if guesses < limit:
                assert vote(client, voting_budget, "WRONGWRONG", project).status_code == 400
                guesses += 1
    newcomer = sign_in(Client(REMOTE_ADDR="203.0.113.70"), make_user("newcomer@example.org"))
    assert vote(newcomer, voting_budget, codes(voting_budget)[0], project).status_code == 429


def test_guessing_one_budget_from_many_addresses_is_throttled_per_budget(voting_budget, budget, settings):
    settings.THROTTLE_LIMITS = {**settings.THROTTLE_LIMITS, "code_entry.target": (4, 3600)}
    project = accepted(voting_budget)[0]
    for n in range(4):
        client = sign_in(Client(REMOTE_ADDR=f"203.0.113.{n + 1}"), make_user(f"g{n}@example.org"))
        assert vote(client, voting_budget, "WRONGWRONG", project).status_code == 400
    honest = sign_in(Client(REMOTE_ADDR="192.0.2.80"), make_user("honest@example.org"))
    assert vote(honest, voting_budget, codes(voting_budget)[0], project).status_code == 429
