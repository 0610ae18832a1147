"""Periodic work of petitions: deadlines, the count's reconciliation, and the anonymisation after closing."""

PERIODIC = [
    ("polyvox.petitions.services.close_expired", 600),
    ("polyvox.petitions.services.reconcile", 3600),
    ("polyvox.petitions.services.anonymise_closed", 24 * 3600),
]


def retention_periods():
    """The privacy notice's period for signers' personal data (names, e-mails, dates of birth): anonymised this
    long after the request closes; the counts and the tallies per commune stay."""
    from django.conf import settings
    from django.utils.translation import gettext_lazy as _

    from polyvox.core.retention import Period

    return [Period("petition_signers", settings.PETITIONS_ANONYMISE_AFTER_DAYS,
                   "polyvox.petitions.services.anonymise_closed",
                   _("Names, e-mail addresses and dates of birth of the signers of petitions, suggestions and interpellations"),
                   _("after the request closes; the counts and the tallies per commune stay"))]
