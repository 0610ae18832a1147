"""The vote through its pages: approval, cumulative and ranking ballots, the limit enforced, ballots changed,
eligibility by code and by register (under-16 refused), districts, paper ballots from CSV."""

from __future__ import annotations

import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from polyvox.budgets import ballots, services
from polyvox.budgets.models import Ballot, BallotVersion, Budget, Phase, RegisterEntry
from polyvox.budgets.tests.conftest import PASSWORD, accepted, codes, project_data
from polyvox.engines.budgeting import read_pabulib
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


def login(client, user):
    assert client.login(email=user.email, password=PASSWORD)
    sign_in(client, user)  # the second factor too, for the organisers
    return client



# --- voting ---------------------------------------------------------------------------------------


def vote_url(budget):
    return reverse("budgets:vote", args=[budget.pk])


def test_approval_vote_with_code_and_change_of_ballot(client, voting_budget, citizen):
    p1, p2, p3, p4 = accepted(voting_budget)
    login(client, citizen)
    page = client.get(vote_url(voting_budget)).content.decode()
    assert "running-total" in page and "data-cost" in page
    code = codes(voting_budget)[0]
    response = client.post(vote_url(voting_budget), {"code": code.lower(), "project": [p1.pk, p2.pk]})
    assert response.status_code == 302
    ballot = Ballot.objects.get()
    assert ballot.project_ids == [p1.pk, p2.pk] and ballot.user == citizen and ballot.version == 1
    # Changing: no code needed any more; the latest counts, the history is kept.
    response = client.post(vote_url(voting_budget), {"project": [p3.pk, p4.pk]})
    assert response.status_code == 302
    ballot.refresh_from_db()
    assert ballot.project_ids == [p3.pk, p4.pk] and ballot.version == 2
    assert Ballot.objects.count() == 1
    assert list(BallotVersion.objects.filter(ballot=ballot).values_list("version", flat=True)) == [1, 2]
    history_page = client.get(reverse("budgets:ballot-history", args=[voting_budget.pk])).content.decode()
    assert p1.title in history_page and p4.title in history_page


def test_ballot_over_budget_is_refused_with_a_clear_message(client, voting_budget, citizen):
    p1, p2, p3, p4 = accepted(voting_budget)  # 12,000 + 9,000 + 15,000 = 36,000 > 30,000
    login(client, citizen)
    response = client.post(vote_url(voting_budget), {"code": codes(voting_budget)[0], "project": [p1.pk, p2.pk, p3.pk]})
    assert response.status_code == 400
    assert "more than the 30" in response.content.decode() and "untick a project" in response.content.decode()
    assert not Ballot.objects.exists()


@pytest.mark.parametrize("post, message", [
    ({"code": "NOPE-NOPE", "project": []}, "not valid"),
    ({"code": "", "project": []}, "Check the fields"),
    ({"project": ["999999"]}, "is not on this ballot"),
    ({"project": []}, "The ballot is empty"),
])
def test_bad_ballots_are_refused(client, voting_budget, citizen, post, message):
    login(client, citizen)
    if "code" not in post:
        post = {**post, "code": codes(voting_budget)[0]}
    response = client.post(vote_url(voting_budget), post)
    assert response.status_code == 400 and message in response.content.decode()
    assert not Ballot.objects.exists()


def test_a_code_serves_one_account_and_an_account_one_ballot(client, voting_budget, citizen, citizen2):
    p1 = accepted(voting_budget)[0]
    code, other_code = codes(voting_budget)[:2]
    login(client, citizen)
    client.post(vote_url(voting_budget), {"code": code, "project": [p1.pk]})
    client.logout()
    login(client, citizen2)
    response = client.post(vote_url(voting_budget), {"code": code, "project": [p1.pk]})
    assert response.status_code == 400 and "already used by another account" in response.content.decode()
    with pytest.raises(ballots.BallotError, match="already voted with another code"):
        ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, other_code), [(p1.pk, 1)], user=citizen)
    assert Ballot.objects.count() == 1


