"""Periodic work of workshops: empty the live stream's log of workshops that ended a week ago; delete the addresses
of the participants who asked to hear back when their retention period ends."""

PERIODIC = [
    ("polyvox.workshops.tasks.purge_event_logs", 3600),
    ("polyvox.workshops.hear_back.purge_hear_back", 24 * 3600),
]


def retention_periods():
    """The privacy notice's period for the live stream's log (the job above empties it when it ends)."""
    from django.utils.translation import gettext_lazy as _

    from polyvox.core.retention import Period
    from polyvox.workshops.services import EVENT_LOG_KEPT_DAYS

    from polyvox.workshops.hear_back import kept_days

    return [Period("workshop_stream_log", EVENT_LOG_KEPT_DAYS, "polyvox.workshops.tasks.purge_event_logs",
                   _("The log of what a live workshop sent to the screens"), _("after the workshop ends")),
            Period("hear_back_workshops", kept_days(), "polyvox.workshops.hear_back.purge_hear_back",
                   _("E-mail addresses of workshop participants who asked to hear back"), _("after they joined"))]
