"""The dashboard's figures (the seed's, computed live) and their CSV export."""

from __future__ import annotations

import io
from collections import defaultdict
from decimal import Decimal

from polyvox.core import spreadsheet
from polyvox.organisations.models import OrganisationKind
from polyvox.procurement.models import (
    LAUNCHED_STATES, PREPARATION_STATES, ContractState, Membership, NeedsMeeting, SubsequentContract,
)
from polyvox.procurement.services import current_framework


def figures(framework=None) -> dict:
    """Every figure of the dashboard, with keys naming each in English words; amounts as strings (EUR excl. VAT)."""
    framework = framework or current_framework()
    if framework is None:
        return {}
    contracts = list(SubsequentContract.objects.filter(framework=framework).select_related("lot", "awarded_offer"))
    threshold = framework.cascade_threshold
    kinds = dict(OrganisationKind.choices)
    members_by_kind: dict[str, int] = defaultdict(int)
    for membership in Membership.objects.filter(framework=framework, state=Membership.State.MEMBER).select_related("organisation"):
        members_by_kind[membership.organisation.kind] += 1
    by_lot = {lot.number: {"lot": lot.number, "title": lot.title, "ceiling": lot.ceiling, "contracts": 0, "amount": Decimal(0), "launched_amount": Decimal(0)}
              for lot in framework.lots.all()}
    by_year: dict[int, dict] = {}
    for contract in contracts:
        if contract.state == ContractState.CANCELLED:
            continue
        row = by_lot.setdefault(contract.lot.number, {"lot": contract.lot.number, "title": contract.lot.title, "ceiling": contract.lot.ceiling,
                                                      "contracts": 0, "amount": Decimal(0), "launched_amount": Decimal(0)})
        row["contracts"] += 1
        row["amount"] += contract.amount
        year = by_year.setdefault(contract.created_at.year, {"year": contract.created_at.year, "contracts": 0, "amount": Decimal(0), "launched_amount": Decimal(0)})
        year["contracts"] += 1
        year["amount"] += contract.amount
        if contract.state in LAUNCHED_STATES:
            row["launched_amount"] += contract.amount
            year["launched_amount"] += contract.amount
    consumed = sum((c.amount for c in contracts if c.state in LAUNCHED_STATES), Decimal(0))
    committed = sum((c.amount for c in contracts if c.state != ContractState.CANCELLED), Decimal(0))
    return {
        "meetings": NeedsMeeting.objects.count(),
        "protocols_signed": Membership.objects.filter(framework=framework, state=Membership.State.MEMBER).count(),
        "contracts_launched": sum(1 for c in contracts if c.state in LAUNCHED_STATES),
        "contracts_in_preparation": sum(1 for c in contracts if c.state in PREPARATION_STATES),
        "contracts_cancelled": sum(1 for c in contracts if c.state == ContractState.CANCELLED),
        "contracts_under_threshold": sum(1 for c in contracts if c.amount <= threshold),
        "contracts_over_threshold": sum(1 for c in contracts if c.amount > threshold),
        "threshold": threshold,
        "members_by_kind": [{"kind": kind, "label": str(kinds.get(kind, kind)), "count": count} for kind, count in sorted(members_by_kind.items())],
        "amounts_by_lot": [by_lot[number] for number in sorted(by_lot)],
        "amounts_by_year": [by_year[year] for year in sorted(by_year)],
        "framework": {"name": framework.name, "start_date": framework.start_date, "end_date": framework.end_date, "ceiling": framework.ceiling,
                      "consumed": consumed, "committed": committed, "remaining": framework.ceiling - committed},
    }


def as_json(data: dict) -> dict:
    """Decimals and dates as strings, ready for JSON."""
    def convert(value):
        if isinstance(value, dict):
            return {key: convert(item) for key, item in value.items()}
        if isinstance(value, list):
            return [convert(item) for item in value]
        if isinstance(value, Decimal):
            return str(value.quantize(Decimal("0.01")))
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return value
    return convert(data)


def as_csv(data: dict) -> str:
    """One row per figure: section, key, value (amounts in EUR excl. VAT)."""
    out = io.StringIO()
    writer = spreadsheet.writer(out)
    writer.writerow(["section", "key", "value"])
    data = as_json(data)
    for key in ("meetings", "protocols_signed", "contracts_launched", "contracts_in_preparation", "contracts_cancelled",
                "contracts_under_threshold", "contracts_over_threshold", "threshold"):
        writer.writerow(["figures", key, data[key]])
    for row in data["members_by_kind"]:
        writer.writerow(["members_by_kind", row["kind"], row["count"]])
    for row in data["amounts_by_lot"]:
        writer.writerow(["amounts_by_lot", f"lot {row['lot']}", row["amount"]])
        writer.writerow(["contracts_by_lot", f"lot {row['lot']}", row["contracts"]])
    for row in data["amounts_by_year"]:
        writer.writerow(["amounts_by_year", row["year"], row["amount"]])
    for key in ("ceiling", "consumed", "committed", "remaining"):
        writer.writerow(["framework", key, data["framework"][key]])
    return out.getvalue()
