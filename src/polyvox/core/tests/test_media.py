"""No uploaded file is served at a plain /media/ address: apps serve them through views that check who asks."""

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import Resolver404, resolve


@pytest.fixture
def media_files():
    root = Path(settings.MEDIA_ROOT)
    files = [root / "initiatives" / "documents" / "report.txt", root / "budgets" / "projects" / "1" / "a.png",
             root / "procurement" / "offers" / "2026" / "offer.pdf"]
    for path in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("uploaded")
    yield files
    for path in files:
        path.unlink()


@pytest.mark.django_db
def test_no_upload_is_served_from_media(client, media_files):
    for path in media_files:
        relative = path.relative_to(settings.MEDIA_ROOT).as_posix()
        assert client.get(f"/media/{relative}").status_code == 404, relative
        assert client.get(f"{settings.STATIC_URL}{relative}").status_code == 404, relative
    assert client.get("/media/initiatives/../procurement/offers/2026/offer.pdf").status_code == 404


def test_media_root_is_mapped_by_no_url_and_is_not_under_the_static_root():
    with pytest.raises(Resolver404):
        resolve("/media/initiatives/documents/report.txt")
    media, static = Path(settings.MEDIA_ROOT).resolve(), Path(settings.STATIC_ROOT).resolve()
    assert static not in media.parents and media != static and media not in static.parents
    assert not getattr(settings, "WHITENOISE_ROOT", None)
