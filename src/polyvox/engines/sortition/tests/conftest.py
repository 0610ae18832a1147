"""Shared inputs of the sortition engine's tests (no Django, no database)."""

from __future__ import annotations

from pathlib import Path

import pytest

# The reference instances travel with the repository (sources and licences in instances/README.md).
SORTITION = Path(__file__).resolve().parent / "instances"


@pytest.fixture(scope="session")
def examples():
    from polyvox.engines.sortition import read_pool_csv, read_quotas_csv

    out = {}
    for name, quotas_file, people_file, k in (
        ("example_small_20", "categories.csv", "respondents.csv", 20),
        ("example_large_200", "categories.csv", "respondents.csv", 200),
        ("sortition_algorithms_fixture", "features.csv", "candidates.csv", 22),
    ):
        quotas = read_quotas_csv(SORTITION / name / quotas_file)
        pool = read_pool_csv(SORTITION / name / people_file, features=quotas.features)
        out[name] = (pool, quotas, k)
    return out
