"""The demo content: exact family numbers and slugs, method slugs, three languages, idempotence, links."""

import io

import pytest

from polyvox.toolbox import demo
from polyvox.toolbox.models import (
    ExternalResource, FocusArticle, FrameworkText, GlossaryTerm, Method, MethodFamily, PracticalCase,
)

FAMILIES = {
    1: "mini-publics-deliberatifs",
    2: "referendum-votation-consultations",
    3: "appels-a-projets-budgets-participatifs",
    4: "urbanisme-participatif",
    5: "conseils-habitants-comites-quartier",
    6: "interpellation-citoyenne-petition",
    7: "participation-en-ligne",
}
METHODS = {
    1: ["panel-citoyen", "jury-citoyen", "commission-deliberative", "conference-de-consensus", "assemblee-citoyenne",
        "atelier-intelligence-collective", "prospective-collaborative"],
    2: ["referendum-local", "consultation-populaire"],
    3: ["budget-participatif", "appel-a-projets"],
    4: ["atelier-urbanisme", "marche-exploratoire", "charrette"],
    5: ["conseil-de-quartier", "comite-de-quartier", "conseil-consultatif"],
    6: ["interpellation-citoyenne", "petition"],
    7: ["consultation-en-ligne", "plateforme-idees", "carte-participative"],
}
DOMAIN_TERMS = [
    "initiative-de-participation", "niveau-de-participation", "famille-de-methodes", "devoir-de-suite",
    "centrale-de-marches", "marche-subsequent", "remise-en-concurrence", "cascade", "bon-de-commande",
    "protocole-d-adhesion", "cahier-des-charges", "rapport-d-attribution", "commission-deliberative",
    "tirage-au-sort", "panel-citoyen", "leximin", "budget-participatif", "methode-des-parts-egales", "consentement",
    "sociocratie", "delphi", "intelligence-collective", "facilitation", "mini-public", "iap2",
]


def test_families_and_methods_have_the_agreed_numbers_and_slugs(toolbox_demo):
    assert dict(MethodFamily.objects.values_list("number", "slug")) == FAMILIES
    for number, slugs in METHODS.items():
        family_slugs = set(Method.objects.filter(family__number=number).values_list("slug", flat=True))
        assert set(slugs) <= family_slugs, number


def test_every_text_exists_in_french_dutch_and_english(toolbox_demo):
    checks = [
        (MethodFamily, ["name", "summary", "what_it_is", "when_to_use", "steps", "typical_duration", "typical_cost",
                        "pitfalls", "inclusion"]),
        (Method, ["name", "description"]),
        (FrameworkText, ["title", "body"]),
        (FocusArticle, ["title", "summary", "body"]),
        (ExternalResource, ["title", "description"]),
        (GlossaryTerm, ["term", "definition"]),
        (PracticalCase, ["title", "body", "place"]),
    ]
    for model, fields in checks:
        for obj in model.objects.all():
            for field in fields:
                for lang in ("fr", "nl", "en"):
                    assert (getattr(obj, f"{field}_{lang}") or "").strip(), (model.__name__, obj.pk, field, lang)
    for family in MethodFamily.objects.all():
        assert family.participation_level


def test_glossary_covers_the_domain_vocabulary(toolbox_demo):
    slugs = set(GlossaryTerm.objects.values_list("slug", flat=True))
    assert len(slugs) >= 30
    assert set(DOMAIN_TERMS) <= slugs


def test_seed_content_is_there_and_mended(toolbox_demo):
    montreal = PracticalCase.objects.filter(is_external=True)
    assert montreal.count() >= 3
    assert all("Montréal" in case.place_fr for case in montreal)
    assert all(case.initiative_id is None for case in montreal)
    assert FocusArticle.objects.filter(slug="cocreation-et-intelligence-collective").exists()
    assert FocusArticle.objects.filter(slug="former-les-agents-a-l-intelligence-collective").exists()
    family6 = MethodFamily.objects.get(number=6)
    assert family6.name_nl == "Burgerinterpellaties en petities"  # the seed's "petitjes", mended
    everything = " ".join(
        str(value) for model in (MethodFamily, Method, FrameworkText, FocusArticle, GlossaryTerm)
        for row in model.objects.values() for value in row.values()
    )
    for damaged in ("stratgies", "petitjes", "Waternalysysteem", " valuer ", "Thmatiques", "diffrentes", "lgitimit"):
        assert damaged not in everything
    legal = FrameworkText.objects.get(slug="cadre-legal-bruxelles")
    assert "45" in legal.body_fr and "15" in legal.body_fr and "1 000" in legal.body_fr and "16" in legal.body_fr
    assert "RGPD" in legal.body_fr and "AVG" in legal.body_nl and "GDPR" in legal.body_en


def test_load_is_idempotent(toolbox_demo):
    counts = [m.objects.count() for m in (MethodFamily, Method, FrameworkText, FocusArticle, ExternalResource, GlossaryTerm, PracticalCase)]
    demo.load(io.StringIO(), {})
    assert counts == [m.objects.count() for m in (MethodFamily, Method, FrameworkText, FocusArticle, ExternalResource, GlossaryTerm, PracticalCase)]


def test_link_cites_existing_initiatives_only_and_is_idempotent(toolbox_demo, make_initiative):
    bizet = make_initiative("budget-participatif-cqd-bizet", title="Budget Bizet")
    make_initiative("megafon", title="Megafon")
    demo.link(io.StringIO(), {})
    demo.link(io.StringIO(), {})
    linked = PracticalCase.objects.filter(initiative__isnull=False)
    assert linked.count() == 2
    case = linked.get(initiative=bizet)
    assert case.family.slug == "appels-a-projets-budgets-participatifs"
    assert case.method.slug == "budget-participatif"
    assert case.title_nl == bizet.title_nl and not case.is_external
    assert linked.get(initiative__slug="megafon").family.number == 5


@pytest.mark.django_db
def test_link_without_any_inventory_does_nothing():
    demo.load(io.StringIO(), {})
    demo.link(io.StringIO(), {})
    assert not PracticalCase.objects.filter(initiative__isnull=False).exists()
