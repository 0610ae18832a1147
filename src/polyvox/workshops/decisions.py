"""Consent decisions (sociocracy): the rounds of a proposal and the rules behind each step.

proposed → clarifying questions → reactions → objections ⇄ amendments → consent (or withdrawn at any
point before). Questions are taken only during the questions round, one reaction each during the
reactions round, objections need a reason, an amendment meets an objection when the facilitator
accepts it (the text changes and the objection records how it was met), and consent is recorded only
after an objections round with no objection left open: with the final text and the date.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.workshops import live
from polyvox.workshops.guards import WorkshopError, clean_text, require_open, writing
from polyvox.workshops.models import Amendment, Decision, DecisionState, Idea, IdeaStatus, Objection, ObjectionStatus
from polyvox.workshops.workflow import LIFECYCLE, OBJECTION, move

S = DecisionState
__all__ = ["LIFECYCLE"]  # the table is in workflow.py; importable from here as before

# Opening the activity of a round moves the decision into that round.
ROUND_ACTIONS = {"clarifying": "clarify", "reactions": "react", "objections": "object", "amendments": "amend"}
ROUND_STATES = {"clarifying": S.CLARIFYING, "reactions": S.REACTING, "objections": S.OBJECTING, "amendments": S.AMENDING}
ROUND_ORDER_MESSAGES = {
    "clarify": gettext_lazy("Clarifying questions come right after the proposal is presented."),
    "react": gettext_lazy("The reactions round follows the clarifying questions."),
    "object": gettext_lazy("The objections round follows the reactions round (or the amendments)."),
    "amend": gettext_lazy("Amendments answer objections: open the objections round first."),
}


def enter_round(decision: Decision, kind: str, actor) -> None:
    action = ROUND_ACTIONS.get(kind)
    if action is None or decision.state == ROUND_STATES.get(kind):
        return
    if decision.state in (S.CONSENTED, S.WITHDRAWN):
        raise WorkshopError(_("This decision is already taken: %(state)s.") % {"state": decision.get_state_display()})
    move(LIFECYCLE, decision, action, actor, not_now=ROUND_ORDER_MESSAGES[action])


def check_text_round(activity, participant, *, secret: str = "") -> None:
    """Questions and reactions only in their own round; one reaction per participant."""
    from polyvox.workshops.identity import author_key

    decision = activity.decision
    expected = ROUND_STATES.get(activity.kind)
    if expected and decision.state != expected:
        raise WorkshopError(_("This round of the decision is not open: nothing was changed."))
    mine = {"author_key": author_key(secret, activity.pk)} if activity.anonymous else {"author": participant}
    if activity.kind == "reactions" and Idea.objects.filter(
        activity=activity, status=IdeaStatus.VISIBLE, **mine
    ).exists():
        raise WorkshopError(_("One reaction each: edit yours instead of adding another."))


def raise_objection(decision: Decision, activity, participant, text: str, reason: str) -> Objection:
    decision.refresh_from_db()
    require_open(activity)
    if decision.state != S.OBJECTING:
        raise WorkshopError(_("Objections are taken during the objections round only."))
    text = clean_text(text, 1000)
    reason = (reason or "").strip()
    if len(reason) < 10:
        raise WorkshopError(_("State the reason for your objection: how would the proposal harm our aims?"))
    if len(reason) > 2000:
        raise WorkshopError(_("This text is too long: %(length)s characters, at most %(limit)s.") % {"length": len(reason), "limit": 2000})
    with writing():
        objection = Objection.objects.create(decision=decision, author=participant, text=text, reason=reason)
        live.record(decision.workshop_id, "all", "refresh", {"reason": "decision"})
    return objection


def withdraw_objection(objection: Objection, participant) -> None:
    with writing():
        move(OBJECTION, objection, "withdraw", participant, not_now=_("This objection is no longer open."))
        live.record(objection.decision.workshop_id, "all", "refresh", {"reason": "decision"})


def propose_amendment(decision: Decision, activity, text: str, objection: Objection | None, participant=None) -> Amendment:
    decision.refresh_from_db()
    require_open(activity)
    if decision.state != S.AMENDING:
        raise WorkshopError(_("Amendments are proposed during the amendments round only."))
    text = clean_text(text, 4000)
    if objection is not None and objection.decision_id != decision.pk:
        raise WorkshopError(_("This objection belongs to another decision."))
    with writing():
        amendment = Amendment.objects.create(decision=decision, objection=objection, text=text, author=participant)
        live.record(decision.workshop_id, "all", "refresh", {"reason": "decision"})
    return amendment


def accept_amendment(amendment: Amendment, actor) -> None:
    """The amended text becomes the proposal's text; the objection it answers is met."""
    decision = amendment.decision
    decision.refresh_from_db()
    if decision.state != S.AMENDING:
        raise WorkshopError(_("Amendments are accepted during the amendments round only."))
    with writing():
        amendment.accepted = True
        amendment.save(update_fields=["accepted"])
        decision.text = amendment.text
        decision.save(update_fields=["text"])
        if amendment.objection_id and amendment.objection.status == ObjectionStatus.OPEN:
            move(OBJECTION, amendment.objection, "meet", actor, amendment=amendment)
        live.record(decision.workshop_id, "all", "refresh", {"reason": "decision"})


def open_objections(decision: Decision):
    return decision.objections.filter(status=ObjectionStatus.OPEN)


def record_consent(decision: Decision, actor) -> None:
    decision.refresh_from_db()
    with writing():
        move(LIFECYCLE, decision, "consent", actor, not_now=_("Consent is recorded after an objections round."),
             message=decision.text[:200])
        live.record(decision.workshop_id, "all", "refresh", {"reason": "decision"})


def withdraw(decision: Decision, actor, reason: str = "") -> None:
    decision.refresh_from_db()
    with writing():
        move(LIFECYCLE, decision, "withdraw", actor, message=reason[:500],
             not_now=lambda taken: _("This decision is already taken: %(state)s.") % {"state": taken.get_state_display()})
        live.record(decision.workshop_id, "all", "refresh", {"reason": "decision"})
