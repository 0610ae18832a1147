"""A questionnaire's life: draft, open (codes answer), closed (results final); it may reopen."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from polyvox.core.workflow import Transition, Workflow
from polyvox.questionnaires.models import State


def has_questions(questionnaire, step):
    if not questionnaire.questions.exists():
        return _("The questionnaire has no question yet.")
    return None


def stamp_opened(questionnaire, step):
    questionnaire.opened_at = questionnaire.opened_at or timezone.now()
    questionnaire.closed_at = None


def stamp_closed(questionnaire, step):
    questionnaire.closed_at = timezone.now()


MANAGE = "questionnaires.manage_questionnaire"

LIFE = Workflow("questionnaires.Questionnaire", "state", [
    Transition("open", State.DRAFT, State.OPEN, permission=MANAGE, guards=(has_questions,), effect=stamp_opened,
               save_fields=("opened_at", "closed_at"), label=pgettext_lazy("questionnaire step", "open")),
    Transition("close", State.OPEN, State.CLOSED, permission=MANAGE, effect=stamp_closed, save_fields=("closed_at",),
               label=pgettext_lazy("questionnaire step", "close")),
    Transition("reopen", State.CLOSED, State.OPEN, permission=MANAGE, effect=stamp_opened,
               save_fields=("opened_at", "closed_at"), label=pgettext_lazy("questionnaire step", "reopen")),
])
