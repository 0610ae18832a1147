"""Bad input to the budget's pages answers a clear message and changes nothing; pictures of a project awaiting
review are seen by its author and the organisers only."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.budgets import services
from polyvox.budgets.models import Ballot, RegisterEntry
from polyvox.budgets.tests.conftest import PASSWORD, accepted, codes, make_user
from polyvox.budgets.tests.test_call_and_review import png
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


def login(client, user):
    assert client.login(email=user.email, password=PASSWORD)
    sign_in(client, user)  # the second factor too, for the organisers
    return client


def upload(text: str, name="file.csv"):
    data = io.BytesIO(text.encode())
    data.name = name
    return data


@pytest.mark.parametrize("value", ["abc", "1.5", "-1", "٣", "99999999999999999999999"])
def test_election_file_with_a_district_that_is_not_one_answers_400(client, voting_budget, editor, value):
    login(client, editor)
    response = client.get(reverse("budgets:pabulib", args=[voting_budget.pk]), {"district": value})
    assert response.status_code == 400
    assert "There is no district" in response.content.decode()


def test_election_file_district_message_in_the_visitors_language(client, voting_budget, editor):
    login(client, editor)
    with translation.override("nl"):
        url = reverse("budgets:pabulib", args=[voting_budget.pk])
    response = client.get(url, {"district": "abc"})
    assert response.status_code == 400 and "Er is geen wijk" in response.content.decode()


def test_register_with_a_cell_over_the_csv_limit_is_refused_and_keeps_the_old_register(client, voting_budget, editor):
    voting_budget.eligibility = "register"
    voting_budget.save()
    login(client, editor)
    url = reverse("budgets:register", args=[voting_budget.pk])
    client.post(url, {"file": upload("national_id;birth_date\n85073003361;1985-07-30\n")})
    assert RegisterEntry.objects.count() == 1
    huge = "national_id;birth_date\n" + "9" * 140_000 + ";1985-07-30\n"
    page = client.post(url, {"file": upload(huge)}, follow=True)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Line 2" in text and "Nothing was imported" in text
    assert RegisterEntry.objects.count() == 1


@pytest.mark.parametrize("bad_cell", ["X" * 140_000, '"' + "X" * 200_000, "AB\x00CD"])
def test_paper_ballots_with_a_huge_or_nul_cell_are_refused(client, voting_budget, editor, bad_cell):
    p1 = accepted(voting_budget)[0]
    c = codes(voting_budget)
    login(client, editor)
    text = f"voter;projects\n{c[0]};{p1.pk}\n{bad_cell};{p1.pk}\n"
    page = client.post(reverse("budgets:paper", args=[voting_budget.pk]), {"file": upload(text)}, follow=True)
    assert page.status_code == 200
    assert "Line 3" in page.content.decode() and "Nothing was imported" in page.content.decode()
    assert not Ballot.objects.exists()


def test_nul_in_a_form_answers_a_translated_400_and_changes_nothing(client, voting_budget, editor):
    login(client, editor)
    response = client.post(reverse("budgets:add-district", args=[voting_budget.pk]), {"name": "No\x00rd", "amount": "100"})
    assert response.status_code == 400
    assert "NUL" in response.content.decode()
    assert not voting_budget.districts.exists()
    with translation.override("fr"):
        url = reverse("budgets:add-district", args=[voting_budget.pk])
    response = client.post(url, {"name": "No\x00rd", "amount": "100"})
    assert response.status_code == 400 and "caractère" in response.content.decode()


# --- pictures ---------------------------------------------------------------------------------------


def test_picture_of_a_project_awaiting_review_is_not_served_to_others(client, budget, editor, citizen):
    author = login(client, citizen)
    response = author.post(reverse("budgets:project-new", args=[budget.pk]), {
        "title": "Un potager", "description": "Des bacs.", "category": "food", "cost_estimate": "4500",
        "latitude": "50.8250", "longitude": "4.2960", "picture": png(), "picture_alt": "Le terrain vague",
    })
    assert response.status_code == 302
    project = budget.projects.get()
    picture_url = reverse("budgets:picture", args=[project.pictures.get().pk])
    assert author.get(picture_url).status_code == 200
    author.logout()
    assert client.get(picture_url).status_code == 404  # anonymous
    login(client, make_user("neighbour@test.example"))
    assert client.get(picture_url).status_code == 404  # another resident
    client.logout()
    login(client, editor)
    assert client.get(picture_url).status_code == 200  # the organisers review it
    services.move(budget, "close_call", actor=editor)
    services.review_project(project, "accept", actor=editor)
    client.logout()
    assert client.get(picture_url).status_code == 200  # public once accepted
    # The file itself is never reachable at a plain media address.
    assert client.get("/media/" + project.pictures.get().image.name).status_code == 404


def test_superscript_digits_in_a_ballot_or_a_paper_file_are_refused_not_500(client, voting_budget, editor, citizen):
    # "²".isdigit() is True but int("²") raises: both were 500s.
    c = codes(voting_budget)
    login(client, citizen)
    response = client.post(reverse("budgets:vote", args=[voting_budget.pk]), {"code": c[0], "project": ["²"]})
    assert response.status_code == 400 and not Ballot.objects.exists()
    client.logout()
    login(client, editor)
    page = client.post(reverse("budgets:paper", args=[voting_budget.pk]), {"file": upload(f"voter;projects\n{c[1]};²\n")},
                       follow=True)
    assert page.status_code == 200 and "Line 2" in page.content.decode() and not Ballot.objects.exists()
