"""iCalendar files (one event, all public events, a module) and the JSON API with its OpenAPI entry."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from polyvox.events import services
from polyvox.core.ical import CalendarEvent, calendar, fold
from polyvox.events.models import Audience
from polyvox.events.tests.conftest import make_event

pytestmark = pytest.mark.django_db


def test_lines_are_folded_at_75_octets_without_cutting_a_character():
    line = "DESCRIPTION:" + "é" * 100
    folded = fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    assert folded.replace("\r\n ", "") == line


def test_text_is_escaped():
    body = calendar([CalendarEvent(uid="x@y", title="A, B; C\nD", starts_at=dt.datetime(2026, 10, 17, 7, tzinfo=dt.timezone.utc),
                                   ends_at=dt.datetime(2026, 10, 17, 14, tzinfo=dt.timezone.utc))])
    assert "SUMMARY:A\\, B\\; C\\nD\r\n" in body
    assert "DTSTART:20261017T070000Z" in body and body.endswith("END:VCALENDAR\r\n")


@pytest.mark.parametrize("lang,title", [("fr", "Atelier test"), ("nl", "Testworkshop"), ("en", "Test atelier")])
def test_feed_of_public_events_in_each_language(world, lang, title):
    hidden = make_event(audience=Audience.AGENTS, title_fr="Réservé", title_nl="Voorbehouden", title_en="Reserved")
    draft = make_event(state="draft", title_fr="Brouillon", title_nl="Ontwerp", title_en="Draft")
    response = Client().get(f"/{lang}/events/feed.ics")
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/calendar")
    assert f"SUMMARY:{title}" in body and f"UID:event-{world.event.pk}@polyvox" in body
    assert f"event-{hidden.pk}@" not in body and f"event-{draft.pk}@" not in body


def test_one_event_and_module_feed(world):
    other = make_event(title_fr="Hors module")
    body = Client().get(f"/fr/events/{world.event.pk}/event.ics").content.decode()
    assert body.count("BEGIN:VEVENT") == 1
    module = Client().get("/fr/events/modules/inclusion/feed.ics").content.decode()
    assert f"event-{world.event.pk}@" in module and f"event-{other.pk}@" not in module


def test_cancelled_event_is_cancelled_in_the_feed(world):
    services.cancel_event(world.event, by=world.staff)
    assert "STATUS:CANCELLED" in Client().get("/fr/events/feed.ics").content.decode()


def test_api_lists_public_events_with_places_left_and_three_languages(world):
    services.register(world.event, world.citizens[0])
    make_event(audience=Audience.AGENTS)
    data = Client().get("/api/events/").json()
    assert [item["id"] for item in data] == [world.event.pk]
    item = data[0]
    assert item["kind"] == "atelier_session" and item["module"]["slug"] == "inclusion"
    assert item["title"] == {"fr": "Atelier test", "nl": "Testworkshop", "en": "Test atelier"}
    assert item["capacity"] == 2 and item["places_left"] == 1
    assert item["start"] < item["end"]
    assert Client().get(f"/api/events/{world.event.pk}").json()["id"] == world.event.pk
    assert Client().get("/api/events/999999").status_code == 404
    assert Client().get("/api/events/", {"kind": "forum"}).json() == []


def test_api_is_in_the_openapi_document(db):
    schema = Client().get("/api/openapi.json").json()
    assert "/api/events/" in schema["paths"]
    assert "places_left" in str(schema["components"]["schemas"]["EventOut"])


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_pages_answer_in_each_language(world, lang):
    client = Client()
    for url in (f"/{lang}/events/", f"/{lang}/events/modules/", f"/{lang}/events/modules/inclusion/",
                f"/{lang}/events/{world.event.pk}/", f"/{lang}/events/?kind=forum&module=nope"):
        assert client.get(url).status_code == 200, url
    assert client.get(f"/{lang}/events/modules/nope/").status_code == 404
    assert client.get(f"/{lang}/events/999999/").status_code == 404


def test_take_part_lists_public_events_with_places_left(world):
    from polyvox.events.models import Audience

    hidden = make_event(audience=Audience.AGENTS, title_fr="Réservé aux agents")
    far = make_event(days=200, title_fr="Dans longtemps")
    services.register(world.event, world.citizens[0])
    page = Client().get("/fr/take-part/").content.decode()
    assert "Atelier test" in page and "1 place restante." in page
    assert hidden.title_fr not in page and far.title_fr not in page
    assert "Testworkshop" in Client().get("/nl/take-part/").content.decode()
