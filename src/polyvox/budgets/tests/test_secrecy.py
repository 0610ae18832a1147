"""Ballots are secret and cannot be changed from the back office; one is annulled only by the Service's staff,
by its reference, with a reason in the budget's history, and the results count it as annulled."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from polyvox.budgets import ballots, services
from polyvox.budgets.models import Ballot
from polyvox.budgets.tests.conftest import accepted, codes
from polyvox.core.transitions import history
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


def client_for(user):
    client = Client()
    sign_in(client, user)
    return client


@pytest.fixture
def voted(voting_budget, citizen):
    """Two ballots: one by a signed-in citizen, one at a kiosk (no account)."""
    p1, p2, p3, p4 = accepted(voting_budget)
    c = codes(voting_budget)
    mine = ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, c[0]), [(p1.pk, 1), (p4.pk, 1)], user=citizen)
    other = ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, c[1]), [(p2.pk, 1)])
    return mine, other


def test_a_flag_alone_opens_nothing(voted, django_user_model):
    flags = django_user_model.objects.create_user(email="root@test.example", password="x", is_staff=True, is_superuser=True)
    client = client_for(flags)
    for url in ("/admin/", "/admin/budgets/ballot/", f"/admin/budgets/ballot/{voted[0].pk}/change/"):
        assert client.get(url, follow=True).status_code == 403, url
    assert not flags.has_perm("budgets.view_ballot") and not flags.has_perm("budgets.annul_ballot")


def test_the_admin_never_joins_choices_to_a_voter_nor_edits_or_deletes(voted, staff, citizen, voting_budget):
    mine, _other = voted
    client = client_for(staff)
    listing = client.get("/admin/budgets/ballot/")
    assert listing.status_code == 200 and mine.reference in listing.content.decode()
    page = client.get(f"/admin/budgets/ballot/{mine.pk}/change/").content.decode()
    assert mine.reference in page
    assert citizen.email not in page and "choices" not in page and str(accepted(voting_budget)[0].pk) + ", 1" not in page
    assert citizen.email not in listing.content.decode()
    # No deletion, no change, no addition, one by one or in bulk, nor through the budget's cascade.
    assert client.post(f"/admin/budgets/ballot/{mine.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.post(f"/admin/budgets/ballot/{mine.pk}/change/", {"state": "annulled"}).status_code == 403
    assert client.get("/admin/budgets/ballot/add/").status_code == 403
    client.post("/admin/budgets/ballot/", {"action": "delete_selected", "_selected_action": [mine.pk], "post": "yes"})
    assert client.post(f"/admin/budgets/budget/{voting_budget.pk}/delete/", {"post": "yes"}).status_code == 403
    client.post("/admin/budgets/budget/", {"action": "delete_selected", "_selected_action": [voting_budget.pk], "post": "yes"})
    mine.refresh_from_db()
    assert mine.state == "valid" and Ballot.objects.filter(budget=voting_budget).count() == 2
    # Codes and the register cannot be edited to let a code vote again.
    code = voting_budget.codes.first()
    assert not staff.has_perm("budgets.change_invitationcode") and not staff.has_perm("budgets.delete_invitationcode")
    assert client.post(f"/admin/budgets/invitationcode/{code.pk}/delete/", {"post": "yes"}).status_code in (403, 404)


def test_staff_annul_by_reference_with_a_reason_in_history_and_results(voted, staff, editor, voting_budget):
    mine, other = voted
    with pytest.raises(ballots.BallotError):
        ballots.annul_ballot(mine.reference, actor=editor, reason="double vote")  # organisers may not
    with pytest.raises(ballots.BallotError):
        ballots.annul_ballot(mine.reference, actor=staff, reason="   ")  # a reason is required
    with pytest.raises(ballots.BallotError):
        ballots.annul_ballot("NOPE-NOPE-NOPE", actor=staff, reason="x")
    ballots.annul_ballot(mine.reference.lower(), actor=staff, reason="code handed out twice")
    mine.refresh_from_db()
    assert mine.state == "annulled"
    entry = [e for e in history(voting_budget) if e.action == "annul_ballot"]
    assert len(entry) == 1 and entry[0].actor == staff and "code handed out twice" in entry[0].message
    assert mine.reference in entry[0].message
    with pytest.raises(ballots.BallotError):
        ballots.annul_ballot(mine.reference, actor=staff, reason="again")
    # The code that cast it cannot vote again, online or on paper.
    with pytest.raises(ballots.BallotError, match="annulled"):
        ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, codes(voting_budget)[0]), [(accepted(voting_budget)[1].pk, 1)])
    # The count leaves it out and the results say so, in FR, NL and EN.
    services.move(voting_budget, "close_vote", actor=editor)
    services.start_count(voting_budget, actor=editor)
    voting_budget.refresh_from_db()
    assert voting_budget.phase == "results"
    assert sum(p["explanation"]["voters"] for p in voting_budget.result["pots"]) == 1
    with pytest.raises(ballots.BallotError):
        ballots.annul_ballot(other.reference, actor=staff, reason="too late")
    for language, text in (("fr", "1 bulletin annulé"), ("nl", "1 stembiljet ongeldig verklaard"), ("en", "1 ballot annulled")):
        with translation.override(language):
            page = Client().get(reverse("budgets:results", args=[voting_budget.pk])).content.decode()
        assert text in page, language


def test_the_annulment_page(voted, staff, editor, citizen, voting_budget):
    mine, _other = voted
    url = reverse("budgets:annul-ballot")
    for user in (editor, citizen):
        assert client_for(user).get(url).status_code == 403
    client = client_for(staff)
    assert client.get(url).status_code == 200
    found = client.post(url, {"reference": mine.reference})
    html = found.content.decode()
    assert found.status_code == 200 and voting_budget.title in html and 'name="confirm"' in html
    assert citizen.email not in html and accepted(voting_budget)[0].title not in html
    unknown = client.post(url, {"reference": "<b>nothing</b>"})
    assert unknown.status_code == 400 and "&lt;b&gt;" in unknown.content.decode()
    no_reason = client.post(url, {"reference": mine.reference, "confirm": "1", "reason": ""})
    assert no_reason.status_code == 400
    mine.refresh_from_db()
    assert mine.state == "valid"
    done = client.post(url, {"reference": mine.reference, "confirm": "1", "reason": "stolen code"})
    assert done.status_code == 302
    mine.refresh_from_db()
    assert mine.state == "annulled"
    # The voter sees it on the vote page; the budget's history (its organisers' page) gives the reason.
    vote_page = client_for(citizen).get(reverse("budgets:vote", args=[voting_budget.pk])).content.decode()
    assert mine.reference in vote_page and "annulled" in vote_page
    assert "stolen code" in client_for(editor).get(reverse("budgets:manage", args=[voting_budget.pk])).content.decode()


def test_the_voter_gets_a_receipt(voted, citizen, voting_budget):
    mine, other = voted
    assert mine.reference != other.reference and len(mine.reference) == 12
    page = client_for(citizen).get(reverse("budgets:vote", args=[voting_budget.pk])).content.decode()
    assert mine.reference in page

