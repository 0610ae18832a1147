"""The demo inventory: `polyvox demo` is idempotent, names every seed initiative, is complete in FR and NL,
and `--synthetic N` adds N generated initiatives once."""

import io

import pytest
from django.core.management import call_command

from polyvox.core.management.commands import demo as demo_command
from polyvox.initiatives import demo as initiatives_demo
from polyvox.initiatives.models import FollowUp, Initiative, Link, Step, Theme
from polyvox.organisations import demo as organisations_demo
from polyvox.organisations.models import Organisation
from polyvox.places import demo as places_demo

pytestmark = pytest.mark.django_db

SEED_SLUGS = [
    "commissions-deliberatives", "open-jury-bockstael", "budget-participatif-cqd-bizet", "vision-schaerbeek-formation",
    "ateliers-de-quartier-bri-co", "megafon", "deliberation-citoyenne-resilience-climatique",
    "strategie-bas-carbone-2050", "defis-intelligence-collective-bruxelles-environnement",
]
INVENTORY_DEMO_MODULES = [
    "polyvox.places.demo", "polyvox.organisations.demo", "polyvox.toolbox.demo", "polyvox.initiatives.demo",
]
ORGANISATIONS = {
    "service-participation": "regional", "commune-anderlecht": "municipality", "ville-de-bruxelles": "municipality",
    "bruxelles-environnement": "regional", "parlement-bruxellois": "parliament",
}


def load_inventory(**options):
    """Only what the inventory needs (places, organisations, initiatives): faster than the whole demo."""
    out = io.StringIO()
    places_demo.load(out, options)
    organisations_demo.load(out, options)
    initiatives_demo.load(out, options)
    return out.getvalue()


def counts():
    return {
        model.__name__: model.objects.count() for model in (Initiative, Step, FollowUp, Link, Theme, Organisation)
    }


def test_demo_command_twice_adds_nothing_and_covers_the_inventory(monkeypatch):
    # The command itself (order, transactions, second pass), restricted to the apps the inventory links to:
    # the whole demo takes minutes on this machine (procurement, panels), far too long for this suite.
    monkeypatch.setattr(demo_command, "DEMO_MODULES", INVENTORY_DEMO_MODULES)
    call_command("demo", stdout=io.StringIO())
    first = counts()
    call_command("demo", stdout=io.StringIO())
    assert counts() == first
    slugs = list(Initiative.objects.values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs))

    published = Initiative.objects.filter(publication_state="published")
    assert published.count() >= 30
    assert {i.municipality.nis_code for i in published.exclude(municipality=None)} >= {
        f"210{n:02d}" for n in range(1, 20)
    }, "every one of the 19 municipalities has an initiative"
    assert set(published.values_list("status", flat=True)) == {"planned", "ongoing", "finished"}
    assert set(published.values_list("participation_level", flat=True)) == {
        "information", "consultation", "concertation", "co-construction", "co-decision",
    }
    assert set(published.values_list("governance_level", flat=True)) == {
        "regional", "municipal", "neighbourhood", "community", "federal",
    }
    families = set(published.exclude(method_family=None).values_list("method_family__number", flat=True))
    if families:  # the toolbox demo creates the families before the inventory
        assert families == set(range(1, 8))
    assert Initiative.objects.get(slug="commissions-deliberatives").methods.filter(
        slug="commission-deliberative"
    ).exists() or not families
    # The toolbox's second pass links its practical cases to these initiatives by slug.
    from polyvox.toolbox.models import PracticalCase

    linked = set(PracticalCase.objects.exclude(initiative=None).values_list("initiative__slug", flat=True))
    assert "commissions-deliberatives" in linked and linked <= set(SEED_SLUGS + slugs)


def test_inventory_names_every_seed_initiative_in_french_and_dutch():
    summary = load_inventory()
    assert "initiatives:" in summary
    published = Initiative.objects.filter(publication_state="published")
    assert published.count() >= 30
    assert set(SEED_SLUGS) <= set(published.values_list("slug", flat=True))
    for initiative in published:
        assert initiative.missing_languages() == [], initiative.slug
        assert initiative.latitude and initiative.longitude, initiative.slug
        assert initiative.steps.exists(), initiative.slug
        if initiative.status == "finished":
            assert initiative.results_fr and initiative.results_nl, initiative.slug
    assert published.filter(body_en="").exists(), "one published initiative shows the English fallback note"
    anderlecht = Initiative.objects.filter(organiser__slug="commune-anderlecht")
    assert anderlecht.filter(publication_state="draft").exists()
    assert anderlecht.filter(publication_state="submitted").exists()

    bockstael = Initiative.objects.get(slug="open-jury-bockstael")
    assert bockstael.status == "finished" and bockstael.results_fr and bockstael.results_nl and bockstael.results_en
    assert bockstael.organiser.slug == "ville-de-bruxelles"
    assert Initiative.objects.get(slug="commissions-deliberatives").participants_count == 60
    assert Initiative.objects.get(slug="strategie-bas-carbone-2050").participants_count == 800

    for slug, kind in ORGANISATIONS.items():
        assert Organisation.objects.get(slug=slug).kind == kind
    for organisation in Organisation.objects.filter(kind="municipality"):
        assert organisation.municipality is not None, organisation.slug
    assert not Organisation.objects.filter(kind="provider").exists(), "providers belong to the procurement demo"


def test_map_points_lie_inside_their_municipality():
    load_inventory()
    for initiative in Initiative.objects.exclude(municipality=None).select_related("municipality"):
        geometry = initiative.municipality.geometry
        assert _inside(initiative.longitude, initiative.latitude, geometry), initiative.slug


def test_synthetic_adds_n_once_then_only_the_missing_ones():
    load_inventory()
    before = Initiative.objects.count()
    load_inventory(synthetic=40)
    assert Initiative.objects.count() == before + 40
    load_inventory(synthetic=40)
    assert Initiative.objects.count() == before + 40
    load_inventory(synthetic=50)
    assert Initiative.objects.count() == before + 50

    synthetic = Initiative.objects.filter(slug__startswith="synthetic-")
    assert synthetic.filter(publication_state="published", is_example=True).count() == 50
    sample = synthetic.get(slug="synthetic-7")
    assert sample.missing_languages() == []
    for initiative in synthetic:
        assert initiative.search_text == initiative.build_search_text(), initiative.slug
    assert sample.themes.exists() and sample.steps.count() == 3
    assert len(set(synthetic.values_list("municipality", flat=True))) > 5
    assert len(set(synthetic.values_list("status", flat=True))) == 3
    for initiative in synthetic.exclude(municipality=None).select_related("municipality"):
        assert _inside(initiative.longitude, initiative.latitude, initiative.municipality.geometry), initiative.slug


def _inside(x, y, geometry):
    """Ray casting over the outer rings of a GeoJSON Polygon or MultiPolygon."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        ring, inside = polygon[0], False
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                inside = not inside
        if inside:
            return True
    return False
