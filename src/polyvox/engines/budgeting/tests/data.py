"""Where the tests find the real pabulib files (a fixture imported by each test module; no Django).

The files travel with the repository, in pabulib/ beside this module (sources in pabulib/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

PABULIB = Path(__file__).resolve().parent / "pabulib"


@pytest.fixture(scope="session")
def pabulib_dir() -> Path:
    return PABULIB
