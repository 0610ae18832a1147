"""Periodic work of the accounts: unconfirmed sign-ups are removed after a week (privacy notice)."""

PERIODIC = [("polyvox.accounts.services.delete_unconfirmed_accounts", 3600)]
