from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class CoreConfig(AppConfig):
    default = True
    name = "polyvox.core"
    label = "core"
    verbose_name = _("Site")
    contributes = (
        Contribution("menu", "polyvox.core.views.menu"),
        Contribution("home", "polyvox.core.views.entry_points", order=20),
        Contribution("home", "polyvox.core.views.take_part_block", order=5),
    )

    def ready(self):
        from polyvox.core.registry import load_workflows

        load_workflows()


class BackOfficeAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with the site that answers to roles (polyvox.core.backoffice.BackOffice)."""

    default = False
    default_site = "polyvox.core.backoffice.BackOffice"
