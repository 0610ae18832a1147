from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class WorkshopsConfig(AppConfig):
    name = "polyvox.workshops"
    label = "workshops"
    verbose_name = _("Workshops")
    contributes = (
        Contribution("take_part", "polyvox.workshops.opportunities.items"),
    )

    def ready(self):
        # An initiative's page lists the reports of the workshops attached to it.
        try:
            from polyvox.initiatives import attachments
        except ImportError:  # the initiatives app does not offer attachments yet
            return
        from polyvox.workshops.attachments import workshop_reports

        attachments.register(workshop_reports)
