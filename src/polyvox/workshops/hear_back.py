"""Workshop participants who want to hear what becomes of the process: the address they left when joining, kept
apart from the participant (core.registry `listeners`, gathered by the follow-up tracker)."""

from __future__ import annotations

from polyvox.core import hear_back as consents
from polyvox.core.hear_back import HearBackForm, kept_days, language_of  # noqa: F401 - the form's box, the period

SOURCE = "workshop participant"


def remember(workshop, email: str, language: str) -> None:
    from polyvox.workshops.models import HearBack

    consents.remember(HearBack, email, language, workshop_id=workshop.pk)


def people(initiative) -> list[tuple]:
    from polyvox.workshops.models import HearBack

    return consents.people(HearBack.objects.filter(workshop__initiative=initiative), SOURCE)


def purge_hear_back(now=None) -> list[str]:
    from polyvox.workshops.models import HearBack

    return consents.purge(HearBack, "workshops: {n} participants' addresses to hear back deleted", now)
