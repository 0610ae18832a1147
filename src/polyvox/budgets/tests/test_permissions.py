"""Who may do what: citizens cannot review or manage; an editor of another organisation cannot manage."""

from __future__ import annotations

import pytest
from django.urls import reverse

from polyvox.budgets import services
from polyvox.budgets.models import Budget, Phase
from polyvox.budgets.tests.conftest import PASSWORD, add_projects
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


def login(client, user):
    assert client.login(email=user.email, password=PASSWORD)
    sign_in(client, user)  # the second factor too, for the organisers


def test_citizen_cannot_review_or_manage(client, budget, editor, citizen):
    (project,) = add_projects(budget, citizen, (1000,))
    services.move(budget, "close_call", actor=editor)
    login(client, citizen)
    assert client.get(reverse("budgets:review", args=[project.pk])).status_code == 403
    assert client.post(reverse("budgets:review", args=[project.pk]), {"decision": "accept"}).status_code == 403
    assert client.get(reverse("budgets:manage", args=[budget.pk])).status_code == 403
    assert client.post(reverse("budgets:transition", args=[budget.pk, "open_vote"])).status_code == 403
    assert client.post(reverse("budgets:codes-csv", args=[budget.pk])).status_code in (403, 405)
    project.refresh_from_db()
    assert project.review_state == "submitted"


def test_editor_of_another_organisation_cannot_manage(client, budget, editor, other_editor, citizen):
    (project,) = add_projects(budget, citizen, (1000,))
    services.move(budget, "close_call", actor=editor)
    login(client, other_editor)
    for name, args in (("manage", [budget.pk]), ("edit", [budget.pk]), ("codes-csv", [budget.pk])):
        assert client.get(reverse(f"budgets:{name}", args=args)).status_code == 403, name
    # A project awaiting review is not theirs to see: 404, as if it did not exist.
    assert client.get(reverse("budgets:review", args=[project.pk])).status_code == 404
    assert client.post(reverse("budgets:transition", args=[budget.pk, "close_call"])).status_code == 403
    assert client.post(reverse("budgets:paper", args=[budget.pk])).status_code == 403
    assert client.get(reverse("budgets:create", args=[budget.initiative.pk])).status_code == 403
    assert not other_editor.has_perm("budgets.manage_budget", budget)


def test_organisers_manage(client, budget, editor, staff):
    assert editor.has_perm("budgets.manage_budget", budget) and staff.has_perm("budgets.manage_budget", budget)
    login(client, editor)
    assert client.get(reverse("budgets:manage", args=[budget.pk])).status_code == 200
    response = client.post(reverse("budgets:create", args=[budget.initiative.pk]), {
        "title_fr": "Deuxième budget", "amount": "5000", "vote_method": "approval", "points_per_voter": "10",
        "max_ranked": "5", "eligibility": "code", "minimum_age": "16", "rule": "mes-add1",
    })
    assert response.status_code == 302
    created = Budget.objects.get(title_fr="Deuxième budget")
    assert created.phase == Phase.PREPARATION and created.initiative == budget.initiative


def test_vote_settings_fixed_once_the_vote_opens(client, voting_budget, editor):
    login(client, editor)
    client.post(reverse("budgets:edit", args=[voting_budget.pk]), {
        "title_fr": "Nouveau titre", "amount": "1", "vote_method": "cumulative", "points_per_voter": "10",
        "max_ranked": "5", "eligibility": "register", "minimum_age": "12", "rule": "greedy",
        "vote_closes_at": "2099-01-01T10:00",
    })
    voting_budget.refresh_from_db()
    assert voting_budget.title_fr == "Nouveau titre"
    assert (voting_budget.amount, voting_budget.vote_method, voting_budget.minimum_age, voting_budget.rule) == (30000, "approval", 16, "mes-add1")


def test_budget_in_preparation_or_unpublished_initiative_is_hidden(client, initiative, editor):
    budget = Budget.objects.create(initiative=initiative, title_fr="Brouillon", amount=1000)
    assert client.get(budget.get_absolute_url()).status_code == 404
    budget.phase = Phase.PROJECT_CALL
    budget.save()
    assert client.get(budget.get_absolute_url()).status_code == 200
    initiative.publication_state = "draft"
    initiative.save()
    assert client.get(budget.get_absolute_url()).status_code == 404
    login(client, editor)
    assert client.get(budget.get_absolute_url()).status_code == 200


def test_anonymous_visitor_is_sent_to_sign_in(client, voting_budget):
    response = client.get(reverse("budgets:vote", args=[voting_budget.pk]))
    assert response.status_code == 302 and "login" in response["Location"]
    response = client.get(reverse("budgets:project-new", args=[voting_budget.pk]))
    assert response.status_code == 302 and "login" in response["Location"]


def test_api_lists_public_budgets_and_projects_without_ballots(client, voting_budget, initiative):
    hidden = Budget.objects.create(initiative=initiative, title_fr="Brouillon", amount=1000)
    listing = client.get("/api/budgets/").json()
    assert [b["id"] for b in listing] == [voting_budget.pk]
    assert hidden.pk not in [b["id"] for b in listing]
    detail = client.get(f"/api/budgets/{voting_budget.pk}/").json()
    assert len(detail["projects"]) == 4 and detail["projects"][0]["votes"] is None
    assert "ballots" not in detail and detail["pabulib_url"] is None
    assert client.get(f"/api/budgets/{hidden.pk}/").status_code == 404
