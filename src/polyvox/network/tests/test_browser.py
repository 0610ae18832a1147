"""The network's pages in a real browser with axe-core, in FR, NL and EN; joining at phone width."""

import pytest
from django.test import Client

from polyvox.accounts.testing import sign_in, sign_in_page
from polyvox.network.models import AgentProfile
from polyvox.network.tests.conftest import profile_data

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_network_pages_are_accessible(transactional_db, live_server, page, axe_check, world, lang):
    sign_in(Client(), world.staff).post("/fr/network/profile/", profile_data(world))
    sign_in_page(page, live_server.url, world.staff)
    for path in ("network/", "network/profile/", "network/directory/", "network/groups/", "network/groups/inclusion/"):
        page.goto(f"{live_server.url}/{lang}/{path}")
        axe_check(page, f"{path} ({lang})")


def test_join_on_a_phone(transactional_db, live_server, new_page, axe_check, world):
    page = new_page(viewport={"width": 390, "height": 844})
    sign_in_page(page, live_server.url, world.editor)
    page.goto(f"{live_server.url}/fr/network/profile/")
    page.get_by_role("button", name="Demander à rejoindre le réseau").click()
    axe_check(page, "profile form with errors (phone)")
    page.get_by_label("Organisation").select_option(label="Commune de Forest")
    page.get_by_label("Votre fonction").fill("Chargée de participation")
    page.get_by_label("Facilitation").check()
    page.get_by_label("français").check()
    page.get_by_role("button", name="Demander à rejoindre le réseau").click()
    assert page.get_by_text("Bienvenue dans le réseau").is_visible()
    assert AgentProfile.objects.get(user=world.editor).state == "member"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_training_and_take_part_pages_are_accessible(transactional_db, live_server, page, axe_check, world, lang):
    import datetime as dt

    from polyvox.network import training
    from polyvox.network.models import Cohort, Trainee, TrainingProgramme, TrainingSession

    programme = TrainingProgramme.objects.create(slug="ci", title="Intelligence collective", organisation=world.forest)
    cohort = Cohort.objects.create(programme=programme, name="Cohorte 1")
    session = TrainingSession.objects.create(cohort=cohort, date=dt.date(2021, 3, 1))
    trainee = Trainee.objects.create(cohort=cohort, name="Jan Peeters", user=world.editor)
    session.attendees.add(trainee)
    training.complete(cohort)
    sign_in_page(page, live_server.url, world.staff)
    for path in ("network/trainings/", "network/trainings/ci/", f"network/trainings/ci/sessions/{session.pk}/",
                 "take-part/", f"take-part/?commune={world.forest.municipality.pk}", "workshops/", ""):
        page.goto(f"{live_server.url}/{lang}/{path}")
        axe_check(page, f"{path} ({lang})")
