"""The two state tables of a commitment: the authority's answer, and its implementation. Every move goes
through `core.workflow.apply` (permission, guards, row lock, audit)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.workflow import Transition, Workflow
from polyvox.followup.models import Answer, Status

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
