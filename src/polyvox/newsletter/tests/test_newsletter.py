"""Double opt-in by a button, segments, preview with the recipient count, batches, one-click unsubscribe (RFC 8058),
the consent log, the archive, and the refusals (forged or reused tokens, an unknown segment) that change nothing."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from polyvox.accounts.testing import sign_in
from polyvox.initiatives.tests import factories as f
from polyvox.newsletter import sending, services
from polyvox.newsletter.models import ConsentEntry, Delivery, Edition, Segment, Subscriber

pytestmark = pytest.mark.django_db


def subscribe(client, email, **extra):
    data = {"email": email, "language": "fr", "audience": "citizens", "consent": "on"}
    data.update(extra)
    return client.post("/fr/newsletter/", data)


def link_in(message) -> str:
    return re.search(r"https?://\S+", message.body).group(0)


def test_double_opt_in_with_a_button(django_capture_on_commit_callbacks):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        assert subscribe(client, "Marie@Example.org").status_code == 302
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "marie@example.org" and subscriber.state == "pending"
    link = link_in(mail.outbox[0])
    path = link.split("8000", 1)[-1] if "8000" in link else link
    page = client.get(path)  # a mail scanner opening the link confirms nothing
    assert page.status_code == 200 and "<form" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.state == "pending"
    done = client.post(path)
    assert "confirmé" in done.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.state == "confirmed" and subscriber.confirmed_at
    again = client.post(path)
    assert again.status_code == 400 and "déjà confirmé" in again.content.decode()
    assert list(ConsentEntry.objects.values_list("action", flat=True)) == ["requested", "confirmed"]
    assert "lettre d'information" in ConsentEntry.objects.first().wording


def test_forged_confirmation_and_missing_consent_change_nothing():
    client = Client()
    response = client.post("/fr/newsletter/confirm/forged-token/")
    assert response.status_code == 400 and "pas valable" in response.content.decode()
    assert client.get("/fr/newsletter/confirm/forged-token/").status_code == 404
    response = subscribe(client, "someone@example.org", consent="")
    assert response.status_code == 400 and "consentement" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_known_address_gets_the_same_answer(django_capture_on_commit_callbacks):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        first = subscribe(client, "a@example.org")
        second = subscribe(client, "a@example.org")
    assert first["Location"] == second["Location"]
    assert Subscriber.objects.count() == 1


def confirmed(email, language="fr", municipality=None, audience="citizens", themes=()):
    subscriber = Subscriber.objects.create(email=email, language=language, municipality=municipality, audience=audience)
    subscriber.themes.set(themes)
    services.confirm(subscriber.confirm_token)
    subscriber.refresh_from_db()
    return subscriber


@pytest.fixture
def staff(db):
    return sign_in(Client(), f.user("staff@test.example", staff=True))


def test_compose_preview_count_and_unknown_segment(staff):
    towns = f.municipalities()
    forest = towns["21007"]
    Segment.objects.create(slug="forest", name="Forest", municipality=forest)
    confirmed("a@example.org", municipality=forest)
    confirmed("b@example.org")
    confirmed("c@example.org", language="nl", municipality=forest)
    response = staff.post("/fr/newsletter/editions/new/", {"language": "fr", "subject": "Essai", "segment": "nope",
                                                          "blocks": ["events"]})
    assert response.status_code == 400 and "Il n&#x27;y a pas de segment" in response.content.decode()
    assert not Edition.objects.exists()
    response = staff.post("/fr/newsletter/editions/new/", {"language": "fr", "subject": "Essai", "segment": "forest",
                                                          "blocks": ["events", "open"]})
    edition = Edition.objects.get()
    page = staff.get(response["Location"]).content.decode()
    assert "1 destinataire" in page
    edition.segment = None
    edition.save()
    assert "2 destinataires" in staff.get(edition.get_absolute_url()).content.decode()
    assert Client().get(edition.get_absolute_url()).status_code == 302
    assert sign_in(Client(), f.user("x@test.example")).get(edition.get_absolute_url()).status_code == 404


def test_sending_in_batches_with_one_click_unsubscribe(staff, settings, django_capture_on_commit_callbacks, monkeypatch):
    monkeypatch.setattr(sending, "BATCH_SIZE", 2)
    people = [confirmed(f"p{i}@example.org") for i in range(5)]
    confirmed("nl@example.org", language="nl")
    edition = Edition.objects.create(language="fr", subject="Édition de test", intro="Bonjour", blocks=["events"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(edition.get_absolute_url())
    edition.refresh_from_db()
    assert edition.state == "sent" and edition.recipients == 5
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in people)
    assert Delivery.objects.filter(sent_at__isnull=False).count() == 5
    message = mail.outbox[0]
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in message.body and url in message.alternatives[0][0]
    target = Subscriber.objects.get(email=message.to[0])
    assert target.unsubscribe_token in url
    # The mail program's one-click POST: no cookie, no CSRF token.
    client = Client(enforce_csrf_checks=True)
    path = url.split(settings.SITE_URL, 1)[1]
    response = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    target.refresh_from_db()
    assert target.state == "unsubscribed"
    reused = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert reused.status_code == 400 and "déjà désinscrit" in reused.content.decode()
    forged = client.post("/fr/newsletter/unsubscribe/forged/", {"List-Unsubscribe": "One-Click"})
    assert forged.status_code == 404 and "pas valable" in forged.content.decode()
    assert Subscriber.objects.filter(state="unsubscribed").count() == 1
    assert ConsentEntry.objects.filter(action__startswith="unsubscribed").count() == 1
    # Sent once: a second POST does not send again.
    mail.outbox.clear()
    staff.post(edition.get_absolute_url())
    assert mail.outbox == []
    # The public archive shows the edition without anyone's link.
    archive = Client().get("/fr/newsletter/archive/").content.decode()
    assert "Édition de test" in archive
    archived = Client().get(f"/fr/newsletter/archive/{edition.pk}/").content.decode()
    assert "Bonjour" in archived and target.unsubscribe_token not in archived


def test_draft_editions_are_not_in_the_archive(db):
    edition = Edition.objects.create(language="fr", subject="Brouillon")
    assert Client().get(f"/fr/newsletter/archive/{edition.pk}/").status_code == 404


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_pages_in_each_language(staff, lang):
    for path in ("newsletter/", "newsletter/sent/", "newsletter/archive/", "newsletter/editions/", "newsletter/editions/new/"):
        client = staff if "editions" in path else Client()
        assert client.get(f"/{lang}/{path}").status_code == 200, path


def test_demo_archives_one_edition_in_french_and_one_in_dutch(db):
    import io

    from polyvox.newsletter import demo

    f.municipalities()
    demo.load(io.StringIO(), {})
    demo.load(io.StringIO(), {})
    assert sorted(Edition.objects.filter(state="sent").values_list("language", flat=True)) == ["fr", "nl"]
    assert Segment.objects.count() == 3
