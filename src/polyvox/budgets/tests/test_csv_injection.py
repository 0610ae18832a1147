"""The invitation codes' export writes formula-like cells as text."""

import pytest
from django.urls import reverse

from polyvox.budgets.models import InvitationCode

pytestmark = pytest.mark.django_db


def test_codes_csv_neutralises_formulas(client, budget, editor):
    client.force_login(editor)
    InvitationCode.objects.create(budget=budget, code="=1+1")
    InvitationCode.objects.create(budget=budget, code="ABCD")
    text = client.get(reverse("budgets:codes-csv", args=[budget.pk])).content.decode()
    assert text.splitlines() == ["code", "'=1+1", "ABCD"]
