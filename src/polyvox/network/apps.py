from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class NetworkConfig(AppConfig):
    name = "polyvox.network"
    label = "network"
    verbose_name = _("Network of public agents")
    contributes = (
        Contribution("workflows", "polyvox.network.workflow"),
        Contribution("demo", "polyvox.network.demo", order=210),
        Contribution("menu", "polyvox.network.menu.entries"),
    )

    def ready(self):
        from polyvox.network import workflow  # noqa: F401  (registers the profile workflow)
