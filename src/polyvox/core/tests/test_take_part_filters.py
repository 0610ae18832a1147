"""Take part now: filters by commune and theme, the RSS and iCalendar feeds of a filter, the home-page block."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from polyvox.events.models import Event
from polyvox.initiatives.tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(db):
    towns = f.municipalities()
    start = timezone.now() + dt.timedelta(days=10)
    common = {"kind": "forum", "state": "published", "audience": "everyone", "starts_at": start,
              "ends_at": start + dt.timedelta(hours=3), "capacity": 10}
    forest = Event.objects.create(title="Forum à Forest", title_fr="Forum à Forest", municipality=towns["21007"], **common)
    regional = Event.objects.create(title="Forum régional", title_fr="Forum régional", **common)
    jette = Event.objects.create(title="Forum à Jette", title_fr="Forum à Jette", municipality=towns["21010"], **common)
    return towns, forest, regional, jette


def test_filter_by_commune_keeps_regional_items(events):
    towns, forest, regional, jette = events
    page = Client().get("/fr/take-part/", {"commune": towns["21007"].pk}).content.decode()
    assert "Forum à Forest" in page and "Forum régional" in page and "Forum à Jette" not in page
    everything = Client().get("/fr/take-part/", {"commune": "nope", "theme": "<b>"})
    assert everything.status_code == 200 and "Forum à Jette" in everything.content.decode()


def test_rss_and_ical_feeds_of_a_filter(events):
    towns, *_ = events
    rss = Client().get("/fr/take-part/feed.rss", {"commune": towns["21010"].pk})
    assert rss["Content-Type"].startswith("application/rss+xml")
    body = rss.content.decode()
    assert "<rss" in body and "Forum à Jette" in body and "Forum à Forest" not in body
    ics = Client().get("/nl/take-part/feed.ics", {"commune": towns["21010"].pk}).content.decode()
    assert ics.startswith("BEGIN:VCALENDAR") and "SUMMARY:Forum à Jette" in ics and "Forest" not in ics


def test_home_page_shows_what_is_open(events):
    page = Client().get("/fr/").content.decode()
    assert "home-take-part" in page and "Forum à Forest" in page
    Event.objects.all().delete()
    assert "home-take-part" not in Client().get("/fr/").content.decode()


def test_filter_by_theme_reads_the_initiative_of_every_item():
    """A budget, a panel or a workshop names no theme itself: it is found by its initiative's themes."""
    from polyvox.consultations.tests.conftest import make_consultation
    from polyvox.core.tests.factories import initiative as make_initiative
    from polyvox.core.tests.factories import organisation
    from polyvox.initiatives.models import Theme

    org = organisation("ville-test-theme", "Ville (test)")
    editor = f.user("editor-theme@test.example", editor_of=org)
    mobility = Theme.objects.create(slug="mobilite-test", name="Mobilité")
    housing = Theme.objects.create(slug="logement-test", name="Logement")
    about_mobility = make_initiative("Vélos (test)", organiser=org)
    about_mobility.themes.add(mobility)
    make_consultation(about_mobility, editor)
    page = Client().get("/fr/take-part/", {"theme": mobility.slug}).content.decode()
    assert "Livraisons à vélo cargo" in page
    other = Client().get("/fr/take-part/", {"theme": housing.slug}).content.decode()
    assert "Livraisons à vélo cargo" not in other
