"""Signing with a proven identity through OpenID Connect (the federal authentication service, itsme).

The OIDC client is Authlib's (authorisation address, code exchange with PKCE); the ID token is checked with
joserfc against the provider's published keys (signature, issuer, audience, nonce, expiry). The provider is
named by settings.PETITIONS_OIDC. The national register number it gives is turned into a keyed hash at once
(one signature per person) and never stored.
"""

from __future__ import annotations

import secrets
import time
import warnings

import authlib.deprecate  # noqa: F401 (its warning filter first, so that the one below wins)
from authlib.common.security import generate_token
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_date
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
import httpx
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from polyvox.petitions import services
from polyvox.petitions.models import Petition
from polyvox.places.models import Municipality

with warnings.catch_warnings():  # Authlib 1.9 announces a future transport package; this one still works
    warnings.simplefilter("ignore")
    from authlib.integrations.httpx_client import OAuth2Client

SESSION_KEY = "petitions_oidc"


class IdentityFailed(Exception):
    pass


def configuration() -> dict:
    return settings.PETITIONS_OIDC


def provider_metadata() -> dict:
    """The provider's discovery document (cached for an hour)."""
    issuer = configuration()["issuer"].rstrip("/")
    key = f"petitions:oidc:meta:{issuer}"
    found = cache.get(key)
    if found is None:
        found = httpx.get(f"{issuer}/.well-known/openid-configuration", timeout=10).raise_for_status().json()
        cache.set(key, found, 3600)
    return found


@require_POST
def start(request, pk):
    """Remember the petition and the declared municipality, then send the signer to the identity provider."""
    petition = get_object_or_404(Petition, pk=pk)
    if not petition.is_public or not configuration().get("issuer"):
        return render(request, "petitions/confirm.html", {"refusal": _("Signing with an identity provider is not available."),
                                                          "petition": petition}, status=400)
    municipality = request.POST.get("municipality", "")
    try:
        metadata = provider_metadata()
    except Exception:  # the provider cannot be reached: say so, nothing stored
        return render(request, "petitions/confirm.html", {"refusal": _("The identity provider cannot be reached. Try again later."),
                                                          "petition": petition}, status=400)
    client = _client()
    verifier = generate_token(48)
    nonce = secrets.token_urlsafe(16)
    url, state = client.create_authorization_url(metadata["authorization_endpoint"], nonce=nonce, code_verifier=verifier)
    request.session[SESSION_KEY] = {"state": state, "nonce": nonce, "verifier": verifier, "petition": petition.pk,
                                    "municipality": municipality if municipality.isascii() and municipality.isdigit() else "",
                                    "language": get_language()[:2], "at": time.time()}
    return redirect(url)


@require_GET
def callback(request):
    pending = request.session.pop(SESSION_KEY, None)
    if not pending or request.GET.get("state") != pending.get("state") or time.time() - pending.get("at", 0) > 900:
        return render(request, "petitions/confirm.html", {"refusal": _("This identity check is not valid or has expired. Start again from the page you want to sign.")}, status=400)
    petition = get_object_or_404(Petition, pk=pending["petition"])
    try:
        claims = verified_claims(request.GET.get("code", ""), pending)
    except IdentityFailed:
        return render(request, "petitions/confirm.html", {"refusal": _("The identity provider did not confirm your identity."),
                                                          "petition": petition}, status=400)
    number = str(claims.get(configuration()["register_number_claim"]) or "")
    born = parse_date(str(claims.get("birthdate") or ""))
    name = " ".join(filter(None, [claims.get("given_name"), claims.get("family_name")])) or claims.get("name", "")
    if not number or born is None or not name:
        return render(request, "petitions/confirm.html", {"refusal": _("The identity provider did not give your name, date of birth and national number."),
                                                          "petition": petition}, status=400)
    municipality = Municipality.objects.filter(pk=pending["municipality"] or None).first() if pending["municipality"] else None
    details = services.SignerDetails(name, claims.get("email", "") or "", born, municipality, language=pending["language"])
    try:
        services.sign(petition, details, verified_register_number=number)
    except services.SigningRefused as refused:
        return render(request, "petitions/confirm.html", {"refusal": refused.message, "petition": petition}, status=400)
    finally:
        number = ""  # noqa: F841 (the number is not kept anywhere)
    return render(request, "petitions/confirmed.html", {"petition": petition, "verified": True})


def verified_claims(code: str, pending: dict) -> dict:
    """Exchange the code (with the PKCE verifier) and check the ID token; its claims."""
    metadata = provider_metadata()
    client = _client()
    try:
        token = client.fetch_token(metadata["token_endpoint"], code=code, code_verifier=pending["verifier"],
                                   redirect_uri=_redirect_uri())
        keys = KeySet.import_key_set(httpx.get(metadata["jwks_uri"], timeout=10).raise_for_status().json())
        decoded = jwt.decode(token["id_token"], keys)
        claims = decoded.claims
        registry = jwt.JWTClaimsRegistry(iss={"essential": True, "value": metadata["issuer"]},
                                         aud={"essential": True, "value": configuration()["client_id"]},
                                         nonce={"essential": True, "value": pending["nonce"]},
                                         exp={"essential": True})
        registry.validate(claims)
    except (JoseError, KeyError, ValueError, Exception) as error:
        raise IdentityFailed(str(error)) from None
    return claims


def _redirect_uri() -> str:
    return settings.SITE_URL.rstrip("/") + reverse("petitions:oidc_callback")


def _client() -> OAuth2Client:
    config = configuration()
    return OAuth2Client(client_id=config["client_id"], client_secret=config["client_secret"], scope=config["scope"],
                        redirect_uri=_redirect_uri(), code_challenge_method="S256", timeout=10)
