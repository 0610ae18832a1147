from types import SimpleNamespace

import pytest
from django.utils import translation

from polyvox.initiatives.tests import factories as f
from polyvox.network.models import Competence, WorkingGroup
from polyvox.organisations.models import RoleAssignment


@pytest.fixture(autouse=True)
def _french():
    translation.activate("fr")
    yield
    translation.deactivate()


@pytest.fixture
def world(db):
    towns = f.municipalities()
    forest = f.organisation("Commune de Forest", kind="municipality")
    forest.municipality = towns["21007"]
    forest.save()
    provider = f.organisation("Prestataire SA", kind="provider")
    staff = f.user("staff@test.example", staff=True, name="Staff")
    editor = f.user("editor@test.example", name="Editor Forest", editor_of=forest)
    outsider = f.user("someone@test.example", name="Someone")
    facilitation = Competence.objects.create(slug="facilitation", name="Facilitation", name_fr="Facilitation", name_nl="Facilitatie")
    sortition = Competence.objects.create(slug="tirage", name="Tirage au sort", name_fr="Tirage au sort", name_nl="Loting")
    group = WorkingGroup.objects.create(slug="inclusion", title="Inclusion", title_fr="Inclusion", title_nl="Inclusie")
    return SimpleNamespace(towns=towns, forest=forest, provider=provider, staff=staff, editor=editor, outsider=outsider,
                           facilitation=facilitation, sortition=sortition, group=group)


def profile_data(world, **changes):
    data = {"organisation": world.forest.pk, "job_title": "Chargée de participation", "competences": [world.facilitation.pk],
            "languages": ["fr", "nl"], "municipality": world.forest.municipality.pk, "trainings": "Ateliers 2026"}
    data.update(changes)
    return data
