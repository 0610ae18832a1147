from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class BudgetsConfig(AppConfig):
    name = "polyvox.budgets"
    label = "budgets"
    verbose_name = _("Participatory budgets")
    contributes = (
        Contribution("initiative_page", "polyvox.budgets.views.budgets_of_initiative", order=30),
        Contribution("demo", "polyvox.budgets.demo", order=100),
        Contribution("take_part", "polyvox.budgets.opportunities.items"),
        Contribution("workflows", "polyvox.budgets.workflow"),
        Contribution("listeners", "polyvox.budgets.hear_back.people"),
        Contribution("retention_periods", "polyvox.budgets.schedule.retention_periods", order=45),
    )
