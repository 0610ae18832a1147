"""A signatory may tick "tell me what becomes of this process": once the signature is confirmed, the follow-up of the
request's initiative writes to them in their language (with a stop link); unticked, nothing; after the
anonymisation of the signers, nobody is named to the follow-up any more."""

from __future__ import annotations

import datetime
import html
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from polyvox.core.tests.factories import initiative as make_initiative
from polyvox.core.workflow import SYSTEM
from polyvox.followup import services as followup
from polyvox.petitions import contributions, services
from polyvox.petitions.models import Petition, Signature
from polyvox.petitions.tests.conftest import client_for, make_open

pytestmark = pytest.mark.django_db


def form_data(client, petition, **changes):
    page = client.get(petition.get_absolute_url())
    started = re.search(r'name="started" value="([^"]+)"', page.content.decode()).group(1)
    data = {"full_name": "Lina Haddad", "email": "Lina@Example.be", "date_of_birth": "1995-04-01",
            "municipality": "", "started": started, "website": ""}
    data.update(changes)
    return data


def sign(world, petition, lang="nl", **changes):
    client = client_for()
    data = form_data(client, petition, municipality=world.ixelles.pk, **changes)
    return client, client.post(f"/{lang}/petitions/{petition.pk}/sign/", data)


def confirm(client):
    link = re.search(r"https?://\S+/confirm/\S+/", mail.outbox[-1].body).group(0)
    assert client.post("/" + link.split("://", 1)[1].split("/", 1)[1]).status_code == 200


@pytest.fixture
def petition(world):
    petition = make_open(world)
    petition.initiative = make_initiative("Plus d'arbres (test)")
    petition.save(update_fields=["initiative"])
    return petition


def test_the_box_is_offered_unticked(world, petition):
    page = client_for().get(f"/nl/petitions/{petition.pk}/").content.decode()
    assert "Houd mij op de hoogte" in html.unescape(page)
    assert re.search(r'<input[^>]*name="hear_back"[^>]*>', page) and "checked" not in re.search(
        r'<input[^>]*name="hear_back"[^>]*>', page).group(0)


def test_unticked_names_nobody(world, petition):
    client, response = sign(world, petition)
    assert response.status_code == 200
    confirm(client)
    assert Signature.objects.get().hear_back is False and contributions.listeners(petition.initiative) == []


def test_a_bad_address_with_the_box_is_a_clear_message(world, petition):
    _client, response = sign(world, petition, lang="nl", email="<b>not</b>@@example", hear_back="on")
    assert response.status_code == 400 and "e-mailadres" in html.unescape(response.content.decode()).lower()
    assert "<b>not</b>" not in response.content.decode() and not Signature.objects.exists()


def test_a_published_answer_reaches_the_signatory_until_they_stop(world, petition, django_capture_on_commit_callbacks):
    client, response = sign(world, petition, hear_back="on")
    assert response.status_code == 200
    assert contributions.listeners(petition.initiative) == []  # not before the address is confirmed
    confirm(client)
    assert contributions.listeners(petition.initiative) == [("Lina@Example.be", "nl", "signatory", timezone.localdate())]
    plan = followup.open_plan(petition.initiative, authority=world.parliament, kind="petition")
    commitment = followup.add_commitment(plan, {"fr": "Plus d'arbres", "nl": "Meer bomen"}, reference="P1")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        followup.answer(commitment, "adopt", {"fr": "Oui.", "nl": "Ja."}, by=SYSTEM)
    assert [m.to for m in mail.outbox] == [["lina@example.be"]] and "antwoordde" in mail.outbox[0].subject
    link = next(word for word in mail.outbox[0].body.split() if "/stop/" in word)
    assert client_for().post(link[link.index("/nl/"):]).status_code == 200
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        followup.add_update(commitment, datetime.date(2025, 6, 1), {"fr": "Plantés", "nl": "Geplant"}, by=SYSTEM)
    assert mail.outbox == [] and not plan.listeners.exists()


def test_anonymised_signatories_are_named_no_more(world, petition):
    client, _response = sign(world, petition, hear_back="on")
    confirm(client)
    Petition.objects.filter(pk=petition.pk).update(closed_at=timezone.now() - datetime.timedelta(days=400))
    services.anonymise_closed()
    signature = Signature.objects.get()
    assert signature.anonymised and not signature.hear_back and signature.email == ""
    assert contributions.listeners(petition.initiative) == []
