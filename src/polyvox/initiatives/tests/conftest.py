import datetime

import pytest
from django.core.cache import cache
from django.utils import translation

from polyvox.initiatives.tests import factories as f


@pytest.fixture(autouse=True)
def _fresh_cache_and_french():
    """Each test starts with an empty cache and French active (reverse() then gives /fr/ addresses)."""
    cache.clear()
    translation.activate("fr")
    yield
    translation.deactivate()
    cache.clear()


@pytest.fixture
def inventory(db):
    """A small inventory: 6 published initiatives in FR/NL/EN, one draft, one submitted."""
    towns = f.municipalities()
    anderlecht, bruxelles, schaerbeek = towns["21001"], towns["21004"], towns["21015"]
    panels = f.family(1, "mini-publics", "Mini-publics délibératifs", "Deliberatieve mini-publics", "Deliberative mini-publics")
    budgets = f.family(3, "budgets", "Appels à projets et budgets participatifs", "Projectoproepen en burgerbegrotingen",
                       "Calls for projects and participatory budgets")
    urban = f.theme("urbanisme", "Aménagement urbain, espace public", "Stedenbouw, openbare ruimte", "Urban planning, public space")
    budget = f.theme("budget", "Budgétisation", "Begroting", "Budgeting")
    climate = f.theme("climat", "Climat", "Klimaat", "Climate")
    org_a = f.organisation("Commune d'Anderlecht")
    org_b = f.organisation("Ville de Bruxelles")
    items = {
        "bockstael": f.initiative(
            organiser=org_b, title_fr="Open jury Bockstael : réaménagement du boulevard", title_nl="Open jury Bockstael: heraanleg van de boulevard",
            title_en="Bockstael open jury", body_fr="Un panel citoyen tiré au sort pour le boulevard Émile Bockstael.",
            start_date=datetime.date(2023, 5, 1), status="finished", method_family=panels, municipality=bruxelles,
            participation_level="concertation", latitude=50.8710, longitude=4.3480, themes=[urban],
        ),
        "bizet": f.initiative(
            organiser=org_a, title_fr="Budget participatif du contrat de quartier Bizet", title_nl="Burgerbegroting wijkcontract Bizet",
            title_en="Bizet participatory budget", start_date=datetime.date(2023, 9, 1), status="ongoing", method_family=budgets,
            municipality=anderlecht, participation_level="co-decision", themes=[budget],
        ),
        "commissions": f.initiative(
            organiser=org_b, title_fr="Commissions délibératives", title_nl="Overlegcommissies", title_en="Deliberative committees",
            body_nl="Burgers worden geloot om samen met parlementsleden te beraadslagen over de klimaattransitie.",
            start_date=datetime.date(2024, 1, 15), status="ongoing", method_family=panels, municipality=None,
            governance_level="regional", participation_level="co-construction", themes=[climate, urban],
        ),
        "schaerbeek": f.initiative(
            organiser=org_b, title_fr="Vision pour Schaerbeek Formation", title_nl="Visie voor Schaarbeek-Vorming", title_en="",
            start_date=datetime.date(2023, 2, 1), status="ongoing", method_family=None, municipality=schaerbeek,
            participation_level="consultation", themes=[urban],
        ),
        "megafon": f.initiative(
            organiser=org_a, title_fr="Megafon, ma voix pour mon quartier", title_nl="Megafon, mijn stem voor mijn wijk",
            title_en="Megafon, my voice for my neighbourhood", start_date=datetime.date(2022, 6, 1), status="finished",
            municipality=anderlecht, participation_level="information",
        ),
        "climat": f.initiative(
            organiser=org_a, title_fr="Trois jours de délibération sur la résilience climatique", title_nl="Drie dagen burgerberaad over klimaatbestendigheid",
            title_en="Three days of deliberation on climate resilience", start_date=datetime.date(2022, 10, 1), status="finished",
            method_family=panels, municipality=None, governance_level="regional", participation_level="concertation", themes=[climate],
        ),
        "draft": f.initiative(organiser=org_a, title_fr="Brouillon secret", state="draft", start_date=datetime.date(2024, 2, 1)),
        "submitted": f.initiative(organiser=org_a, title_fr="Proposition en attente", state="submitted", start_date=datetime.date(2024, 3, 1)),
    }
    return {"items": items, "org_a": org_a, "org_b": org_b, "panels": panels, "budgets": budgets, "towns": towns,
            "themes": {"urbanisme": urban, "budget": budget, "climat": climate}}


@pytest.fixture
def people(inventory):
    """Staff (NL), an editor of A (FR), an editor of A (NL), an editor of B (EN), a citizen."""
    return {
        "staff": f.user("staff@test.example", staff=True, language="nl", name="Staff Member"),
        "editor_a": f.user("editor.a@test.example", editor_of=inventory["org_a"], language="fr", name="Éditrice A"),
        "editor_a_nl": f.user("editor.a.nl@test.example", editor_of=inventory["org_a"], language="nl", name="Redacteur A"),
        "editor_b": f.user("editor.b@test.example", editor_of=inventory["org_b"], language="en", name="Editor B"),
        "citizen": f.user("citizen@test.example", language="fr"),
    }
