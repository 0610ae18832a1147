"""Fixtures of the consultation tests: an organiser organisation, its published initiative, people with roles, an
open consultation with published statements."""

from __future__ import annotations

import pytest

from polyvox.consultations import services
from polyvox.consultations.models import Consultation
from polyvox.core.tests.factories import initiative as make_initiative
from polyvox.core.tests.factories import organisation
from polyvox.core.workflow import SYSTEM
from polyvox.initiatives.tests.factories import user


@pytest.fixture
def org(db):
    return organisation("ville-bruxelles-test", "Ville de Bruxelles (test)")


@pytest.fixture
def initiative(org):
    return make_initiative("Zones de livraison à vélo cargo (test)", organiser=org)


@pytest.fixture
def editor(org):
    return user("editor@test.example", editor_of=org)


@pytest.fixture
def other_editor(db):
    return user("other@test.example", editor_of=organisation("commune-ixelles-test", "Ixelles (test)"))


@pytest.fixture
def citizen(db):
    return user("citizen@test.example")


SEEDS = [
    ("Les vélos cargo doivent avoir des zones de livraison réservées.", "fr"),
    ("De bakfietsen nemen te veel plaats in op de stoep.", "nl"),
    ("Les livraisons en camionnette devraient être interdites au centre.", "fr"),
    ("Er moeten meer laadpalen voor elektrische bakfietsen komen.", "nl"),
]


def make_consultation(initiative, editor, *, state="open", **options) -> Consultation:
    consultation = Consultation.objects.create(
        initiative=initiative, title_fr="Livraisons à vélo cargo", title_nl="Leveringen met bakfietsen",
        question_fr="Où et comment organiser les livraisons à vélo cargo ?", question_nl="Waar en hoe leveringen met bakfietsen organiseren?",
        **options,
    )
    for text, language in SEEDS:
        services.seed_statement(consultation, by=editor, text=text, language=language)
    if state in ("open", "closed"):
        services.move(consultation, "open", by=editor)
    if state == "closed":
        services.move(consultation, "close", by=SYSTEM)
    return consultation


@pytest.fixture
def consultation(initiative, editor):
    return make_consultation(initiative, editor)
