from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class PanelsConfig(AppConfig):
    name = "polyvox.panels"
    label = "panels"
    verbose_name = _("Citizens' panels")
    contributes = (
        Contribution("take_part", "polyvox.panels.opportunities.items"),
        Contribution("workflows", "polyvox.panels.workflow"),
    )

    def ready(self):
        # An initiative's page lists its panels (public draw page, or the dashboard for its organisers).
        from polyvox.initiatives import attachments
        from polyvox.panels.attachments import panels_of

        attachments.register(panels_of)
