from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "polyvox.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from polyvox.accounts import backends, lockout  # noqa: F401  (the cache check; the lock-out signal)
