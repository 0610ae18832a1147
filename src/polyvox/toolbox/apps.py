from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class ToolboxConfig(AppConfig):
    name = "polyvox.toolbox"
    label = "toolbox"
    verbose_name = _("Toolbox")
    contributes = (
        Contribution("menu", "polyvox.toolbox.menu.entries"),
        Contribution("demo", "polyvox.toolbox.demo", order=40),
        Contribution("search", "polyvox.toolbox.search.group", order=20),
        Contribution("search", "polyvox.toolbox.search.glossary", order=30),
    )
