"""The inventory's filters, search, sort and facet counts: one query object shared by the list, the map,
the exports and the API, so that the same URL parameters mean the same set everywhere.

    query = InventoryQuery.from_params(request.GET)   # unknown values are set aside in query.ignored
    result = search(query)                            # ids in order + facet counts, cached per version
    query.initiatives()                               # the same set as a queryset (the exports)

One path: `facets.evaluate` filters, searches, sorts and counts over the published inventory held in memory.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Max
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from polyvox.core.input_checks import whole_number
from polyvox.core.text import search_key
from polyvox.initiatives import facets
from polyvox.initiatives.facets import FACETS, WHOLE_REGION, published
from polyvox.initiatives.models import Initiative, Status, Theme
from polyvox.places.models import Municipality
from polyvox.toolbox.models import MethodFamily, ParticipationLevel

SORTS = ("date", "title")
FACET_LEGENDS = {
    "year": _("Year"),
    "family": _("Method family"),
    "status": _("Status"),
    "theme": _("Theme"),
    "municipality": _("Municipality"),
    "level": _("Participation level"),
}
PARAMETER_NAMES = {**FACET_LEGENDS, "sort": _("Sort"), "page": _("Page"), "page_size": _("Page size")}
MIN_YEAR, MAX_YEAR = 1900, 2100
CACHE_SECONDS = 600


@dataclass(frozen=True)
class Vocabulary:
    """The values a filter may take, with their labels in the current language, read once per request."""

    families: dict[str, tuple[int, str]]  # slug -> (id, name)
    themes: dict[str, tuple[int, str]]  # slug -> (id, name)
    municipalities: dict[str, tuple[int, str]]  # NIS code -> (id, name)

    @classmethod
    def load(cls) -> Vocabulary:
        return cls(
            families={f.slug: (f.pk, f.name) for f in MethodFamily.objects.all()},
            themes={t.slug: (t.pk, t.name) for t in Theme.objects.all()},
            municipalities={m.nis_code: (m.pk, m.name) for m in Municipality.objects.all()},
        )


@dataclass
class InventoryQuery:
    """What a reader asked for: search words, filter values (OR within a filter, AND across), sort."""

    q: str = ""
    year: tuple[int, ...] = ()
    family: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    theme: tuple[str, ...] = ()
    municipality: tuple[str, ...] = ()
    level: tuple[str, ...] = ()
    sort: str = "date"
    ignored: list[tuple[str, str]] = field(default_factory=list)
    vocabulary: Vocabulary | None = None

    @classmethod
    def from_params(cls, params, vocabulary: Vocabulary | None = None) -> InventoryQuery:
        """Read GET parameters; values that name nothing known go to `ignored` (parameter, value)."""
        vocabulary = vocabulary or Vocabulary.load()
        query = cls(vocabulary=vocabulary)
        raw_q = "".join(ch for ch in str(params.get("q") or "") if ch.isprintable() or ch.isspace())  # no NUL for SQL
        query.q = " ".join(raw_q.split())[:200]
        allowed = {
            "family": vocabulary.families,
            "status": set(Status.values),
            "theme": vocabulary.themes,
            "municipality": {**vocabulary.municipalities, WHOLE_REGION: None},
            "level": set(ParticipationLevel.values),
        }
        years = []
        for raw in _values(params, "year"):
            if whole_number(raw) is not None and MIN_YEAR <= int(raw) <= MAX_YEAR:
                years.append(int(raw))
            else:
                query.ignored.append(("year", raw))
        query.year = tuple(sorted(set(years)))
        for name, known in allowed.items():
            kept = []
            for raw in _values(params, name):
                if raw in known:
                    kept.append(raw)
                else:
                    query.ignored.append((name, raw))
            setattr(query, name, tuple(sorted(set(kept))))
        sort = (params.get("sort") or "").strip()
        if sort in SORTS:
            query.sort = sort
        elif sort:
            query.ignored.append(("sort", sort))
        return query

    @property
    def words(self) -> list[str]:
        from polyvox.core.search import query_words

        return query_words(self.q)

    @property
    def is_filtered(self) -> bool:
        return bool(self.q or any(getattr(self, name) for name in FACETS))

    def selected(self, name: str) -> tuple:
        return getattr(self, name)

    def initiatives(self):
        """The published initiatives this query finds (those of `search(query).ids`), as a queryset."""
        return published().filter(pk__in=search(self).ids)

    def cache_key(self, kind: str, version: str | None = None) -> str:
        state = repr((self.words, [getattr(self, n) for n in FACETS], self.sort))
        digest = hashlib.sha1(state.encode()).hexdigest()
        return f"initiatives:{kind}:{version or inventory_version()}:{get_language() or 'fr'}:{digest}"


@dataclass
class SearchResult:
    ids: list[int]
    facets: dict[str, dict[str, int]]  # facet -> {value: count}

    @property
    def count(self) -> int:
        return len(self.ids)


def inventory_version() -> str:
    """Changes whenever an initiative is created, changed, published or deleted (cheap: two indexed aggregates)."""
    count = Initiative.objects.count()  # two queries: each one is answered from an index
    last = Initiative.objects.aggregate(last=Max("updated"))["last"]
    generation = cache.get("initiatives:generation", 0)
    return f"{count}-{last.timestamp() if last else 0}-{generation}"


def bump_generation() -> None:
    """For changes that do not touch an initiative's row (a theme or family deleted...)."""
    try:
        cache.incr("initiatives:generation")
    except ValueError:
        cache.set("initiatives:generation", 1, None)


