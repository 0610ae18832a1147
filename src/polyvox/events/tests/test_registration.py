"""Registration with a capacity and a waiting list, cancellation with promotion, and the refusals (twice, over
capacity, agents only, an event over) that change nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from polyvox.accounts.testing import sign_in
from polyvox.core.models import AuditEntry
from polyvox.events import services
from polyvox.events.models import Audience, Registration, RegistrationState
from polyvox.events.tests.conftest import make_event

pytestmark = pytest.mark.django_db


def states(event):
    return list(event.registrations.order_by("created_at", "id").values_list("user__email", "state"))


def test_places_then_waiting_list_then_promotion_on_cancellation(world, django_capture_on_commit_callbacks):
    a, b, c, d = world.citizens
    assert not services.register(world.event, a).waiting
    assert not services.register(world.event, b).waiting
    assert services.register(world.event, c).waiting
    assert services.register(world.event, d).waiting
    assert world.event.places_left() == 0 and world.event.waiting_count() == 2
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.cancel(Registration.objects.get(event=world.event, user=a), by=a)
    assert promoted.user == c  # the first who waited
    assert states(world.event)[0] == (a.email, RegistrationState.CANCELLED)
    assert Registration.objects.get(user=c).state == RegistrationState.REGISTERED
    assert Registration.objects.get(user=d).state == RegistrationState.WAITING
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [c.email]
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"join", "queue", "cancel", "promote"} <= actions


def test_leaving_the_waiting_list_promotes_nobody(world):
    a, b, c, _ = world.citizens
    services.register(world.event, a)
    services.register(world.event, b)
    services.register(world.event, c)
    assert services.cancel(Registration.objects.get(user=c), by=c) is None
    assert world.event.places_left() == 0


def test_registering_twice_is_refused_and_changes_nothing(world):
    a = world.citizens[0]
    services.register(world.event, a, accessibility_needs="Rampe")
    before = states(world.event)
    with pytest.raises(services.EventError, match="déjà inscrit"):
        services.register(world.event, a, accessibility_needs="autre")
    assert states(world.event) == before
    assert Registration.objects.get(user=a).accessibility_needs == "Rampe"


def test_a_cancelled_person_may_register_again_at_the_end_of_the_queue(world):
    a, b, c, _ = world.citizens
    services.register(world.event, a)
    services.cancel(Registration.objects.get(user=a), by=a)
    services.register(world.event, b)
    services.register(world.event, c)
    assert services.register(world.event, a).waiting


def test_the_join_transition_refuses_over_capacity(world):
    from polyvox.core.workflow import Refused, apply

    a, b, c, _ = world.citizens
    services.register(world.event, a)
    services.register(world.event, b)
    with pytest.raises(Refused, match="complet"):
        apply(Registration(event=world.event, user=c, state="new"), "join", by=c)
    assert world.event.registered_count() == 2


def test_agents_only_events_are_shown_to_all_but_refuse_citizens(world, client):
    event = make_event(audience=Audience.AGENTS)
    citizen = world.citizens[0]
    sign_in(client, citizen)
    page = client.get(reverse("events:detail", args=[event.pk])).content.decode()
    assert "réservé aux agents publics" in page and "S&#x27;inscrire à cet événement" not in page
    refused = client.post(reverse("events:register", args=[event.pk]), follow=True).content.decode()
    assert "Cet événement est réservé aux agents publics." in refused
    assert not event.registrations.exists()
    agent_client = sign_in(Client(), world.agent)
    assert agent_client.get(reverse("events:detail", args=[event.pk])).status_code == 200
    response = agent_client.post(reverse("events:register", args=[event.pk]), follow=True)
    assert event.registrations.get().user == world.agent
    assert "inscrit" in response.content.decode()


def test_over_and_draft_events_refuse_registration(world):
    past = make_event(days=-3)
    with pytest.raises(services.EventError, match="terminé"):
        services.register(past, world.citizens[0])
    draft = make_event(state="draft")
    with pytest.raises(services.EventError, match="pas ouvert"):
        services.register(draft, world.citizens[0])
    assert not Registration.objects.exists()


def test_register_and_cancel_through_the_pages(world, client):
    a = world.citizens[0]
    sign_in(client, a)
    url = reverse("events:register", args=[world.event.pk])
    response = client.post(url, {"accessibility_needs": "Boucle magnétique"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("events:ticket", args=[world.event.pk])
    registration = Registration.objects.get(user=a)
    assert registration.code in response.content.decode()
    again = client.post(url, follow=True).content.decode()
    assert "déjà inscrit" in again
    assert Registration.objects.count() == 1
    client.post(reverse("events:cancel", args=[world.event.pk]))
    assert Registration.objects.get(user=a).state == RegistrationState.CANCELLED
    page = client.post(reverse("events:cancel", args=[world.event.pk]), follow=True).content.decode()
    assert "aucune inscription" in page


def test_signed_out_visitor_is_sent_to_sign_in(world, client):
    response = client.post(reverse("events:register", args=[world.event.pk]))
    assert response.status_code == 302 and "login" in response["Location"]
    assert not Registration.objects.exists()


def test_an_event_ending_before_it_starts_is_refused(world):
    event = make_event()
    event.ends_at = event.starts_at - dt.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "se terminer après" in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        event.save()


def test_the_back_office_form_says_why_an_event_ending_before_it_starts_is_refused(world, client):
    sign_in(client, world.staff)
    start = timezone.localtime(timezone.now() + dt.timedelta(days=5))
    data = {"title_fr": "Essai", "kind": "forum", "starts_at_0": start.strftime("%d/%m/%Y"), "starts_at_1": "14:00",
            "ends_at_0": start.strftime("%d/%m/%Y"), "ends_at_1": "10:00", "languages": "fr", "audience": "everyone",
            "speakers-TOTAL_FORMS": "0", "speakers-INITIAL_FORMS": "0", "resources-TOTAL_FORMS": "0",
            "resources-INITIAL_FORMS": "0"}
    count = type(world.event).objects.count()
    response = client.post(reverse("admin:events_event_add"), data)
    assert response.status_code == 200
    assert "se terminer après" in response.content.decode()
    assert type(world.event).objects.count() == count


def test_reminders_are_sent_once_the_day_before(world):
    soon = make_event(days=0, starts_at=timezone.now() + dt.timedelta(hours=20),
                      ends_at=timezone.now() + dt.timedelta(hours=22))
    a, b = world.citizens[:2]
    services.register(soon, a)
    services.register(world.event, b)  # in ten days: not yet
    mail.outbox.clear()
    assert services.send_due_reminders() == 1
    assert services.send_due_reminders() == 0
    assert mail.outbox[0].to == [a.email] and "Rappel" in mail.outbox[0].subject


def test_the_reminder_speaks_the_person_language(world):
    soon = make_event(starts_at=timezone.now() + dt.timedelta(hours=20), ends_at=timezone.now() + dt.timedelta(hours=22))
    dutch = world.citizens[1]
    assert dutch.preferred_language == "nl"
    services.register(soon, dutch)
    mail.outbox.clear()
    services.send_due_reminders()
    assert "Herinnering" in mail.outbox[0].subject and "Testworkshop" in mail.outbox[0].subject


def test_staff_publish_and_cancel_an_event_others_cannot(world, client):
    draft = make_event(state="draft")
    sign_in(client, world.citizens[0])
    assert client.post(reverse("events:move", args=[draft.pk, "publish"])).status_code == 404
    sign_in(client, world.staff)
    client.post(reverse("events:move", args=[draft.pk, "publish"]))
    draft.refresh_from_db()
    assert draft.state == "published"
    client.post(reverse("events:move", args=[draft.pk, "cancel"]))
    draft.refresh_from_db()
    assert draft.state == "cancelled"
