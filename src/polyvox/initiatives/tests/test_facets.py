"""The in-memory evaluation of a query agrees with its SQL definition."""

import itertools

import pytest
from django.http import QueryDict
from django.utils import translation

from polyvox.initiatives import facets
from polyvox.initiatives.filters import InventoryQuery, facet_counts, inventory_version, ordered_ids

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
            assert ids == ordered_ids(query), params
            assert counts == facet_counts(query), params


def test_table_follows_the_version(inventory):
    version = inventory_version()
    before = facets.rows(version)
    assert facets.rows(version) is before
    inventory["items"]["draft"].publication_state = "published"
    inventory["items"]["draft"].save()
    after = facets.rows(inventory_version())
    assert len(after) == len(before) + 1
    assert all(a.id != b.id for a, b in itertools.product(after[:0], before))
