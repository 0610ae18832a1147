"""The organisers' use cases of a process's evaluation, one function each:

    add_criterion(plan, "design_integrity", {"fr": ..., "nl": ..., "en": ...}, by=user)
    edit_criterion(plan, criterion_id, "pathways_to_impact", texts, by=user)
    remove_criterion(plan, criterion_id, by=user)
    set_criteria_note(plan, texts, by=user)
    attach_questionnaire(plan, "oecd-participants", by=user)     # the OECD's questionnaires, one per audience
    move_questionnaire(plan, questionnaire, "open", by=user)     # the questionnaires' workflow: open, close, reopen
    hand_out_codes(plan, questionnaire, 40, by=user)
    publish(plan, by=user) / withdraw(plan, by=user)

Criteria change only through the evaluation workflow's `set_criteria` step (workflow.py): locked once the
process started (a guard) or the evaluation is published (the table). Refusals are `EvaluationRefused` with
their reasons, in the reader's language; nothing changes then.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from polyvox.core.messages import Msg
from polyvox.core.transitions import record
from polyvox.core.workflow import NotPermitted, Refused, TransitionNotAllowed
from polyvox.followup.models import Dimension, EvaluationState, Plan
from polyvox.followup.services import FollowUpError, _actor, _check
from polyvox.followup.workflow import EVALUATION, criteria_locks, published_lock

# The questionnaires an evaluation uses: the OECD's, one per audience (questionnaires/data/templates).
TEMPLATES = ("oecd-participants", "oecd-organisers")


class EvaluationRefused(FollowUpError):
    def __init__(self, reasons):
        self.reasons = [str(reason) for reason in reasons]
        super().__init__(" ".join(self.reasons))


# Criteria ------------------------------------------------------------------------------------------------

def add_criterion(plan: Plan, dimension: str, texts: dict, *, by):
    return _change(plan, by, Msg("Criterion added under %(dimension)s.", dimension=_dimension(dimension)),
                   change="add", dimension=dimension, texts=texts)


def edit_criterion(plan: Plan, criterion_id: int, dimension: str, texts: dict, *, by):
    return _change(plan, by, Msg("Criterion changed under %(dimension)s.", dimension=_dimension(dimension)),
                   change="edit", criterion=criterion_id, dimension=dimension, texts=texts)


def remove_criterion(plan: Plan, criterion_id: int, *, by) -> None:
    _change(plan, by, Msg("Criterion removed."), change="remove", criterion=criterion_id)


def set_criteria_note(plan: Plan, texts: dict, *, by) -> None:
    _change(plan, by, Msg("Introduction to the criteria changed."), change="note", texts=texts)


def _dimension(value):
    return Dimension(value).label if value in Dimension.values else str(value)[:40]


def _change(plan: Plan, by, message, **data):
    try:
        EVALUATION.apply(plan, "set_criteria", by=by, message=message, **data)
    except NotPermitted:
        raise EvaluationRefused([_("You may not do this.")]) from None
    except Refused as refused:
        raise EvaluationRefused(refused.reasons) from None
    except TransitionNotAllowed:
        plan.refresh_from_db(fields=["evaluation_state", "evaluation_published_on"])
        raise EvaluationRefused(criteria_locks(plan) or [published_lock(plan)]) from None
    return data.get("saved")


# Publication ---------------------------------------------------------------------------------------------

def publish(plan: Plan, *, by) -> None:
    _move(plan, "publish_evaluation", by)


def withdraw(plan: Plan, *, by) -> None:
    _move(plan, "withdraw_evaluation", by)


MOVES = {"publish_evaluation": Msg("Evaluation published."),
         "withdraw_evaluation": Msg("Evaluation withdrawn to be corrected.")}


def _move(plan, name, by):
    try:
        EVALUATION.apply(plan, name, by=by, message=MOVES[name])
    except NotPermitted:
        raise EvaluationRefused([_("You may not do this.")]) from None
    except TransitionNotAllowed as refused:
        raise EvaluationRefused(getattr(refused, "reasons", None) or [str(refused)]) from None


def is_published(plan: Plan) -> bool:
    return plan.evaluation_state == EvaluationState.PUBLISHED


# Questionnaires ------------------------------------------------------------------------------------------

def attached(plan: Plan) -> list:
    from polyvox.questionnaires import services as questionnaires

    return list(questionnaires.for_subject(plan.initiative).order_by("audience", "pk"))


def attachable(plan: Plan) -> list[tuple[str, str]]:
    """(template key, title in the reader's language) of the OECD questionnaires not attached yet."""
    from django.utils.translation import get_language

    from polyvox.questionnaires import services as questionnaires

    language = (get_language() or "fr")[:2]
    found = questionnaires.templates()
    taken = {q.audience for q in attached(plan)}
    return [(key, found[key]["title"].get(language) or key) for key in TEMPLATES
            if key in found and found[key]["audience"] not in taken]


def attach_questionnaire(plan: Plan, template: str, *, by):
    """A draft copy of the OECD questionnaire `template`, attached to the process's initiative and owned by its
    organiser (whose editors open, close and hand it out); one per audience."""
    from polyvox.questionnaires import services as questionnaires

    _check(by, "followup.manage_followup", plan)
    if template not in TEMPLATES:
        raise EvaluationRefused([_("Choose one of the OECD's questionnaires offered.")])
    with transaction.atomic():
        Plan.objects.select_for_update().only("pk").get(pk=plan.pk)  # two attaching at once make one copy
        if template not in dict(attachable(plan)):
            raise EvaluationRefused([_("This questionnaire is already attached to the process.")])
        questionnaire = questionnaires.create_from_template(template, subject=plan.initiative,
                                                            organisation=plan.initiative.organiser, by=by)
        record(plan, "attach_questionnaire", actor=_actor(by), message=Msg(
            "Questionnaire attached: %(template)s.", template=template))
    return questionnaire


def questionnaire_of(plan: Plan, pk):
    """The questionnaire `pk` if it is attached to this process, else None."""
    return next((q for q in attached(plan) if q.pk == pk), None)


def move_questionnaire(plan: Plan, questionnaire, name: str, *, by) -> None:
    """Open, close or reopen through the questionnaires' workflow (its permission: the owner's editors, staff)."""
    from polyvox.questionnaires.workflow import LIFE

    _check(by, "followup.manage_followup", plan)
    if name not in LIFE.transitions:
        raise EvaluationRefused([_("This step does not exist.")])
    try:
        LIFE.apply(questionnaire, name, by=by)
    except NotPermitted:
        raise EvaluationRefused([_("Only the editors of the organiser that owns the questionnaire, or the Service's "
                                   "staff, may do this.")]) from None
    except TransitionNotAllowed as refused:
        raise EvaluationRefused(getattr(refused, "reasons", None) or [str(refused)]) from None


def hand_out_codes(plan: Plan, questionnaire, count: int, *, by) -> list:
    from polyvox.questionnaires import services as questionnaires

    _check(by, "followup.manage_followup", plan)
    if not by.has_perm("questionnaires.manage_questionnaire", questionnaire):
        raise EvaluationRefused([_("Only the editors of the organiser that owns the questionnaire, or the Service's "
                                   "staff, may do this.")])
    try:
        return questionnaires.issue_codes(questionnaire, count)
    except ValueError as error:
        raise EvaluationRefused([str(error)]) from None
