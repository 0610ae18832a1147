"""The toolbox in the JSON API: methods and glossary with every text in three languages; bad filters are 400."""

from polyvox.core.text import search_key

TEXT_KEYS = {"fr", "nl", "en"}


def test_methods_lists_the_seven_families_with_their_methods_in_three_languages(client, toolbox_demo):
    response = client.get("/api/toolbox/methods")
    assert response.status_code == 200
    families = response.json()
    assert [f["number"] for f in families] == [1, 2, 3, 4, 5, 6, 7]
    first = families[0]
    assert first["slug"] == "mini-publics-deliberatifs"
    for field in ("name", "summary", "what_it_is", "when_to_use", "steps", "typical_duration", "typical_cost",
                  "pitfalls", "inclusion", "url"):
        assert set(first[field]) == TEXT_KEYS and all(first[field].values()), field
    assert first["participation_level"] == "concertation" and first["iap2_level"] == "involve"
    assert first["url"]["nl"].endswith("/nl/toolbox/methods/mini-publics-deliberatifs/")
    slugs = {m["slug"] for m in first["methods"]}
    assert {"panel-citoyen", "commission-deliberative", "prospective-collaborative"} <= slugs
    method = first["methods"][0]
    assert set(method["name"]) == TEXT_KEYS and set(method["description"]) == TEXT_KEYS
    assert "#" in method["url"]["fr"]
    external = [c for c in first["cases"] if c["is_external"]]
    assert external and all(c["initiative_url"] is None for c in external)
    assert set(external[0]["place"]) == TEXT_KEYS


def test_methods_filters(client, toolbox_demo):
    by_slug = client.get("/api/toolbox/methods?family=participation-en-ligne&family=3").json()
    assert [f["number"] for f in by_slug] == [3, 7]
    by_level = client.get("/api/toolbox/methods?level=co-decision").json()
    assert [f["slug"] for f in by_level] == ["appels-a-projets-budgets-participatifs"]
    one = client.get("/api/toolbox/methods/urbanisme-participatif")
    assert one.status_code == 200 and one.json()["number"] == 4
    assert client.get("/api/toolbox/methods/4").json()["slug"] == "urbanisme-participatif"
    assert client.get("/api/toolbox/methods/nope").status_code == 404


def test_unknown_filter_values_are_400_with_a_message(client, toolbox_demo):
    for query in ("/api/toolbox/methods?family=nope", "/api/toolbox/methods?level=total",
                  "/api/toolbox/glossary?lang=de", "/api/toolbox/glossary?letter=AB",
                  "/api/toolbox/glossary?letter=1", "/api/toolbox/glossary?family=nope",
                  "/api/toolbox/resources?language=french"):
        response = client.get(query)
        assert response.status_code == 400, query
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["detail"], query
    assert "nope" in client.get("/api/toolbox/methods?family=nope").json()["detail"]


def test_glossary_in_three_languages_ordered_in_the_chosen_language(client, toolbox_demo):
    for lang in ("fr", "nl", "en"):
        terms = client.get(f"/api/toolbox/glossary?lang={lang}").json()
        assert len(terms) >= 30
        keys = [search_key(t["term"][lang]) for t in terms]
        assert keys == sorted(keys)
        for term in terms:
            assert set(term["term"]) == TEXT_KEYS and all(term["definition"].values())
            assert term["url"][lang].endswith(f"/{lang}/glossary/#{term['slug']}")
    under_l = client.get("/api/toolbox/glossary?lang=nl&letter=l").json()
    assert "tirage-au-sort" in [t["slug"] for t in under_l]
    found = client.get("/api/toolbox/glossary?q=opvolgingsplicht").json()
    assert [t["slug"] for t in found] == ["devoir-de-suite"]
    family_terms = client.get("/api/toolbox/glossary?family=mini-publics-deliberatifs").json()
    assert family_terms and all(t["family"] == "mini-publics-deliberatifs" for t in family_terms)


def test_resources_with_their_languages(client, toolbox_demo):
    resources = client.get("/api/toolbox/resources").json()
    assert any(r["url"] == "https://doi.org/10.1787/f765caf6-en" for r in resources)
    dutch = client.get("/api/toolbox/resources?language=nl").json()
    assert dutch and all("nl" in r["languages"] for r in dutch)


def test_openapi_documents_the_toolbox(client, db):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/toolbox/methods" in paths and "/api/toolbox/glossary" in paths
