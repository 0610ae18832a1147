from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class InitiativesConfig(AppConfig):
    name = "polyvox.initiatives"
    label = "initiatives"
    verbose_name = _("Inventory")
    contributes = (
        Contribution("search", "polyvox.initiatives.search.group", order=10),
    )

    def ready(self):
        from polyvox.initiatives import signals

        signals.connect()
