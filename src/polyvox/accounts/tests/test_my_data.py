"""Every account holder downloads all the data held about them, as JSON, from their profile."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from polyvox.accounts.models import User
from polyvox.core.tests.factories import initiative, organisation
from polyvox.organisations.models import RoleAssignment
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def person():
    user = User.objects.create_user(email="ana@example.test", password="x-pass-2026", display_name="Ana P.", first_name="Ana",
                                    last_name="Peeters", email_confirmed=True)
    RoleAssignment.objects.create(user=user, organisation=organisation(), role="editor")
    return user


@pytest.fixture
def her_records(person):
    from polyvox.budgets.models import Ballot, Budget, Project
    from polyvox.panels.models import Panel, Volunteer

    item = initiative("Budget participatif (test)")
    budget = Budget.objects.create(initiative=item, title_fr="Budget (test)", amount=Decimal("1000"))
    project = Project.objects.create(budget=budget, author=person, title_fr="Bancs à l'ombre", description_fr="Des bancs.",
                                     category="greenery", cost_estimate=Decimal("500"), latitude=50.8, longitude=4.3)
    ballot = Ballot.objects.create(budget=budget, voter_key="c:1", user=person, choices=[[project.pk, 1]])
    panel = Panel.objects.create(initiative=item, title_fr="Panel (test)")
    Volunteer.objects.create(panel=panel, pseudonym="P-0042", first_name="Ana", last_name="Peeters", email="ANA@example.test",
                             phone="0470 00 00 00")
    other = User.objects.create_user(email="someone.else@example.test", password="x")
    Project.objects.create(budget=budget, author=other, title_fr="Le projet d'un autre", description_fr="x", category="other",
                           cost_estimate=Decimal("100"), latitude=50.8, longitude=4.3)
    return {"project": project, "ballot": ballot}


def test_profile_links_to_the_data_page_which_speaks_fr_and_nl(person):
    client = Client()
    sign_in(client, person)
    for language, words in (("fr", "Télécharger mes données"), ("nl", "Mijn gegevens downloaden")):
        with translation.override(language):
            profile = client.get(reverse("accounts:profile")).content.decode()
            url = reverse("accounts:my_data")
            assert url in profile
            page = client.get(url)
        assert page.status_code == 200 and words in page.content.decode(), language


def test_the_download_holds_everything_about_her_and_nothing_else(person, her_records):
    client = Client()
    sign_in(client, person)
    response = client.post(reverse("accounts:my_data"))
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "ana@example.test" and data["account"]["last_name"] == "Peeters"
    assert data["roles"] == [{"organisation": "Commune de Test", "role": "editor"}]
    projects = data["records"]["budgets.project (author)"]
    assert [p["title_fr"] for p in projects] == ["Bancs à l'ombre"]
    ballots = data["records"]["budgets.ballot (user)"]
    assert ballots[0]["reference"] == her_records["ballot"].reference and ballots[0]["choices"] == [[her_records["project"].pk, 1]]
    assert [v["pseudonym"] for v in data["panels"]] == ["P-0042"]
    text = response.content.decode()
    assert person.password not in text and "pbkdf2" not in text and "voter_key" not in text
    assert "someone.else" not in text and "Le projet d'un autre" not in text


def test_signed_out_people_are_sent_to_sign_in():
    response = Client().post(reverse("accounts:my_data"))
    assert response.status_code == 302 and "login" in response["Location"]
