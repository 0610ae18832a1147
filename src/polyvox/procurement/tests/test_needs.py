"""One need, several lots: one subsequent contract per lot, all or nothing."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from polyvox.core.models import AuditEntry
from polyvox.procurement import services
from polyvox.procurement.models import Need, SubsequentContract
from polyvox.procurement.services import LotRequest

from .conftest import lot, provider_user
from polyvox.accounts.testing import sign_in


def test_one_need_several_lots_opens_one_contract_per_lot(framework, member, official):
    contracts = services.record_needs(member, official, title="Panel citoyen", need="Un panel de bout en bout", lots=[
        LotRequest(lot(framework, 3), Decimal("45000")), LotRequest(lot(framework, 5), Decimal("20000")), LotRequest(lot(framework, 2), Decimal("15000")),
    ])
    need = Need.objects.get()
    assert [c.lot.number for c in contracts] == [2, 3, 5]
    assert [c.procedure for c in contracts] == ["recompetition", "recompetition", "cascade"]
    assert all(c.need_record == need and c.state == "need" for c in contracts)
    assert need.total == Decimal("80000") and need.contracts.count() == 3
    # Every creation leaves its audit entry, through the same table as the single-lot case.
    for contract in contracts:
        assert [e.action for e in AuditEntry.objects.filter(object_id=str(contract.pk), content_type__model="subsequentcontract")] == ["record_need"]


def test_one_bad_amount_creates_nothing_and_names_the_lot(framework, member, official):
    with pytest.raises(ValidationError) as error:
        services.record_needs(member, official, title="T", need="N", lots=[
            LotRequest(lot(framework, 3), Decimal("20000")), LotRequest(lot(framework, 4), Decimal("75000")),
        ])
    assert list(error.value.message_dict) == ["lot_4"] and "Lot 4" in error.value.message_dict["lot_4"][0]
    assert not SubsequentContract.objects.exists() and not Need.objects.exists()


def test_exceptional_amount_accepted_for_staff_with_justification(framework, member, staff):
    contracts = services.record_needs(member, staff, title="T", need="N", lots=[
        LotRequest(lot(framework, 3), Decimal("20000")), LotRequest(lot(framework, 4), Decimal("75000"), exceptional=True, justification="Regional"),
    ])
    assert [c.exceptional for c in contracts] == [False, True]


def test_total_over_remaining_ceiling_refused(framework, member, official):
    framework.ceiling = Decimal("100000")
    framework.save()
    with pytest.raises(ValidationError) as error:
        services.record_needs(member, official, title="T", need="N", lots=[
            LotRequest(lot(framework, 1), Decimal("60000")), LotRequest(lot(framework, 3), Decimal("50000")),
        ])
    assert "exceed what remains" in error.value.message_dict["__all__"][0]
    assert not SubsequentContract.objects.exists() and not Need.objects.exists()
    assert len(services.record_needs(member, official, title="T", need="N", lots=[
        LotRequest(lot(framework, 1), Decimal("60000")), LotRequest(lot(framework, 3), Decimal("40000"))])) == 2


def test_form_several_lots_then_need_page_and_siblings(client, framework, member, official):
    sign_in(client, official)
    response = client.post("/fr/procurement/contracts/new/", {"organisation": member.pk, "title": "Panel", "need": "N",
                                                               "amount_2": "40.000", "amount_4": "12 500,50", "amount_6": ""})
    need = Need.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/fr/procurement/needs/{need.pk}/"
    amounts = {c.lot.number: (c.estimated_amount, c.procedure) for c in need.contracts.all()}
    assert amounts == {2: (Decimal("40000"), "recompetition"), 4: (Decimal("12500.50"), "cascade")}
    page = client.get(f"/fr/procurement/needs/{need.pk}/").content.decode()
    assert "besoin enregistré" in page and page.count("/fr/procurement/contracts/") >= 2
    first, second = need.contracts.order_by("lot__number")
    detail = client.get(first.get_absolute_url()).content.decode()
    assert second.get_absolute_url() in detail and need.get_absolute_url() in detail
    # A provider invited to one lot sees neither the need's page nor the other lots.
    sign_in(client, provider_user(4, 1))
    assert client.get(f"/fr/procurement/needs/{need.pk}/").status_code == 404


@pytest.mark.parametrize("language, words", [("fr", ["Lot 4", "plafond"]), ("nl", ["Perceel 4", "maximum"])])
def test_form_one_bad_lot_keeps_what_was_typed(client, framework, member, official, language, words):
    sign_in(client, official)
    response = client.post(f"/{language}/procurement/contracts/new/", {"organisation": member.pk, "title": "Panel", "need": "N",
                                                                       "amount_3": "20.000", "amount_4": "75.000"})
    html = response.content.decode()
    assert response.status_code == 400 and all(word in html for word in words), html
    assert 'value="Panel"' in html and 'value="20.000"' in html and 'value="75.000"' in html
    assert not SubsequentContract.objects.exists() and not Need.objects.exists()


def test_form_needs_at_least_one_lot(client, framework, member, official):
    sign_in(client, official)
    response = client.post("/fr/procurement/contracts/new/", {"organisation": member.pk, "title": "Panel", "need": "N"})
    assert response.status_code == 400 and not Need.objects.exists()
