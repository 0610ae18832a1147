"""The demo: six atelier modules, the inclusion module's three dated sessions with the seed's speakers, a Forum;
loading twice changes nothing."""

import io

import pytest

from polyvox.events import demo
from polyvox.events.models import Event, EventKind, Module, Speaker

pytestmark = pytest.mark.django_db


def test_demo_loads_the_seed_sessions_idempotently():
    demo.load(io.StringIO(), {})
    demo.load(io.StringIO(), {})
    assert Module.objects.count() == 6
    inclusion = Event.objects.filter(module__slug="inclusion").order_by("starts_at")
    assert [(e.starts_at.day, e.starts_at.month) for e in inclusion] == [(17, 10), (5, 11), (14, 11)]
    assert inclusion[0].kind == EventKind.FIELD_VISIT
    names = set(Speaker.objects.filter(event__in=inclusion).values_list("name", flat=True))
    assert {"Equal Brussels", "Kenza Amara Hammou", "Raouf Ben Ammar", "BRI-CO", "Megafon"} <= names
    assert Event.objects.filter(kind=EventKind.FORUM, is_example=True).count() == 1
    assert all(e.state == "published" for e in Event.objects.all())
    assert Speaker.objects.count() == 7
