from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class PanelsConfig(AppConfig):
    name = "polyvox.panels"
    label = "panels"
    verbose_name = _("Citizens' panels")
    contributes = (
        Contribution("personal_data", "polyvox.panels.personal_data.sections"),
        Contribution("initiative_page", "polyvox.panels.attachments.panels_of", order=20),
        Contribution("demo", "polyvox.panels.demo", order=90),
        Contribution("retention_periods", "polyvox.panels.schedule.retention_periods", order=20),
        Contribution("take_part", "polyvox.panels.opportunities.items"),
        Contribution("workflows", "polyvox.panels.workflow"),
    )
