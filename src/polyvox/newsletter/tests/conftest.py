import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _french():
    translation.activate("fr")
    yield
    translation.deactivate()
