from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class InitiativesConfig(AppConfig):
    name = "polyvox.initiatives"
    label = "initiatives"
    verbose_name = _("Inventory")
    contributes = (
        Contribution("menu", "polyvox.initiatives.menu.entries"),
        Contribution("demo", "polyvox.initiatives.demo", order=60),
        Contribution("home", "polyvox.initiatives.home.figures", order=10),
        Contribution("home", "polyvox.initiatives.home.latest", order=30),
        Contribution("search", "polyvox.initiatives.search.group", order=10),
        Contribution("workflows", "polyvox.initiatives.workflow"),
    )

    def ready(self):
        from polyvox.initiatives import signals

        signals.connect()
