"""A register extract with a value longer than its column (PostgreSQL refuses it, SQLite would store it),
a NUL character or a cell over the CSV module's limit is refused whole, naming the line; nothing is stored."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse

from polyvox.panels.models import RegisterEntry
from polyvox.panels.tests.conftest import blank_panel

HEADER = b"id,last_name,first_name,street,postcode,municipality\n"
GOOD = b"1,Dupont,Marie,Rue Haute 1,1000,Bruxelles\n"


def _upload(client, panel, content: bytes):
    upload = io.BytesIO(content)
    upload.name = "registre.csv"
    return client.post(reverse("panels:upload_register", args=[panel.pk]), {"file": upload})


@pytest.mark.parametrize("line, expected", [
    (b"2,Peeters,Jan,Rue Neuve 2,10000000000,Bruxelles\n", "postcode (10)"),
    (b"2," + b"P" * 121 + b",Jan,Rue Neuve 2,1000,Bruxelles\n", "last_name (120)"),
    (b"2,Peeters," + b"J" * 500 + b",Rue Neuve 2,1000,Bruxelles\n", "first_name (120)"),
    (b"2,Peeters,Jan," + b"R" * 201 + b",1000,Bruxelles\n", "street (200)"),
    (b"X" * 65 + b",Peeters,Jan,Rue Neuve 2,1000,Bruxelles\n", "id (64)"),
])
def test_values_longer_than_their_columns_are_refused(world, editor_client, line, expected):
    panel = blank_panel(world)
    response = _upload(editor_client, panel, HEADER + GOOD + line)
    assert response.status_code == 400
    text = response.content.decode()
    assert ("Ligne 3" in text or "Line 3" in text) and expected in text
    assert RegisterEntry.objects.count() == 0


def test_nul_or_huge_cell_is_refused(world, editor_client):
    panel = blank_panel(world)
    response = _upload(editor_client, panel, HEADER + GOOD + b"2,Pee\x00ters,Jan,Rue 2,1000,Bruxelles\n")
    assert response.status_code == 400 and "NUL" in response.content.decode()
    response = _upload(editor_client, panel, HEADER + GOOD + b"2,Peeters,Jan," + b"R" * 140_000 + b",1000,Bruxelles\n")
    assert response.status_code == 400
    assert RegisterEntry.objects.count() == 0
