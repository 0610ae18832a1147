"""The published inventory held in memory, to filter, search, sort and count facets in one pass.

With 10,000 initiatives, each facet count in SQL is a scan of the table (the search words are substring
matches); seven scans per new search is slow. Here the published initiatives' filterable columns and
search text are read once per inventory version (any edit or publication changes it) and kept in the
process; a query is then one pass over the rows. This is the inventory's one path: the list, the map, the
API and the exports all read their set from here (`filters.search`, `InventoryQuery.initiatives`); the
tests check it against a plain definition of each query written in the tests themselves.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from django.utils.translation import get_language

from polyvox.core.text import search_key
from polyvox.initiatives.models import Initiative, PublicationState, Theme

WHOLE_REGION = "region"
FACETS = ("year", "family", "status", "theme", "municipality", "level")


def published():
    return Initiative.objects.filter(publication_state=PublicationState.PUBLISHED)


@dataclass(frozen=True, slots=True)
class Row:
    id: int
    year: str
    family: str | None
    status: str
    level: str
    municipality: str  # NIS code, or "region"
    themes: tuple[str, ...]
    text: str
    titles: tuple[str, str, str]  # fr, nl, en


_lock = threading.Lock()
_table: tuple[str, list[Row]] | None = None


def rows(version: str) -> list[Row]:
    """The published initiatives, newest first (start date, then id), read again when the version changes."""
    global _table
    current = _table
    if current is not None and current[0] == version:
        return current[1]
    with _lock:
        if _table is None or _table[0] != version:
            _table = (version, _load())
        return _table[1]


def evaluate(query, version: str) -> tuple[list[int], dict[str, dict[str, int]]]:
    """The ids matching the query in its order, and for each facet the count of each value given the others."""
    from polyvox.initiatives.search import vocabulary_matches

    words = query.words
    by_vocabulary = vocabulary_matches(words)  # the same definition as the site search's
    selected = {name: {str(v) for v in query.selected(name)} for name in FACETS}
    active = [name for name in FACETS if selected[name]]
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    matched: list[Row] = []
    for row in rows(version):
        failing = None
        for name in active:  # the cheap tests first: most rows fail two filters and are dropped at once
            if not _matches(row, name, selected[name]):
                if failing is not None:
                    failing = "<two or more>"
                    break
                failing = name
        if failing == "<two or more>":
            continue
        if words:
            text = row.text
            if not all(word in text or row.id in by_vocabulary[word] for word in words):
                continue
        if failing is None:
            matched.append(row)
            for name in FACETS:
                _count(counts[name], row, name)
        else:  # fails only on one facet: counts for that facet's other values
            _count(counts[failing], row, failing)
    if query.sort == "title":
        lang = (get_language() or "fr")[:2]
        order = [("fr", "nl", "en").index(code) for code in [lang, *[c for c in ("fr", "nl", "en") if c != lang]]]
        matched.sort(key=lambda row: (_first_title(row, order), row.id))
    return [row.id for row in matched], counts


def _matches(row: Row, name: str, values: set[str]) -> bool:
    if name == "theme":
        return any(theme in values for theme in row.themes)
    return getattr(row, name) in values


def _count(bucket: dict[str, int], row: Row, name: str) -> None:
    if name == "theme":
        for theme in row.themes:
            bucket[theme] = bucket.get(theme, 0) + 1
        return
    value = getattr(row, name)
    if value is not None:
        bucket[value] = bucket.get(value, 0) + 1


def _first_title(row: Row, order: list[int]) -> str:
    for index in order:
        if row.titles[index] and row.titles[index].strip():
            return search_key(row.titles[index])
    return ""


def _load() -> list[Row]:
    from polyvox.places.models import Municipality
    from polyvox.toolbox.models import MethodFamily

    families = dict(MethodFamily.objects.values_list("id", "slug"))
    municipalities = dict(Municipality.objects.values_list("id", "nis_code"))
    theme_slugs = dict(Theme.objects.values_list("id", "slug"))
    themes: dict[int, list[str]] = {}
    through = Initiative.themes.through.objects.filter(initiative__publication_state="published")
    for initiative_id, theme_id in through.values_list("initiative_id", "theme_id"):
        if theme_id in theme_slugs:
            themes.setdefault(initiative_id, []).append(theme_slugs[theme_id])
    columns = ("id", "start_date", "method_family_id", "status", "participation_level", "municipality_id",
               "search_text", "title_fr", "title_nl", "title_en")
    table = []
    for pk, start, family_id, status, level, municipality_id, text, fr, nl, en in (
        published().rewrite(False).order_by("-start_date", "id").values_list(*columns)
    ):
        table.append(Row(
            id=pk, year=str(start.year), family=families.get(family_id), status=status, level=level,
            municipality=municipalities.get(municipality_id, "") if municipality_id else WHOLE_REGION,
            themes=tuple(sorted(themes.get(pk, ()))), text=text or "", titles=(fr or "", nl or "", en or ""),
        ))
    return table
