"""The weekly digest: what is open in the subscriber's commune (and Region-wide), once a week, with one-click
unsubscribe; nothing for those who did not ask."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from polyvox.events.models import Event
from polyvox.initiatives.tests import factories as f
from polyvox.newsletter import digest, services
from polyvox.newsletter.models import Subscriber

pytestmark = pytest.mark.django_db


def test_weekly_digest_of_the_commune_once_a_week():
    towns = f.municipalities()
    start = timezone.now() + dt.timedelta(days=10)
    common = {"kind": "forum", "state": "published", "audience": "everyone", "starts_at": start,
              "ends_at": start + dt.timedelta(hours=3)}
    Event.objects.create(title="Forum à Forest", title_fr="Forum à Forest", title_nl="Forum in Vorst",
                         municipality=towns["21007"], **common)
    Event.objects.create(title="Forum à Jette", title_fr="Forum à Jette", municipality=towns["21010"], **common)
    reader = Subscriber.objects.create(email="a@example.org", language="nl", municipality=towns["21007"], weekly_digest=True)
    services.confirm(reader.confirm_token)
    quiet = Subscriber.objects.create(email="b@example.org", language="fr")
    services.confirm(quiet.confirm_token)
    mail.outbox.clear()
    assert digest.send_weekly_digests() == 1
    message, = mail.outbox
    assert message.to == ["a@example.org"] and "Forum in Vorst" in message.body and "Jette" not in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert digest.send_weekly_digests() == 0
    assert digest.send_weekly_digests(timezone.now() + dt.timedelta(days=8)) == 1


def test_the_form_asks_for_the_digest(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/fr/newsletter/", {"email": "c@example.org", "language": "fr", "audience": "citizens",
                                        "consent": "on", "weekly_digest": "on"})
    assert Subscriber.objects.get().weekly_digest
