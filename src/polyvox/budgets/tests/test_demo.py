"""The Bizet demo budget: projects on the map, rejected ones with reasons, ballots, the MES count, follow-up."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from polyvox.budgets import demo
from polyvox.budgets.models import Budget, Phase
from polyvox.core.tests.factories import initiative as make_initiative
from polyvox.core.tests.factories import organisation
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


def test_demo_links_the_bizet_budget_idempotently(client):
    get_user_model().objects.create_user(email="citizen@polyvox.example", password="x")
    bizet = make_initiative("Budget de participation du CQD Bizet", organiser=organisation(), slug=demo.INITIATIVE_SLUG)
    out = io.StringIO()
    demo.load(out, {})
    demo.link(out, {})
    demo.link(out, {})
    assert Budget.objects.count() == 1
    budget = Budget.objects.get()
    assert budget.initiative == bizet and budget.phase == Phase.FOLLOW_UP
    projects = budget.projects.all()
    assert 10 <= projects.count() <= 15
    assert all(abs(p.latitude - 50.8247) < 0.01 and abs(p.longitude - 4.2955) < 0.01 for p in projects)
    rejected = projects.filter(review_state="rejected")
    assert rejected.count() >= 2 and all(p.rejection_reason_fr and p.rejection_reason_nl for p in rejected)
    assert all(p.title_fr and p.title_nl and p.title_en for p in projects)
    assert 200 <= budget.ballots.count() <= 500 and budget.ballots.filter(channel="paper").exists()
    pot = budget.result["pots"][0]
    assert pot["result"]["rule"]["name"] == "mes" and pot["result"]["rule"]["completion"] == "add1"
    funded = projects.filter(funded=True)
    assert funded.exists() and sum(p.final_cost for p in funded) <= budget.amount
    assert {str(p.pk) for p in funded} == set(pot["result"]["selected"])
    assert all(p.implementation for p in funded) and all(p.updates.exists() for p in funded)
    page = client.get(reverse("budgets:results", args=[budget.pk]))
    assert page.status_code == 200
    # The demo citizen holds an online ballot and sees what their share paid for.
    sign_in(client, get_user_model().objects.get(email="citizen@polyvox.example"))
    assert "Your share" in client.get(reverse("budgets:results", args=[budget.pk])).content.decode()
    client.logout()
    detail = client.get(bizet.get_absolute_url()).content.decode()
    assert budget.get_absolute_url() in detail
