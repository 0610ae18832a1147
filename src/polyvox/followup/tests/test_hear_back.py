"""Hearing back: the consents given in the apps (registry `listeners`) become listeners; every e-mail has a stop
link; stopping deletes the address, keeps the ratings, and is not undone by gathering again; the retention purge."""

from __future__ import annotations

import html
from datetime import date, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from polyvox.core.workflow import SYSTEM
from polyvox.followup import services
from polyvox.followup.models import Listener, Rating, StoppedListening

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _language_restored():
    """Requests in other languages leave theirs active in this thread: the next tests start from the one before."""
    from django.utils import translation as _translation

    with _translation.override(_translation.get_language()):
        yield

REASONS = {"fr": "Le budget le prévoit.", "nl": "De begroting voorziet het.", "en": "The budget provides for it."}


def url(name, *args, lang="fr"):
    with translation.override(lang):
        return reverse(f"followup:{name}", args=args)


@pytest.fixture
def consents(monkeypatch):
    """What the apps answer to `listeners` (replaced, so that this test needs no budget, workshop or petition)."""
    given = [("Voter@Example.org", "nl", "voter", timezone.localdate()),
             ("signer@example.org", "en", "signatory", timezone.localdate() - timedelta(days=2000)),  # too old
             ("", "fr", "voter", None)]

    from polyvox.core import registry

    real = registry.collect_flat

    def people(kind, *args, **kwargs):
        return list(given) if kind == "listeners" else real(kind, *args, **kwargs)

    monkeypatch.setattr("polyvox.core.registry.collect_flat", people)
    return given


def test_gathering_turns_consents_into_listeners_once(plan, consents):
    assert services.gather(plan) == 1
    assert services.gather(plan) == 0
    listener = plan.listeners.get()
    assert (listener.email, listener.language, listener.source) == ("voter@example.org", "nl", "voter")
    assert listener.consented_on == timezone.localdate()


def test_a_published_update_has_a_stop_link_and_stopping_is_not_undone(client, plan, commitment, authority_editor,
                                                                        consents, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.answer(commitment, "adopt", REASONS, by=authority_editor)
    message = mail.outbox[-1]
    assert message.to == ["voter@example.org"] and "antwoordde" in message.subject
    listener = plan.listeners.get()
    services.rate(listener, commitment, 4, "Duidelijk")
    stop_link = next(word for word in message.body.split() if "/stop/" in word)
    path = stop_link[stop_link.index("/nl/"):]
    assert path == url("stop", listener.token, lang="nl")
    page = client.get(path)
    assert page.status_code == 200 and "Stoppen" in page.content.decode() and plan.listeners.exists()  # a GET changes nothing
    done = client.post(path)
    assert done.status_code == 200 and "Klaar" in done.content.decode()
    assert not plan.listeners.exists() and StoppedListening.objects.filter(plan=plan).count() == 1
    assert Rating.objects.get().listener is None and services.ratings_of(commitment)["count"] == 1  # the rating stays
    assert "voter@example.org" not in str(list(StoppedListening.objects.values_list("email_hash", flat=True)))
    # Gathering again (daily, or before the next e-mail) does not bring the person back.
    assert services.gather(plan) == 0
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.add_update(commitment, date(2025, 6, 1), {"fr": "Étude lancée"}, by=SYSTEM)
    assert mail.outbox == []
    # The link once used, or made up: a clear page, not an error.
    for token in (listener.token, "%3Cscript%3Ex%3C", "x" * 500):
        gone = client.get(url("stop", "TOKEN").replace("TOKEN", token))
        assert gone.status_code == 404 and "n'est plus en service" in html.unescape(gone.content.decode())
        assert "<script>x" not in gone.content.decode()


def test_saying_yes_again_after_stopping_is_a_new_yes(plan, consents):
    services.gather(plan)
    services.stop(plan.listeners.get())
    services.listen(plan, "voter@example.org", "fr", source="web")
    assert plan.listeners.get().language == "fr" and not StoppedListening.objects.exists()


def test_retention_purge(plan, commitment, authority_editor):
    services.answer(commitment, "adopt", REASONS, by=authority_editor)
    old = services.listen(plan, "old@example.org", "fr")
    services.rate(old, commitment, 5)
    Listener.objects.filter(pk=old.pk).update(consented_on=timezone.localdate() - timedelta(days=1096))
    services.listen(plan, "recent@example.org", "fr")
    StoppedListening.objects.create(plan=plan, email_hash="a" * 64, stopped_on=timezone.localdate() - timedelta(days=1096))
    StoppedListening.objects.create(plan=plan, email_hash="b" * 64)
    assert services.purge_hear_back()
    assert list(plan.listeners.values_list("email", flat=True)) == ["recent@example.org"]
    assert list(StoppedListening.objects.values_list("email_hash", flat=True)) == ["b" * 64]
    assert Rating.objects.get().listener is None
    assert services.purge_hear_back() == []


def test_the_retention_period_is_listed():
    from polyvox.core import retention

    period = next(p for p in retention.periods() if p.key == "hear_back")
    assert period.days == 1095 and period.job == "polyvox.followup.tasks.purge_hear_back"