def test_vote_closed_refuses_ballots(client, voting_budget, editor, citizen):
    p1 = accepted(voting_budget)[0]
    services.move(voting_budget, "close_vote", actor=editor)
    with pytest.raises(ballots.BallotError, match="closed"):
        ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, codes(voting_budget)[0]), [(p1.pk, 1)])
    login(client, citizen)
    assert client.get(vote_url(voting_budget)).status_code == 302


def test_closing_time_closes_the_vote(voting_budget):
    assert services.close_due_votes() == []
    Budget.objects.filter(pk=voting_budget.pk).update(vote_closes_at=timezone.now() - timedelta(minutes=1))
    assert services.close_due_votes() == [voting_budget.pk]
    voting_budget.refresh_from_db()
    assert voting_budget.phase == Phase.VOTE_CLOSED
    assert services.close_due_votes() == []  # idempotent


def test_eligibility_by_register_and_under_16_refused(client, voting_budget, citizen, citizen2):
    voting_budget.eligibility = "register"
    voting_budget.save()
    closes = timezone.localtime(voting_budget.vote_closes_at).date()
    sixteen_on_closing_day = closes.replace(year=closes.year - 16)
    day_after = sixteen_on_closing_day + timedelta(days=1)
    csv_text = (
        "national_id;birth_date\n"
        f"85.07.30-033.61;1985-07-30\n"
        f"09010112345;{sixteen_on_closing_day.isoformat()}\n"
        f"09010154321;{day_after.strftime('%d/%m/%Y')}\n"
    )
    assert ballots.import_register(voting_budget, csv_text.encode()) == 3
    stored = list(RegisterEntry.objects.values_list("id_hash", flat=True))
    assert all(len(h) == 64 and "85073003361" not in h for h in stored)
    p1 = accepted(voting_budget)[0]
    login(client, citizen)
    wrong = client.post(vote_url(voting_budget), {"national_id": "85073003361", "birth_date": "1985-07-31", "project": [p1.pk]})
    assert wrong.status_code == 400 and "not in the register" in wrong.content.decode()
    young = client.post(vote_url(voting_budget), {"national_id": "09010154321", "birth_date": day_after.isoformat(), "project": [p1.pk]})
    assert young.status_code == 400 and "aged 16 or over" in young.content.decode()
    ok = client.post(vote_url(voting_budget), {"national_id": "85073003361", "birth_date": "1985-07-30", "project": [p1.pk]})
    assert ok.status_code == 302
    client.logout()
    login(client, citizen2)
    sixteen = client.post(vote_url(voting_budget), {"national_id": "09010112345", "birth_date": sixteen_on_closing_day.isoformat(), "project": [p1.pk]})
    assert sixteen.status_code == 302
    assert Ballot.objects.count() == 2


def test_register_upload_errors_name_the_line(client, voting_budget, editor):
    voting_budget.eligibility = "register"
    voting_budget.save()
    login(client, editor)
    upload = io.BytesIO(b"85073003361;1985-07-30\nabc;1990-01-01\n85073003361;1985-07-30\n90010112345;31/02/1990\n")
    upload.name = "register.csv"
    response = client.post(reverse("budgets:register", args=[voting_budget.pk]), {"file": upload}, follow=True)
    page = response.content.decode()
    assert "Line 2:" in page and "Line 3:" in page and "Line 4:" in page
    assert not RegisterEntry.objects.exists()


def test_cumulative_and_ranking_ballots(client, voting_budget, citizen, citizen2):
    p1, p2, p3, p4 = accepted(voting_budget)
    Budget.objects.filter(pk=voting_budget.pk).update(vote_method="cumulative", points_per_voter=5)
    login(client, citizen)
    over = client.post(vote_url(voting_budget), {"code": codes(voting_budget)[0], f"points-{p1.pk}": "4", f"points-{p2.pk}": "2"})
    assert over.status_code == 400 and "you have 5 to share" in over.content.decode()
    ok = client.post(vote_url(voting_budget), {"code": codes(voting_budget)[0], f"points-{p1.pk}": "3", f"points-{p2.pk}": "2"})
    assert ok.status_code == 302
    assert Ballot.objects.get().choices == [[p1.pk, 3], [p2.pk, 2]]
    Budget.objects.filter(pk=voting_budget.pk).update(vote_method="ranking", max_ranked=3)
    client.logout()
    login(client, citizen2)
    ok = client.post(vote_url(voting_budget), {"code": codes(voting_budget)[1], f"rank-{p3.pk}": "1", f"rank-{p1.pk}": "2"})
    assert ok.status_code == 302
    assert Ballot.objects.get(user=citizen2).project_ids == [p3.pk, p1.pk]
    same = client.post(vote_url(voting_budget), {f"rank-{p3.pk}": "1", f"rank-{p1.pk}": "1"})
    assert same.status_code == 400


