"""Petitions, citizens' suggestions and communal interpellations in the read-only JSON API (/api/petitions/)."""

from __future__ import annotations

from datetime import datetime

from django.http import Http404
from ninja import Router, Schema

from polyvox.petitions.models import PUBLIC_STATES, Petition

router = Router(tags=["petitions"])


class Texts(Schema):
    fr: str
    nl: str
    en: str


class PetitionOut(Schema):
    id: int
    channel: str
    level: str
    status: str
    title: Texts
    text: Texts
    original_language: str
    signatures: int
    threshold: int
    deadline: datetime | None
    commune: str | None
    commune_nis: str | None
    threshold_reached_at: datetime | None
    hearing_at: datetime | None
    answer: Texts
    answered_at: datetime | None
    refusal_reasons: Texts
    is_example: bool
    url: str


@router.get("/", response=list[PetitionOut], summary="Public petitions, suggestions and interpellations")
def list_petitions(request, channel: str = "", status: str = ""):
    petitions = Petition.objects.filter(state__in=PUBLIC_STATES).select_related("channel", "municipality").order_by("-pk")
    if channel:
        petitions = petitions.filter(channel__kind=channel)
    if status:
        petitions = petitions.filter(state=status)
    return [_out(petition) for petition in petitions[:500]]


@router.get("/{petition_id}", response=PetitionOut, summary="One public petition, suggestion or interpellation")
def one_petition(request, petition_id: int):
    petition = Petition.objects.filter(state__in=PUBLIC_STATES, pk=petition_id).select_related("channel", "municipality").first()
    if petition is None:
        raise Http404
    return _out(petition)


def _texts(petition, field) -> dict:
    return {code: getattr(petition, f"{field}_{code}") or "" for code in ("fr", "nl", "en")}


def _out(petition: Petition) -> dict:
    return {
        "id": petition.pk, "channel": petition.channel.kind, "level": petition.level, "status": petition.state,
        "title": _texts(petition, "title"), "text": _texts(petition, "body"), "original_language": petition.original_language,
        "signatures": petition.signature_count, "threshold": petition.threshold, "deadline": petition.deadline,
        "commune": petition.municipality.name_fr if petition.municipality else None,
        "commune_nis": petition.municipality.nis_code if petition.municipality else None,
        "threshold_reached_at": petition.threshold_reached_at, "hearing_at": petition.hearing_at,
        "answer": _texts(petition, "answer"), "answered_at": petition.answered_at,
        "refusal_reasons": _texts(petition, "refusal_reasons"), "is_example": petition.is_example,
        "url": petition.get_absolute_url(),
    }
