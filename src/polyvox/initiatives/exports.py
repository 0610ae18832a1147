"""Open data: the filtered inventory as CSV, GeoJSON and JSON, and the schema that documents every field.

The schema (`FIELDS`) is the single description used by the exports, the open-data page and
docs/open-data.md. Text fields carry the three languages: an object {"fr", "nl", "en"} in JSON and
GeoJSON, three columns `<field>_fr`, `<field>_nl`, `<field>_en` in CSV. Lists are JSON arrays, and
values joined by " | " in CSV.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from polyvox.core import spreadsheet
from polyvox.initiatives.models import Initiative
from polyvox.toolbox.models import IAP2_EQUIVALENT, ParticipationLevel

LANGS = ("fr", "nl", "en")
LIST_SEPARATOR = " | "


@dataclass(frozen=True)
class ExportField:
    name: str
    kind: str  # integer, string, text (three languages), date, datetime, boolean, number, list
    description: object
    in_geojson: bool = True


FIELDS: list[ExportField] = [
    ExportField("id", "integer", _("Stable identifier of the initiative in the inventory.")),
    ExportField("url", "text", _("Address of the initiative's page, in each language.")),
    ExportField("title", "text", _("Title.")),
    ExportField("summary", "text", _("Short summary (plain text).")),
    ExportField("body", "text", _("Full description (Markdown)."), in_geojson=False),
    ExportField("results", "text", _("What came out of the process (Markdown)."), in_geojson=False),
    ExportField("start_date", "date", _("Start date (ISO 8601, YYYY-MM-DD).")),
    ExportField("end_date", "date", _("End date (ISO 8601), empty when open-ended or unknown.")),
    ExportField("year", "integer", _("Year of the start date (the list's year filter).")),
    ExportField("status", "string", _("One of: planned, ongoing, finished.")),
    ExportField("method_family", "string", _("Slug of the method family (toolbox), empty when none.")),
    ExportField("methods", "list", _("Slugs of the methods used (toolbox).")),
    ExportField("themes", "list", _("Slugs of the themes.")),
    ExportField("governance_level", "string", _("One of: regional, municipal, neighbourhood, community, federal.")),
    ExportField(
        "municipality", "string",
        _("NIS code of the municipality (one of the 19); empty when the initiative concerns the whole region."),
    ),
    ExportField("municipality_name", "text", _("Name of the municipality (French and Dutch; English shows both).")),
    ExportField("latitude", "number", _("Latitude (WGS 84) of the map point, empty when none. In GeoJSON: the geometry.")),
    ExportField("longitude", "number", _("Longitude (WGS 84) of the map point, empty when none. In GeoJSON: the geometry.")),
    ExportField(
        "located", "string",
        _("Where the map point comes from: point (given by the organiser), municipality (centroid of the municipality), empty when none."),
    ),
    ExportField(
        "participation_level", "string",
        _("One of: information, consultation, concertation, co-construction, co-decision."),
    ),
    ExportField("iap2_level", "string", _("IAP2 equivalent of the participation level: inform, consult, involve, collaborate, empower.")),
    ExportField("participation_actions", "list", _("Slugs of what participants do (give an opinion, vote, deliberate...).")),
    ExportField("democratic_values", "list", _("Slugs of the democratic values served (deliberation, duty to follow up, inclusion...).")),
    ExportField("organiser", "string", _("Slug of the organising organisation.")),
    ExportField("organiser_name", "string", _("Name of the organising organisation.")),
    ExportField("providers", "list", _("Slugs of the providers involved (providers' directory).")),
    ExportField("participants_count", "integer", _("Number of participants, empty when unknown.")),
    ExportField("is_example", "boolean", _("True for an invented demonstration record.")),
    ExportField("updated", "datetime", _("Last change (ISO 8601 with time zone).")),
]
IAP2_CODES = {
    ParticipationLevel.INFORMATION: "inform",
    ParticipationLevel.CONSULTATION: "consult",
    ParticipationLevel.CONCERTATION: "involve",
    ParticipationLevel.CO_CONSTRUCTION: "collaborate",
    ParticipationLevel.CO_DECISION: "empower",
}
assert set(IAP2_CODES) == set(IAP2_EQUIVALENT)
M2M = {
    "methods": ("methods", "method__slug"),
    "themes": ("themes", "theme__slug"),
    "participation_actions": ("participation_actions", "participationaction__slug"),
    "democratic_values": ("democratic_values", "democraticvalue__slug"),
    "providers": ("providers", "provider__organisation__slug"),
}


def records(queryset, *, base_url: str = "", long_texts: bool = True) -> list[dict]:
    """One dictionary per initiative, in the schema's field order, text fields as {fr, nl, en}."""
    texts = ["title", "summary"] + (["body", "results"] if long_texts else [])
    columns = [
        "id", "slug", "start_date", "end_date", "status", "method_family__slug", "governance_level",
        "municipality__nis_code", "municipality__name_fr", "municipality__name_nl", "municipality__latitude",
        "municipality__longitude", "latitude", "longitude", "participation_level", "organiser__slug",
        "organiser__name", "participants_count", "is_example", "updated",
        *[f"{name}_{lang}" for name in texts for lang in LANGS],
    ]
    # Only explicit per-language columns are read: modeltranslation's rewriting is not needed (3x faster).
    rows = list(queryset.rewrite(False).order_by("-start_date", "id").values(*columns))
    related = _related_slugs(queryset)
    prefixes = _page_prefixes(base_url)
    out = []
    for row in rows:
        pk = row["id"]
        lat, lon, located = row["latitude"], row["longitude"], "point"
        if lat is None or lon is None:
            lat, lon = row["municipality__latitude"], row["municipality__longitude"]
            located = "municipality" if lat is not None else ""
        name_fr, name_nl = row["municipality__name_fr"], row["municipality__name_nl"]
        record = {
            "id": pk,
            "url": {lang: f"{prefixes[lang]}{pk}-{row['slug'] or 'initiative'}/" for lang in LANGS},
        }
        for name in texts:
            record[name] = {lang: row[f"{name}_{lang}"] or "" for lang in LANGS}
        record.update(
            start_date=row["start_date"].isoformat(),
            end_date=row["end_date"].isoformat() if row["end_date"] else None,
            year=row["start_date"].year,
            status=row["status"],
            method_family=row["method_family__slug"],
            methods=related["methods"].get(pk, []),
            themes=related["themes"].get(pk, []),
            governance_level=row["governance_level"],
            municipality=row["municipality__nis_code"],
            municipality_name=(
                {"fr": name_fr, "nl": name_nl, "en": name_fr if name_fr == name_nl else f"{name_fr} / {name_nl}"}
                if name_fr else {"fr": "", "nl": "", "en": ""}
            ),
            latitude=lat,
            longitude=lon,
            located=located,
            participation_level=row["participation_level"],
            iap2_level=IAP2_CODES.get(row["participation_level"], ""),
            participation_actions=related["participation_actions"].get(pk, []),
            democratic_values=related["democratic_values"].get(pk, []),
            organiser=row["organiser__slug"],
            organiser_name=row["organiser__name"],
            providers=related["providers"].get(pk, []),
            participants_count=row["participants_count"],
            is_example=row["is_example"],
            updated=row["updated"].isoformat(),
        )
        out.append(record)
    return out


