from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class FollowupConfig(AppConfig):
    name = "polyvox.followup"
    label = "followup"
    verbose_name = _("Follow-up and evaluation")
    contributes = (
        Contribution("workflows", "polyvox.followup.workflow"),
        Contribution("demo", "polyvox.followup.demo", order=200),  # after budgets, panels and workshops
        Contribution("initiative_page", "polyvox.followup.blocks.attachment", order=40),
        Contribution("export", "polyvox.followup.blocks.exports"),
        Contribution("statistics", "polyvox.followup.blocks.figures"),
        Contribution("menu", "polyvox.followup.blocks.menu"),
        Contribution("retention_periods", "polyvox.followup.schedule.retention_periods", order=50),
    )

    def ready(self):
        from polyvox.followup import workflow  # noqa: F401 - registers the commitment's workflows
