from datetime import date

import pytest

from polyvox.core.tests import factories
from polyvox.pages.models import NewsItem

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "lang, heading",
    [("fr", "La participation citoyenne en Région de Bruxelles-Capitale"), ("nl", "Burgerparticipatie in het Brussels Hoofdstedelijk Gewest"), ("en", "Citizen participation in the Brussels-Capital Region")],
)
def test_home_renders_on_an_empty_database_in_each_language(client, lang, heading):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert heading in html
    assert 'href="/%s/initiatives/"' % lang in html
    assert 'href="/%s/initiatives/map/"' % lang in html
    assert 'href="/%s/toolbox/"' % lang in html
    assert 'href="/%s/providers/"' % lang in html


def test_home_shows_published_initiatives_figures_and_news(client, django_assert_max_num_queries):
    factories.initiative("Budget participatif Bizet", status="ongoing", start=date(2023, 5, 1))
    factories.initiative("Open jury Bockstael", status="finished", start=date(2023, 1, 1))
    factories.initiative("Brouillon secret", state="draft")
    NewsItem.objects.create(slug="n1", title_fr="Lancement de la centrale", summary_fr="Quatre ans.", body_fr="x", published=date(2024, 1, 1))
    with django_assert_max_num_queries(12):
        response = client.get("/fr/")
    html = response.content.decode()
    assert "Budget participatif Bizet" in html and "Open jury Bockstael" in html
    assert "Brouillon secret" not in html
    assert response.context["figures"] == {"initiatives": 2, "ongoing": 1, "municipalities": 0}
    assert "Lancement de la centrale" in html


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": True}


def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    from django.db import connection

    def broken():
        raise RuntimeError("database down")

    monkeypatch.setattr(connection, "cursor", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
