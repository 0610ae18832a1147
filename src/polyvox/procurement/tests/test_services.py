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
        CONTRACT.apply(contract, "issue_order", by=staff)
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


def test_lot_ceiling_refused_unless_staff_mark_it_exceptional(framework, member, official, staff):
    with pytest.raises(ValidationError, match="ceiling"):
        services.record_need(member, lot(framework, 2), official, title="T", need="N", amount=Decimal("60000.01"))
    with pytest.raises(ValidationError, match="staff"):
        services.record_need(member, lot(framework, 2), official, title="T", need="N", amount=Decimal("70000"), exceptional=True, justification="Big")
    with pytest.raises(ValidationError, match="justification"):
        services.record_need(member, lot(framework, 2), staff, title="T", need="N", amount=Decimal("70000"), exceptional=True, justification=" ")
    contract = services.record_need(member, lot(framework, 2), staff, title="T", need="N", amount=Decimal("70000"), exceptional=True, justification="Regional scale")
    assert contract.exceptional and contract.procedure == "recompetition"
    assert services.record_need(member, lot(framework, 2), official, title="T", need="N", amount=Decimal("60000")).pk


def test_framework_remaining_ceiling(framework, member, official, staff):
    framework.ceiling = Decimal("100000")
    framework.save()
    services.record_need(member, lot(framework, 1), official, title="A", need="N", amount=Decimal("80000"))
    with pytest.raises(ValidationError, match="remains"):
        services.record_need(member, lot(framework, 1), official, title="B", need="N", amount=Decimal("20000.01"))
    assert services.record_need(member, lot(framework, 3), official, title="C", need="N", amount=Decimal("20000")).procedure == "cascade"


def test_procedure_follows_lot_and_amount(framework, member, official):
    assert services.record_need(member, lot(framework, 1), official, title="A", need="N", amount=Decimal("20000")).procedure == "recompetition"
    assert services.record_need(member, lot(framework, 2), official, title="A", need="N", amount=Decimal("10000")).procedure == "recompetition"
    assert services.record_need(member, lot(framework, 5), official, title="A", need="N", amount=Decimal("30000")).procedure == "cascade"
    assert services.record_need(member, lot(framework, 5), official, title="A", need="N", amount=Decimal("30000.01")).procedure == "recompetition"


def test_not_a_member_refused(framework, official):
    from polyvox.organisations.models import Organisation

    other = Organisation.objects.create(name="CPAS X", slug="cpas-x", kind="cpas")
    with pytest.raises(ValidationError, match="membership protocol"):
        services.record_need(other, lot(framework, 3), official, title="A", need="N", amount=Decimal("20000"))


def test_bad_offers(framework, member, official, staff, clock):
    from django.core.files.uploadedfile import SimpleUploadedFile

    contract = recompetition(framework, member, official, staff)
    outsider = provider(4, 1)
    with pytest.raises(ValidationError, match="holding this lot"):
        services.submit_offer(contract, outsider, provider_user(4, 1), price=Decimal("1000"), proposal="X")
    with pytest.raises(ValidationError, match="not a PDF"):
        services.submit_offer(contract, provider(3, 1), provider_user(3, 1), price=Decimal("1000"), proposal="X",
                              document=SimpleUploadedFile("x.pdf", b"<html>", content_type="application/pdf"))
    assert not Offer.objects.exists()
    services.submit_offer(contract, provider(3, 1), provider_user(3, 1), price=Decimal("1000"), proposal="first")
    clock.advance(days=10, seconds=1)
    with pytest.raises(ValidationError, match="late"):
        services.submit_offer(contract, provider(3, 1), provider_user(3, 1), price=Decimal("900"), proposal="second, too late")
    with pytest.raises(ValidationError, match="late"):
        services.submit_offer(contract, provider(3, 2), provider_user(3, 2), price=Decimal("900"), proposal="late")
    offer = Offer.objects.get()
    assert offer.proposal == "first" and offer.price == Decimal("1000") and offer.revision == 1


def test_criteria_rules(framework, member, official, staff):
    contract = services.record_need(member, lot(framework, 1), official, title="A", need="N", amount=Decimal("50000"))
    with pytest.raises(ValidationError, match="100"):
        services.set_criteria(contract, staff, [("Prix", "price", 40), ("Qualité", "quality", 50)])
    with pytest.raises(ValidationError, match="price criterion"):
        services.set_criteria(contract, staff, [("Qualité", "quality", 100)])
    services.draft_specification(contract, staff)
    with pytest.raises(ValidationError, match="criteria"):
        services.invite_offers(contract, staff, deadline=later(days=3))
    services.set_criteria(contract, staff, [("Prix", "price", 30), ("Qualité", "quality", 70)])
    with pytest.raises(ValidationError, match="future"):
        services.invite_offers(contract, staff, deadline=later(days=-1))
    services.invite_offers(contract, staff, deadline=later(days=3))
    with pytest.raises(ValidationError):
        services.set_criteria(contract, staff, [("Prix", "price", 50), ("Qualité", "quality", 50)])
    with pytest.raises(ValidationError):
        services.draft_specification(contract, staff, body="changed after the request")


