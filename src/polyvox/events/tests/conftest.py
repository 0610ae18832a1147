"""Fixtures of the event tests: the Service's staff, an organiser's editor, a public agent, citizens, and events."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.utils import timezone, translation

from polyvox.events.models import Audience, Event, EventKind, EventState, Module, ModuleKind
from polyvox.initiatives.tests import factories as f
from polyvox.organisations.models import RoleAssignment


@pytest.fixture(autouse=True)
def _french():
    translation.activate("fr")
    yield
    translation.deactivate()


def make_event(*, capacity=2, audience=Audience.EVERYONE, state=EventState.PUBLISHED, days=10, module=None, **extra):
    starts = timezone.now() + dt.timedelta(days=days)
    defaults = {"title": "Atelier test", "title_fr": "Atelier test", "title_nl": "Testworkshop", "title_en": "Test atelier",
                "kind": EventKind.ATELIER_SESSION, "starts_at": starts, "ends_at": starts + dt.timedelta(hours=3),
                "place": "Rue de Namur 59", "capacity": capacity, "audience": audience, "state": state, "module": module}
    defaults.update(extra)
    return Event.objects.create(**defaults)


@pytest.fixture
def world(db):
    service = f.organisation("Service de la Participation")
    commune = f.organisation("Commune de Forest")
    staff = f.user("staff@test.example", staff=True, name="Staff")
    agent = f.user("agent@test.example", name="Agent Forest")
    RoleAssignment.objects.create(user=agent, organisation=commune, role="facilitator")
    citizens = [f.user(f"citizen{i}@test.example", name=f"Citizen {i}", language=("fr", "nl", "en")[i % 3]) for i in range(4)]
    module = Module.objects.create(slug="inclusion", kind=ModuleKind.THEME, title="Inclusion", title_fr="Inclusion",
                                   title_nl="Inclusie", title_en="Inclusion")
    event = make_event(module=module, organiser=service)
    return SimpleNamespace(service=service, commune=commune, staff=staff, agent=agent, citizens=citizens, module=module,
                           event=event)
