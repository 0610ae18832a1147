"""A new app plugs in without touching core: an app config declared here, with a take-part item and a search
group, shows on the "Take part" page and on the site search, in its order among the installed apps'."""

import sys

import pytest
from django.apps import AppConfig, apps

from polyvox.accounts.testing import sign_in
from polyvox.core.opportunities import Opportunity, Section
from polyvox.core.registry import Contribution
from polyvox.core.search import Group, Hit
from polyvox.core.tests import factories

PETITIONS = Section("plugged-petitions", "Signer une pétition", order=15, intro="Une pétition de 1 000 signatures est débattue.")


def take_part_items(request):
    return [Opportunity(PETITIONS, title="Pétition pour un parc", url="/fr/petitions/1/", action_url="/fr/petitions/1/sign/",
                        action_label="Signer", lines=["Ouverte jusqu'au 1er juin."], needs_account=True,
                        sign_in_label="Connectez-vous pour signer.", initiative=factories.initiative("Parc Bizet"))]


def search_group(words, raw):
    found = Group("plugged-petitions", "Pétitions")
    if "parc" in words:
        found.hits.append(Hit("Pétition pour un parc", "/fr/petitions/1/", "Un parc au quartier Bizet."))
    found.count = len(found.hits)
    return found


class PetitionsConfig(AppConfig):
    name = "polyvox_petitions_in_a_test"
    label = "petitions_in_a_test"
    contributes = (
        Contribution("take_part", f"{__name__}.take_part_items"),
        Contribution("search", f"{__name__}.search_group", order=11),
    )


@pytest.fixture
def petitions_app(monkeypatch):
    config = PetitionsConfig(PetitionsConfig.name, sys.modules[__name__])
    config.apps = apps
    config.models = {}  # an app without models: only its contributions
    monkeypatch.setitem(apps.app_configs, config.label, config)
    return config


def test_its_take_part_item_shows_in_its_section(client, db, petitions_app):
    page = client.get("/fr/take-part/").content.decode()
    assert 'id="nothing-open"' not in page
    assert '<h2 id="plugged-petitions-heading">Signer une pétition (1)</h2>' in page
    assert "Une pétition de 1 000 signatures est débattue." in page
    assert 'href="/fr/petitions/1/">Pétition pour un parc</a>' in page and "Parc Bizet" in page
    assert "Ouverte jusqu&#x27;au 1er juin." in page
    # Signed out: the sign-in link that comes back to the petition; signed in: the button.
    assert 'class="sign-in-notice"' in page and "Connectez-vous pour signer." in page and "/fr/petitions/1/sign/" not in page
    sign_in(client, _resident())
    page = client.get("/fr/take-part/").content.decode()
    assert 'href="/fr/petitions/1/sign/">Signer' in page


def _resident():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(email="resident@test.example", password="pw-plug-in-1")


def test_its_search_group_shows_in_its_order(client, db, petitions_app):
    factories.initiative("Un parc pour le quartier")
    response = client.get("/fr/search/", {"q": "parc"})
    keys = [group.key for group in response.context["groups"]]
    assert keys.index("plugged-petitions") == keys.index("initiatives") + 1  # order 11: right after the initiatives (10)
    page = response.content.decode()
    assert 'id="results-plugged-petitions"' in page and 'href="/fr/petitions/1/">Pétition pour un parc</a>' in page


def test_the_app_leaves_with_its_contributions(client, db):
    assert "plugged-petitions" not in [group.key for group in client.get("/fr/search/", {"q": "parc"}).context["groups"]]
    assert 'id="plugged-petitions-heading"' not in client.get("/fr/take-part/").content.decode()
