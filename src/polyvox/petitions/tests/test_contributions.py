"""What petitions bring to the site: the Take part page, the site search, the menu and the open-data exports."""

from __future__ import annotations

import pytest

from polyvox.core.registry import collect_flat
from polyvox.petitions.tests.conftest import client_for, make_open

pytestmark = pytest.mark.django_db


def test_take_part_search_menu_exports(world):
    petition = make_open(world, title="Des fontaines à boire", body="Installer des fontaines dans les parcs.")
    client = client_for()
    items = [item for item in collect_flat("take_part", None) if item.kind == "petitions"]
    assert [item.title for item in items] == ["Des fontaines à boire"]
    assert "Des fontaines à boire" in client.get("/fr/take-part/").content.decode()
    found = client.get("/fr/search/", {"q": "fontaines"}).content.decode()
    assert petition.get_absolute_url() in found
    assert any(entry.key == "petitions" for entry in collect_flat("menu", None))
    assert any(export["format"] == "iCal" for export in collect_flat("export"))