def test_specification_versions_from_template(framework, member, official, staff):
    contract = services.record_need(member, lot(framework, 3), official, title="Panel", need="Facilitate a panel", amount=Decimal("45000"))
    first = services.draft_specification(contract, staff)
    assert "Panel" in first.body and "45 000,00 €" in first.body and "Facilitate a panel" in first.body
    second = services.draft_specification(contract, official, body="# New text", note="member's edits")
    assert (first.number, second.number) == (1, 2) and contract.current_specification() == second


def test_questions_answers_published_to_all(framework, member, official, staff):
    contract = recompetition(framework, member, official, staff)
    question = services.ask_question(contract, provider(3, 1), provider_user(3, 1), "Is a bilingual team required?")
    mail.outbox.clear()
    services.answer_question(question, staff, "Yes, FR and NL.")
    recipients = {address for message in mail.outbox for address in message.to}
    assert {"p31@example.org", "p32@example.org", "p33@example.org"} <= recipients
    with pytest.raises(ValidationError):
        services.ask_question(contract, provider(4, 1), provider_user(4, 1), "Outsider?")


def test_notifications_in_recipient_language(framework, member, official, staff):
    mail.outbox.clear()
    recompetition(framework, member, official, staff)
    dutch = [m for m in mail.outbox if m.to == ["p32@example.org"]][0]
    french = [m for m in mail.outbox if m.to == ["p31@example.org"]][0]
    assert dutch.subject != french.subject


def test_cancel_needs_reason_and_any_step(framework, member, official, staff):
    contract = recompetition(framework, member, official, staff)
    with pytest.raises(ValidationError):
        services.cancel(contract, staff, reason=" ")
    services.cancel(contract, official, reason="Budget withdrawn")
    assert contract.state == "cancelled"
    with pytest.raises(TransitionNotAllowed):
        services.cancel(contract, staff, reason="again")


def test_cascade_exhausted_goes_back_to_the_service(framework, member, official, staff):
    contract = services.record_need(member, lot(framework, 6), official, title="Eval", need="N", amount=Decimal("12000"))
    services.draft_specification(contract, staff)
    services.start_cascade(contract, staff)
    for rank in (1, 2, 3):
        services.cascade_decline(contract, provider(6, rank), provider_user(6, rank), reason="No")
    contract.refresh_from_db()
    assert contract.state == "specification"
    assert [e.action for e in history(contract)][-1] == "exhaust"


def test_cascade_refuses_late_or_wrong_provider_or_too_high(framework, member, official, staff, clock):
    contract = services.record_need(member, lot(framework, 5), official, title="Recruit", need="N", amount=Decimal("25000"))
    services.draft_specification(contract, staff)
    services.start_cascade(contract, staff)
    with pytest.raises(ValidationError):
        services.cascade_accept(contract, provider(5, 2), provider_user(5, 2), price=Decimal("20000"), proposal="jump the queue")
    with pytest.raises(ValidationError, match="cascade"):
        services.cascade_accept(contract, provider(5, 1), provider_user(5, 1), price=Decimal("30000.01"), proposal="too high")
    clock.advance(days=6)
    with pytest.raises(ValidationError, match="late"):
        services.cascade_accept(contract, provider(5, 1), provider_user(5, 1), price=Decimal("20000"), proposal="late")
    from polyvox.procurement.tasks import advance_cascades

    advance_cascades.enqueue()
    assert services.current_cascade_invitation(contract).provider == provider(5, 2)
    advance_cascades.enqueue()  # idempotent
    assert services.current_cascade_invitation(contract).provider == provider(5, 2)


def test_cascade_deadline_is_end_of_day_in_brussels(framework):
    import zoneinfo

    moment = dt.datetime(2026, 3, 27, 23, 30, tzinfo=dt.timezone.utc)  # already 28 March in Brussels
    deadline = services.cascade_deadline(moment, 5)
    local = deadline.astimezone(zoneinfo.ZoneInfo("Europe/Brussels"))
    assert (local.date(), local.hour, local.minute) == (dt.date(2026, 4, 2), 23, 59)
    assert local.utcoffset() == dt.timedelta(hours=2)  # summer time from 29 March


def test_membership_flow(framework, staff):
    from polyvox.organisations.models import Organisation

    body = Organisation.objects.create(name="Foyer X", slug="foyer-x", kind="sisp")
    provider_org = Organisation.objects.get(slug="provider-1-1")
    with pytest.raises(ValidationError, match="public bodies"):
        services.request_membership(provider_org, staff)
    membership = services.request_membership(body, staff, language="nl")
    with pytest.raises(ValidationError):
        services.request_membership(body, staff)
    with pytest.raises(TransitionNotAllowed):
        services.sign_membership(membership, staff, signed_on=dt.date.today(), signatory_name="X")
    services.record_needs_meeting(body, staff, date=dt.date.today(), membership=membership)
    services.sign_membership(membership, staff, signed_on=dt.date.today(), signatory_name="Jan Peeters", signatory_function="Directeur")
    assert membership.state == "member" and services.is_member(body)
    assert [e.action for e in history(membership)] == ["request", "record_meeting", "sign"]
