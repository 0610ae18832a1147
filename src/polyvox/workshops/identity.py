"""A participant's identity: a cookie per workshop holding their token, signed so it cannot be forged."""

from __future__ import annotations

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
