"""The consultations' two workflows, written once: the consultation (prepared, open, closed) and each
statement (awaiting moderation, published, rejected, hidden). Views call the service commands in
`services.py`, which move objects only through these tables (core.workflow.apply)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.consultations.models import ConsultationState as C
from polyvox.consultations.models import StatementState as S
from polyvox.core.workflow import Transition, Workflow


def has_published_statements(consultation, step):
    if not consultation.statements.filter(state=S.APPROVED).exists():
        return _("Publish at least one statement first: participants would have nothing to vote on.")
    return None


def closing_time_ahead(consultation, step):
    if consultation.closes_at is not None and consultation.closes_at <= timezone.now():
        return _("The closing date is already past: change it first.")
    return None


def needs_reason(statement, step):
    if not (step.data.get("reason") or "").strip():
        return _("Give the reason: the author sees it.")
    return None


CONSULTATION = Workflow("consultations.Consultation", "state", [
    Transition("open", C.DRAFT, C.OPEN, permission="consultations.manage_consultation",
               guards=(has_published_statements, closing_time_ahead), label=gettext_lazy("opened")),
    Transition("close", C.OPEN, C.CLOSED, permission="consultations.manage_consultation", label=gettext_lazy("closed")),
    Transition("reopen", C.CLOSED, C.OPEN, permission="consultations.manage_consultation",
               guards=(closing_time_ahead,), label=gettext_lazy("reopened")),
])


def _keep_reason(statement, step):
    statement.moderation_reason = (step.data.get("reason") or "").strip()[:500]


STATEMENT = Workflow("consultations.Statement", "state", [
    Transition("approve", S.PENDING, S.APPROVED, permission="consultations.moderate_statement", label=gettext_lazy("published")),
    Transition("publish_open", S.PENDING, S.APPROVED, label=gettext_lazy("published at once (open moderation)")),
    Transition("reject", S.PENDING, S.REJECTED, permission="consultations.moderate_statement", guards=(needs_reason,),
               effect=_keep_reason, save_fields=("moderation_reason",), label=gettext_lazy("rejected")),
    Transition("hide", S.APPROVED, S.HIDDEN, permission="consultations.moderate_statement", guards=(needs_reason,),
               effect=_keep_reason, save_fields=("moderation_reason",), label=gettext_lazy("hidden")),
    Transition("restore", (S.HIDDEN, S.REJECTED), S.APPROVED, permission="consultations.moderate_statement",
               label=gettext_lazy("published again")),
])
