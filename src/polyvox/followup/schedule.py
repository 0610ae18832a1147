"""Periodic work of follow-up: the clocks (due dates, overdue flags) and the owners' reminders, hourly; the
consents to hear back gathered from the apps, and deleted when their retention period ends, daily."""

PERIODIC = [
    ("polyvox.followup.tasks.keep_clocks", 3600),
    ("polyvox.followup.tasks.gather_listeners", 24 * 3600),
    ("polyvox.followup.tasks.purge_hear_back", 24 * 3600),
]


def retention_periods():
    """The privacy notice's period for the addresses of those who asked to hear back (the purge job above)."""
    from django.utils.translation import gettext_lazy as _

    from polyvox.core.retention import Period
    from polyvox.followup.hearing import hear_back_days

    return [Period("hear_back", hear_back_days(), "polyvox.followup.tasks.purge_hear_back",
                   _("E-mail addresses of the people who asked to hear what becomes of a process"),
                   _("after they said yes; stopping deletes the address at once"))]
