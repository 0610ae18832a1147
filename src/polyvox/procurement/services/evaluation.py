"""Step 5: offers opened after the deadline, scored (after a declaration of no conflict of interest) and
ranked; the award report, or an award off the ranking proposed and approved by a second person."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.transitions import Msg, record
from polyvox.procurement import notifications as mail
from polyvox.procurement.models import ContractState, Criterion, DeviationGround, Offer, Score, ScorerDeclaration, SubsequentContract
from polyvox.procurement.services.common import _move
from polyvox.procurement.services.needs import check_amount


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
