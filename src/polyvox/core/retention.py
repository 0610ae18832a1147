"""The retention periods the platform enforces, read from the constants of the code that enforces them.

Each period names the periodic job (an app's schedule.py) that deletes the data when it ends. The
privacy page shows this table in the reader's language, so that what it promises is what the code does;
a test ties the privacy notice's texts and the schedule's purge jobs to these figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Period:
    key: str
    days: int
    job: str
    what: str
    after: str


def periods() -> list[Period]:
    from polyvox.accounts.services import UNCONFIRMED_ACCOUNT_DAYS
    from polyvox.panels.models import DEFAULT_RETENTION_DAYS
    from polyvox.workshops.services import EVENT_LOG_KEPT_DAYS

    return [
        Period("unconfirmed_accounts", UNCONFIRMED_ACCOUNT_DAYS, "polyvox.accounts.services.delete_unconfirmed_accounts",
               _("Accounts whose e-mail address was never confirmed"), _("after sign-up")),
        Period("panel_volunteers", DEFAULT_RETENTION_DAYS, "polyvox.panels.tasks.purge_expired_personal_data",
               _("Contact details and answers of citizens' panel volunteers"),
               _("after the panel ends, unless the panel's own notice gives another period")),
        Period("workshop_stream_log", EVENT_LOG_KEPT_DAYS, "polyvox.workshops.tasks.purge_event_logs",
               _("The log of what a live workshop sent to the screens"), _("after the workshop ends")),
    ]
