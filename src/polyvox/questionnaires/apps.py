from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class QuestionnairesConfig(AppConfig):
    name = "polyvox.questionnaires"
    label = "questionnaires"
    verbose_name = _("Questionnaires")
    contributes = (
        Contribution("workflows", "polyvox.questionnaires.workflow"),
    )

    def ready(self):
        from polyvox.questionnaires import workflow  # noqa: F401 - registers the questionnaire's workflow
