"""The workflow steps of the framework contract: membership, then each subsequent contract from need to
mission (the seed's eight steps). Each step checks its rules, writes in one transaction, moves the state
through `workflow.py`'s tables (leaving an audit entry) and tells whoever must act next."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.transitions import Msg, record
from polyvox.organisations.models import OrganisationKind
from polyvox.organisations.rules import is_service_staff
from polyvox.procurement import notifications as mail
from polyvox.procurement.amounts import format_eur
from polyvox.procurement.models import (
    ContractState, Criterion, DeviationGround, FrameworkContract, Invitation, Membership, Need, NeedsMeeting, Offer, Procedure, Question,
    Score, ScorerDeclaration, SpecificationTemplate, SpecificationVersion, SubsequentContract,
)
from polyvox.procurement.uploads import check_pdf
from polyvox.core.workflow import SYSTEM, NotPermitted, Refused, apply


def _move(obj, name: str, actor, **data):
    """One move through the workflow (`procurement/workflow.py`); a guard's refusal is said as a ValidationError
    (the table's refusal and a missing permission stay TransitionNotAllowed / NotPermitted)."""
    try:
        return apply(obj, name, by=SYSTEM if actor is None else actor, **data)
    except NotPermitted:
        raise
    except Refused as error:
        raise ValidationError(error.reasons) from None


def current_framework() -> FrameworkContract | None:
    return FrameworkContract.objects.order_by("-start_date", "-pk").first()


# --- Membership (step 3's "adhésion") -------------------------------------------------------------


def request_membership(organisation, actor, *, need: str = "", language: str | None = None) -> Membership:
    """A public body (any kind but provider) asks to join the framework contract."""
    framework = current_framework()
    if framework is None:
        raise ValidationError(_("There is no framework contract to join."))
    if organisation.kind == OrganisationKind.PROVIDER:
        raise ValidationError(_("Only public bodies can join the framework contract; providers cannot."))
    existing = Membership.objects.filter(framework=framework, organisation=organisation).first()
    if existing and existing.state != Membership.State.WITHDRAWN:
        raise ValidationError(_("%(organisation)s has already asked to join.") % {"organisation": organisation})
    with transaction.atomic():
        if existing:
            existing.delete()
        membership = Membership.objects.create(
            framework=framework, organisation=organisation, need=need, requested_by=actor,
            language=language or getattr(actor, "preferred_language", "fr") or "fr",
        )
        record(membership, "request", actor=actor, to_state=membership.state)
    mail.notify(
        mail.staff_users(), gettext_lazy("Membership request from %(organisation)s"),
        gettext_lazy("%(organisation)s asks to join the framework contract. Please plan the needs meeting."),
        url_name="procurement:membership_detail", url_args=[membership.pk], organisation=organisation,
    )
    return membership


def record_needs_meeting(organisation, actor, *, date, notes: str = "", membership=None) -> NeedsMeeting:
    """Staff record a meeting about a body's needs; the first one on a request readies the protocol."""
    with transaction.atomic():
        meeting = NeedsMeeting.objects.create(organisation=organisation, membership=membership, date=date, notes=notes, recorded_by=actor)
        if membership is not None and membership.state == Membership.State.REQUESTED:
            _move(membership, "record_meeting", actor, message=Msg("Needs meeting on %(date)s", **{"date": date}))
            mail.notify(
                mail.officials_of(organisation), gettext_lazy("Your membership protocol is ready to sign"),
                gettext_lazy("The membership protocol of %(organisation)s is ready: download it, have it signed and record the signature."),
                url_name="procurement:membership_detail", url_args=[membership.pk], organisation=organisation,
            )
    return meeting


def sign_membership(membership, actor, *, signed_on, signatory_name: str, signatory_function: str = "", document=None) -> Membership:
    """Record the signed protocol (date, signatory): the body becomes a member."""
    if not signatory_name.strip():
        raise ValidationError(_("Give the name of the person who signed."))
    if signed_on > timezone.localdate():
        raise ValidationError(_("The signature date cannot be in the future."))
    check_pdf(document)
    membership.signed_on = signed_on
    membership.signatory_name = signatory_name.strip()
    membership.signatory_function = signatory_function.strip()
    fields = ["signed_on", "signatory_name", "signatory_function"]
    if document is not None:
        membership.signed_document = document
        fields.append("signed_document")
    _move(membership, "sign", actor, save_fields=tuple(fields),
                     message=Msg("Signed on %(date)s by %(name)s", **{"date": signed_on, "name": membership.signatory_name}))
    return membership


def is_member(organisation, framework=None) -> bool:
    framework = framework or current_framework()
    return Membership.objects.filter(framework=framework, organisation=organisation, state=Membership.State.MEMBER).exists()


# --- Subsequent contracts: steps 1 to 3 ------------------------------------------------------------


def _lot_amount_problem(lot, amount: Decimal, *, exceptional: bool, justification: str, actor) -> str | None:
    """What is wrong with this amount on this lot (its per-project ceiling), or None."""
    if amount is None or amount <= 0:
        return _("The amount must be more than zero.")
    if amount > lot.ceiling:
        if not exceptional:
            return (
                _("%(amount)s is above the ceiling of lot %(lot)s (%(ceiling)s excl. VAT). Only the Service's staff can accept it, "
                  "as an exceptional circumstance with a written justification.")
                % {"amount": format_eur(amount), "lot": lot.number, "ceiling": format_eur(lot.ceiling)}
            )
        if not is_service_staff(actor):
            return _("Only the Service's staff can mark an amount as exceptional.")
        if not (justification or "").strip():
            return _("An exceptional amount needs a written justification.")
    return None


def check_amount(lot, amount: Decimal, *, exceptional: bool, justification: str, actor, exclude_pk=None) -> None:
    """The lot's per-project ceiling (unless staff mark it exceptional, in writing) and the framework's remaining ceiling."""
    problem = _lot_amount_problem(lot, amount, exceptional=exceptional, justification=justification, actor=actor)
    if problem:
        raise ValidationError(problem)
    remaining = lot.framework.remaining(exclude_pk=exclude_pk)
    if amount > remaining:
        raise ValidationError(
            _("%(amount)s would exceed what remains of the framework contract's ceiling (%(remaining)s).")
            % {"amount": format_eur(amount), "remaining": format_eur(remaining)}
        )


class LotRequest:
    """One lot chosen for a need, with its estimated amount excl. VAT (and, for staff, an exceptional justification)."""

    def __init__(self, lot, amount: Decimal, *, exceptional: bool = False, justification: str = ""):
        self.lot, self.amount, self.exceptional, self.justification = lot, amount, exceptional, justification or ""


def record_needs(organisation, actor, *, title: str, need: str, lots: list[LotRequest], language: str | None = None) -> list[SubsequentContract]:
    """Steps 1-2 for one need covering one or several lots: one subsequent contract per lot, each with the procedure
    that follows from its lot and amount, all linked to the shared Need. All or nothing: when any lot's amount is
    refused, or the need's total exceeds the framework's remaining ceiling, nothing is created.

    Refusals are raised as a ValidationError whose dict names the lot: keys `lot_<number>` and `__all__`."""
    if not lots:
        raise ValidationError(_("Choose at least one lot and give its estimated amount."))
    framework = lots[0].lot.framework
    if any(line.lot.framework_id != framework.pk for line in lots):
        raise ValidationError(_("All the lots of a need must belong to the same framework contract."))
    if not is_member(organisation, framework):
        raise ValidationError(_("%(organisation)s must sign the membership protocol first.") % {"organisation": organisation})
    numbers = [line.lot.number for line in lots]
    if len(set(numbers)) != len(numbers):
        raise ValidationError(_("Each lot can be chosen only once in a need."))
    lots = sorted(lots, key=lambda line: line.lot.number)
    single = len(lots) == 1
    errors: dict[str, list[str]] = {}
    for line in lots:
        problem = _lot_amount_problem(line.lot, line.amount, exceptional=line.exceptional, justification=line.justification, actor=actor)
        if problem:
            errors[f"lot_{line.lot.number}"] = [problem if single else _("Lot %(lot)s: %(problem)s") % {"lot": line.lot.number, "problem": problem}]
    if errors:
        raise ValidationError(errors)
    language = language or _member_language(organisation, framework)
    with transaction.atomic():
        # One need at a time against the framework's ceiling (a row lock on PostgreSQL).
        FrameworkContract.objects.select_for_update().filter(pk=framework.pk).first()
        total = sum((line.amount for line in lots), Decimal("0"))
        remaining = framework.remaining()
        if total > remaining:
            if single:
                message = (_("%(amount)s would exceed what remains of the framework contract's ceiling (%(remaining)s).")
                           % {"amount": format_eur(total), "remaining": format_eur(remaining)})
            else:
                message = (_("The total of this need (%(total)s excl. VAT, lots %(lots)s) would exceed what remains of the "
                             "framework contract's ceiling (%(remaining)s).")
                           % {"total": format_eur(total), "lots": ", ".join(str(n) for n in sorted(numbers)), "remaining": format_eur(remaining)})
            raise ValidationError({"__all__": [message]})
        shared = Need.objects.create(framework=framework, organisation=organisation, title=title, description=need, created_by=actor)
        contracts = []
        for line in lots:
            procedure = Procedure.CASCADE if line.lot.uses_cascade_for(line.amount) else Procedure.RECOMPETITION
            contract = SubsequentContract.objects.create(
                framework=framework, organisation=organisation, lot=line.lot, need_record=shared,
                title=title if single else _("%(title)s (lot %(lot)s)") % {"title": title, "lot": line.lot.number},
                need=need, estimated_amount=line.amount, exceptional=line.exceptional,
                exceptional_justification=line.justification if line.exceptional else "", procedure=procedure,
                created_by=actor, language=language,
            )
            record(contract, "record_need", actor=actor, to_state=contract.state,
                   message=Msg("Lot %(lot)s, %(amount)s excl. VAT, %(procedure)s", **{"lot": line.lot.number, "amount": format_eur(line.amount), "procedure": Procedure(contract.procedure).label}))
            contracts.append(contract)
    if single:
        url_name, url_args = "procurement:contract_detail", [contracts[0].pk]
    else:
        url_name, url_args = "procurement:need_detail", [shared.pk]
    mail.notify(
        mail.staff_users(), gettext_lazy("New need for the framework contract: %(title)s"),
        gettext_lazy("%(organisation)s recorded a need (%(title)s). Please co-draft its specification."),
        url_name=url_name, url_args=url_args, organisation=organisation, title=title,
    )
    return contracts


def record_need(organisation, lot, actor, *, title: str, need: str, amount: Decimal, exceptional=False,
                justification: str = "", language: str | None = None) -> SubsequentContract:
    """Steps 1-2 for a need on a single lot (the one-lot case of `record_needs`)."""
    try:
        contracts = record_needs(organisation, actor, title=title, need=need, language=language,
                                 lots=[LotRequest(lot, amount, exceptional=exceptional, justification=justification)])
    except ValidationError as error:
        raise ValidationError(error.messages) from None
    return contracts[0]


def _member_language(organisation, framework) -> str:
    membership = Membership.objects.filter(framework=framework, organisation=organisation).first()
    return membership.language if membership else "fr"


def specification_from_template(contract) -> str:
    """The default template's body with the contract's details filled in."""
    template = SpecificationTemplate.objects.filter(is_default=True).first() or SpecificationTemplate.objects.first()
    body = template.body if template else _(
        "# Specification: {title}\n\n## Contracting authority\n{member}, through the framework contract of the "
        "Participation Service.\n\n## Lot\n{lot}\n\n## Need\n{need}\n\n## Estimated amount\n{amount} excl. VAT\n\n"
        "## Deliverables and timetable\n(to be completed)\n\n## Award criteria\nPrice and quality, weighted as set below."
    )
    values = {"title": contract.title, "member": str(contract.organisation), "lot": str(contract.lot),
              "amount": format_eur(contract.estimated_amount, contract.language), "need": contract.need}
    for key, value in values.items():
        body = body.replace("{" + key + "}", value)
    return body


def draft_specification(contract, actor, *, body: str | None = None, note: str = "") -> SpecificationVersion:
    """Step 3: a new version of the specification (the first from the template); frozen once offers are asked."""
    if contract.state not in (ContractState.NEED, ContractState.SPECIFICATION):
        raise ValidationError(_("The specification can no longer change: offers have been requested."))
    with transaction.atomic():
        last = contract.specifications.aggregate(last=Max("number"))["last"] or 0
        version = SpecificationVersion.objects.create(
            contract=contract, number=last + 1, body=body if body and body.strip() else specification_from_template(contract),
            note=note, created_by=actor,
        )
        if contract.state == ContractState.NEED:
            _move(contract, "draft_specification", actor, message=Msg("Version %(number)s", **{"number": version.number}))
        else:
            record(contract, "revise_specification", actor=actor, message=Msg("Version %(number)s", **{"number": version.number}))
    return version


def set_criteria(contract, actor, criteria: list[tuple[str, str, int]]) -> None:
    """Award criteria, set in advance: at least one price and one quality criterion, weights summing to 100."""
    if contract.state not in (ContractState.NEED, ContractState.SPECIFICATION):
        raise ValidationError(_("The criteria are set before offers are requested and cannot change afterwards."))
    criteria = [(name.strip(), kind, int(weight)) for name, kind, weight in criteria if name and name.strip()]
    if any(weight <= 0 for _n, _k, weight in criteria):
        raise ValidationError(_("Each weight must be more than zero."))
    kinds = {kind for _n, kind, _w in criteria}
    if kinds != {Criterion.Kind.PRICE, Criterion.Kind.QUALITY}:
        raise ValidationError(_("Give at least one price criterion and one quality criterion."))
    if sum(weight for _n, _k, weight in criteria) != 100:
        raise ValidationError(_("The weights must add up to 100 (they add up to %(total)s).") % {"total": sum(w for _n, _k, w in criteria)})
    with transaction.atomic():
        contract.criteria.all().delete()
        for name, kind, weight in criteria:
            Criterion.objects.create(contract=contract, name=name, kind=kind, weight=weight)
        record(contract, "set_criteria", actor=actor, message=Msg("%(criteria)s", criteria={"sep": "; ", "join": [
            {"msg": "%(name)s (%(kind)s) %(weight)s", "params": {"name": n, "kind": {"t": k}, "weight": w}}
            for n, k, w in criteria]}))


# --- Step 4: the request goes out ------------------------------------------------------------------


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


# --- Cascade answers and the periodic task ---------------------------------------------------------


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


# --- Step 5: opening, scoring, award ---------------------------------------------------------------


def open_offers(contract, actor, *, now=None) -> None:
    now = now or timezone.now()
    _move(contract, "open_offers", actor, now=now, message=Msg("%(count)s offer(s) received", **{"count": contract.offers.count()}))
    mail.notify(mail.staff_users(), gettext_lazy("Offers to score: %(title)s"),
                gettext_lazy("The deadline has passed; the offers can now be scored (declare first that you have no conflict of interest)."),
                url_name="procurement:contract_detail", url_args=[contract.pk], title=contract.title)


def declare_no_conflict(contract, scorer, statement: str) -> ScorerDeclaration:
    if not statement.strip():
        raise ValidationError(_("Confirm the declaration."))
    declaration, created = ScorerDeclaration.objects.get_or_create(contract=contract, scorer=scorer, defaults={"statement": statement.strip()})
    if created:
        record(contract, "no_conflict_declared", actor=scorer, message=statement.strip())
    return declaration


def _scoring_refusal(contract, scorer) -> str | None:
    if contract.state != ContractState.EVALUATION:
        return _("Offers can be scored only after the deadline, while the contract is being evaluated.")
    if not contract.scorer_declarations.filter(scorer=scorer).exists():
        return _("Declare that you have no conflict of interest before scoring.")
    return None


def score_offer(offer, criterion, scorer, points: Decimal, *, now=None) -> Score:
    """One scorer's points for one offer on one quality criterion, checked under the contract's row lock."""
    with transaction.atomic():
        contract = SubsequentContract.objects.select_for_update().get(pk=offer.contract_id)
        if contract.state != ContractState.EVALUATION or offer.is_sealed(now):
            raise ValidationError(_("Offers can be scored only after the deadline, while the contract is being evaluated."))
        refusal = _scoring_refusal(contract, scorer)
        if refusal:
            raise ValidationError(refusal)
        if criterion.contract_id != contract.pk or criterion.kind != Criterion.Kind.QUALITY:
            raise ValidationError(_("Score only this contract's quality criteria; price is scored from the amounts."))
        if points < 0 or points > 10:
            raise ValidationError(_("Points go from 0 to 10."))
        score, _created = Score.objects.update_or_create(offer=offer, criterion=criterion, scorer=scorer, defaults={"points": points})
    return score


def score_offers(contract, scorer, points_for, *, now=None) -> int:
    """A scorer's points for every opened offer and quality criterion (`points_for(offer, criterion)`, None when
    left blank), all or nothing, checked once under the contract's row lock. Returns how many were saved."""
    saved = 0
    with transaction.atomic():
        contract = SubsequentContract.objects.select_for_update().get(pk=contract.pk)
        refusal = _scoring_refusal(contract, scorer)
        if refusal:
            raise ValidationError(refusal)
        criteria = list(contract.criteria.filter(kind=Criterion.Kind.QUALITY))
        for offer in Offer.objects.unsealed(now).filter(contract=contract):
            for criterion in criteria:
                points = points_for(offer, criterion)
                if points is not None:
                    score_offer(offer, criterion, scorer, points, now=now)
                    saved += 1
    return saved


def ranking(contract, now=None) -> list[dict]:
    """Each offer with its score per criterion and total (out of 100), best first.

    Price: weight × lowest price ÷ this price. Quality: weight × average points ÷ 10.
    """
    offers = list(Offer.objects.unsealed(now).filter(contract=contract).select_related("provider__organisation"))
    if not offers:
        return []
    lowest = min(offer.price for offer in offers)
    criteria = list(contract.criteria.all())
    rows = []
    for offer in offers:
        parts = []
        for criterion in criteria:
            if criterion.kind == Criterion.Kind.PRICE:
                value = Decimal(criterion.weight) * lowest / offer.price
            else:
                points = [s.points for s in offer.scores.all() if s.criterion_id == criterion.pk]
                value = Decimal(criterion.weight) * (sum(points) / len(points)) / 10 if points else Decimal(0)
            parts.append({"criterion": criterion, "score": value.quantize(Decimal("0.01"))})
        rows.append({"offer": offer, "parts": parts, "total": sum(p["score"] for p in parts)})
    rows.sort(key=lambda row: (-row["total"], row["offer"].price, row["offer"].submitted_at))
    for position, row in enumerate(rows, start=1):
        row["rank"] = position
    return rows


# An award off the ranking needs reasoning of substance: these words alone say nothing.
PLACEHOLDER_WORDS = {
    "test", "tests", "testing", "xxx", "xx", "x", "todo", "tbd", "tba", "lorem", "ipsum", "dolor", "sit", "amet", "asdf", "qwerty",
    "azerty", "blabla", "bla", "foo", "bar", "ok", "na", "n/a", "idem", "voir", "zie", "see", "above", "ci-dessus", "hierboven",
    "completer", "compléter", "aanvullen", "invullen", "fill", "later", "temp", "dummy", "sample", "exemple", "example", "voorbeeld",
}
MIN_REASONING_CHARS = 80
MIN_REASONING_WORDS = 10


def check_reasoning(text: str) -> str:
    """The reasoning of an award off the ranking: long enough, made of real words, not a placeholder."""
    import re

    from polyvox.core.text import search_key

    text = (text or "").strip()
    words = [word for word in re.findall(r"[^\W\d_]+", search_key(text)) if len(word) >= 2]
    distinct = set(words)
    meaningful = distinct - {search_key(w) for w in PLACEHOLDER_WORDS}
    if len(text) < MIN_REASONING_CHARS or len(meaningful) < MIN_REASONING_WORDS or len(meaningful) * 2 < len(distinct):
        raise ValidationError(_("Explain in at least %(chars)s characters and %(words)s different words why the best-ranked offer cannot be "
                                "awarded: the facts found, when and how they were checked. A placeholder such as “Test” is not a reasoning.")
                              % {"chars": MIN_REASONING_CHARS, "words": MIN_REASONING_WORDS})
    return text


def award(contract, actor, *, offer, justification: str, reasons: dict | None = None, ground: str = "", reasoning: str = "",
          now=None) -> str:
    """The award report: the chosen offer, the justification; unsuccessful providers are told why.

    Awarding the best-ranked offer needs nothing more. Any other offer needs a listed legal ground
    (`DeviationGround`), a reasoning of substance and the approval of a second staff member: the award is
    then only proposed (state `deviation_proposed`) until `approve_deviation`. Returns "awarded" or "proposed".
    """
    from polyvox.procurement.models import DeviationGround

    now = now or timezone.now()
    if contract.state != ContractState.EVALUATION:
        raise ValidationError(_("The offers have not been opened and scored yet."))
    if offer is None or offer.contract_id != contract.pk or offer.is_sealed(now):
        raise ValidationError(_("Choose one of this contract's offers."))
    if not justification.strip():
        raise ValidationError(_("Write the justification of the award."))
    check_amount(contract.lot, offer.price, exceptional=contract.exceptional, justification=contract.exceptional_justification,
                 actor=actor, exclude_pk=contract.pk)
    rows = ranking(contract, now)
    reasons = {pk: (text or "").strip() for pk, text in (reasons or {}).items()}
    best = rows[0]["offer"] if rows else offer
    if offer.pk != best.pk:
        if ground not in DeviationGround.values:
            raise ValidationError(_("This offer is not the best-ranked one: choose the legal ground for not awarding to the best-ranked offer."))
        reasoning = check_reasoning(reasoning)
        rank = next(row["rank"] for row in rows if row["offer"].pk == offer.pk)
        with transaction.atomic():
            contract.proposed_offer, contract.award_justification = offer, justification.strip()
            contract.deviation_ground, contract.deviation_reasoning, contract.deviation_proposed_by = ground, reasoning, actor
            contract.deviation_approved_by, contract.deviation_decided_on = None, None
            _move(contract, "propose_deviation", actor,
                           save_fields=("proposed_offer", "award_justification", "deviation_ground", "deviation_reasoning",
                                        "deviation_proposed_by", "deviation_approved_by", "deviation_decided_on"),
                           message=Msg("%(provider)s (ranked %(rank)s of %(count)s) instead of %(best)s (ranked 1). Ground: %(ground)s. %(reasoning)s", **{
                               "provider": offer.provider, "rank": rank, "count": len(rows), "best": best.provider,
                               "ground": DeviationGround(ground).label, "reasoning": reasoning}))
            for row in rows:
                if row["offer"].pk != offer.pk:
                    row["offer"].rejection_reason = reasons.get(row["offer"].pk, "")
                    row["offer"].save(update_fields=["rejection_reason"])
        mail.notify([user for user in mail.staff_users() if user.pk != getattr(actor, "pk", None)],
                    gettext_lazy("Award off the ranking to approve: %(title)s"),
                    gettext_lazy("An award to another offer than the best-ranked one was proposed on a legal ground. It needs the approval of "
                                 "a staff member other than the one who proposed it."),
                    url_name="procurement:contract_detail", url_args=[contract.pk], title=contract.title)
        return "proposed"
    with transaction.atomic():
        contract.awarded_offer, contract.award_justification, contract.awarded_on = offer, justification.strip(), timezone.localdate(now)
        contract.proposed_offer, contract.deviation_ground, contract.deviation_reasoning = None, "", ""
        _move(contract, "award", actor,
                       save_fields=("awarded_offer", "award_justification", "awarded_on", "proposed_offer", "deviation_ground", "deviation_reasoning"),
                       message=Msg("Awarded to %(provider)s", **{"provider": offer.provider}))
        _tell_unsuccessful(contract, rows, reasons, now)
    _notify_award(contract)
    return "awarded"


def approve_deviation(contract, actor, *, now=None) -> None:
    """A second staff member approves the award off the ranking: the award report is drawn up."""
    now = now or timezone.now()
    if contract.state != ContractState.DEVIATION_PROPOSED:
        raise ValidationError(_("No award off the ranking is waiting for approval."))
    rows = ranking(contract, now)
    with transaction.atomic():
        contract.awarded_offer, contract.awarded_on = contract.proposed_offer, timezone.localdate(now)
        contract.deviation_approved_by, contract.deviation_decided_on = actor, timezone.localdate(now)
        _move(contract, "approve_deviation", actor,
                       save_fields=("awarded_offer", "awarded_on", "deviation_approved_by", "deviation_decided_on"),
                       message=Msg("Awarded to %(provider)s. Ground: %(ground)s", **{"provider": contract.awarded_offer.provider,
                                                                                   "ground": DeviationGround(contract.deviation_ground).label}))
        reasons = {row["offer"].pk: row["offer"].rejection_reason for row in rows}
        _tell_unsuccessful(contract, rows, reasons, now)
    _notify_award(contract)


def refuse_deviation(contract, actor, *, reason: str) -> None:
    """The award off the ranking is refused (or withdrawn): back to the scoring, nobody is told anything was awarded."""
    if contract.state != ContractState.DEVIATION_PROPOSED:
        raise ValidationError(_("No award off the ranking is waiting for approval."))
    if not (reason or "").strip():
        raise ValidationError(_("Give the reason for refusing."))
    proposer = contract.deviation_proposed_by
    with transaction.atomic():
        contract.proposed_offer, contract.deviation_ground, contract.deviation_reasoning = None, "", ""
        contract.deviation_proposed_by, contract.award_justification = None, ""
        _move(contract, "refuse_deviation", actor,
                       save_fields=("proposed_offer", "deviation_ground", "deviation_reasoning", "deviation_proposed_by", "award_justification"),
                       message=reason.strip())
        contract.offers.update(rejection_reason="")
    if proposer is not None and proposer != actor:
        mail.notify([proposer], gettext_lazy("Award off the ranking refused: %(title)s"), gettext_lazy("Reason: %(reason)s"),
                    url_name="procurement:contract_detail", url_args=[contract.pk], title=contract.title, reason=reason.strip())


def _tell_unsuccessful(contract, rows, reasons, now):
    """Each unsuccessful provider learns the real ranking, the offer chosen and, off the ranking, the legal ground."""
    chosen = contract.awarded_offer
    chosen_rank = next((row["rank"] for row in rows if row["offer"].pk == chosen.pk), 1)
    ground = contract.deviation_ground
    for row in rows:
        other = row["offer"]
        if other.pk == chosen.pk:
            continue
        own = reasons.get(other.pk) or ""
        if ground:
            other.rejection_reason = own or contract.deviation_reasoning
        else:
            other.rejection_reason = own or contract.award_justification
        other.notified_at = now
        other.save(update_fields=["rejection_reason", "notified_at"])
        params = {"title": contract.title, "rank": row["rank"], "count": len(rows), "score": row["total"], "reasons": other.rejection_reason}
        if ground:
            mail.notify(mail.provider_users(other.provider), gettext_lazy("Your offer for %(title)s was not chosen"),
                        gettext_lazy("Your offer ranked %(rank)s of %(count)s with %(score)s points out of 100. The contract was awarded to "
                                     "the offer ranked %(chosen_rank)s (%(chosen)s), not to the best-ranked offer, on this legal ground: "
                                     "%(ground)s. Reasoning: %(reasoning)s Reasons concerning your offer: %(reasons)s"),
                        chosen_rank=chosen_rank, chosen=chosen.provider, ground=contract.get_deviation_ground_lazy(),
                        reasoning=contract.deviation_reasoning, **params)
        else:
            mail.notify(mail.provider_users(other.provider), gettext_lazy("Your offer for %(title)s was not chosen"),
                        gettext_lazy("Your offer ranked %(rank)s of %(count)s with %(score)s points out of 100. Reasons: %(reasons)s"),
                        **params)


def _notify_award(contract):
    mail.notify(mail.provider_users(contract.awarded_offer.provider), gettext_lazy("Your offer for %(title)s was chosen"),
                gettext_lazy("Your offer was chosen. The purchase order follows once the member's decision body has validated it."),
                url_name="procurement:contract_detail", url_args=[contract.pk], title=contract.title)
    mail.notify(mail.officials_of(contract.organisation), gettext_lazy("Award report ready: %(title)s"),
                gettext_lazy("The award report is ready. Please have your decision body validate the chosen offer and record its decision."),
                url_name="procurement:contract_detail", url_args=[contract.pk], title=contract.title)


# --- Steps 6 to 8 ---------------------------------------------------------------------------------


def validate(contract, actor, *, decision_body: str, decision_date, decision_reference: str) -> None:
    if not decision_body.strip() or not decision_reference.strip() or decision_date is None:
        raise ValidationError(_("Give the decision body, the date and the reference of its decision."))
    if decision_date > timezone.localdate():
        raise ValidationError(_("The date of the decision cannot be in the future."))
    contract.decision_body, contract.decision_date, contract.decision_reference = decision_body.strip(), decision_date, decision_reference.strip()
    _move(contract, "validate", actor, save_fields=("decision_body", "decision_date", "decision_reference"),
                   message=f"{contract.decision_body} · {decision_date} · {contract.decision_reference}")
    mail.notify(mail.staff_users(), gettext_lazy("Purchase order to issue: %(title)s"),
                gettext_lazy("The member's decision body validated the award. Please issue the purchase order."),
                url_name="procurement:contract_detail", url_args=[contract.pk], title=contract.title)


def issue_order(contract, actor, *, now=None) -> str:
    now = now or timezone.now()
    with transaction.atomic():
        year = timezone.localdate(now).year
        prefix = f"BC-{year}-"
        numbers = [int(n.rsplit("-", 1)[1]) for n in SubsequentContract.objects.filter(order_number__startswith=prefix).values_list("order_number", flat=True)]
        contract.order_number = f"{prefix}{max(numbers, default=0) + 1:04d}"
        contract.ordered_on = timezone.localdate(now)
        _move(contract, "issue_order", actor, save_fields=("order_number", "ordered_on"), message=contract.order_number)
    mail.notify(mail.provider_users(contract.awarded_offer.provider), gettext_lazy("Purchase order %(number)s"),
                gettext_lazy("The purchase order for “%(title)s” is issued. Please get in touch with the member to start the mission."),
                url_name="procurement:contract_detail", url_args=[contract.pk], number=contract.order_number, title=contract.title)
    mail.notify(mail.officials_of(contract.organisation), gettext_lazy("Purchase order %(number)s"),
                gettext_lazy("The purchase order for “%(title)s” is issued: you can launch the mission with the provider."),
                url_name="procurement:contract_detail", url_args=[contract.pk], number=contract.order_number, title=contract.title)
    return contract.order_number


def launch(contract, actor, *, launched_on=None) -> None:
    contract.launched_on = launched_on or timezone.localdate()
    _move(contract, "launch", actor, save_fields=("launched_on",))


def cancel(contract, actor, *, reason: str) -> None:
    if not reason.strip():
        raise ValidationError(_("Give the reason for cancelling."))
    contract.cancel_reason = reason.strip()
    _move(contract, "cancel", actor, save_fields=("cancel_reason",), message=contract.cancel_reason)
    people = list(mail.officials_of(contract.organisation))
    for invitation in contract.invitations.select_related("provider__organisation"):
        people += list(mail.provider_users(invitation.provider))
    mail.notify(people, gettext_lazy("Contract cancelled: %(title)s"), gettext_lazy("The contract was cancelled. Reason: %(reason)s"),
                title=contract.title, reason=contract.cancel_reason)


def _brussels(moment) -> str:
    if moment is None:
        return "—"
    return timezone.localtime(moment, timezone.get_default_timezone()).strftime("%d/%m/%Y %H:%M")
