"""The staff dashboard reads every app's `statistics` and `menu` contributions from the registry: an app plugged
in here shows its figures and its pages there without core naming it, and followup's own block is there too.
Only the Service's staff role opens it (flags alone do not); bad input is a translated 400."""

import sys

import pytest
from django.apps import AppConfig, apps

from polyvox.accounts.testing import sign_in
from polyvox.core.registry import Contribution, Figure, MenuEntry, Statistics
from polyvox.core.tests.factories import give_staff_role

SEEN_FILTERS = []


def figures(filters):
    SEEN_FILTERS.append(dict(filters))
    return Statistics("Pétitions branchées", (Figure("Pétitions ouvertes", 7), Figure("Taux de réponse (%)", None, "aucune")),
                      (MenuEntry("Tableau des pétitions", "/fr/plugged/board/"),))


def entries(request):
    return [MenuEntry("Pétitions branchées", "/fr/plugged/", key="plugged", order=95)]


class PluggedConfig(AppConfig):
    name = "polyvox_plugged_in_a_test"
    label = "plugged_in_a_test"
    contributes = (Contribution("statistics", f"{__name__}.figures", order=5),
                   Contribution("menu", f"{__name__}.entries"))


@pytest.fixture
def plugged(monkeypatch):
    config = PluggedConfig(PluggedConfig.name, sys.modules[__name__])
    config.apps = apps
    config.models = {}
    monkeypatch.setitem(apps.app_configs, config.label, config)
    SEEN_FILTERS.clear()
    return config


@pytest.fixture
def staff(django_user_model):
    return give_staff_role(django_user_model.objects.create_user(email="staff-dash@test.example", password="pw-dash-123"))


def test_a_plugged_apps_figures_and_pages_show_on_the_dashboard(client, db, plugged, staff):
    sign_in(client, staff)
    page = client.get("/fr/dashboard/").content.decode()
    assert '<h2 id="stats-1">Pétitions branchées</h2>' in page  # order 5: before followup's block
    assert "<dt>Pétitions ouvertes</dt><dd>7</dd>" in page and "<dt>Taux de réponse (%)</dt><dd>–" in page
    assert 'href="/fr/plugged/board/">Tableau des pétitions</a>' in page
    assert 'href="/fr/plugged/">Pétitions branchées</a>' in page
    assert SEEN_FILTERS == [{"year": None}]
    client.get("/fr/dashboard/", {"year": "2025"})
    assert SEEN_FILTERS[-1] == {"year": 2025}


def test_followups_block_and_menu_entry_are_read_from_its_app_config(client, db, staff):
    sign_in(client, staff)
    page = client.get("/en/dashboard/").content.decode()
    assert "Follow-up and evaluation" in page and "Evaluations published" in page
    assert 'href="/en/follow-up/observatory/staff/"' in page and 'href="/en/follow-up/population/"' in page
    assert 'href="/en/follow-up/">Follow-up</a>' in page  # its `menu` entry, in the parts of the platform


def test_the_app_leaves_with_its_contributions(client, db, staff):
    sign_in(client, staff)
    assert "Pétitions branchées" not in client.get("/fr/dashboard/").content.decode()


def test_only_the_staff_role_opens_it(client, db, django_user_model, staff):
    assert client.get("/fr/dashboard/").status_code == 404
    flags = django_user_model.objects.create_user(email="flags-dash@test.example", password="x", is_staff=True,
                                                  is_superuser=True)
    sign_in(client, flags)
    assert client.get("/fr/dashboard/").status_code == 404
    assert 'href="/fr/dashboard/"' not in client.get("/fr/").content.decode()
    sign_in(client, staff)
    assert 'href="/fr/dashboard/"' in client.get("/fr/").content.decode()


@pytest.mark.parametrize("year", ["²", "٣٣٣٣", "-1", "20255", "abc", "0000"])
def test_a_bad_year_is_a_translated_400(client, db, staff, year):
    sign_in(client, staff)
    response = client.get("/nl/dashboard/", {"year": year})
    assert response.status_code == 400 and "Schrijf een jaar" in response.content.decode()


def test_an_answer_that_is_not_statistics_is_a_programming_error(db, monkeypatch):
    from polyvox.core import dashboard

    monkeypatch.setattr(dashboard, "collect", lambda kind, *args: [{"commitments": 3}])
    with pytest.raises(TypeError):
        dashboard.statistics({"year": None})


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_dashboard_on_a_phone(live_server, new_page, axe_check, django_user_model):
    from playwright.sync_api import expect

    from polyvox.accounts.testing import sign_in_page

    staff = give_staff_role(django_user_model.objects.create_user(email="staff-dash2@test.example", password="pw-dash-123"))
    page = new_page(viewport={"width": 390, "height": 844}, locale="nl-BE")
    sign_in_page(page, live_server.url, staff)
    page.goto(f"{live_server.url}/nl/dashboard/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    axe_check(page, "staff dashboard (phone)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_label("Processen gestart in (jaar)").fill("2024")
    page.get_by_role("button", name="Tonen").click()
    expect(page.get_by_role("link", name="Alle jaren")).to_be_visible()
