"""Periodic work of the panels: volunteers' personal data deleted a set time after their panel ended."""

PERIODIC = [("polyvox.panels.tasks.purge_expired_personal_data", 3600)]


def retention_periods():
    """The privacy notice's period for panel volunteers' personal data (the purge job deletes it when it ends)."""
    from django.utils.translation import gettext_lazy as _

    from polyvox.core.retention import Period
    from polyvox.panels.models import DEFAULT_RETENTION_DAYS

    return [Period("panel_volunteers", DEFAULT_RETENTION_DAYS, "polyvox.panels.tasks.purge_expired_personal_data",
                   _("Contact details and answers of citizens' panel volunteers"),
                   _("after the panel ends, unless the panel's own notice gives another period"))]
