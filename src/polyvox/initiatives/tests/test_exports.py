"""Exports of the filtered set: CSV, GeoJSON, JSON, in three languages."""

import csv
import io
import json

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def export(client, fmt, **params):
    response = client.get(reverse("initiatives:export", args=[fmt]), params)
    assert response.status_code == 200
    return response


def test_json_export_with_filters_and_three_languages(client, inventory):
    response = export(client, "json", year="2023", theme="urbanisme")
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["count"] == 2
    bockstael = next(i for i in data["initiatives"] if i["id"] == inventory["items"]["bockstael"].pk)
    assert bockstael["title"] == {"fr": "Open jury Bockstael : réaménagement du boulevard",
                                  "nl": "Open jury Bockstael: heraanleg van de boulevard", "en": "Bockstael open jury"}
    assert bockstael["url"]["nl"].endswith(f"/nl/initiatives/{bockstael['id']}-{inventory['items']['bockstael'].slug}/")
    assert bockstael["themes"] == ["urbanisme"]
    assert bockstael["municipality"] == "21004"
    assert bockstael["iap2_level"] == "involve"
    assert bockstael["located"] == "point"
    assert data["schema"].endswith("/fr/initiatives/open-data/")


def test_csv_export(client, inventory):
    response = export(client, "csv", municipality="region")
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 2
    assert {"title_fr", "title_nl", "title_en", "summary_fr", "themes", "municipality"} <= set(rows[0])
    commissions = next(r for r in rows if r["title_fr"] == "Commissions délibératives")
    assert commissions["title_nl"] == "Overlegcommissies"
    assert commissions["themes"] == "climat | urbanisme"
    assert commissions["municipality"] == ""


def test_geojson_export_for_the_map(client, inventory):
    response = export(client, "geojson")
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 6
    by_id = {feature["id"]: feature for feature in data["features"]}
    bockstael = by_id[inventory["items"]["bockstael"].pk]
    assert bockstael["geometry"] == {"type": "Point", "coordinates": [4.348, 50.871]}
    assert bockstael["properties"]["title"]["fr"].startswith("Open jury")
    assert "body" not in bockstael["properties"]
    bizet = by_id[inventory["items"]["bizet"].pk]  # no point: the municipality's centroid
    assert bizet["properties"]["located"] == "municipality" and bizet["geometry"]["type"] == "Point"
    commissions = by_id[inventory["items"]["commissions"].pk]  # whole region
    assert commissions["geometry"] is None


def test_export_ignores_unknown_values_and_says_so(client, inventory):
    response = export(client, "json", theme="nope")
    assert json.loads(response.content)["count"] == 6
    assert "theme=nope" in response["X-Ignored-Parameters"]
    assert client.get("/fr/initiatives/export.xml").status_code == 404
    hostile = export(client, "csv", theme="a\r\nSet-Cookie: x=1", year="é")
    assert "\n" not in hostile["X-Ignored-Parameters"] and "Set-Cookie" not in hostile.headers
    assert json.loads(export(client, "json", q="\x00bizet").content)["count"] == 1


def test_exports_never_include_drafts(client, inventory):
    data = json.loads(export(client, "json").content)
    assert "Brouillon secret" not in json.dumps(data, ensure_ascii=False)
