from pathlib import Path

import pytest
from django.conf import settings


@pytest.fixture
def media_files():
    root = Path(settings.MEDIA_ROOT)
    public = root / "initiatives" / "documents" / "report.txt"
    private = root / "procurement" / "offers" / "2026" / "offer.pdf"
    for path, text in ((public, "public report"), (private, "sealed offer")):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    yield
    public.unlink()
    private.unlink()


def test_public_uploads_are_served(client, media_files):
    response = client.get("/media/initiatives/documents/report.txt")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"public report"


def test_private_uploads_are_never_served_from_media(client, media_files):
    assert client.get("/media/procurement/offers/2026/offer.pdf").status_code == 404
    assert client.get("/media/initiatives/../procurement/offers/2026/offer.pdf").status_code == 404
