"""Step 4: the request goes out (re-competition to every provider of the lot, or the cascade one provider at a
time), questions and answers, sealed offers, the cascade's answers and the periodic task that moves deadlines on."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.transitions import Msg, record
from polyvox.core.workflow import SYSTEM
from polyvox.procurement import notifications as mail
from polyvox.procurement.amounts import format_eur
from polyvox.procurement.models import ContractState, Invitation, Offer, Procedure, Question, SubsequentContract
from polyvox.procurement.uploads import check_pdf
from polyvox.procurement.services.common import _move, _brussels
from polyvox.procurement.services.evaluation import open_offers, _notify_award


def invite_offers(contract, actor, *, deadline: dt.datetime, now=None) -> list[Invitation]:
    """Re-competition: every provider of the lot is asked for an offer by the deadline."""
    now = now or timezone.now()
    _ready_to_request(contract, Procedure.RECOMPETITION)
    if deadline <= now:
        raise ValidationError(_("The deadline must be in the future."))
    providers = contract.lot.ranked_providers()
    if not providers:
        raise ValidationError(_("This lot has no provider."))
    with transaction.atomic():
        contract.offer_deadline = deadline
        _move(contract, "invite_offers", actor, save_fields=("offer_deadline",),
                       message=Msg("Deadline %(deadline)s", **{"deadline": _brussels(deadline)}))
        invitations = [Invitation.objects.create(contract=contract, provider=p, rank=i, sent_at=now, deadline=deadline)
                       for i, p in enumerate(providers, start=1)]
    for invitation in invitations:
        _notify_invitation(invitation)
    return invitations


def start_cascade(contract, actor, *, now=None) -> Invitation:
    """Cascade: the request goes to the first-ranked provider of the lot not yet asked."""
    now = now or timezone.now()
    _ready_to_request(contract, Procedure.CASCADE)
    with transaction.atomic():
        _move(contract, "start_cascade", actor)
        invitation = _invite_next_in_cascade(contract, now, actor)
        if invitation is None:
            raise ValidationError(_("Every provider of the lot has already been asked."))
    return invitation


def _ready_to_request(contract, procedure):
    if contract.procedure != procedure:
        raise ValidationError(_("This contract follows the %(procedure)s procedure.") % {"procedure": Procedure(contract.procedure).label})


def cascade_deadline(now, days: int) -> dt.datetime:
    """The end (23:59:59, Europe/Brussels) of the day `days` days after now."""
    local = timezone.localtime(now)
    day = local.date() + dt.timedelta(days=days)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(23, 59, 59)), timezone.get_default_timezone())


def _invite_next_in_cascade(contract, now, actor=None) -> Invitation | None:
    asked = set(contract.invitations.values_list("provider_id", flat=True))
    for holding in contract.lot.holdings.select_related("provider__organisation").order_by("rank"):
        if holding.provider_id in asked:
            continue
        invitation = Invitation.objects.create(contract=contract, provider=holding.provider, rank=holding.rank, sent_at=now,
                                               deadline=cascade_deadline(now, contract.cascade_days))
        record(contract, "cascade_invite", actor=actor, message=Msg("%(provider)s (rank %(rank)s), answer by %(deadline)s", **{"provider": holding.provider, "rank": holding.rank, "deadline": _brussels(invitation.deadline)}))
        _notify_invitation(invitation)
        return invitation
    return None


def _notify_invitation(invitation):
    contract = invitation.contract
    mail.notify(
        mail.provider_users(invitation.provider), gettext_lazy("Request for an offer: %(title)s"),
        gettext_lazy("The Participation Service asks %(provider)s for an offer for “%(title)s” (lot %(lot)s, %(procedure)s). "
                     "Answer by %(deadline)s (Brussels time)."),
        url_name="procurement:contract_detail", url_args=[contract.pk], provider=invitation.provider, title=contract.title,
        lot=contract.lot.number, procedure=Procedure(contract.procedure).label, deadline=_brussels(invitation.deadline),
    )


def current_cascade_invitation(contract) -> Invitation | None:
    return contract.invitations.filter(status=Invitation.Status.INVITED).order_by("rank").first()


def ask_question(contract, provider, actor, text: str, *, now=None) -> Question:
    now = now or timezone.now()
    if not contract.invitations.filter(provider=provider).exists():
        raise ValidationError(_("Only the providers asked for an offer can ask questions."))
    if contract.state not in (ContractState.TENDERING, ContractState.CASCADE) or (contract.offer_deadline and now >= contract.offer_deadline):
        raise ValidationError(_("Questions are closed for this request."))
    if not text.strip():
        raise ValidationError(_("Write your question."))
    question = Question.objects.create(contract=contract, provider=provider, text=text.strip(), asked_at=now)
    record(contract, "question", actor=actor, message=Msg("Question from %(provider)s", **{"provider": provider}))
    mail.notify(mail.staff_users(), gettext_lazy("A provider asked a question about %(title)s"),
                gettext_lazy("Please answer it: the answer is published to every provider asked for an offer."),
                url_name="procurement:contract_detail", url_args=[contract.pk], title=contract.title)
    return question


def answer_question(question, actor, answer: str) -> Question:
    if not answer.strip():
        raise ValidationError(_("Write the answer."))
    question.answer, question.answered_at, question.answered_by = answer.strip(), timezone.now(), actor
    question.save(update_fields=["answer", "answered_at", "answered_by"])
    contract = question.contract
    record(contract, "answer", actor=actor, message=Msg("Answer published to all the providers asked"))
    for invitation in contract.invitations.select_related("provider__organisation"):
        mail.notify(mail.provider_users(invitation.provider), gettext_lazy("New answer published: %(title)s"),
                    gettext_lazy("The Participation Service published an answer to a question about “%(title)s”."),
                    url_name="procurement:contract_detail", url_args=[contract.pk], title=contract.title)
    return question


def submit_offer(contract, provider, actor, *, price: Decimal, proposal: str, document=None, now=None) -> Offer:
    """Re-competition: a sealed offer; a new one from the same provider replaces it until the deadline, never after."""
    now = now or timezone.now()
    if contract.procedure != Procedure.RECOMPETITION or contract.state != ContractState.TENDERING:
        raise ValidationError(_("This contract does not accept offers now."))
    if provider is None or not contract.invitations.filter(provider=provider).exists() or not contract.lot.holdings.filter(provider=provider).exists():
        raise ValidationError(_("Only the providers holding this lot can submit an offer."))
    if now >= contract.offer_deadline:
        raise ValidationError(_("The deadline (%(deadline)s) has passed: late offers are refused.") % {"deadline": _brussels(contract.offer_deadline)})
    if not proposal.strip():
        raise ValidationError(_("Describe your technical proposal."))
    if price <= 0:
        raise ValidationError(_("The amount must be more than zero."))
    check_pdf(document)
    with transaction.atomic():
        offer = Offer.objects.select_for_update().filter(contract=contract, provider=provider).first()
        if offer is None:
            offer = Offer(contract=contract, provider=provider, revision=0)
        offer.price, offer.proposal, offer.submitted_at = price, proposal.strip(), now
        offer.revision += 1
        if document is not None:
            offer.document = document
        offer.save()
        # The audit trail says that an offer came in, never what it says.
        record(contract, "offer_received", actor=actor, message=Msg("Offer from %(provider)s (version %(revision)s)", **{"provider": provider, "revision": offer.revision}))
    return offer


def cascade_accept(contract, provider, actor, *, price: Decimal, proposal: str, document=None, now=None) -> Offer:
    now = now or timezone.now()
    invitation = current_cascade_invitation(contract)
    if contract.state != ContractState.CASCADE or invitation is None or invitation.provider_id != getattr(provider, "pk", None):
        raise ValidationError(_("This request is not waiting for your answer."))
    if now >= invitation.deadline:
        raise ValidationError(_("The deadline (%(deadline)s) has passed: late offers are refused.") % {"deadline": _brussels(invitation.deadline)})
    if price > contract.framework.cascade_threshold:
        raise ValidationError(_("In the cascade the price cannot exceed %(threshold)s excl. VAT.") % {"threshold": format_eur(contract.framework.cascade_threshold)})
    remaining = contract.framework.remaining(exclude_pk=contract.pk)
    if price > remaining:
        raise ValidationError(_("%(amount)s would exceed what remains of the framework contract's ceiling (%(remaining)s).")
                              % {"amount": format_eur(price), "remaining": format_eur(remaining)})
    if not proposal.strip():
        raise ValidationError(_("Describe your technical proposal."))
    check_pdf(document)
    with transaction.atomic():
        offer = Offer.objects.create(contract=contract, provider=provider, price=price, proposal=proposal.strip(), submitted_at=now,
                                     document=document or "")
        invitation.responded_at = now
        _move(invitation, "accept", actor, save_fields=("responded_at",))
        contract.awarded_offer, contract.awarded_on = offer, timezone.localdate(now)
        contract.award_justification = _("First provider in the lot's ranked order who accepted the request (cascade).")
        _move(contract, "accept", actor, save_fields=("awarded_offer", "awarded_on", "award_justification"),
                       message=Msg("%(provider)s accepted for %(amount)s excl. VAT", **{"provider": provider, "amount": format_eur(price)}))
    _notify_award(contract)
    return offer


def cascade_decline(contract, provider, actor, *, reason: str = "", now=None) -> Invitation | None:
    """The provider declines: the request moves on to the next in rank (or back to the Service when none is left)."""
    now = now or timezone.now()
    invitation = current_cascade_invitation(contract)
    if contract.state != ContractState.CASCADE or invitation is None or invitation.provider_id != getattr(provider, "pk", None):
        raise ValidationError(_("This request is not waiting for your answer."))
    with transaction.atomic():
        invitation.responded_at, invitation.decline_reason = now, reason.strip()
        _move(invitation, "decline", actor, save_fields=("responded_at", "decline_reason"))
        record(contract, "cascade_declined", actor=actor, message=Msg("%(provider)s declined", **{"provider": provider}))
        return _move_cascade_on(contract, now)


def _move_cascade_on(contract, now):
    following = _invite_next_in_cascade(contract, now)
    if following is None:
        _move(contract, "exhaust", None, message=Msg("No provider of the lot accepted; the Service decides what next."))
        mail.notify(
            mail.staff_users(), gettext_lazy("Cascade exhausted: %(title)s"),
            gettext_lazy("No provider of the lot accepted the request. Please decide what next (re-competition or cancellation)."),
            url_name="procurement:contract_detail", url_args=[contract.pk], title=contract.title)
    return following


def advance_deadlines(now=None) -> dict:
    """Periodic and idempotent: cascade requests past their deadline move on; re-competitions past theirs open."""
    now = now or timezone.now()
    moved = opened = 0
    for invitation in Invitation.objects.filter(status=Invitation.Status.INVITED, deadline__lte=now,
                                                contract__state=ContractState.CASCADE).select_related("contract"):
        with transaction.atomic():
            invitation.responded_at = now
            _move(invitation, "expire", SYSTEM, save_fields=("responded_at",))
            record(invitation.contract, "cascade_expired", message=Msg("%(provider)s did not answer by the deadline", **{"provider": invitation.provider}))
            _move_cascade_on(invitation.contract, now)
        moved += 1
    for contract in SubsequentContract.objects.filter(state=ContractState.TENDERING, offer_deadline__lte=now):
        open_offers(contract, None, now=now)
        opened += 1
    return {"cascades_moved": moved, "offers_opened": opened}
