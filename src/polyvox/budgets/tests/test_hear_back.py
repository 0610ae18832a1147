"""A voter may tick "tell me what becomes of this process": the address is kept apart from the ballot (no key to it,
the day only, a random key), nothing is kept unticked, a bad address refuses the ballot with a clear message, and
a published update of the follow-up reaches the voter in their language with a stop link that works for good."""

from __future__ import annotations

import html
from datetime import date, timedelta

import pytest
from django.core import mail
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation

from polyvox.budgets import hear_back
from polyvox.budgets.models import Ballot, BallotVersion, HearBack
from polyvox.budgets.tests.conftest import accepted, codes
from polyvox.core.workflow import SYSTEM
from polyvox.followup import services as followup
from polyvox.followup.models import StoppedListening

pytestmark = pytest.mark.django_db


def vote_url(budget, lang="en"):
    with translation.override(lang):
        return reverse("budgets:vote", args=[budget.pk])


def test_the_consent_is_kept_apart_from_the_ballot(client, voting_budget, citizen, citizen2):
    p1, p2, _p3, _p4 = accepted(voting_budget)
    client.force_login(citizen)
    response = client.post(vote_url(voting_budget, "nl"), {"code": codes(voting_budget)[0], "project": [p1.pk],
                                                           "hear_back": "on", "hear_back_email": " Kiezer@Example.org "})
    assert response.status_code == 302
    consent = HearBack.objects.get()
    assert (consent.email, consent.language, consent.given_on) == ("kiezer@example.org", "nl", timezone.localdate())
    # Nothing in the consent points to a ballot, a code or an account; the ballot holds nothing of the consent.
    relations = {field.related_model for field in HearBack._meta.get_fields() if field.is_relation}
    assert relations == {type(voting_budget)}
    assert not any(isinstance(field, models.DateTimeField) for field in HearBack._meta.get_fields())
    assert isinstance(HearBack._meta.pk, models.UUIDField)  # no counter whose order follows the ballots'
    ballot = Ballot.objects.get()
    for row in (ballot, *BallotVersion.objects.all()):
        assert "kiezer" not in str([getattr(row, f.attname) for f in row._meta.concrete_fields])
    assert hear_back.people(voting_budget.initiative) == [("kiezer@example.org", "nl", "voter", timezone.localdate())]
    # A second ballot of someone else with the same address: still one consent.
    client.force_login(citizen2)
    client.post(vote_url(voting_budget), {"code": codes(voting_budget)[1], "project": [p2.pk], "hear_back": "on",
                                          "hear_back_email": "kiezer@example.org"})
    assert Ballot.objects.count() == 2 and HearBack.objects.count() == 1


def test_unticked_keeps_nothing_even_with_an_address(client, voting_budget, citizen):
    p1 = accepted(voting_budget)[0]
    client.force_login(citizen)
    response = client.post(vote_url(voting_budget), {"code": codes(voting_budget)[0], "project": [p1.pk],
                                                     "hear_back_email": "someone@example.org"})
    assert response.status_code == 302 and Ballot.objects.count() == 1 and not HearBack.objects.exists()
    page = client.get(vote_url(voting_budget)).content.decode()
    assert 'name="hear_back"' in page and "checked" not in page.split('name="hear_back"')[1].split(">")[0]


@pytest.mark.parametrize("email", ["not-an-address", "<script>alert(1)</script>@x", "a@b@c.be", "x" * 300 + "@example.org", ""])
def test_a_bad_address_refuses_the_ballot_with_a_clear_message(client, voting_budget, citizen, email):
    p1 = accepted(voting_budget)[0]
    client.force_login(citizen)
    for lang, words in (("fr", "adresse e-mail"), ("nl", "e-mailadres"), ("en", "e-mail address")):
        response = client.post(vote_url(voting_budget, lang), {"code": codes(voting_budget)[0], "project": [p1.pk],
                                                               "hear_back": "on", "hear_back_email": email})
        page = html.unescape(response.content.decode())
        assert response.status_code == 400 and words in page.lower(), (lang, email)
        assert "<script>alert" not in response.content.decode()
    assert not Ballot.objects.exists() and not HearBack.objects.exists()


def test_the_ballot_with_a_consent_adds_one_statement(client, voting_budget, citizen, django_assert_max_num_queries):
    from polyvox.budgets.tests.test_ballot_queries import FIRST_BALLOT

    client.force_login(citizen)
    client.get(vote_url(voting_budget))
    data = {"code": codes(voting_budget)[0], "project": [accepted(voting_budget)[0].pk], "hear_back": "on",
            "hear_back_email": "c@example.org"}
    with django_assert_max_num_queries(FIRST_BALLOT + 1):  # the consent's one INSERT, after the ballot's transaction
        response = client.post(vote_url(voting_budget), data)
    assert response.status_code == 302 and HearBack.objects.count() == 1


def test_a_published_update_reaches_the_voter_in_their_language_and_stop_holds(
        client, voting_budget, org, citizen, django_capture_on_commit_callbacks):
    p1 = accepted(voting_budget)[0]
    client.force_login(citizen)
    client.post(vote_url(voting_budget, "nl"), {"code": codes(voting_budget)[0], "project": [p1.pk],
                                                 "hear_back": "on", "hear_back_email": "kiezer@example.org"})
    plan = followup.open_plan(voting_budget.initiative, authority=org, kind="budget", report_date=date(2025, 1, 15))
    commitment = followup.add_commitment(plan, {"fr": "Verdurisation", "nl": "Vergroening"}, reference="B1")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        followup.add_update(commitment, date(2025, 6, 1), {"fr": "Plantations", "nl": "Aanplantingen"}, by=SYSTEM)
    assert [m.to for m in mail.outbox] == [["kiezer@example.org"]]
    message = mail.outbox[0]
    assert "Nieuws" in message.subject and "/nl/follow-up/stop/" in message.body
    link = next(word for word in message.body.split() if "/stop/" in word)
    path = link[link.index("/nl/"):]
    assert client.post(path).status_code == 200
    assert not plan.listeners.exists() and StoppedListening.objects.filter(plan=plan).exists()
    # The consent is still in the budget's table (its retention runs on), but gathering does not bring it back.
    assert followup.gather(plan) == 0
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        followup.add_update(commitment, date(2025, 7, 1), {"fr": "Fin", "nl": "Einde"}, by=SYSTEM)
    assert mail.outbox == []


def test_the_consents_are_deleted_when_their_period_ends(voting_budget):
    HearBack.objects.create(budget=voting_budget, email="old@example.org", given_on=timezone.localdate() - timedelta(days=1096))
    HearBack.objects.create(budget=voting_budget, email="new@example.org", given_on=timezone.localdate())
    assert [row[0] for row in hear_back.people(voting_budget.initiative)] == ["new@example.org"]
    assert hear_back.purge_hear_back()
    assert list(HearBack.objects.values_list("email", flat=True)) == ["new@example.org"]
