from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class AccountsConfig(AppConfig):
    name = "polyvox.accounts"
    label = "accounts"
    verbose_name = _("Accounts")
    contributes = (
        Contribution("demo", "polyvox.accounts.demo", order=30),
        Contribution("retention_periods", "polyvox.accounts.schedule.retention_periods", order=10),
    )

    def ready(self):
        from polyvox.accounts import backends, lockout  # noqa: F401  (the cache check; the lock-out signal)
