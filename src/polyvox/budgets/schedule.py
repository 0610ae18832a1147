"""Periodic work of participatory budgets: close each vote when its closing time comes; delete the addresses of
the voters who asked to hear back when their retention period ends."""

PERIODIC = [
    ("polyvox.budgets.tasks.close_due_votes", 60),
    ("polyvox.budgets.hear_back.purge_hear_back", 24 * 3600),
]


def retention_periods():
    """The privacy notice's period for the voters' addresses to hear back (the purge job above)."""
    from django.utils.translation import gettext_lazy as _

    from polyvox.budgets.hear_back import kept_days
    from polyvox.core.retention import Period

    return [Period("hear_back_voters", kept_days(), "polyvox.budgets.hear_back.purge_hear_back",
                   _("E-mail addresses of the voters of participatory budgets who asked to hear back (kept apart "
                     "from the ballots)"), _("after they voted"))]
