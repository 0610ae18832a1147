"""Where the tests find the shared pabulib files (a fixture imported by each test module; no Django)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[5]


def shared_pabulib() -> Path:
    base = Path(os.environ.get("POLYVOX_SHARED_DATA", REPO.parent / "shared" / "data"))
    return base / "pabulib"


@pytest.fixture(scope="session")
def pabulib_dir() -> Path:
    path = shared_pabulib()
    if not path.is_dir():
        pytest.skip(f"shared pabulib data not found at {path}")
    return path
