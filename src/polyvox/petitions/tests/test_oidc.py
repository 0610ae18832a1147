"""Signing with a proven identity: the tests start a local OpenID Connect provider and sign through it."""

from __future__ import annotations

import httpx
import pytest
from django.core.cache import cache

from polyvox.petitions.models import Signature, Source
from polyvox.petitions.tests.conftest import client_for, make_open
from polyvox.petitions.tests.oidc_provider import Provider

pytestmark = pytest.mark.django_db


@pytest.fixture
def provider(settings):
    with Provider() as running:
        settings.SITE_URL = "http://testserver"
        settings.PETITIONS_OIDC = {"issuer": running.issuer, "client_id": "polyvox", "client_secret": "s3cret",
                                   "scope": "openid profile egovnrn", "register_number_claim": "egovNRN"}
        cache.clear()
        yield running
        cache.clear()


def sign_through(client, petition, municipality, prefix="fr"):
    start = client.post(f"/{prefix}/petitions/{petition.pk}/sign/identity/", {"municipality": municipality.pk})
    assert start.status_code == 302 and start["Location"].startswith("http://127.0.0.1")
    back = httpx.get(start["Location"], follow_redirects=False)
    assert back.status_code == 302
    return client.get(back.headers["Location"].removeprefix("http://testserver"))


def test_sign_with_a_verified_identity_once(world, provider):
    petition = make_open(world)
    petition.channel.identity_level = "verified"
    petition.channel.save()
    done = sign_through(client_for(), petition, world.ixelles)
    assert done.status_code == 200 and "votre signature est comptée" in done.content.decode()
    signature = Signature.objects.get()
    assert signature.source == Source.VERIFIED and signature.register_key and signature.full_name == "Marie Dubois"
    stored = " ".join(str(value) for value in Signature.objects.values_list().get())
    assert "88061212345" not in stored  # the national number is never stored
    petition.refresh_from_db()
    assert petition.signature_count == 1
    provider.person = {**provider.person, "given_name": "Marie-Louise", "email": "other@example.be"}
    again = sign_through(client_for(), petition, world.ixelles, prefix="nl")
    assert again.status_code == 400 and "al ondertekend" in again.content.decode()
    assert Signature.objects.count() == 1


def test_a_verified_channel_refuses_email_signatures(world, provider):
    from polyvox.petitions import services
    from polyvox.petitions.tests.conftest import signer

    petition = make_open(world)
    petition.channel.identity_level = "verified"
    petition.channel.save()
    with pytest.raises(services.SigningRefused):
        services.sign(petition, signer(world, 1))
    assert "Signer avec un fournisseur" in client_for().get(petition.get_absolute_url()).content.decode()


def test_forged_state_and_wrong_audience_change_nothing(world, provider):
    petition = make_open(world)
    client = client_for()
    start = client.post(f"/fr/petitions/{petition.pk}/sign/identity/", {"municipality": world.ixelles.pk})
    back = httpx.get(start["Location"], follow_redirects=False).headers["Location"]
    forged = client.get(back.removeprefix("http://testserver").replace("state=", "state=x"))
    assert forged.status_code == 400
    provider.client_id = "someone-else"  # the provider now signs tokens for another client: refused
    start = client.post(f"/fr/petitions/{petition.pk}/sign/identity/", {"municipality": world.ixelles.pk})
    assert httpx.get(start["Location"], follow_redirects=False).status_code == 400
    assert Signature.objects.count() == 0
