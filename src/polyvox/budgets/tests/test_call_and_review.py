"""The budget's phases in order with their preconditions, the call for projects (pictures, bad input) and
the feasibility review (revised cost, public reasons)."""

from __future__ import annotations

import io
import os
from decimal import Decimal

import pytest
from django.urls import reverse
from PIL import Image

from polyvox.budgets import ballots, services
from polyvox.budgets.models import Phase, Project
from polyvox.budgets.tests.conftest import PASSWORD, add_projects, project_data
from polyvox.core.transitions import history
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


def login(client, user):
    assert client.login(email=user.email, password=PASSWORD)
    sign_in(client, user)  # the second factor too, for the organisers
    return client


def png(size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 140, 60)).save(buffer, "PNG")
    buffer.seek(0)
    buffer.name = "place.png"
    return buffer


# --- phases ---------------------------------------------------------------------------------------


def test_phases_only_in_order_with_preconditions(budget, editor, citizen):
    with pytest.raises(services.BudgetError):
        services.move(budget, "open_vote", actor=editor)  # not from the call
    services.move(budget, "close_call", actor=editor)
    # No project at all: the vote cannot open.
    assert "No project was accepted" in " ".join(services.blockers(budget, "open_vote"))
    with pytest.raises(services.BudgetError):
        services.move(budget, "open_vote", actor=editor)
    with pytest.raises(services.BudgetError):
        services.move(budget, "start_count", actor=editor)  # counting only after the vote closes
    assert [e.action for e in history(budget)] == ["open_call", "close_call"]


def test_vote_cannot_open_while_a_project_awaits_review(budget, editor, citizen):
    p1, p2 = add_projects(budget, citizen, (1000, 2000))
    services.move(budget, "close_call", actor=editor)
    services.review_project(p1, "accept", actor=editor)
    ballots.create_codes(budget, 2)
    assert services.blockers(budget, "open_vote") == ["Some projects still await the feasibility review."]
    services.review_project(p2, "reject", actor=editor, reason="Hors du périmètre.")
    services.move(budget, "open_vote", actor=editor)
    assert budget.phase == Phase.VOTING


def test_vote_needs_a_way_to_check_voters(budget, editor, citizen):
    (p,) = add_projects(budget, citizen, (1000,))
    services.move(budget, "close_call", actor=editor)
    services.review_project(p, "accept", actor=editor)
    assert "Create invitation codes first" in " ".join(services.blockers(budget, "open_vote"))
    budget.eligibility = "register"
    assert "Upload the register extract first" in " ".join(services.blockers(budget, "open_vote"))


def test_transitions_through_the_manage_page(client, budget, editor, citizen):
    login(client, editor)
    page = client.get(reverse("budgets:manage", args=[budget.pk]))
    assert page.status_code == 200 and "Close the call" in page.content.decode()
    client.post(reverse("budgets:transition", args=[budget.pk, "close_call"]))
    budget.refresh_from_db()
    assert budget.phase == Phase.REVIEW
    response = client.post(reverse("budgets:transition", args=[budget.pk, "open_vote"]), follow=True)
    budget.refresh_from_db()
    assert budget.phase == Phase.REVIEW
    assert "No project was accepted" in response.content.decode()
    assert client.post(reverse("budgets:transition", args=[budget.pk, "finish_count"])).status_code == 404


# --- the call for projects ------------------------------------------------------------------------


