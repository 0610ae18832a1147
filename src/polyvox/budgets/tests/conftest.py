"""Fixtures of the budget tests: an organiser organisation, its initiative, people with roles, budgets in a phase."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from polyvox.budgets import ballots, services
from polyvox.budgets.models import Budget, Project
from polyvox.core.tests.factories import initiative as make_initiative
from polyvox.core.tests.factories import organisation
from polyvox.organisations.models import Role, RoleAssignment

PASSWORD = "pw-budget-123"


def make_user(email, *, staff=False, role=None, org=None):
    user = get_user_model().objects.create_user(email=email, password=PASSWORD, is_staff=staff)
    if role:
        RoleAssignment.objects.create(user=user, organisation=org, role=role)
    if staff:
        from polyvox.core.tests.factories import give_staff_role

        give_staff_role(user)
    return user


@pytest.fixture
def org(db):
    return organisation("commune-anderlecht-test", "Commune d'Anderlecht (test)")


@pytest.fixture
def initiative(org):
    return make_initiative("Budget participatif Bizet (test)", organiser=org, latitude=50.8247, longitude=4.2955)


@pytest.fixture
def editor(org):
    return make_user("editor@test.example", role=Role.EDITOR, org=org)


@pytest.fixture
def other_editor(db):
    other = organisation("commune-ixelles-test", "Commune d'Ixelles (test)")
    return make_user("other.editor@test.example", role=Role.EDITOR, org=other)


@pytest.fixture
def staff(db):
    return make_user("staff@test.example", staff=True)


@pytest.fixture
def citizen(db):
    return make_user("citizen@test.example")


@pytest.fixture
def citizen2(db):
    return make_user("citizen2@test.example")


def project_data(title="Verdurisation", cost="10000", **extra):
    data = {"title": title, "description": "Des plantes.", "category": "greenery", "cost_estimate": Decimal(cost),
            "latitude": 50.8247, "longitude": 4.2955}
    data.update(extra)
    return data


@pytest.fixture
def budget(initiative, editor):
    b = Budget.objects.create(
        initiative=initiative, title_fr="Budget Bizet (test)", title_nl="Budget Bizet (test NL)", amount=Decimal("30000"),
        vote_closes_at=timezone.now() + timedelta(days=10),
    )
    services.move(b, "open_call", actor=editor)
    return b


def add_projects(budget, author, costs=(12000, 9000, 15000, 6000)):
    projects = []
    for i, cost in enumerate(costs):
        projects.append(services.submit_project(budget, author, project_data(f"Projet {i + 1}", str(cost))))
    return projects


@pytest.fixture
def voting_budget(budget, editor, citizen):
    """A budget open for voting with four accepted projects (12,000 / 9,000 / 15,000 / 6,000 of 30,000) and codes."""
    projects = add_projects(budget, citizen)
    services.move(budget, "close_call", actor=editor)
    for p in projects:
        services.review_project(p, "accept", actor=editor)
    ballots.create_codes(budget, 20)
    services.move(budget, "open_vote", actor=editor)
    budget.refresh_from_db()
    return budget


def codes(budget):
    return list(budget.codes.values_list("code", flat=True))


def accepted(budget):
    return list(Project.objects.filter(budget=budget, review_state="accepted").order_by("id"))


def birth_years_ago(years, days=0):
    today = date.today()
    return date(today.year - years, today.month, min(today.day, 28)) + timedelta(days=days)


@pytest.fixture(autouse=True)
def english():
    """Pages in English (the source strings): addresses reversed now start with /en/."""
    from django.utils import translation

    with translation.override("en"):
        yield
