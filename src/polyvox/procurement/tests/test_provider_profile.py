"""Issue 12 item 9: a provider's page shows its logo (an uploaded image, checked, re-encoded, served inert), its
website, languages, description per language and its references, the inventory's initiatives it worked on,
linked both ways."""

import io

import pytest
from django.test import Client, override_settings
from PIL import Image

from polyvox.accounts.testing import sign_in
from polyvox.initiatives.models import PublicationState
from polyvox.initiatives.tests import factories as f

from .conftest import make_user, provider, provider_user


def _png(size=(40, 20), fmt="PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (0, 75, 135)).save(out, format=fmt)
    return out.getvalue()


@pytest.fixture
def media(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        yield tmp_path


def test_references_are_linked_both_ways(framework):
    firm = provider(1, 1)
    published = f.initiative(title_fr="Budget participatif de Forest", title_nl="Participatief budget Vorst")
    draft = f.initiative(title_fr="Brouillon secret", state=PublicationState.DRAFT)
    published.providers.add(firm)
    draft.providers.add(firm)
    page = Client().get(f"/fr/providers/{firm.slug}/").content.decode()
    assert "Références dans l'inventaire" in page and published.get_absolute_url() in page
    assert "Budget participatif de Forest" in page and "Brouillon secret" not in page  # drafts stay private
    dutch = Client().get(f"/nl/providers/{firm.slug}/").content.decode()
    assert "Participatief budget Vorst" in dutch
    initiative_page = Client().get(published.get_absolute_url()).content.decode()
    assert f"/providers/{firm.slug}/" in initiative_page


def test_staff_upload_a_logo_served_as_an_inert_png(framework, media):
    firm = provider(1, 1)
    staff = sign_in(Client(), make_user("staff-logo@example.org", staff=True))
    response = staff.post(f"/fr/providers/{firm.slug}/logo/", {"logo": io.BytesIO(_png(fmt="JPEG"))})
    assert response.status_code == 302
    firm.refresh_from_db()
    assert firm.logo and firm.logo.name.startswith("providers/logos/") and firm.logo.name.endswith(".png")
    logo = Client().get(f"/fr/providers/{firm.slug}/logo.png")
    assert logo.status_code == 200 and logo["Content-Type"] == "image/png"
    assert logo["X-Content-Type-Options"] == "nosniff" and "default-src 'none'" in logo["Content-Security-Policy"]
    with Image.open(io.BytesIO(b"".join(logo.streaming_content))) as image:
        assert image.format == "PNG" and image.size == (40, 20)  # re-encoded as PNG
    page = Client().get(f"/fr/providers/{firm.slug}/").content.decode()
    assert f"/providers/{firm.slug}/logo.png" in page and "Logo de" in page


@pytest.mark.parametrize("data", [
    b"<html><script>alert(1)</script></html>",
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    b"GIF89a" + b"\x00" * 30,
    b"\x89PNG\r\n\x1a\n" + b"\x00" * 50,  # a PNG signature and nothing valid behind it
    b"x" * 1_000_001,
])
def test_a_bad_logo_is_refused_with_a_message_and_changes_nothing(framework, media, data):
    firm = provider(1, 1)
    staff = sign_in(Client(), make_user("staff-logo@example.org", staff=True))
    response = staff.post(f"/fr/providers/{firm.slug}/logo/", {"logo": io.BytesIO(data)}, follow=True)
    assert response.status_code == 200
    assert "Le logo" in response.content.decode()
    firm.refresh_from_db()
    assert not firm.logo


def test_only_staff_and_the_providers_own_people_upload_a_logo(framework, media):
    firm = provider(1, 1)
    other = sign_in(Client(), provider_user(1, 2))
    assert other.post(f"/fr/providers/{firm.slug}/logo/", {"logo": io.BytesIO(_png())}).status_code == 404
    assert Client().post(f"/fr/providers/{firm.slug}/logo/", {"logo": io.BytesIO(_png())}).status_code == 302  # sign in
    firm.refresh_from_db()
    assert not firm.logo
    own = sign_in(Client(), provider_user(1, 1))
    assert own.post(f"/fr/providers/{firm.slug}/logo/", {"logo": io.BytesIO(_png())}).status_code == 302
    firm.refresh_from_db()
    assert firm.logo
    assert Client().get(f"/fr/providers/{provider(1, 2).slug}/logo.png").status_code == 404  # no logo: 404
