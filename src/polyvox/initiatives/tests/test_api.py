"""The JSON API: same filters as the list, three languages, 400 on values not understood."""

import pytest

pytestmark = pytest.mark.django_db


def test_list_and_filters(client, inventory):
    response = client.get("/api/initiatives/", {"year": "2023", "status": "ongoing", "page_size": "1"})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2 and data["pages"] == 2 and len(data["results"]) == 1
    assert set(data["results"][0]["title"]) == {"fr", "nl", "en"}
    assert set(data["results"][0]["body"]) == {"fr", "nl", "en"}
    second = client.get("/api/initiatives/", {"year": "2023", "status": "ongoing", "page_size": "1", "page": "2"}).json()
    assert second["results"][0]["id"] != data["results"][0]["id"]
    searched = client.get("/api/initiatives/", {"q": "geloot"}).json()
    assert [r["title"]["fr"] for r in searched["results"]] == ["Commissions délibératives"]
    region = client.get("/api/initiatives/?municipality=region&theme=climat&theme=urbanisme").json()
    assert region["count"] == 2


def test_bad_values_answer_400_with_a_message(client, inventory):
    for params in ({"year": "abc"}, {"theme": "nope"}, {"status": "x"}, {"page": "0"}, {"page": "99"}, {"page_size": "1000"},
                   {"sort": "random"}, {"municipality": "12345"}):
        response = client.get("/api/initiatives/", params)
        assert response.status_code == 400, params
        assert response.json()["detail"]


def test_detail(client, inventory):
    bizet = inventory["items"]["bizet"]
    data = client.get(f"/api/initiatives/{bizet.pk}").json()
    assert data["title"]["nl"] == "Burgerbegroting wijkcontract Bizet"
    assert client.get(f"/api/initiatives/{inventory['items']['draft'].pk}").status_code == 404
    assert client.get("/api/initiatives/999999").status_code == 404


def test_openapi_documents_the_router(client, db):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/initiatives/" in paths and "/api/initiatives/{initiative_id}" in paths
