"""Periodic work of workshops: empty the live stream's log of workshops that ended a week ago."""

PERIODIC = [("polyvox.workshops.tasks.purge_event_logs", 3600)]


def retention_periods():
    """The privacy notice's period for the live stream's log (the job above empties it when it ends)."""
    from django.utils.translation import gettext_lazy as _

    from polyvox.core.retention import Period
    from polyvox.workshops.services import EVENT_LOG_KEPT_DAYS

    return [Period("workshop_stream_log", EVENT_LOG_KEPT_DAYS, "polyvox.workshops.tasks.purge_event_logs",
                   _("The log of what a live workshop sent to the screens"), _("after the workshop ends"))]