def test_districts_each_with_their_pot(client, budget, editor, citizen):
    north = budget.districts.create(name_fr="Nord", amount=Decimal("10000"))
    south = budget.districts.create(name_fr="Sud", amount=Decimal("20000"))
    a = services.submit_project(budget, citizen, project_data("A", "8000", district=north))
    b = services.submit_project(budget, citizen, project_data("B", "5000", district=north))
    c = services.submit_project(budget, citizen, project_data("C", "15000", district=south))
    services.move(budget, "close_call", actor=editor)
    for p in (a, b, c):
        services.review_project(p, "accept", actor=editor)
    ballots.create_codes(budget, 3)
    services.move(budget, "open_vote", actor=editor)
    login(client, citizen)
    assert "Choose your district" in client.get(vote_url(budget)).content.decode()
    over = client.post(vote_url(budget), {"district": north.pk, "code": codes(budget)[0], "project": [a.pk, b.pk]})
    assert over.status_code == 400 and "more than the 10" in over.content.decode()
    wrong = client.post(vote_url(budget), {"district": north.pk, "code": codes(budget)[0], "project": [c.pk]})
    assert wrong.status_code == 400
    ok = client.post(vote_url(budget), {"district": south.pk, "code": codes(budget)[0], "project": [c.pk]})
    assert ok.status_code == 302 and Ballot.objects.get().district == south
    # Each district is counted in its own pot and downloads as its own pabulib file.
    ballots.submit_ballot(budget, ballots.check_code(budget, codes(budget)[1]), [(a.pk, 1)], district=north)
    ballots.submit_ballot(budget, ballots.check_code(budget, codes(budget)[2]), [(b.pk, 1)], district=north)
    services.move(budget, "close_vote", actor=editor)
    budget.refresh_from_db()
    services.start_count(budget, actor=editor)
    budget.refresh_from_db()
    pots = {p["district"]: p["result"] for p in budget.result["pots"]}
    assert set(pots) == {north.pk, south.pk}
    assert pots[north.pk]["budget"] == 10000 and pots[south.pk]["selected"] == [str(c.pk)]
    # Two voters with 5,000 each: B's supporter can pay for it, A's cannot; raising the shares would fund both
    # (13,000 > 10,000), so add1 keeps B alone.
    assert pots[north.pk]["selected"] == [str(b.pk)]
    north_file = read_pabulib(client.get(reverse("budgets:pabulib", args=[budget.pk]) + f"?district={north.pk}").content)
    assert north_file.budget == 10000 and set(north_file.projects) == {str(a.pk), str(b.pk)} and north_file.num_voters == 2
    page = client.get(reverse("budgets:results", args=[budget.pk])).content.decode()
    assert "How the count went: Nord" in page and "How the count went: Sud" in page


# --- paper ballots --------------------------------------------------------------------------------


