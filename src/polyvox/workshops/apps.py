from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class WorkshopsConfig(AppConfig):
    name = "polyvox.workshops"
    label = "workshops"
    verbose_name = _("Workshops")
    contributes = (
        Contribution("menu", "polyvox.workshops.menu.entries"),
        Contribution("initiative_page", "polyvox.workshops.attachments.workshop_reports", order=10),
        Contribution("demo", "polyvox.workshops.demo", order=80),
        Contribution("retention_periods", "polyvox.workshops.schedule.retention_periods", order=30),
        Contribution("take_part", "polyvox.workshops.opportunities.items"),
        Contribution("workflows", "polyvox.workshops.workflow"),
        Contribution("listeners", "polyvox.workshops.hear_back.people"),
    )
