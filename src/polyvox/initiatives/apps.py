from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    name = "polyvox.initiatives"
    label = "initiatives"
    verbose_name = _("Inventory")

    def ready(self):
        from polyvox.initiatives import signals

        signals.connect()
