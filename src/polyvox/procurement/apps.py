from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class ProcurementConfig(AppConfig):
    name = "polyvox.procurement"
    label = "procurement"
    verbose_name = _("Framework contract")
    contributes = (
        Contribution("menu", "polyvox.procurement.menu.entries"),
        Contribution("demo", "polyvox.procurement.demo", order=50),
        Contribution("search", "polyvox.procurement.search.group", order=40),
        Contribution("workflows", "polyvox.procurement.workflow"),
    )
