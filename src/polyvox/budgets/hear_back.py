"""Voters who want to hear what becomes of the budget: an address kept apart from the ballots (core.registry
`listeners`, gathered by the follow-up tracker).

Ballot secrecy: the consent is a row of its own, keyed by the budget only. No foreign key to the ballot, the
voter's code or account; a random key (not a counter whose order follows the ballots'); the day only, not the
time; written after the ballot's transaction, by one statement, and only when the box is ticked.
"""

from __future__ import annotations

from polyvox.core import hear_back as consents
from polyvox.core.hear_back import HearBackForm, kept_days, language_of  # noqa: F401 - the form's box, the period

SOURCE = "voter"


def remember(budget, email: str, language: str) -> None:
    from polyvox.budgets.models import HearBack

    consents.remember(HearBack, email, language, budget_id=budget.pk)


def people(initiative) -> list[tuple]:
    from polyvox.budgets.models import HearBack

    return consents.people(HearBack.objects.filter(budget__initiative=initiative), SOURCE)


def purge_hear_back(now=None) -> list[str]:
    from polyvox.budgets.models import HearBack

    return consents.purge(HearBack, "budgets: {n} voters' addresses to hear back deleted", now)
