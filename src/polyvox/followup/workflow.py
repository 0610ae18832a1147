"""The state tables of follow-up: a commitment's answer and its implementation, and a process's evaluation
(criteria set before the start, then published). Every move goes through `core.workflow.apply` (permission,
guards, row lock, audit)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy

from polyvox.core.workflow import Transition, Workflow
from polyvox.followup.models import Answer, Criterion, Dimension, EvaluationState, Status

LANGUAGES = ("fr", "nl", "en")


def reasons_given(commitment, step):
    """An answer carries its reasons, in French and in Dutch at least (English optional)."""
    reasons = getattr(step, "reasons", None) or {}
    missing = [lang.upper() for lang in ("fr", "nl") if not str(reasons.get(lang, "") or "").strip()]
    if missing:
        return _("Give the reasons of the answer (missing: %(languages)s).") % {"languages": ", ".join(missing)}
    return None


def set_answer(commitment, step):
    reasons = step.reasons
    for lang in LANGUAGES:
        setattr(commitment, f"reasons_{lang}", str(reasons.get(lang, "") or "").strip())
    answered_on = step.data.get("answered_on") or timezone.localdate()
    if commitment.answered_on is None or commitment.answer == Answer.UNDER_STUDY or step.data.get("answered_on"):
        commitment.answered_on = answered_on
    transaction.on_commit(lambda: _published(commitment.pk, "answer"))


def adopted(commitment, step):
    if commitment.answer not in (Answer.ADOPTED, Answer.PARTLY):
        return _("Only an adopted commitment (in whole or in part) can be implemented.")
    return None


def abandon_reason(commitment, step):
    reason = getattr(step, "reason", None) or {}
    if not any(str(reason.get(lang, "") or "").strip() for lang in LANGUAGES):
        return _("Say publicly why it was abandoned.")
    return None


def set_abandoned(commitment, step):
    for lang in LANGUAGES:
        setattr(commitment, f"status_reason_{lang}", str(step.reason.get(lang, "") or "").strip())


def set_done(commitment, step):
    commitment.progress = 100


def _published(commitment_id, what):
    from polyvox.followup.tasks import tell_listeners

    tell_listeners.enqueue(commitment_id, what)


ANSWER_FIELDS = ("reasons_fr", "reasons_nl", "reasons_en", "answered_on")
OPEN = (Answer.AWAITING, Answer.UNDER_STUDY)
ANSWERING = "followup.answer_commitment"
MOVING = "followup.move_commitment"

ANSWERS = Workflow("followup.Commitment", "answer", [
    Transition("adopt", OPEN, Answer.ADOPTED, permission=ANSWERING, guards=(reasons_given,), effect=set_answer,
               save_fields=ANSWER_FIELDS, label=gettext_lazy("adopted")),
    Transition("adopt_in_part", OPEN, Answer.PARTLY, permission=ANSWERING, guards=(reasons_given,), effect=set_answer,
               save_fields=ANSWER_FIELDS, label=gettext_lazy("adopted in part")),
    Transition("reject", OPEN, Answer.REJECTED, permission=ANSWERING, guards=(reasons_given,), effect=set_answer,
               save_fields=ANSWER_FIELDS, label=gettext_lazy("rejected")),
    Transition("study", (Answer.AWAITING,), Answer.UNDER_STUDY, permission=ANSWERING, guards=(reasons_given,),
               effect=set_answer, save_fields=ANSWER_FIELDS, label=gettext_lazy("under study")),
])

IMPLEMENTATION = Workflow("followup.Commitment", "status", [
    Transition("start", Status.PLANNED, Status.IN_PROGRESS, permission=MOVING, guards=(adopted,),
               label=gettext_lazy("start the implementation")),
    Transition("finish", Status.IN_PROGRESS, Status.DONE, permission=MOVING, effect=set_done,
               save_fields=("progress",), label=gettext_lazy("mark as done")),
    Transition("abandon", (Status.PLANNED, Status.IN_PROGRESS), Status.ABANDONED, permission=MOVING,
               guards=(abandon_reason,), effect=set_abandoned,
               save_fields=("status_reason_fr", "status_reason_nl", "status_reason_en"),
               label=gettext_lazy("abandon")),
    Transition("resume", Status.ABANDONED, Status.PLANNED, permission=MOVING, label=gettext_lazy("resume")),
])


# The evaluation of a process ------------------------------------------------------------------------------
#
# Its criteria are changed only by the `set_criteria` step (a step that stays in "being prepared"): its guards
# lock them once the process has started, and the table locks them once the evaluation is published.

CRITERIA_CHANGES = ("add", "edit", "remove", "note")
MAX_CRITERIA = 30
MAX_CRITERION = 1000
MAX_NOTE = 5000


def process_not_started(plan, step):
    start = plan.initiative.start_date
    if start <= timezone.localdate():
        return _("The criteria are locked: the process started on %(date)s, and criteria are set before the "
                 "start.") % {"date": date_format(start, "DATE_FORMAT")}
    return None


LOCKS = (process_not_started,)


def criteria_locks(plan) -> list[str]:
    """Why the criteria cannot change now (empty when they can), for the page to show before anyone tries."""
    if plan.evaluation_state == EvaluationState.PUBLISHED:
        return [published_lock(plan)]
    return [str(reason) for guard in LOCKS if (reason := guard(plan, None))]


def published_lock(plan) -> str:
    if plan.evaluation_published_on:
        return _("The criteria are locked: the evaluation was published on %(date)s.") % {
            "date": date_format(plan.evaluation_published_on, "DATE_FORMAT")}
    return _("The criteria are locked: the evaluation is published.")


def change_is_valid(plan, step):
    """The change asked (`change`, and for a criterion its `dimension`, `texts` and `criterion` id) makes sense."""
    change = step.data.get("change")
    if change not in CRITERIA_CHANGES:
        return _("Nothing to change.")
    reasons = []
    if change in ("edit", "remove"):
        criterion_id = step.data.get("criterion")
        if not isinstance(criterion_id, int) or not Criterion.objects.filter(plan=plan, pk=criterion_id).exists():
            return _("This criterion is not one of this process's.")
    if change in ("add", "edit"):
        if step.data.get("dimension") not in Dimension.values:
            reasons.append(_("Choose the OECD dimension the criterion belongs to."))
        texts = step.data.get("texts") or {}
        missing = [lang.upper() for lang in ("fr", "nl") if not str(texts.get(lang, "") or "").strip()]
        if missing:
            reasons.append(_("Write the criterion in French and in Dutch (missing: %(languages)s).")
                           % {"languages": ", ".join(missing)})
        if any(len(str(texts.get(lang, "") or "")) > MAX_CRITERION for lang in LANGUAGES):
            reasons.append(_("A criterion holds at most %(n)s characters per language.") % {"n": MAX_CRITERION})
    if change == "add" and plan.criteria.count() >= MAX_CRITERIA:
        reasons.append(_("A process has at most %(n)s criteria.") % {"n": MAX_CRITERIA})
    if change == "note" and any(len(str((step.data.get("texts") or {}).get(lang, "") or "")) > MAX_NOTE
                                for lang in LANGUAGES):
        reasons.append(_("The introduction holds at most %(n)s characters per language.") % {"n": MAX_NOTE})
    return reasons


def change_criteria(plan, step):
    change, texts = step.data["change"], step.data.get("texts") or {}
    cleaned = {lang: str(texts.get(lang, "") or "").strip() for lang in LANGUAGES}
    if change == "note":
        for lang in LANGUAGES:
            setattr(plan, f"criteria_note_{lang}", cleaned[lang])
    elif change == "remove":
        Criterion.objects.filter(plan=plan, pk=step.data["criterion"]).delete()
    else:
        if change == "add":
            last = plan.criteria.order_by("-position").values_list("position", flat=True).first()
            criterion = Criterion(plan=plan, position=(last or 0) + 1)
        else:
            criterion = Criterion.objects.get(plan=plan, pk=step.data["criterion"])
        criterion.dimension = step.data["dimension"]
        for lang in LANGUAGES:
            setattr(criterion, f"text_{lang}", cleaned[lang])
        criterion.save()
        step.data["saved"] = criterion
    plan.criteria_set_on = timezone.localdate()


def stamp_published(plan, step):
    plan.evaluation_published_on = timezone.localdate()


def clear_published(plan, step):
    plan.evaluation_published_on = None


MANAGING = "followup.manage_followup"

EVALUATION = Workflow("followup.Plan", "evaluation_state", [
    Transition("set_criteria", EvaluationState.PREPARING, EvaluationState.PREPARING, permission=MANAGING,
               guards=(*LOCKS, change_is_valid), effect=change_criteria,
               save_fields=("criteria_set_on", "criteria_note_fr", "criteria_note_nl", "criteria_note_en"),
               label=gettext_lazy("change the criteria")),
    Transition("publish_evaluation", EvaluationState.PREPARING, EvaluationState.PUBLISHED, permission=MANAGING,
               effect=stamp_published, save_fields=("evaluation_published_on",),
               label=gettext_lazy("publish the evaluation")),
    Transition("withdraw_evaluation", EvaluationState.PUBLISHED, EvaluationState.PREPARING, permission=MANAGING,
               effect=clear_published, save_fields=("evaluation_published_on",),
               label=gettext_lazy("withdraw the evaluation to correct it")),
])
