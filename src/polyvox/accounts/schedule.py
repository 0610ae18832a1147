"""Periodic work of the accounts: unconfirmed sign-ups are removed after a week (privacy notice)."""

PERIODIC = [("polyvox.accounts.services.delete_unconfirmed_accounts", 3600)]


def retention_periods():
    """The privacy notice's period for unconfirmed accounts (the job above deletes them when it ends)."""
    from django.utils.translation import gettext_lazy as _

    from polyvox.accounts.services import UNCONFIRMED_ACCOUNT_DAYS
    from polyvox.core.retention import Period

    return [Period("unconfirmed_accounts", UNCONFIRMED_ACCOUNT_DAYS, "polyvox.accounts.services.delete_unconfirmed_accounts",
                   _("Accounts whose e-mail address was never confirmed"), _("after sign-up"))]