def as_json(queryset, *, base_url: str = "") -> bytes:
    items = records(queryset, base_url=base_url)
    document = {"count": len(items), "schema": schema_url(base_url), "initiatives": items}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def as_geojson(queryset, *, base_url: str = "") -> bytes:
    """A FeatureCollection; the initiatives with no point nor municipality have a null geometry."""
    features = []
    for item in records(queryset, base_url=base_url, long_texts=False):
        lat, lon = item.pop("latitude"), item.pop("longitude")
        geometry = {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]} if lat is not None else None
        features.append({"type": "Feature", "id": item["id"], "geometry": geometry, "properties": item})
    document = {"type": "FeatureCollection", "features": features}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def as_csv(queryset, *, base_url: str = "") -> bytes:
    """UTF-8 with a byte-order mark (spreadsheets then read accents right), comma-separated, one header row."""
    header = []
    for f in FIELDS:
        header.extend([f"{f.name}_{lang}" for lang in LANGS] if f.kind == "text" else [f.name])
    buffer = io.StringIO()
    writer = spreadsheet.writer(buffer)
    writer.writerow(header)
    for item in records(queryset, base_url=base_url):
        line = []
        for f in FIELDS:
            value = item[f.name]
            if f.kind == "text":
                line.extend(value[lang] for lang in LANGS)
            elif f.kind == "list":
                line.append(LIST_SEPARATOR.join(value))
            elif value is None:
                line.append("")
            elif isinstance(value, bool):
                line.append("true" if value else "false")
            else:
                line.append(value)
        writer.writerow(line)
    return ("\ufeff" + buffer.getvalue()).encode()


def schema_url(base_url: str = "") -> str:
    return f"{base_url or settings.SITE_URL}{reverse('initiatives:open-data')}"


def _page_prefixes(base_url: str) -> dict[str, str]:
    base = (base_url or settings.SITE_URL).rstrip("/")
    prefixes = {}
    for lang in LANGS:
        with translation.override(lang):
            prefixes[lang] = base + reverse("initiatives:list")
    return prefixes


def _related_slugs(queryset) -> dict[str, dict[int, list[str]]]:
    """For each many-to-many field, initiative id -> sorted slugs (one query per field)."""
    ids = queryset.order_by().values("id")
    related = {}
    for name, (attribute, slug_path) in M2M.items():
        through = getattr(Initiative, attribute).through
        by_id: dict[int, list[str]] = {}
        for initiative_id, slug in through.objects.filter(initiative_id__in=ids).values_list("initiative_id", slug_path):
            by_id.setdefault(initiative_id, []).append(slug)
        for slugs in by_id.values():
            slugs.sort()
        related[name] = by_id
    return related


def field_rows() -> list[dict]:
    """The schema as rows for the open-data page (names as they appear in CSV and in JSON)."""
    rows = []
    for f in FIELDS:
        csv_names = [f"{f.name}_{lang}" for lang in LANGS] if f.kind == "text" else [f.name]
        rows.append({"name": f.name, "kind": f.kind, "csv": csv_names, "description": f.description, "in_geojson": f.in_geojson})
    return rows
