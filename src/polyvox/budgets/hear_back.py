"""Voters who want to hear what becomes of the budget: an address kept apart from the ballots (core.registry
`listeners`, gathered by the follow-up tracker).

Ballot secrecy: the consent is a row of its own, keyed by the budget only. No foreign key to the ballot, the
voter's code or account; a random key (not a counter whose order follows the ballots'); the day only, not the
time; written after the ballot's transaction, by one statement, and only when the box is ticked.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from polyvox.core.hear_back import HearBackForm, language_of  # noqa: F401 - the ballot's box

SOURCE = "voter"


def remember(budget, email: str, language: str) -> None:
    """Keep the voter's yes: one statement, outside the ballot's transaction; a second yes changes nothing."""
    from polyvox.budgets.models import HearBack

    if not email:
        return
    HearBack.objects.bulk_create([HearBack(budget_id=budget.pk, email=email[:254],
                                           language=language_of(language),
                                           given_on=timezone.localdate())], ignore_conflicts=True)


def people(initiative) -> list[tuple]:
    """core.registry `listeners`: (e-mail, language, "voter", day) of the voters of the initiative's budgets who
    said yes, within the retention period."""
    from polyvox.budgets.models import HearBack

    rows = HearBack.objects.filter(budget__initiative=initiative, given_on__gte=_oldest()).values_list(
        "email", "language", "given_on")
    return [(email, language, SOURCE, given_on) for email, language, given_on in rows]


def purge_hear_back(now=None) -> list[str]:
    """Daily: the voters' addresses deleted when the retention period ends (HEAR_BACK_KEPT_DAYS after the yes)."""
    from polyvox.budgets.models import HearBack

    deleted, _detail = HearBack.objects.filter(given_on__lt=_oldest(now)).delete()
    return [f"budgets: {deleted} voters' addresses to hear back deleted"] if deleted else []


def _oldest(now=None):
    return (timezone.localdate(now) if now else timezone.localdate()) - timedelta(days=kept_days())


def kept_days() -> int:
    return int(getattr(settings, "HEAR_BACK_KEPT_DAYS", 1095))
