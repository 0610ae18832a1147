"""The end of a panel's personal data: volunteers blanked and codes deleted once the retention period is over."""

from __future__ import annotations

from django.utils import timezone

from polyvox.core.transitions import Msg
from polyvox.core.workflow import SYSTEM, apply
from polyvox.panels.models import Panel, PanelState, Volunteer


def purge_expired_personal_data(now=None) -> int:
    """Delete the personal data of panels ended more than their retention period ago (idempotent)."""
    now = now or timezone.now()
    done = 0
    for panel in Panel.objects.filter(state=PanelState.ENDED, ended_at__isnull=False):
        if panel.purge_due_at > now:
            continue
        # The workflow's effect blanks the volunteers and deletes the codes and the register extract.
        apply(panel, "delete_personal_data", by=SYSTEM, now=now,
              message=Msg("after %(days)s days", days=panel.retention_days))
        done += 1
    return done


def blank(volunteer: Volunteer, now=None) -> None:
    """Blank a volunteer's personal data (the caller saves)."""
    for name in ("first_name", "last_name", "email", "phone", "needs"):
        setattr(volunteer, name, "")
    volunteer.invitation = None
    volunteer.personal_data_erased_at = now or timezone.now()
