"""The public pages and the signing flow through the Django test client, in the signer's language."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from polyvox.petitions.models import ChannelKind, Petition, Signature, State
from polyvox.petitions.tests.conftest import client_for, make_open, sign_and_confirm, signer

pytestmark = pytest.mark.django_db


def form_data(client, petition, **changes):
    page = client.get(petition.get_absolute_url())
    started = re.search(r'name="started" value="([^"]+)"', page.content.decode()).group(1)
    data = {"full_name": "Lina Haddad", "email": "lina@example.be", "date_of_birth": "1995-04-01",
            "municipality": str(petition.municipality_id or ""), "started": started, "website": ""}
    data.update(changes)
    return data


def test_sign_confirm_with_a_button_once(world):
    petition = make_open(world)
    client = client_for()
    response = client.post(reverse("petitions:sign", args=[petition.pk]), form_data(client, petition, municipality=world.ixelles.pk))
    assert response.status_code == 200 and "lina@example.be" in response.content.decode()
    link = re.search(r"https?://\S+/confirm/\S+/", mail.outbox[0].body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    page = client.get("/" + path)  # a mail scanner opening the link changes nothing
    assert page.status_code == 200 and "Confirmer ma signature" in page.content.decode()
    assert Signature.objects.get().state == "pending"
    done = client.post("/" + path)
    assert done.status_code == 200
    petition.refresh_from_db()
    assert petition.signature_count == 1
    again = client.post("/" + path)
    assert again.status_code == 400 and "déjà été utilisée" in again.content.decode()
    petition.refresh_from_db()
    assert petition.signature_count == 1


def test_forged_token_in_dutch(world):
    make_open(world)
    response = client_for().post("/nl/petitions/confirm/eyJzIjoxfQ:1abc:forged/")
    assert response.status_code == 400 and "Deze bevestigingslink is ongeldig" in response.content.decode()


@pytest.mark.parametrize("prefix, changes, expected", [
    ("nl", {"date_of_birth": "2015-01-01"}, "minstens 16 jaar"),
    ("fr", {"municipality": ""}, "Seules les personnes domiciliées"),
    ("en", {"email": "bot@mailinator.com"}, "Throw-away e-mail addresses"),
])
def test_bad_signatures_refused_in_the_signers_language(world, prefix, changes, expected):
    petition = make_open(world)
    client = client_for()
    data = form_data(client, petition, **{"municipality": world.ixelles.pk, **changes})
    response = client.post(f"/{prefix}/petitions/{petition.pk}/sign/", data)
    assert response.status_code == 400 and expected in response.content.decode()
    assert Signature.objects.count() == 0 and not mail.outbox


def test_interpellation_refuses_other_communes_in_dutch(world):
    petition = make_open(world, ChannelKind.INTERPELLATION)
    client = client_for()
    data = form_data(client, petition, municipality=world.ixelles.pk)
    response = client.post(f"/nl/petitions/{petition.pk}/sign/", data)
    assert response.status_code == 400 and "Enkel inwoners van Anderlecht" in response.content.decode()


def test_second_signature_in_english(world):
    petition = make_open(world)
    sign_and_confirm(petition, signer(world, 1, municipality=world.ixelles, email="lina@example.be"))
    client = client_for()
    response = client.post(f"/en/petitions/{petition.pk}/sign/", form_data(client, petition, municipality=world.ixelles.pk))
    assert response.status_code == 400 and "already signed" in response.content.decode()
    assert Signature.objects.count() == 1


def test_robots_caught_by_trap_and_clock(world, settings):
    petition = make_open(world)
    client = client_for()
    trapped = client.post(reverse("petitions:sign", args=[petition.pk]), form_data(client, petition, website="http://spam"))
    assert trapped.status_code == 400
    settings.PETITIONS_MIN_FORM_SECONDS = 60
    fast = client.post(reverse("petitions:sign", args=[petition.pk]), form_data(client, petition, municipality=world.ixelles.pk))
    assert fast.status_code == 400 and "trop vite" in fast.content.decode()
    assert Signature.objects.count() == 0


def test_rate_limit_per_client(world, settings):
    settings.THROTTLE_LIMITS = {**settings.THROTTLE_LIMITS, "petition_sign.address": (2, 3600)}
    petition = make_open(world)
    client = client_for()
    for n in range(2):
        client.post(reverse("petitions:sign", args=[petition.pk]),
                    form_data(client, petition, municipality=world.ixelles.pk, email=f"p{n}@example.be", full_name=f"P {n}"))
    third = client.post(reverse("petitions:sign", args=[petition.pk]), form_data(client, petition, email="p3@example.be"))
    assert third.status_code == 429 and Signature.objects.count() == 2


def test_rate_limit_per_email_domain(world, settings):
    from django.core.cache import cache

    cache.clear()
    settings.THROTTLE_LIMITS = {**settings.THROTTLE_LIMITS, "petition_sign.target": (1, 3600)}
    petition = make_open(world)
    first, second = client_for(), client_for()
    first.post(reverse("petitions:sign", args=[petition.pk]), form_data(first, petition, municipality=world.ixelles.pk, email="a@spam-domain.be"))
    blocked = second.post(reverse("petitions:sign", args=[petition.pk]), form_data(second, petition, email="b@spam-domain.be"),
                          REMOTE_ADDR="198.51.100.9")
    assert blocked.status_code == 429
    cache.clear()


def test_public_pages(world):
    petition = make_open(world, title="Des bancs au parc")
    sign_and_confirm(petition, signer(world, 1))
    client = client_for()
    listing = client.get(reverse("petitions:list") + "?channel=petition&state=open")
    assert "Des bancs au parc" in listing.content.decode()
    detail = client.get(petition.get_absolute_url()).content.decode()
    assert "original" in detail and "Anderlecht" in detail and 'data-count-stream' in detail
    tallies = client.get(reverse("petitions:tallies", args=[petition.pk])).json()
    assert len(tallies["features"]) == 19 and sum(f["properties"]["count"] for f in tallies["features"]) == 1
    assert client.get(reverse("petitions:map_points")).json()["features"][0]["properties"]["count"] == 1
    draft = Petition.objects.create(channel=petition.channel, title="Brouillon secret", body="…", author_name="X")
    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.django_db(transaction=True)
def test_count_stream_sends_the_count(world):
    from django.test import AsyncClient

    from polyvox.core.testing import run_coroutine

    petition = make_open(world)
    sign_and_confirm(petition, signer(world, 1))
    url = reverse("petitions:count_stream", args=[petition.pk])

    async def first_events():
        response = await AsyncClient().get(url)
        assert response["Content-Type"].startswith("text/event-stream")
        chunks = []
        async for chunk in response.streaming_content:
            chunks.append(chunk.decode() if isinstance(chunk, bytes) else chunk)
            if len(chunks) >= 2:
                break
        return "".join(chunks)

    # Its own thread: the browser tests' Playwright may keep an event loop running in this one.
    text = run_coroutine(first_events())
    assert "event: count" in text and '"signature_count": 1' in text


def test_guide_routes_to_levels(world):
    client = client_for()
    commune = client.get("/fr/petitions/guide/", {"text": "L'éclairage de notre rue est en panne", "municipality": world.anderlecht.pk})
    assert "interpellation citoyenne" in commune.content.decode()
    federal = client.get("/nl/petitions/guide/", {"text": "Verhoog het pensioen"}).content.decode()
    assert "25.000" in federal and "Kamer" in federal
    cocom = client.get("/en/petitions/guide/", {"text": "More hospital beds and health care"}).content.decode()
    assert "COCOM" in cocom
    region = client.get("/fr/petitions/guide/", {"text": "Plus de trams STIB le soir"}).content.decode()
    assert "Parlement bruxellois" in region


def test_draft_shows_similar_then_files(world):
    make_open(world, title="Plus d'arbres dans les rues", body="Planter des arbres le long des rues.")
    client = client_for(world.author)
    data = {"channel": world.channels["petition"].pk, "level": "region", "language": "fr", "author_name": "Awa",
            "title": "Planter des arbres", "body": "Des arbres dans nos rues, vite."}
    first = client.post(reverse("petitions:new"), data)
    assert "Des demandes semblables existent déjà" in first.content.decode() and Petition.objects.count() == 1
    second = client.post(reverse("petitions:new"), {**data, "seen_similar": "1"})
    draft = Petition.objects.latest("pk")
    assert second.status_code == 302 and draft.state == State.DRAFT
    client.post(reverse("petitions:file", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.state == State.FILED and draft.receiver == world.parliament
    assert client_for(world.citizen).post(reverse("petitions:file", args=[draft.pk])).status_code == 404


def test_similar_search_across_languages(world):
    from polyvox.petitions.similar import similar

    make_open(world, title="Meer bomen in de straten", body="Bomen planten langs de straten van Brussel.")
    found = similar("Planter des arbres dans les rues; more trees in the streets; bomen")
    assert found and found[0].title == "Meer bomen in de straten"


def test_api_feeds_and_calendar(world):
    from polyvox.petitions.tests.conftest import sitting

    interpellation = make_open(world, ChannelKind.INTERPELLATION, threshold=1)
    sign_and_confirm(interpellation, signer(world, 1))
    interpellation.refresh_from_db()
    from polyvox.petitions.workflow import LIFECYCLE

    LIFECYCLE.apply(interpellation, "schedule", by=world.council, sitting=sitting(world, days_ahead=30))
    client = client_for()
    rows = client.get("/api/petitions/?channel=interpellation").json()
    assert rows[0]["channel"] == "interpellation" and rows[0]["signatures"] == 1 and rows[0]["commune"] == "Anderlecht"
    assert set(rows[0]["title"]) == {"fr", "nl", "en"} and rows[0]["status"] == "scheduled"
    assert "/api/petitions/" in client.get("/api/openapi.json").content.decode()
    assert client.get("/api/petitions/999999").status_code == 404
    assert "<rss" in client.get(reverse("petitions:feed")).content.decode()
    calendar = client.get(reverse("petitions:sittings_ical")).content.decode()
    assert "BEGIN:VEVENT" in calendar and "Anderlecht" in calendar
