"""A participant joining a workshop may tick "tell me what becomes of this process" and leave an address: kept
apart from the participant, nothing kept unticked, a bad address a clear message (nobody joins), and a published
update of the follow-up reaches them in their language with a stop link that holds."""

from __future__ import annotations

import html
from datetime import date, timedelta

import pytest
from django.core import mail
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from polyvox.core.tests.factories import initiative as make_initiative
from polyvox.core.tests.factories import organisation
from polyvox.core.workflow import SYSTEM
from polyvox.followup import services as followup
from polyvox.workshops import hear_back
from polyvox.workshops.models import HearBack, Participant

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _language_restored():
    """Requests in other languages leave theirs active in this thread: the next tests start from the one before."""
    from django.utils import translation as _translation

    with _translation.override(_translation.get_language()):
        yield


@pytest.fixture
def workshop(facilitator):
    from polyvox.workshops import services

    initiative = make_initiative("Atelier sirènes (test)", organiser=organisation("ws-org-test", "Organisateur (test)"))
    return services.create_workshop(facilitator, "cps", "Sirènes", "Comment réduire le bruit ?", initiative=initiative)


def join_url(workshop):
    return reverse("workshops_join:join", kwargs={"code": workshop.code})  # short, outside the language prefixes


def phone(lang="fr"):
    return Client(HTTP_ACCEPT_LANGUAGE=lang)


def test_the_join_form_offers_an_unticked_box(workshop):
    page = phone("nl").get(join_url(workshop)).content.decode()
    assert "Houd mij op de hoogte" in html.unescape(page)
    box = page.split('name="hear_back"')[0].rsplit("<input", 1)[1] + page.split('name="hear_back"')[1].split(">")[0]
    assert "checked" not in box


def test_the_consent_is_kept_apart_from_the_participant(workshop):
    response = phone("nl").post(join_url(workshop), {"display_name": "Alice", "language": "nl", "hear_back": "on",
                                                        "hear_back_email": "Alice@Example.org"})
    assert response.status_code == 302 and Participant.objects.count() == 1
    consent = HearBack.objects.get()
    assert (consent.email, consent.language, consent.given_on) == ("alice@example.org", "nl", timezone.localdate())
    assert {f.related_model for f in HearBack._meta.get_fields() if f.is_relation} == {type(workshop)}
    assert not any(isinstance(f, models.DateTimeField) for f in HearBack._meta.get_fields())
    assert hear_back.people(workshop.initiative) == [("alice@example.org", "nl", "workshop participant", timezone.localdate())]


def test_unticked_keeps_nothing(workshop):
    response = Client().post(join_url(workshop), {"display_name": "Bob", "language": "fr", "hear_back_email": "bob@example.org"})
    assert response.status_code == 302 and Participant.objects.count() == 1 and not HearBack.objects.exists()


@pytest.mark.parametrize("email", ["nope", "<img src=x onerror=alert(1)>", "a@b@c", "x" * 300 + "@example.org", ""])
def test_a_bad_address_is_a_clear_message_and_nobody_joins(workshop, email):
    for lang, words in (("fr", "adresse e-mail"), ("nl", "e-mailadres"), ("en", "e-mail address")):
        response = phone(lang).post(join_url(workshop), {"display_name": "Eve", "language": lang, "hear_back": "on",
                                                           "hear_back_email": email})
        assert response.status_code == 400 and words in html.unescape(response.content.decode()).lower(), lang
        assert "<img src=x" not in response.content.decode()
    assert not Participant.objects.exists() and not HearBack.objects.exists()


def test_a_published_update_reaches_the_participant_and_stop_holds(workshop, django_capture_on_commit_callbacks):
    phone("en").post(join_url(workshop), {"language": "en", "hear_back": "on", "hear_back_email": "p@example.org"})
    plan = followup.open_plan(workshop.initiative, authority=organisation("ws-org-test"), kind="workshop")
    commitment = followup.add_commitment(plan, {"fr": "Moins de sirènes", "en": "Fewer sirens"}, reference="W1")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        followup.add_update(commitment, date(2025, 6, 1), {"fr": "Étude", "en": "Study"}, by=SYSTEM)
    assert [m.to for m in mail.outbox] == [["p@example.org"]] and "News on a commitment" in mail.outbox[0].subject
    link = next(word for word in mail.outbox[0].body.split() if "/stop/" in word)
    client = Client()
    assert client.post(link[link.index("/en/"):]).status_code == 200 and not plan.listeners.exists()
    assert followup.gather(plan) == 0


def test_the_consents_are_deleted_when_their_period_ends(workshop):
    HearBack.objects.create(workshop=workshop, email="old@example.org", given_on=timezone.localdate() - timedelta(days=1096))
    HearBack.objects.create(workshop=workshop, email="new@example.org", given_on=timezone.localdate())
    assert hear_back.purge_hear_back()
    assert list(HearBack.objects.values_list("email", flat=True)) == ["new@example.org"]