def search(query: InventoryQuery) -> SearchResult:
    """The matching ids in the asked order and the count of each filter option given the other filters."""
    version = inventory_version()
    key = query.cache_key("search", version)
    cached = cache.get(key)
    if cached is not None:
        return cached
    ids, counts = facets.evaluate(query, version)
    result = SearchResult(ids=ids, facets=counts)
    cache.set(key, result, CACHE_SECONDS)
    return result


def facet_options(query: InventoryQuery, result: SearchResult) -> list[dict]:
    """The filter form's fieldsets: each option with its label, count and whether it is ticked."""
    vocabulary = query.vocabulary or Vocabulary.load()
    labels = {
        "year": {y: y for y in sorted(result.facets["year"], reverse=True)},
        "family": {slug: name for slug, (_pk, name) in vocabulary.families.items()},
        "status": dict(Status.choices),
        "theme": {slug: name for slug, (_pk, name) in sorted(vocabulary.themes.items(), key=lambda i: search_key(i[1][1]))},
        "municipality": {
            WHOLE_REGION: _("Whole region"),
            **{code: name for code, (_pk, name) in sorted(vocabulary.municipalities.items(), key=lambda i: search_key(i[1][1]))},
        },
        "level": dict(ParticipationLevel.choices),
    }
    for year in query.year:  # a ticked year with no result stays visible, so it can be unticked
        labels["year"].setdefault(str(year), str(year))
    facets = []
    for name in FACETS:
        selected = {str(v) for v in query.selected(name)}
        counts = result.facets.get(name, {})
        options = [
            {"value": value, "label": label, "count": counts.get(value, 0), "checked": value in selected}
            for value, label in labels[name].items()
            if counts.get(value, 0) or value in selected
        ]
        facets.append({"name": name, "legend": FACET_LEGENDS[name], "options": options})
    return facets


def _values(params, name: str) -> list[str]:
    getlist = getattr(params, "getlist", None)
    raw = getlist(name) if getlist else ([params[name]] if name in params else [])
    values = []
    for item in raw:
        if item is None:
            continue
        for part in str(item).split(","):  # ?theme=a,b is the same as ?theme=a&theme=b
            if part.strip():
                values.append(part.strip())
    return values