def test_paper_import_with_a_bad_line_imports_nothing_and_names_the_line(client, voting_budget, editor, citizen):
    p1, p2, p3, p4 = accepted(voting_budget)
    c = codes(voting_budget)
    ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, c[5]), [(p4.pk, 1)], user=citizen)
    login(client, editor)
    bad = io.BytesIO((
        "voter;projects\n"
        f"{c[0]};{p1.pk} {p2.pk}\n"
        f"{c[1]};{p1.pk},{p2.pk},{p3.pk}\n"      # over budget
        f"NOTACODE;{p1.pk}\n"                     # unknown code
        f"{c[0]};{p4.pk}\n"                       # same voter twice
        f"{c[5]};{p4.pk}\n"                       # already voted online
        f"{c[2]};abc\n"
    ).encode())
    bad.name = "paper.csv"
    page = client.post(reverse("budgets:paper", args=[voting_budget.pk]), {"file": bad}, follow=True).content.decode()
    for line in (3, 4, 5, 6, 7):
        assert f"Line {line}:" in page
    assert "Line 2:" not in page
    assert Ballot.objects.count() == 1
    good = io.BytesIO(f"voter,projects\n{c[0]},\"{p1.pk},{p2.pk}\"\n{c[1]},{p3.pk}\n".encode())
    good.name = "paper.csv"
    page = client.post(reverse("budgets:paper", args=[voting_budget.pk]), {"file": good}, follow=True).content.decode()
    assert "2 paper ballots were imported" in page
    assert Ballot.objects.filter(channel="paper").count() == 2
    again = io.BytesIO(f"voter,projects\n{c[0]},{p1.pk}\n".encode())
    again.name = "paper.csv"
    page = client.post(reverse("budgets:paper", args=[voting_budget.pk]), {"file": again}, follow=True).content.decode()
    assert "Line 2:" in page and "already voted" in page
    assert Ballot.objects.count() == 3


def test_districts_are_changed_and_deleted_from_the_page_until_the_vote_opens(client, budget, editor, other_editor,
                                                                               citizen):
    north = budget.districts.create(name_fr="Nord", name_nl="Noord", amount=Decimal("10000"))
    south = budget.districts.create(name_fr="Sud", name_nl="Zuid", amount=Decimal("20000"))
    project = services.submit_project(budget, citizen, project_data("A", "8000", district=north))
    edit = reverse("budgets:edit-district", args=[budget.pk, south.pk])
    delete_north = reverse("budgets:delete-district", args=[budget.pk, north.pk])
    delete_south = reverse("budgets:delete-district", args=[budget.pk, south.pk])
    # someone else's budget: refused, nothing changes
    login(client, other_editor)
    assert client.post(edit, {f"district-{south.pk}-name_fr": "X", f"district-{south.pk}-amount": "1"}).status_code in (403, 404)
    assert client.post(delete_south).status_code in (403, 404)
    login(client, editor)
    page = client.get(reverse("budgets:manage", args=[budget.pk])).content.decode()
    assert "Change or delete “Sud”" in page and f'id="id_district-{south.pk}-amount"' in page
    # a wrong amount: a clear message, the district unchanged
    bad = client.post(edit, {f"district-{south.pk}-name_fr": "Sud", f"district-{south.pk}-amount": "-5"}, follow=True)
    assert "needs a name and a positive amount" in bad.content.decode()
    south.refresh_from_db()
    assert south.amount == Decimal("20000")
    ok = client.post(edit, {f"district-{south.pk}-name_fr": "Sud-Ouest", f"district-{south.pk}-name_nl": "Zuidwest",
                            f"district-{south.pk}-amount": "25000.50"}, follow=True)
    assert "The district was saved." in ok.content.decode()
    south.refresh_from_db()
    assert (south.name_fr, south.name_nl, south.amount) == ("Sud-Ouest", "Zuidwest", Decimal("25000.50"))
    # a district with projects is kept, and the organiser is told why
    kept = client.post(delete_north, follow=True).content.decode()
    assert "still has 1 project(s)" in kept and budget.districts.filter(pk=north.pk).exists()
    assert client.post(delete_south, follow=True).status_code == 200
    assert not budget.districts.filter(pk=south.pk).exists()
    # once the vote has opened, districts are fixed
    services.move(budget, "close_call", actor=editor)
    services.review_project(project, "accept", actor=editor)
    ballots.create_codes(budget, 2)
    services.move(budget, "open_vote", actor=editor)
    late = client.post(reverse("budgets:edit-district", args=[budget.pk, north.pk]),
                       {f"district-{north.pk}-name_fr": "Nord", f"district-{north.pk}-amount": "1"}, follow=True)
    assert "cannot change once the vote has opened" in late.content.decode()
    north.refresh_from_db()
    assert north.amount == Decimal("10000")
    assert "cannot change once the vote has opened" in client.post(
        reverse("budgets:delete-district", args=[budget.pk, north.pk]), follow=True).content.decode()
    assert "Change or delete" not in client.get(reverse("budgets:manage", args=[budget.pk])).content.decode()
