"""The demo: the four example requests, each in FR, NL and EN, with counts derived from their rows; idempotent."""

from __future__ import annotations

import io

import pytest
from django.db.models import Sum

from polyvox.petitions import demo, services
from polyvox.petitions.models import Petition, State

pytestmark = pytest.mark.django_db


def test_demo_requests(world):
    from polyvox.organisations import demo as organisations_demo

    organisations_demo.load(io.StringIO(), {})
    out = io.StringIO()
    demo.load(out, {})
    demo.load(out, {})  # a second run adds nothing
    examples = Petition.objects.filter(is_example=True)
    assert examples.count() == 4
    states = {p.channel.kind + ":" + p.state for p in examples}
    assert states == {"petition:scheduled", "suggestion:open", "interpellation:scheduled", "suggestion:refused"}
    regional = examples.get(channel__kind="petition")
    assert regional.signature_count >= regional.threshold == 1000 and regional.hearing_at and regional.answer_due
    interpellation = examples.get(channel__kind="interpellation")
    assert interpellation.municipality.nis_code == "21001" and interpellation.sitting is not None
    suggestion = examples.get(channel__kind="suggestion", state=State.OPEN)
    assert suggestion.tallies.filter(count__gt=0).count() == 19
    refused = examples.get(state=State.REFUSED)
    assert refused.refusal_reasons_nl and refused.refusal_reasons_en
    for petition in examples:
        assert all(getattr(petition, f"title_{code}") for code in ("fr", "nl", "en"))
        assert petition.signature_count == petition.signatures.filter(state="valid").count() \
            == (petition.tallies.aggregate(n=Sum("count"))["n"] or 0)
    assert services.reconcile() == []
