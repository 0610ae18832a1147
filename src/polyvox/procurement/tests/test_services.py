import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from polyvox.core.transitions import TransitionNotAllowed, history
from polyvox.procurement import services
from polyvox.procurement.models import Offer
from polyvox.procurement.workflow import CONTRACT

from .conftest import later, lot, provider, provider_user


def recompetition(framework, member, official, staff, amount="45000"):
    contract = services.record_need(member, lot(framework, 3), official, title="Panel citoyen", need="Facilitation", amount=Decimal(amount))
    services.draft_specification(contract, staff)
    services.set_criteria(contract, staff, [("Prix", "price", 40), ("Méthodologie", "quality", 60)])
    services.invite_offers(contract, staff, deadline=later(days=10))
    return contract


def test_recompetition_end_to_end(framework, member, official, staff, clock):
    contract = recompetition(framework, member, official, staff)
    assert contract.procedure == "recompetition"
    assert contract.invitations.count() == 3
    first = services.submit_offer(contract, provider(3, 1), provider_user(3, 1), price=Decimal("44000"), proposal="A")
    services.submit_offer(contract, provider(3, 2), provider_user(3, 2), price=Decimal("40000"), proposal="B")
    again = services.submit_offer(contract, provider(3, 1), provider_user(3, 1), price=Decimal("42000"), proposal="A2")
    assert again.pk == first.pk and again.revision == 2 and Offer.objects.filter(contract=contract).count() == 2
    with pytest.raises(ValidationError):
        services.open_offers(contract, staff)
    clock.advance(days=11)
    services.advance_deadlines()
    contract.refresh_from_db()
    assert contract.state == "evaluation"
    with pytest.raises(ValidationError):
        services.submit_offer(contract, provider(3, 1), provider_user(3, 1), price=Decimal("1000"), proposal="late")
    quality = contract.criteria.get(kind="quality")
    offer_a = Offer.objects.get(contract=contract, provider=provider(3, 1))
    offer_b = Offer.objects.get(contract=contract, provider=provider(3, 2))
    with pytest.raises(ValidationError):
        services.score_offer(offer_a, quality, staff, Decimal(8))
    services.declare_no_conflict(contract, staff, "No conflict")
    services.score_offer(offer_a, quality, staff, Decimal(9))
    services.score_offer(offer_b, quality, staff, Decimal(5))
    rows = services.ranking(contract)
    assert rows[0]["offer"] == offer_a
    mail.outbox.clear()
    services.award(contract, staff, offer=offer_a, justification="Best value")
    assert any("p32@example.org" in m.to for m in mail.outbox)
    services.validate(contract, official, decision_body="Collège", decision_date=dt.date.today(), decision_reference="CBE/2026/12")
    number = services.issue_order(contract, staff)
    assert number.startswith("BC-")
    services.launch(contract, official)
    assert contract.state == "launched"
    actions = [entry.action for entry in history(contract)]
    assert actions[0] == "record_need" and "issue_order" in actions and actions[-1] == "launch"


def test_transition_not_in_table_refused(framework, member, official, staff):
    contract = recompetition(framework, member, official, staff)
    with pytest.raises(TransitionNotAllowed):
        CONTRACT.apply(contract, "issue_order", actor=staff)
    contract.refresh_from_db()
    assert contract.state == "tendering"


def test_cascade_moves_on_after_refusal_and_missed_deadline(framework, member, official, staff):
    contract = services.record_need(member, lot(framework, 4), official, title="Affiches", need="Com", amount=Decimal("20000"))
    assert contract.procedure == "cascade"
    services.draft_specification(contract, staff)
    first = services.start_cascade(contract, staff)
    assert first.provider == provider(4, 1)
    services.cascade_decline(contract, provider(4, 1), provider_user(4, 1), reason="Busy")
    second = services.current_cascade_invitation(contract)
    assert second.provider == provider(4, 2)
    services.advance_deadlines(now=second.deadline - dt.timedelta(minutes=1))
    assert services.current_cascade_invitation(contract).provider == provider(4, 2)
    services.advance_deadlines(now=second.deadline + dt.timedelta(minutes=1))
    third = services.current_cascade_invitation(contract)
    assert third.provider == provider(4, 3)
    services.cascade_accept(contract, provider(4, 3), provider_user(4, 3), price=Decimal("19500"), proposal="OK", now=third.deadline - dt.timedelta(hours=1))
    contract.refresh_from_db()
    assert contract.state == "awarded" and contract.awarded_offer.provider == provider(4, 3)
