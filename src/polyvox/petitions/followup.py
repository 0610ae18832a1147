"""An answer feeds the follow-up tracker (issue 14): one commitment per answered petition, through the tracker's
service when that app is installed. Until then the answer stays on the petition and a note says so."""

from __future__ import annotations

from django.apps import apps
from django.utils.translation import gettext as _


def commitments_from_answer(petition, *, by) -> str:
    """Create the follow-up commitments of an answer; return a note for the secretariat when none could be made."""
    if not apps.is_installed("polyvox.followup"):
        return _("The follow-up tracker is not installed yet: the answer is kept on the petition's page.")
    from importlib import import_module

    services = import_module("polyvox.followup.services")
    create = getattr(services, "commitments_from_answer", None)
    if create is None:
        return _("The follow-up tracker does not take answers yet: the answer is kept on the petition's page.")
    create(petition, by=by)
    return ""
