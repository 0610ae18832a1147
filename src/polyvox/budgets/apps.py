from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class BudgetsConfig(AppConfig):
    name = "polyvox.budgets"
    label = "budgets"
    verbose_name = _("Participatory budgets")
    contributes = (
        Contribution("take_part", "polyvox.budgets.opportunities.items"),
    )

    def ready(self):
        from polyvox.budgets.views import budgets_of_initiative
        from polyvox.initiatives import attachments

        attachments.register(budgets_of_initiative)
