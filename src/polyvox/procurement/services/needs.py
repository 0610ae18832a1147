"""Steps 1 to 3 of a subsequent contract: the need (one contract per lot, under the lots' and the framework's
ceilings), then its specification, co-drafted from the template, and its award criteria."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.transitions import Msg, record
from polyvox.organisations.rules import is_service_staff
from polyvox.procurement import notifications as mail
from polyvox.procurement.amounts import format_eur
from polyvox.procurement.models import (
    ContractState, Criterion, FrameworkContract, Membership, Need, Procedure, SpecificationTemplate, SpecificationVersion,
    SubsequentContract,
)
from polyvox.procurement.services.common import _move
from polyvox.procurement.services.membership import is_member


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
