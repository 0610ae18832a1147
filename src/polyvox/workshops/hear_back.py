"""Workshop participants who want to hear what becomes of the process: the address they left when joining, kept
apart from the participant (core.registry `listeners`, gathered by the follow-up tracker)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from polyvox.core.hear_back import HearBackForm, language_of  # noqa: F401 - the join form's box

SOURCE = "workshop participant"


def remember(workshop, email: str, language: str) -> None:
    """Keep the participant's yes (one statement; a second yes changes nothing)."""
    from polyvox.workshops.models import HearBack

    if not email:
        return
    HearBack.objects.bulk_create([HearBack(workshop_id=workshop.pk, email=email[:254], language=language_of(language),
                                           given_on=timezone.localdate())], ignore_conflicts=True)


def people(initiative) -> list[tuple]:
    """core.registry `listeners`: (e-mail, language, source, day) of the participants of the initiative's workshops
    who said yes, within the retention period."""
    from polyvox.workshops.models import HearBack

    rows = HearBack.objects.filter(workshop__initiative=initiative, given_on__gte=_oldest()).values_list(
        "email", "language", "given_on")
    return [(email, language, SOURCE, given_on) for email, language, given_on in rows]


def purge_hear_back(now=None) -> list[str]:
    """Daily: the participants' addresses deleted when the retention period ends (HEAR_BACK_KEPT_DAYS after the yes)."""
    from polyvox.workshops.models import HearBack

    deleted, _detail = HearBack.objects.filter(given_on__lt=_oldest(now)).delete()
    return [f"workshops: {deleted} participants' addresses to hear back deleted"] if deleted else []


def _oldest(now=None):
    return (timezone.localdate(now) if now else timezone.localdate()) - timedelta(days=kept_days())


def kept_days() -> int:
    return int(getattr(settings, "HEAR_BACK_KEPT_DAYS", 1095))
