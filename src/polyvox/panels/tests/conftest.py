"""Fixtures of the panel tests: an initiative with its organisers and outsiders, register extracts, and
panels at each stage (small blank panels, so that the solver runs in a fraction of a second)."""

from __future__ import annotations

import datetime
import random
from contextlib import contextmanager
from types import SimpleNamespace
from unittest import mock

import pytest
from django.test import Client
from django.utils import translation

from polyvox.initiatives.tests import factories as f
from polyvox.panels import services
from polyvox.panels.models import Preset
from polyvox.accounts.testing import sign_in

GENDERS = [("Femme", "Vrouw", "Woman"), ("Homme", "Man", "Man")]
AGES = [("Jeune", "Jong", "Young"), ("Âgé", "Oud", "Old")]


@pytest.fixture(autouse=True)
def _french():
    translation.activate("fr")
    yield
    translation.deactivate()


@pytest.fixture
def world(db):
    towns = f.municipalities()
    parliament = f.organisation("Parlement bruxellois", kind="parliament")
    other = f.organisation("Commune d'Anderlecht")
    initiative = f.initiative(organiser=parliament, governance_level="regional", title_fr="Commissions délibératives")
    return SimpleNamespace(
        towns=towns, organisation=parliament, other_organisation=other, initiative=initiative,
        editor=f.user("editor@parlement.test", editor_of=parliament),
        other_editor=f.user("editor@anderlecht.test", editor_of=other),
        staff=f.user("staff@service.test", staff=True),
        citizen=f.user("citizen@example.test"),
    )


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        sign_in(client, user)
    return client


@pytest.fixture
def editor_client(world):
    return client_for(world.editor)


def register_csv(rows: int = 300, seed: int = 1, towns=None) -> bytes:
    """A register extract spread over the 19 municipalities (names or NIS codes, as registers have them)."""
    rng = random.Random(seed)
    towns = list(towns.values())
    lines = ["id,last_name,first_name,street,postcode,municipality"]
    for i in range(rows):
        town = towns[i % len(towns)]
        name = town.nis_code if i % 2 else town.name_fr
        lines.append(f"R{i:05d},Nom{i},Prénom{rng.randint(1, 99)},Rue de la Loi {i},1000,{name}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def blank_panel(world, seats: int = 6):
    """A blank panel with two organiser-defined features (gender, age), quotas 2–4 each value."""
    panel = services.create_panel(world.initiative, world.editor, "Panel d'essai", Preset.BLANK, seats)
    from polyvox.panels import presets

    presets.add_feature(panel, ("Genre", "Gender", "Gender"), GENDERS)
    presets.add_feature(panel, ("Âge", "Leeftijd", "Age"), AGES)
    for feature in panel.features.all():
        for value in feature.values.all():
            value.population_share, value.min_seats, value.max_seats = 50.0, 2, 4
            value.save()
    return panel


def invited_panel(world, seats: int = 6, invitations: int = 40):
    panel = blank_panel(world, seats)
    services.upload_register(panel, world.editor, "registre.csv", register_csv(200, towns=world.towns))
    services.draw_invitations(panel, world.editor, invitations, stratified=True, seed="graine",
                              deadline=datetime.date(2026, 3, 1))
    services.move(panel, world.editor, "open_registration")
    panel.refresh_from_db()
    return panel


def register_volunteers(panel, count: int, skew=None):
    """`count` invitees register; by default features alternate so that every quota can be met."""
    people = []
    for number, invitation in enumerate(panel.invitations.order_by("number")[:count]):
        gender, age = ("woman", "man")[number % 2], ("young", "old")[(number // 2) % 2]
        if skew:
            gender, age = skew(number)
        people.append(services.save_registration(
            invitation, {"gender": gender, "age": age},
            {"first_name": f"Prénom{number}", "last_name": f"Nom{number}", "email": f"v{number}@example.test",
             "phone": "", "needs": ""}, ("fr", "nl", "en")[number % 3]))
    return people


@pytest.fixture
def closed_panel(world):
    """A panel with 16 volunteers and closed registration, ready to draw."""
    panel = invited_panel(world)
    register_volunteers(panel, 16)
    services.move(panel, world.editor, "close_registration")
    panel.refresh_from_db()
    return panel


@contextmanager
def later(**delta):
    """The panels' services see the clock moved forward by `delta` (e.g. until the announced seed exists);
    timestamps written elsewhere (audit entries, the draw's time) keep the real clock."""
    from django.utils import timezone

    shifted = SimpleNamespace(now=lambda: timezone.now() + datetime.timedelta(**delta), localtime=timezone.localtime)
    with mock.patch("polyvox.panels.services.timezone", shifted):
        yield


def run_ceremony(panel, user, seed="Lotto 2026-02-28: 4 12 19 27 33 41", source="Lotto of 28 February"):
    """The whole draw: the lottery computed, announced (seed known an hour later), then drawn with the seed."""
    from django.utils import timezone

    services.start_selection(panel, user)
    panel.refresh_from_db()
    assert panel.state == "lottery_ready", panel.selection_error
    services.announce_draw(panel, user, source, timezone.now() + datetime.timedelta(hours=1), confirm_warnings=True)
    with later(hours=2):
        services.draw(panel, user, seed)
    panel.refresh_from_db()
    assert panel.state == "selected"
    return panel


@pytest.fixture
def drawn_panel(world, closed_panel):
    return run_ceremony(closed_panel, world.editor)
