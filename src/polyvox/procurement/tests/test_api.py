"""/api/procurement/: providers (open data, three languages, filter by lot) and stats (staff only)."""

from decimal import Decimal

from polyvox.procurement import services
from polyvox.procurement.models import ApiToken, Provider

from .conftest import lot, provider_user
from polyvox.accounts.testing import sign_in


def test_providers_list_shape_and_languages(client, framework):
    Provider.objects.filter(organisation__slug="provider-1-1").update(description_fr="Bonjour", description_nl="Hallo", description_en="Hello")
    data = client.get("/api/procurement/providers").json()
    assert data["count"] == 18
    first = next(p for p in data["providers"] if p["slug"] == "provider-1-1")
    assert first["description"] == {"fr": "Bonjour", "nl": "Hallo", "en": "Hello"}
    assert set(first["services"]) == {"fr", "nl", "en"}
    assert first["lots"] == [{"number": 1, "rank": 1}] and first["languages"] == ["fr", "nl"]


def test_providers_filter_by_lot(client, framework):
    data = client.get("/api/procurement/providers?lot=5").json()
    assert [p["slug"] for p in data["providers"]] == ["provider-5-1", "provider-5-2", "provider-5-3"]
    for bad in ("9", "x", "-1", "1.5"):
        response = client.get(f"/api/procurement/providers?lot={bad}")
        assert response.status_code == 400 and "lot" in response.json()["detail"]


def test_lots_and_one_provider(client, framework):
    lots = client.get("/api/procurement/lots").json()["lots"]
    assert [(l["number"], l["ceiling"], l["always_recompete"]) for l in lots][:3] == [(1, "150000.00", True), (2, "60000.00", True), (3, "90000.00", False)]
    assert set(lots[0]["title"]) == {"fr", "nl", "en"}
    assert client.get("/api/procurement/providers/provider-2-1").json()["name"] == "Provider 2-1"
    assert client.get("/api/procurement/providers/nobody").status_code == 404


def test_stats_permissions(client, framework, member, official, staff):
    services.record_need(member, lot(framework, 4), official, title="T", need="N", amount=Decimal("25000"))
    assert client.get("/api/procurement/stats").status_code == 401
    assert client.get("/api/procurement/stats", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401
    sign_in(client, provider_user(1, 1))
    assert client.get("/api/procurement/stats").status_code == 403
    sign_in(client, official)
    assert client.get("/api/procurement/stats").status_code == 403
    sign_in(client, staff)
    data = client.get("/api/procurement/stats").json()
    for key in ("meetings", "protocols_signed", "contracts_launched", "contracts_in_preparation", "contracts_cancelled",
                "contracts_under_threshold", "contracts_over_threshold", "members_by_kind", "amounts_by_lot", "amounts_by_year", "framework"):
        assert key in data
    assert data["contracts_in_preparation"] == 1 and data["contracts_under_threshold"] == 1 and data["protocols_signed"] == 1
    assert data["framework"]["ceiling"] == "4000000.00"


def test_stats_with_a_token(client, framework, staff, official):
    _token, key = ApiToken.issue(staff, "reporting")
    response = client.get("/api/procurement/stats", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200 and response.json()["meetings"] == 0
    _token, key = ApiToken.issue(official, "not staff")
    assert client.get("/api/procurement/stats", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 403
    assert not ApiToken.objects.filter(key_hash=key).exists()  # only the hash is kept


def test_staff_issue_a_token_in_the_admin(client, framework, staff):
    staff.is_superuser = True
    staff.save()
    sign_in(client, staff)
    response = client.post("/admin/procurement/apitoken/add/", {"user": staff.pk, "name": "monthly report"}, follow=True)
    assert response.status_code == 200
    token = ApiToken.objects.get(name="monthly report")
    key = next(str(m) for m in response.context["messages"]).rsplit(" ", 1)[1]
    assert ApiToken.hash(key) == token.key_hash
    client.logout()
    assert client.get("/api/procurement/stats", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200


def test_periodic_job_declared():
    from django.utils.module_loading import import_string

    from polyvox.procurement.schedule import PERIODIC

    assert PERIODIC == [("polyvox.procurement.tasks.advance_cascades", 60)]
    assert hasattr(import_string(PERIODIC[0][0]), "enqueue")
