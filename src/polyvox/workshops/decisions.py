"""Consent decisions (sociocracy): the rounds of a proposal and the rules behind each step.

proposed → clarifying questions → reactions → objections ⇄ amendments → consent (or withdrawn at any
point before). Questions are taken only during the questions round, one reaction each during the
reactions round, objections need a reason, an amendment meets an objection when the facilitator
accepts it (the text changes and the objection records how it was met), and consent is recorded only
after an objections round with no objection left open: with the final text and the date.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.transitions import StateMachine, TransitionNotAllowed
from polyvox.workshops import live
from polyvox.workshops.guards import WorkshopError, clean_text, require_open, writing
from polyvox.workshops.models import Amendment, Decision, DecisionState, Idea, IdeaStatus, Objection, ObjectionStatus

S = DecisionState
LIFECYCLE = StateMachine("state", {
    (S.PROPOSED, "clarify"): S.CLARIFYING,
    (S.CLARIFYING, "react"): S.REACTING,
    (S.REACTING, "object"): S.OBJECTING,
    (S.OBJECTING, "amend"): S.AMENDING,
    (S.AMENDING, "object"): S.OBJECTING,  # the amended text is tested again
    (S.OBJECTING, "consent"): S.CONSENTED,
    (S.AMENDING, "consent"): S.CONSENTED,
    **{(state, "withdraw"): S.WITHDRAWN for state in (S.PROPOSED, S.CLARIFYING, S.REACTING, S.OBJECTING, S.AMENDING)},
})

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
    try:
        LIFECYCLE.apply(decision, action, actor=actor)
    except TransitionNotAllowed:
        raise WorkshopError(str(ROUND_ORDER_MESSAGES[action])) from None


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
    if objection.author_id != participant.pk:
        raise WorkshopError(_("Only the person who objected can withdraw the objection."))
    if objection.status != ObjectionStatus.OPEN:
        raise WorkshopError(_("This objection is no longer open."))
    with writing():
        objection.status = ObjectionStatus.WITHDRAWN
        objection.resolution = _("Withdrawn by the objector.")
        objection.save(update_fields=["status", "resolution"])
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
            objection = amendment.objection
            objection.status = ObjectionStatus.MET
            objection.resolution = _("Met by the amendment: %(text)s") % {"text": amendment.text}
            objection.save(update_fields=["status", "resolution"])
        live.record(decision.workshop_id, "all", "refresh", {"reason": "decision"})


def open_objections(decision: Decision):
    return decision.objections.filter(status=ObjectionStatus.OPEN)


def record_consent(decision: Decision, actor) -> None:
    decision.refresh_from_db()
    if decision.state not in (S.OBJECTING, S.AMENDING):
        raise WorkshopError(_("Consent is recorded after an objections round."))
    count = open_objections(decision).count()
    if count:
        raise WorkshopError(_("Consent cannot be recorded while %(n)s objection(s) remain open.") % {"n": count})
    with writing():
        decision.final_text = decision.text
        decision.decided_at = timezone.now()
        decision.save(update_fields=["final_text", "decided_at"])
        LIFECYCLE.apply(decision, "consent", actor=actor, message=decision.text[:200])
        live.record(decision.workshop_id, "all", "refresh", {"reason": "decision"})


def withdraw(decision: Decision, actor, reason: str = "") -> None:
    decision.refresh_from_db()
    if not LIFECYCLE.can(decision, "withdraw"):
        raise WorkshopError(_("This decision is already taken: %(state)s.") % {"state": decision.get_state_display()})
    with writing():
        decision.decided_at = timezone.now()
        decision.save(update_fields=["decided_at"])
        LIFECYCLE.apply(decision, "withdraw", actor=actor, message=reason[:500])
        live.record(decision.workshop_id, "all", "refresh", {"reason": "decision"})
