"""Issue 12 item 8: /favicon.ico answers (no 404 on every page) and the pages link the icon."""

import pytest


@pytest.mark.django_db
def test_favicon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"] == "image/x-icon"
    assert b"".join(response.streaming_content).startswith(b"\x00\x00\x01\x00")  # an ICO file
    page = client.get("/fr/").content.decode()
    assert 'rel="icon"' in page and "core/favicon.svg" in page
