from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PanelsConfig(AppConfig):
    name = "polyvox.panels"
    label = "panels"
    verbose_name = _("Citizens' panels")

    def ready(self):
        # An initiative's page lists its panels (public draw page, or the dashboard for its organisers).
        from polyvox.initiatives import attachments
        from polyvox.panels.attachments import panels_of

        attachments.register(panels_of)
