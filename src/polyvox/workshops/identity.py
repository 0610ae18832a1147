"""A participant's identity: a cookie per workshop holding their token, signed so it cannot be forged."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.conf import settings
from django.core import signing

from polyvox.workshops.models import Participant

SALT = "polyvox.workshops.participant"
MAX_AGE = 14 * 24 * 3600


def cookie_name(workshop) -> str:
    return f"pvx_ws_{workshop.code}"


def participant_by_code(request, code: str) -> Participant | None:
    """The participant and their workshop in one query (the hot path of every phone's action)."""
    try:
        token = request.get_signed_cookie(f"pvx_ws_{code}", salt=SALT, max_age=MAX_AGE)
    except (KeyError, signing.BadSignature):
        return None
    return Participant.objects.select_related("workshop").filter(token=token, workshop__code=code).first()


def remember(response, participant: Participant) -> None:
    response.set_signed_cookie(
        cookie_name(participant.workshop), participant.token, salt=SALT, max_age=MAX_AGE, httponly=True, samesite="Lax"
    )
    _set_anonymity_cookie(response, participant.workshop, secrets.token_urlsafe(32))


def participant_token(request, workshop) -> str | None:
    try:
        return request.get_signed_cookie(cookie_name(workshop), salt=SALT, max_age=MAX_AGE)
    except (KeyError, signing.BadSignature):
        return None


def current_participant(request, workshop) -> Participant | None:
    token = participant_token(request, workshop)
    if not token:
        return None
    return Participant.objects.filter(workshop=workshop, token=token).first()


async def acurrent_participant(request, workshop) -> Participant | None:
    token = participant_token(request, workshop)
    if not token:
        return None
    return await Participant.objects.filter(workshop=workshop, token=token).afirst()


# --- anonymous activities --------------------------------------------------------------------------
# In an activity marked anonymous, an idea keeps no link to its author: no participant key, only
# `author_key`, a keyed hash of a secret that lives in the participant's own cookie (never in the
# database) and of the activity. The participant's browser can prove "this one is mine" (to edit or
# withdraw it); nobody holding the database (superuser, export, API, admin) can say whose it is.

ANONYMITY_SALT = "polyvox.workshops.anonymity"


def anonymity_cookie_name(workshop) -> str:
    return f"pvx_wsa_{workshop.code}"


def anonymity_secret(request, workshop, *, create: bool = True) -> str:
    """The participant's secret for anonymous activities, from their cookie; a new one when they have none
    (`keep_anonymity_secret` then sends it). With create=False, "" when there is none."""
    cached = getattr(request, "_workshop_anonymity", None)
    if cached:
        return cached
    try:
        secret = request.get_signed_cookie(anonymity_cookie_name(workshop), salt=ANONYMITY_SALT, max_age=MAX_AGE)
    except (KeyError, signing.BadSignature):
        if not create:
            return ""
        secret = secrets.token_urlsafe(32)
        request._workshop_anonymity_is_new = True
    request._workshop_anonymity = secret
    return secret


def keep_anonymity_secret(request, response, workshop) -> None:
    """Send the secret made during this request (a participant who joined before secrets existed)."""
    if getattr(request, "_workshop_anonymity_is_new", False):
        _set_anonymity_cookie(response, workshop, request._workshop_anonymity)


def _set_anonymity_cookie(response, workshop, secret: str) -> None:
    response.set_signed_cookie(
        anonymity_cookie_name(workshop), secret, salt=ANONYMITY_SALT, max_age=MAX_AGE, httponly=True, samesite="Lax"
    )


def author_key(secret: str, activity_id: int) -> str:
    """The keyed hash stored on an anonymous idea: the same secret and activity give the same key."""
    if not secret:
        return ""
    key = hashlib.sha256(f"{settings.SECRET_KEY}:{ANONYMITY_SALT}".encode()).digest()
    return hmac.new(key, f"{activity_id}:{secret}".encode(), hashlib.sha256).hexdigest()


def is_own_key(secret: str, activity_id: int, stored: str) -> bool:
    return bool(secret and stored) and hmac.compare_digest(author_key(secret, activity_id), stored)


def is_mine(participant: Participant | None, idea, secret: str = "") -> bool:
    """Whether the participant wrote the idea: by the link, or in an anonymous activity by their secret."""
    if participant is None:
        return False
    if idea.author_key:
        return is_own_key(secret, idea.activity_id, idea.author_key)
    return idea.author_id == participant.pk
