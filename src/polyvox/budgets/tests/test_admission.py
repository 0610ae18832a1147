"""Issue 12 item 3: per budget the organiser chooses how voters are admitted (an account, the proof of eligibility,
or both), in the budget's settings; the vote service enforces it; sign-in notices link back to the page."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import quote

import pytest
from django.urls import reverse

from polyvox.budgets import ballots, services
from polyvox.budgets.forms import BudgetForm
from polyvox.budgets.models import Ballot
from polyvox.budgets.tests.conftest import PASSWORD, accepted, add_projects, codes
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


def login(client, user):
    assert client.login(email=user.email, password=PASSWORD)
    sign_in(client, user)  # the second factor too, for the organisers
    return client


def vote_url(budget):
    return reverse("budgets:vote", args=[budget.pk])


def admitting(budget, how):
    budget.admission = how
    budget.save(update_fields=["admission"])
    return budget


def test_both_is_the_default_account_and_code(client, voting_budget, citizen):
    p1 = accepted(voting_budget)[0]
    assert voting_budget.admission == "both"
    response = client.post(vote_url(voting_budget), {"code": codes(voting_budget)[0], "project": [p1.pk]})
    assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:login") + "?next=")
    login(client, citizen)
    assert client.post(vote_url(voting_budget), {"project": [p1.pk]}).status_code == 400  # no code
    assert client.post(vote_url(voting_budget), {"code": codes(voting_budget)[0], "project": [p1.pk]}).status_code == 302
    assert Ballot.objects.get().user == citizen


def test_account_only(client, voting_budget, citizen, citizen2):
    p1, p2 = accepted(voting_budget)[:2]
    admitting(voting_budget, "account")
    # Without an account: off to the sign-in page, which comes back to the vote.
    response = client.get(vote_url(voting_budget))
    assert response.status_code == 302 and response["Location"] == reverse("accounts:login") + "?next=" + quote(vote_url(voting_budget), safe="")
    assert client.post(vote_url(voting_budget), {"project": [p1.pk]}).status_code == 302 and not Ballot.objects.exists()
    login(client, citizen)
    page = client.get(vote_url(voting_budget)).content.decode()
    assert 'name="code"' not in page
    assert client.post(vote_url(voting_budget), {"project": [p1.pk]}).status_code == 302
    assert client.post(vote_url(voting_budget), {"project": [p2.pk]}).status_code == 302
    ballot = Ballot.objects.get()
    assert ballot.user == citizen and ballot.project_ids == [p2.pk] and ballot.version == 2
    assert ballot.voter_key.startswith("a:")
    assert ballot.voter_key == ballots.account_voter(voting_budget, citizen).key  # a salted fingerprint, not the id
    login(client, citizen2)
    assert client.post(vote_url(voting_budget), {"project": [p1.pk]}).status_code == 302
    assert Ballot.objects.count() == 2


def test_code_only(client, voting_budget):
    p1, p2 = accepted(voting_budget)[:2]
    admitting(voting_budget, "code")
    page = client.get(vote_url(voting_budget))
    assert page.status_code == 200 and 'name="code"' in page.content.decode()
    assert client.post(vote_url(voting_budget), {"project": [p1.pk]}).status_code == 400
    assert client.post(vote_url(voting_budget), {"code": "NOT-A-CODE", "project": [p1.pk]}).status_code == 400
    code = codes(voting_budget)[0]
    assert client.post(vote_url(voting_budget), {"code": code, "project": [p1.pk]}).status_code == 302
    assert client.post(vote_url(voting_budget), {"code": code, "project": [p2.pk]}).status_code == 302
    ballot = Ballot.objects.get()
    assert ballot.user is None and ballot.project_ids == [p2.pk] and ballot.version == 2


def test_the_service_enforces_it(voting_budget, citizen):
    from django.contrib.auth.models import AnonymousUser

    admitting(voting_budget, "account")
    with pytest.raises(ballots.BallotError):
        ballots.admit(voting_budget, AnonymousUser())
    assert ballots.admit(voting_budget, citizen) == ballots.account_voter(voting_budget, citizen)
    admitting(voting_budget, "both")
    with pytest.raises(ballots.BallotError):
        ballots.admit(voting_budget, citizen, code="")
    with pytest.raises(ballots.BallotError):
        ballots.admit(voting_budget, AnonymousUser(), code=codes(voting_budget)[0])
    admitting(voting_budget, "code")
    assert ballots.admit(voting_budget, AnonymousUser(), code=codes(voting_budget)[0]).key.startswith("c:")


def test_chosen_in_the_settings_form_and_fixed_once_voting(budget, voting_budget):
    form = BudgetForm(instance=budget)
    assert "admission" in form.fields
    voting = BudgetForm(instance=voting_budget)
    assert voting.fields["admission"].disabled


def test_settings_page_sets_admission(client, budget, editor):
    login(client, editor)
    url = reverse("budgets:edit", args=[budget.pk])
    form = BudgetForm(instance=budget)
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update({"admission": "account", "amount": "30000", "vote_closes_at": "2030-05-01T18:00"})
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    budget.refresh_from_db()
    assert budget.admission == "account"
    data["admission"] = "nonsense"
    assert client.post(url, data).status_code in (200, 400)
    budget.refresh_from_db()
    assert budget.admission == "account"


def test_vote_opens_without_codes_when_accounts_admit(budget, editor, citizen):
    projects = add_projects(budget, citizen, costs=(1000,))
    services.move(budget, "close_call", actor=editor)
    services.review_project(projects[0], "accept", actor=editor)
    admitting(budget, "account")
    services.move(budget, "open_vote", actor=editor)
    budget.refresh_from_db()
    assert budget.phase == "voting"


def test_sign_in_notices_link_back(client, budget):
    # During the call: "Sign in to submit a project" is a link that comes back to the budget.
    page = client.get(budget.get_absolute_url()).content.decode()
    assert 'class="sign-in-notice"' in page and "?next=" + quote(budget.get_absolute_url(), safe="") in page


def test_vote_notice_says_how_and_links_to_sign_in(client, voting_budget):
    page = client.get(voting_budget.get_absolute_url()).content.decode()
    assert 'id="admission"' in page and "?next=" + quote(vote_url(voting_budget), safe="") in page
    admitting(voting_budget, "code")
    page = client.get(voting_budget.get_absolute_url()).content.decode()
    assert "no account is needed" in page and "?next=" + quote(vote_url(voting_budget), safe="") not in page
    # The header's sign-in link comes back to the page too.
    header = client.get(reverse("core:home")).content.decode()
    assert 'id="sign-in-link"' in header and "?next=" + quote(reverse("core:home"), safe="") in header