def test_citizen_submits_a_project_with_a_picture(client, budget, citizen):
    login(client, citizen)
    url = reverse("budgets:project-new", args=[budget.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {
        "title": "Un potager", "description": "Des bacs.", "category": "food", "cost_estimate": "4500",
        "latitude": "50.8250", "longitude": "4.2960", "picture": png(), "picture_alt": "Le terrain vague",
    })
    project = Project.objects.get()
    assert response.status_code == 302 and response["Location"] == project.get_absolute_url()
    assert project.author == citizen and project.review_state == "submitted"
    assert project.pictures.count() == 1
    picture = client.get(reverse("budgets:picture", args=[project.pictures.get().pk]))
    assert picture.status_code == 200
    # The author sees it; another visitor does not before the review.
    assert client.get(project.get_absolute_url()).status_code == 200
    client.logout()
    assert client.get(project.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("field, value, message", [
    ("cost_estimate", "-5", "greater than or equal to 1"),
    ("cost_estimate", "999999", "more than the whole amount"),
    ("latitude", "10", "must be in Belgium"),
    ("title", "", "This field is required"),
])
def test_bad_project_input_is_refused(client, budget, citizen, field, value, message):
    login(client, citizen)
    data = {"title": "X", "description": "Y", "category": "food", "cost_estimate": "100", "latitude": "50.82", "longitude": "4.29"}
    data[field] = value
    response = client.post(reverse("budgets:project-new", args=[budget.pk]), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Project.objects.exists()


def test_pictures_are_validated(client, budget, citizen):
    login(client, citizen)
    fake = io.BytesIO(b"this is not an image at all")
    fake.name = "photo.png"
    data = {"title": "X", "description": "Y", "category": "food", "cost_estimate": "100", "latitude": "50.82",
            "longitude": "4.29", "picture": fake, "picture_alt": "x"}
    response = client.post(reverse("budgets:project-new", args=[budget.pk]), data)
    assert response.status_code == 200 and not Project.objects.exists()
    big = io.BytesIO()
    Image.frombytes("RGB", (1400, 1000), os.urandom(1400 * 1000 * 3)).save(big, "PNG")
    big.seek(0)
    big.name = "big.png"
    assert big.getbuffer().nbytes > 3 * 1024 * 1024
    data["picture"] = big
    response = client.post(reverse("budgets:project-new", args=[budget.pk]), data)
    assert "at most 3 MB" in response.content.decode()
    data["picture"], data["picture_alt"] = png(), ""
    response = client.post(reverse("budgets:project-new", args=[budget.pk]), data)
    assert "Describe the picture" in response.content.decode()


def test_no_submission_outside_the_call(client, budget, editor, citizen):
    services.move(budget, "close_call", actor=editor)
    login(client, citizen)
    response = client.post(reverse("budgets:project-new", args=[budget.pk]), {"title": "X"})
    assert response.status_code == 302 and not Project.objects.exists()
    with pytest.raises(services.BudgetError):
        services.submit_project(budget, citizen, project_data())


# --- the review -----------------------------------------------------------------------------------


def test_review_accepts_with_revised_cost_and_rejects_with_public_reason(client, budget, editor, citizen):
    p1, p2 = add_projects(budget, citizen, (5000, 8000))
    services.move(budget, "close_call", actor=editor)
    login(client, editor)
    url = reverse("budgets:review", args=[p1.pk])
    response = client.post(url, {"decision": "accept", "cost": "6500", "cost_reason": ""})
    assert "Say why the cost was revised" in response.content.decode()
    client.post(url, {"decision": "accept", "cost": "6500", "cost_reason": "Raccordement électrique en plus."})
    p1.refresh_from_db()
    assert p1.review_state == "accepted" and p1.final_cost == Decimal("6500") and p1.cost_was_revised
    response = client.post(reverse("budgets:review", args=[p2.pk]), {"decision": "reject", "reason": ""})
    assert "A rejection needs a public reason" in response.content.decode()
    client.post(reverse("budgets:review", args=[p2.pk]), {"decision": "reject", "reason": "Voirie régionale."})
    p2.refresh_from_db()
    assert p2.review_state == "rejected" and p2.rejection_reason == "Voirie régionale."
    client.logout()
    page = client.get(budget.get_absolute_url()).content.decode()
    assert "Voirie régionale." in page
    detail = client.get(p1.get_absolute_url()).content.decode()
    assert "Raccordement électrique en plus." in detail and "Cost revised by the administration" in detail
    assert [e.action for e in history(p2)] == ["submit", "reject"]


def test_review_only_during_the_review(budget, editor, citizen):
    (p,) = add_projects(budget, citizen, (5000,))
    with pytest.raises(services.BudgetError):
        services.review_project(p, "accept", actor=editor)
