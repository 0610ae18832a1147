"""The list: filters with facet counts, search, sort, pagination, notes for values not understood."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.initiatives.tests import factories as f
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


def get(client, lang="fr", **params):
    with translation.override(lang):
        url = reverse("initiatives:list")
    response = client.get(url, params)
    assert response.status_code == 200
    return response


def titles(response):
    return [i.title_fr for i in response.context["initiatives"]]


def counts(response, facet):
    for item in response.context["facets"]:
        if item["name"] == facet:
            return {o["value"]: o["count"] for o in item["options"]}
    raise KeyError(facet)


def test_only_published_newest_first_with_heading(client, inventory):
    response = get(client)
    assert response.context["count"] == 6
    assert "Brouillon secret" not in response.content.decode()
    assert "Proposition en attente" not in response.content.decode()
    dates = [i.start_date for i in response.context["initiatives"]]
    assert dates == sorted(dates, reverse=True)
    assert "6 résultat(s)" in response.content.decode()
    assert "6 resultaten" in get(client, "nl").content.decode()
    assert "6 results" in get(client, "en").content.decode()


def test_heading_singular(client, inventory):
    assert "1 result<" in get(client, "en", q="megafon").content.decode().replace("\n", "")
    assert "1 resultaat" in get(client, "nl", q="megafon").content.decode()
    assert "1 résultat(s)" in get(client, "fr", q="megafon").content.decode()


def test_filters_combine_and_counts_follow_other_filters(client, inventory):
    response = get(client, year="2023")
    assert sorted(titles(response)) == sorted([
        "Open jury Bockstael : réaménagement du boulevard", "Budget participatif du contrat de quartier Bizet",
        "Vision pour Schaerbeek Formation",
    ])
    # the year facet ignores its own filter: every year keeps its count
    assert counts(response, "year") == {"2024": 1, "2023": 3, "2022": 2}
    # other facets count within 2023
    assert counts(response, "status") == {"finished": 1, "ongoing": 2}
    assert counts(response, "family") == {"mini-publics": 1, "budgets": 1}
    assert counts(response, "theme") == {"urbanisme": 2, "budget": 1}

    response = get(client, year="2023", status="ongoing")
    assert len(titles(response)) == 2
    assert counts(response, "year") == {"2024": 1, "2023": 2}
    assert counts(response, "status") == {"finished": 1, "ongoing": 2}

    # OR within a filter, AND across filters
    response = get(client, year=["2022", "2024"], family="mini-publics")
    assert sorted(titles(response)) == ["Commissions délibératives", "Trois jours de délibération sur la résilience climatique"]


def test_theme_municipality_level_and_whole_region(client, inventory):
    assert sorted(titles(get(client, theme="climat"))) == [
        "Commissions délibératives", "Trois jours de délibération sur la résilience climatique"]
    assert sorted(titles(get(client, theme=["climat", "budget"]))) == [
        "Budget participatif du contrat de quartier Bizet", "Commissions délibératives",
        "Trois jours de délibération sur la résilience climatique"]
    response = get(client, municipality="region")
    assert len(titles(response)) == 2
    municipality_counts = counts(response, "municipality")
    assert municipality_counts["region"] == 2 and municipality_counts["21001"] == 2
    assert sorted(titles(get(client, municipality=["region", "21015"]))) == [
        "Commissions délibératives", "Trois jours de délibération sur la résilience climatique", "Vision pour Schaerbeek Formation"]
    assert titles(get(client, level="co-decision")) == ["Budget participatif du contrat de quartier Bizet"]
    response = get(client, theme="urbanisme", level="concertation", municipality="21004")
    assert titles(response) == ["Open jury Bockstael : réaménagement du boulevard"]


def test_facet_form_is_accessible_and_keeps_state(client, inventory):
    html = get(client, year="2023", theme="urbanisme", q="jury").content.decode()
    assert html.count("<fieldset>") >= 6 and "<legend>" in html
    assert re.search(r'<input type="checkbox" name="year" value="2023" id="f-year-2023" checked>', html)
    assert re.search(r'name="theme" value="urbanisme" id="f-theme-urbanisme" checked', html)
    assert 'value="jury"' in html
    assert '<button type="submit">' in html
    assert 'for="f-year-2023"' in html


def test_search_ignores_accents_case_and_language(client, inventory):
    assert titles(get(client, q="EMILE")) == ["Open jury Bockstael : réaménagement du boulevard"]
    assert titles(get(client, q="réaménagement")) == ["Open jury Bockstael : réaménagement du boulevard"]
    assert titles(get(client, q="reamenagement")) == ["Open jury Bockstael : réaménagement du boulevard"]
    # a Dutch word found while reading in French, and an English word while reading in Dutch
    assert titles(get(client, q="geloot")) == ["Commissions délibératives"]
    assert titles(get(client, "nl", q="resilience")) == ["Trois jours de délibération sur la résilience climatique"]
    # every word must match
    assert titles(get(client, q="bockstael panel")) == ["Open jury Bockstael : réaménagement du boulevard"]
    assert titles(get(client, q="bockstael megafon")) == []


def test_sort_by_title_in_the_reader_language(client, inventory):
    fr = titles(get(client, sort="title"))
    assert fr[0] == "Budget participatif du contrat de quartier Bizet"
    assert fr[-1] == "Vision pour Schaerbeek Formation"
    nl = [i.title_nl for i in get(client, "nl", sort="title").context["initiatives"]]
    assert nl == sorted(nl, key=str.lower)


def test_pagination_and_bad_page(client, inventory):
    for n in range(25):
        f.initiative(organiser=inventory["org_a"], start_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    first = get(client)
    assert first.context["count"] == 31
    assert len(first.context["initiatives"]) == 20
    second = get(client, page="2")
    assert len(second.context["initiatives"]) == 11
    assert 'aria-current="page">2<' in second.content.decode()
    too_far = get(client, page="99")
    assert too_far.context["page"].number == 2 and too_far.context["notes"]
    assert "Il n’y a pas de page 99 : la dernière page (2) est affichée." in too_far.content.decode()
    not_a_number = get(client, "en", page="abc")
    assert not_a_number.context["page"].number == 1
    assert "There is no page “abc”: the first page is shown." in not_a_number.content.decode()


def test_anonymous_pages_are_cached_whole_but_not_personal_ones(client, inventory, people):
    first = get(client, year="2023")
    second = get(client, year="2023")
    assert first.content == second.content
    sign_in(client, people["editor_a"])
    personal = get(client, year="2023").content.decode()
    assert "Proposer une initiative" in personal and "Proposer une initiative" not in first.content.decode()
    client.logout()
    assert "Proposer une initiative" not in get(client, year="2023").content.decode()


def test_unknown_values_are_ignored_with_a_visible_note(client, inventory):
    response = get(client, "en", year=["2023", "abc"], theme="nope", status="sleeping", municipality="99999", sort="random",
                   level="<script>x</script>")
    assert response.context["count"] == 3  # year=2023 kept
    html = response.content.decode()
    for value in ("abc", "nope", "sleeping", "99999", "random"):
        assert f"“{value}”" in html
    assert "<script>x</script>" not in html
    assert "&lt;script&gt;" in html
    assert "was ignored" in html


def test_the_url_holds_the_state(client, inventory):
    html = get(client, year="2023", sort="title").content.decode()
    assert 'href="/fr/initiatives/map/?year=2023&amp;sort=title"' in html
    assert "/fr/initiatives/export.csv?year=2023" in html


def test_edit_shows_at_once_in_cached_list(client, inventory):
    assert get(client, q="bizet").context["count"] == 1
    bizet = inventory["items"]["bizet"]
    bizet.title_fr = "Budget participatif renommé"
    bizet.body_fr = "Autre texte"
    bizet.save()
    assert titles(get(client, q="renomme")) == ["Budget participatif renommé"]
    bizet.themes.set([inventory["themes"]["climat"]])
    assert "Budget participatif renommé" in titles(get(client, theme="climat"))
    bizet.delete()
    assert get(client, q="renomme").context["count"] == 0
