"""The demo data reproduce the seed's figures and can be loaded twice."""

import io
from importlib import import_module

import pytest

from polyvox.accounts.models import User
from polyvox.accounts.testing import sign_in
from polyvox.procurement import demo, stats
from polyvox.procurement.models import LotHolding, Provider


def load_demo():
    out = io.StringIO()
    for name in ("polyvox.places.demo", "polyvox.organisations.demo", "polyvox.accounts.demo"):
        try:
            import_module(name).load(out, {})
        except ModuleNotFoundError:
            pass
    demo.load(out, {})
    return out.getvalue()


@pytest.fixture
def demo_data(db):
    return load_demo()


def test_dashboard_figures_equal_the_seed(demo_data, client):
    figures = stats.figures()
    assert (figures["meetings"], figures["protocols_signed"], figures["contracts_launched"], figures["contracts_in_preparation"],
            figures["contracts_cancelled"], figures["contracts_under_threshold"], figures["contracts_over_threshold"]) == (22, 10, 4, 6, 1, 5, 6)
    kinds = {row["kind"] for row in figures["members_by_kind"]}
    assert kinds == {"regional", "municipality", "community_commission", "sisp"}
    load_demo()  # idempotent
    again = stats.figures()
    assert (again["meetings"], again["protocols_signed"], again["contracts_launched"], again["contracts_in_preparation"],
            again["contracts_cancelled"], again["contracts_under_threshold"], again["contracts_over_threshold"]) == (22, 10, 4, 6, 1, 5, 6)
    assert client.login(email="staff@polyvox.example", password="polyvox-demo-2026")
    sign_in(client, User.objects.get(email="staff@polyvox.example"))  # with the second factor the demo enrolled
    assert client.get("/api/procurement/stats").json()["contracts_launched"] == 4


def test_lots_and_providers_from_the_seed(demo_data):
    def ranked(number):
        return [h.provider.name for h in LotHolding.objects.filter(lot__number=number).order_by("rank")]

    assert ranked(1) == ["CityTools", "Common Ground", "Missions Publiques", "Dreamocracy"]
    assert ranked(2) == ["21 Solutions", "Glassroots"]
    assert ranked(4) == ["Arctik", "FURK", "JOSworld", "möbius", "VO Communication", "Switch"]
    assert ranked(3)[0] == "Dreamocracy" and ranked(6)[0] == "Missions Publiques"
    for number in range(1, 7):
        assert len(ranked(number)) >= 2
    assert all(p.is_example for p in Provider.objects.filter(holdings__lot__number=5))
    assert not Provider.objects.get(organisation__slug="citytools").is_example
    for provider in Provider.objects.all():
        assert provider.description_fr and provider.description_nl and provider.description_en


def test_provider_accounts_listed_and_can_sign_in(demo_data, client):
    assert "citytools@providers.polyvox.example" in demo_data and "polyvox-demo-2026" in demo_data
    assert client.login(email="josworld@providers.polyvox.example", password="polyvox-demo-2026")
