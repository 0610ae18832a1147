"""Issue 12 item 8: the inventory list and the site search are one search (the same words, the same matching,
in every language), and a token with no letter or digit is ignored instead of matching everything."""

import pytest
from django.utils import translation

from polyvox.core import search
from polyvox.core.tests import factories
from polyvox.core.text import search_words
from polyvox.initiatives.filters import InventoryQuery
from polyvox.initiatives.filters import search as inventory_search
from polyvox.toolbox.models import MethodFamily

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    family = MethodFamily.objects.create(number=1, slug="mini-publics", name_fr="Mini-publics délibératifs",
                                         name_nl="Deliberatieve minipublieks", name_en="Deliberative mini-publics")
    # A French-only text: only its method family names it in Dutch.
    factories.initiative("Commissions citoyennes tirées au sort", title_nl="Commissions citoyennes", body_fr="Quarante-cinq citoyens.",
                         method_family=family)
    factories.initiative("Budget participatif de l'école", title_nl="Burgerbegroting van de school")
    factories.initiative("Plan climat", title_nl="Klimaatplan")


def list_count(q):
    return len(inventory_search(InventoryQuery.from_params({"q": q})).ids)


def site_count(q):
    groups = search.search(q)
    return next((g.count for g in groups if g.key == "initiatives"), 0)


@pytest.mark.parametrize("q", ["deliberatie", "Délibératifs", "deliberative", "budget", "school", "l'école", "klimaat", "tirées sort"])
def test_list_and_site_search_agree(corpus, q):
    with translation.override("nl"):
        assert list_count(q) == site_count(q)
    assert list_count("deliberatie") == 1


def test_list_page_finds_what_site_search_finds(client, corpus):
    listing = client.get("/nl/initiatives/", {"q": "deliberatie"}).content.decode()
    site = client.get("/nl/search/", {"q": "deliberatie"}).content.decode()
    assert "Commissions citoyennes" in listing and "Commissions citoyennes" in site


@pytest.mark.parametrize("q", ["'", "’", " - ", "' ' .", "«»"])
def test_tokens_without_letters_are_ignored(corpus, q):
    assert search_words(q) == []
    assert search.search(q) == []  # nothing searched: no "3 results for '"
    assert search_words(f"{q} climat") == ["climat"]
    assert site_count(f"{q} climat") == 1 and list_count(f"{q} climat") == 1


def test_site_search_page_for_an_apostrophe(client, corpus):
    response = client.get("/fr/search/", {"q": "'"})
    assert response.status_code == 200 and not response.context["searched"]
