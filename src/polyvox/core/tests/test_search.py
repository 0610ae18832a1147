from datetime import date

import pytest

from polyvox.core.tests import factories
from polyvox.organisations.models import Organisation
from polyvox.pages.models import NewsItem
from polyvox.procurement.models import Provider
from polyvox.toolbox.models import FocusArticle, FrameworkText, GlossaryTerm, Method, MethodFamily

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    factories.initiative("Vision pour le site stratégique de Schaerbeek Formation", title_nl="Visie voor de strategische site Schaarbeek-Vorming")
    factories.initiative("Commissions délibératives", title_nl="Overlegcommissies", body_fr="Quarante-cinq citoyens tirés au sort.")
    factories.initiative("Projet non publié à Schaerbeek", state="submitted")
    family = MethodFamily.objects.create(number=1, slug="mini-publics", name_fr="Mini-publics délibératifs", name_nl="Deliberatieve mini-publics", summary_fr="Tirage au sort")
    Method.objects.create(family=family, slug="jury-citoyen", name_fr="Jury citoyen", name_nl="Burgerjury", description_en="A small panel drawn by lot.")
    FrameworkText.objects.create(slug="pourquoi", title_fr="Pourquoi participer ?", title_nl="Waarom participeren?", body_fr="Légitimité et qualité des décisions.")
    FocusArticle.objects.create(slug="inclusion", title_fr="Inclusion", body_fr="Les publics éloignés.", body_nl="Moeilijk bereikbare groepen.")
    GlossaryTerm.objects.create(slug="devoir-de-suite", term_fr="Devoir de suite", term_nl="Opvolgingsplicht", definition_fr="Rendre compte de ce qui a été fait des contributions.")
    organisation = Organisation.objects.create(slug="missions-publiques", name="Missions Publiques", kind="provider")
    Provider.objects.create(organisation=organisation, description_fr="Dialoguer et (se) comprendre pour mieux décider.", services_nl="Evaluatie van participatieprocessen")
    NewsItem.objects.create(slug="centrale", title_fr="La centrale de marchés est lancée", title_nl="De opdrachtcentrale is van start", summary_fr="Six lots.", body_fr="Quatre ans.", published=date(2024, 1, 1))


def groups(response):
    return {group.key: group for group in response.context["groups"]}


def test_accents_and_case_do_not_matter_and_other_languages_are_searched(client, corpus):
    response = client.get("/fr/search/", {"q": "SCHAERBEEK strategique"})
    found = groups(response)
    assert [hit.title for hit in found["initiatives"].hits] == ["Vision pour le site stratégique de Schaerbeek Formation"]
    # a Dutch word finds the initiative from the French interface
    assert groups(client.get("/fr/search/", {"q": "schaarbeek-vorming"}))["initiatives"].count == 1


def test_every_word_must_match(client, corpus):
    assert groups(client.get("/fr/search/", {"q": "schaerbeek commissions"}))["initiatives"].count == 0
    assert groups(client.get("/fr/search/", {"q": "commissions tires"}))["initiatives"].count == 1


def test_unpublished_initiatives_are_never_found(client, corpus):
    response = client.get("/fr/search/", {"q": "non publié"})
    assert groups(response)["initiatives"].count == 0
    assert "Projet non publié" not in response.content.decode()


def test_toolbox_glossary_providers_and_news_are_searched_in_every_language(client, corpus):
    assert {h.title for h in groups(client.get("/fr/search/", {"q": "deliberatifs"}))["toolbox"].hits} == {"Mini-publics délibératifs"}
    assert {h.title for h in groups(client.get("/fr/search/", {"q": "burgerjury"}))["toolbox"].hits} == {"Jury citoyen"}
    assert groups(client.get("/fr/search/", {"q": "drawn by lot"}))["toolbox"].count == 1
    assert groups(client.get("/fr/search/", {"q": "legitimite"}))["toolbox"].count == 1
    assert groups(client.get("/nl/search/", {"q": "moeilijk bereikbare"}))["toolbox"].count == 1
    assert [h.title for h in groups(client.get("/nl/search/", {"q": "opvolgingsplicht"}))["glossary"].hits] == ["Opvolgingsplicht"]
    assert groups(client.get("/fr/search/", {"q": "missions publiques"}))["providers"].count == 1
    assert groups(client.get("/fr/search/", {"q": "evaluatie"}))["providers"].count == 1
    news = groups(client.get("/en/search/", {"q": "opdrachtcentrale"}))["news"]
    assert news.count == 1 and news.hits[0].url == "/en/news/centrale/"


def test_results_are_grouped_with_counts_and_links(client, corpus):
    response = client.get("/fr/search/", {"q": "tirage"})
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["total"] == sum(g.count for g in response.context["groups"])
    assert 'href="#results-toolbox"' in html
    assert 'href="/fr/toolbox/methods/mini-publics/"' in html


def test_empty_query_and_no_result_states_are_translated(client, corpus):
    assert "Saisissez un ou plusieurs mots" in client.get("/fr/search/").content.decode()
    assert "Typ een of meer woorden" in client.get("/nl/search/?q=+++").content.decode()
    html = client.get("/nl/search/", {"q": "xyzzy"}).content.decode()
    assert "Geen resultaat voor" in html and "xyzzy" in html


def test_hostile_input_is_escaped(client, corpus):
    attack = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    response = client.get("/fr/search/", {"q": attack})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror" not in html
    assert "&lt;script&gt;" in html


def test_very_long_or_odd_queries_do_not_fail(client, corpus):
    assert client.get("/fr/search/", {"q": "é" * 5000}).status_code == 200
    response = client.get("/fr/search/", {"q": "budget\x00%_\\'"})
    assert response.status_code == 200
    assert "\x00" not in response.content.decode()
    assert response.context["query"] == "budget %_\\'"


def test_information_pages_and_faq_are_searched(client, corpus):
    from polyvox.pages.models import FaqEntry, Page

    Page.objects.create(key="privacy", title_fr="Protection des données", title_nl="Bescherming van persoonsgegevens", body_fr="Délégué à la protection des données.")
    entry = FaqEntry.objects.create(question_fr="Comment supprimer mon compte ?", question_nl="Hoe verwijder ik mijn account?", answer_fr="Depuis votre profil.")
    found = groups(client.get("/nl/search/", {"q": "persoonsgegevens"}))["pages"]
    assert [(hit.title, hit.url) for hit in found.hits] == [("Bescherming van persoonsgegevens", "/nl/privacy/")]
    faq = groups(client.get("/fr/search/", {"q": "supprimer compte"}))["pages"]
    assert faq.hits[0].url == f"/fr/faq/#faq-{entry.pk}"
