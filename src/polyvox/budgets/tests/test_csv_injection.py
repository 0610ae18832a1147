"""The invitation codes' export writes formula-like cells as text."""

import pytest
from django.urls import reverse

from polyvox.budgets.models import InvitationCode
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


def test_codes_csv_neutralises_formulas(client, budget, editor):
    sign_in(client, editor)
    InvitationCode.objects.create(budget=budget, code="=1+1")
    InvitationCode.objects.create(budget=budget, code="ABCD")
    text = client.get(reverse("budgets:codes-csv", args=[budget.pk])).content.decode()
    assert text.splitlines() == ["code", "'=1+1", "ABCD"]


def test_pabulib_download_neutralises_formulas(client, voting_budget, editor):
    from polyvox.budgets.tests.conftest import accepted
    from polyvox.engines.budgeting import read_pabulib

    project = accepted(voting_budget)[0]
    type(project).objects.filter(pk=project.pk).update(title_fr="=cmd|' /C calc'!A0")
    sign_in(client, editor)
    text = client.get(reverse("budgets:pabulib", args=[voting_budget.pk])).content.decode()
    assert "'=cmd|' /C calc'!A0" in text and ";=cmd" not in text
    assert read_pabulib(text).projects[str(project.pk)].name == "'=cmd|' /C calc'!A0"
