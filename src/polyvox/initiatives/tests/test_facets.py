"""The in-memory evaluation of a query (the inventory's one path) agrees with a plain definition of each query,
written here over the published initiatives; the search words as the site search reads them."""

import itertools

import pytest
from django.http import QueryDict
from django.utils import translation

from polyvox.core.text import search_key
from polyvox.initiatives import facets
from polyvox.initiatives.facets import FACETS, WHOLE_REGION, published
from polyvox.initiatives.filters import InventoryQuery, inventory_version
from polyvox.initiatives.search import filter_initiatives

pytestmark = pytest.mark.django_db

QUERIES = [
    "", "year=2023", "year=2023&status=ongoing", "theme=urbanisme", "theme=urbanisme&theme=climat&level=concertation",
    "municipality=region", "municipality=region&municipality=21001&year=2022", "family=mini-publics&q=deliberation",
    "q=bockstael", "q=EMILE+panel", "q=zzz", "sort=title", "sort=title&year=2023&year=2022", "status=finished&family=budgets",
]


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_memory_and_sql_agree(inventory, lang):
    with translation.override(lang):
        for params in QUERIES:
            query = InventoryQuery.from_params(QueryDict(params))
            ids, counts = facets.evaluate(query, inventory_version())
            expected_ids, expected_counts = _by_definition(query)
            assert ids == expected_ids, params
            assert counts == expected_counts, params


def _values(initiative, name: str) -> set[str]:
    """The values an initiative takes for one filter."""
    if name == "year":
        return {str(initiative.start_date.year)}
    if name == "family":
        return {initiative.method_family.slug} if initiative.method_family_id else set()
    if name == "status":
        return {initiative.status}
    if name == "level":
        return {initiative.participation_level}
    if name == "municipality":
        return {initiative.municipality.nis_code} if initiative.municipality_id else {WHOLE_REGION}
    return {theme.slug for theme in initiative.themes.all()}


def _by_definition(query):
    """The ids in the asked order and each filter's counts given the other filters: a published initiative is
    found when it matches every search word (the site search's SQL) and, within each filter, one ticked value."""
    found = filter_initiatives(published(), query.words).select_related("method_family", "municipality").prefetch_related("themes")
    rows = [(initiative, {name: _values(initiative, name) for name in FACETS}) for initiative in found]
    selected = {name: {str(v) for v in query.selected(name)} for name in FACETS}

    def passes(values, but=None):
        return all(not selected[name] or values[name] & selected[name] for name in FACETS if name != but)

    matched = [initiative for initiative, values in rows if passes(values)]
    if query.sort == "title":
        lang = (translation.get_language() or "fr")[:2]
        order = [lang, *[code for code in ("fr", "nl", "en") if code != lang]]

        def first_title(initiative):
            titles = [getattr(initiative, f"title_{code}") for code in order]
            return next((search_key(t) for t in titles if t and t.strip()), "")

        matched.sort(key=lambda initiative: (first_title(initiative), initiative.pk))
    else:
        matched.sort(key=lambda initiative: (-initiative.start_date.toordinal(), initiative.pk))
    counts = {name: {} for name in FACETS}
    for name in FACETS:
        for _initiative, values in rows:
            if passes(values, but=name):
                for value in values[name]:
                    counts[name][value] = counts[name].get(value, 0) + 1
    return [initiative.pk for initiative in matched], counts


def test_table_follows_the_version(inventory):
    version = inventory_version()
    before = facets.rows(version)
    assert facets.rows(version) is before
    inventory["items"]["draft"].publication_state = "published"
    inventory["items"]["draft"].save()
    after = facets.rows(inventory_version())
    assert len(after) == len(before) + 1
    assert all(a.id != b.id for a, b in itertools.product(after[:0], before))
