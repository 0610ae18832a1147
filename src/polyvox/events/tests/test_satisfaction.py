"""After the session, those who came receive the satisfaction questionnaire once, with a code not tied to them."""

import datetime as dt

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from polyvox.accounts.testing import sign_in
from polyvox.events import satisfaction, services
from polyvox.events.models import Registration
from polyvox.questionnaires.models import AccessCode

pytestmark = pytest.mark.django_db


def test_attendees_receive_one_anonymous_link_once(world):
    a, b, c, _ = world.citizens
    services.register(world.event, a)
    services.register(world.event, b)
    for person in (a, b):
        services.check_in_by_code(world.event, Registration.objects.get(user=person).code, by=world.staff)
    with pytest.raises(services.EventError, match="après la session"):
        satisfaction.send(world.event, by=world.staff)
    world.event.starts_at = timezone.now() - dt.timedelta(hours=3)
    world.event.ends_at = timezone.now() - dt.timedelta(hours=1)
    world.event.save()
    mail.outbox.clear()
    client = sign_in(Client(), world.staff)
    client.post(f"/fr/events/{world.event.pk}/satisfaction/")
    assert sorted(m.to[0] for m in mail.outbox) == sorted([a.email, b.email])
    questionnaire = satisfaction.questionnaire_of(world.event)
    assert questionnaire.state == "open" and AccessCode.objects.filter(questionnaire=questionnaire).count() == 2
    dutch = next(m for m in mail.outbox if m.to == [b.email])
    assert "/nl/questionnaires/a/" in dutch.body
    assert satisfaction.send(world.event, by=world.staff) == 0  # sent once
    assert Client().post(f"/fr/events/{world.event.pk}/satisfaction/").status_code == 302  # to sign in
    assert sign_in(Client(), c).post(f"/fr/events/{world.event.pk}/satisfaction/").status_code == 404
