"""The budget's process through its pages: call, review, vote, paper ballots, count, results, follow-up."""

from __future__ import annotations

import io
import os
from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from polyvox.budgets import ballots, services
from polyvox.budgets.models import Ballot, BallotVersion, Budget, Phase, Project, RegisterEntry
from polyvox.budgets.tests.conftest import PASSWORD, accepted, add_projects, codes, project_data
from polyvox.core.transitions import history
from polyvox.engines.budgeting import read_pabulib

pytestmark = pytest.mark.django_db


def login(client, user):
    assert client.login(email=user.email, password=PASSWORD)
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


# --- counting, results, pabulib, follow-up ---------------------------------------------------------


def cast(budget, choices_per_voter):
    c = codes(budget)
    for i, choice in enumerate(choices_per_voter):
        ballots.submit_ballot(budget, ballots.check_code(budget, c[i]), [(p.pk, 1) for p in choice])


def test_counting_task_results_page_pabulib_and_follow_up(client, voting_budget, editor, citizen):
    p1, p2, p3, p4 = accepted(voting_budget)
    cast(voting_budget, [[p1, p2], [p1, p2], [p1, p4], [p3, p4], [p3], [p2, p4], [p1]])
    login(client, editor)
    client.post(reverse("budgets:transition", args=[voting_budget.pk, "close_vote"]))
    response = client.post(reverse("budgets:transition", args=[voting_budget.pk, "start_count"]))
    assert response["Location"] == reverse("budgets:counting", args=[voting_budget.pk])
    voting_budget.refresh_from_db()
    # The test settings run the task at once: the count is done.
    assert voting_budget.phase == Phase.RESULTS and voting_budget.count_progress == 100
    pot = voting_budget.result["pots"][0]
    assert pot["result"]["rule"]["name"] == "mes" and pot["result"]["rule"]["completion"] == "add1"
    funded = set(Project.objects.filter(funded=True).values_list("pk", flat=True))
    assert funded == {int(pid) for pid in pot["result"]["selected"]}
    assert sum(p.final_cost for p in Project.objects.filter(funded=True)) <= voting_budget.amount
    assert Project.objects.get(pk=p1.pk).votes == 4

    client.logout()
    page = client.get(reverse("budgets:results", args=[voting_budget.pk])).content.decode()
    assert "Method of Equal Shares" in page and "supporters paid" in page and "funded-points" in page
    for lang, words in (("fr", "Méthode des parts égales"), ("nl", "Methode van gelijke delen")):
        translated = Client().get(f"/{lang}" + reverse("budgets:results", args=[voting_budget.pk])[3:]).content.decode()
        assert words in translated
    translation.activate("en")  # a request in another language activated it for this thread

    pb = client.get(reverse("budgets:pabulib", args=[voting_budget.pk]))
    assert pb.status_code == 200 and "attachment" in pb["Content-Disposition"]
    election = read_pabulib(pb.content)
    assert election.num_voters == 7 and election.budget == 30000 and election.vote_type == "approval"
    assert election.votes()[str(p1.pk)] == 4
    assert {pid for pid, p in election.projects.items() if p.extra.get("selected") == "1"} == {str(pk) for pk in funded}

    # Follow-up: implementation status and dated updates, public.
    login(client, editor)
    client.post(reverse("budgets:transition", args=[voting_budget.pk, "start_follow_up"]))
    winner = Project.objects.filter(funded=True).first()
    assert winner.implementation == "planned"
    url = reverse("budgets:follow-up", args=[winner.pk])
    client.post(url, {"action": "start"})
    client.post(url, {"date": "2024-03-01", "text": "Chantier commencé."})
    response = client.post(url, {"action": "abandon", "reason": ""}, follow=True)
    assert "Say why the project was abandoned" in response.content.decode()
    client.post(url, {"action": "abandon", "reason": "Le terrain a été vendu."})
    winner.refresh_from_db()
    assert winner.implementation == "abandoned" and winner.updates.count() == 1
    client.logout()
    public = client.get(winner.get_absolute_url()).content.decode()
    assert "Chantier commencé." in public and "Le terrain a été vendu." in public
    loser = Project.objects.filter(funded=False, review_state="accepted").first()
    if loser:
        with pytest.raises(services.BudgetError):
            services.add_update(loser, "x", actor=editor)


def test_greedy_rule_and_count_stream(client, voting_budget, editor):
    p1, p2, p3, p4 = accepted(voting_budget)
    Budget.objects.filter(pk=voting_budget.pk).update(rule="greedy")
    cast(voting_budget, [[p1, p2], [p1], [p3]])
    services.move(voting_budget, "close_vote", actor=editor)
    voting_budget.refresh_from_db()
    services.start_count(voting_budget, actor=editor)
    voting_budget.refresh_from_db()
    assert voting_budget.result["pots"][0]["result"]["rule"]["name"] == "greedy"
    assert set(Project.objects.filter(funded=True).values_list("pk", flat=True)) == {p1.pk, p2.pk, p4.pk}
    page = client.get(reverse("budgets:results", args=[voting_budget.pk])).content.decode()
    assert "from the most voted down" in page


@pytest.mark.django_db(transaction=True)
def test_count_stream_sends_progress_then_done(voting_budget, editor):
    import asyncio

    from django.test import AsyncClient

    from polyvox.budgets.models import Budget as B

    B.objects.filter(pk=voting_budget.pk).update(phase=Phase.COUNTING, count_progress=40, count_status="reading")

    stream_url = reverse("budgets:count-stream", args=[voting_budget.pk])

    async def read():
        client = AsyncClient()
        response = await client.get(stream_url)
        assert response["Content-Type"].startswith("text/event-stream")
        chunks = []
        async for chunk in response.streaming_content:
            chunks.append(chunk.decode())
            if "event: progress" in "".join(chunks) and len(chunks) == 2:
                from asgiref.sync import sync_to_async

                await sync_to_async(B.objects.filter(pk=voting_budget.pk).update)(
                    phase=Phase.RESULTS, count_progress=100, count_status="counted")
        return "".join(chunks)

    # Its own thread: the browser tests' Playwright may keep an event loop running in this one.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        text = pool.submit(lambda: asyncio.run(read())).result()
    assert "event: progress" in text and '"progress": 40' in text
    assert "event: done" in text and reverse("budgets:results", args=[voting_budget.pk]) in text


def test_counting_page_and_results_before_count(client, voting_budget):
    assert client.get(reverse("budgets:results", args=[voting_budget.pk])).status_code == 404
    assert client.get(reverse("budgets:pabulib", args=[voting_budget.pk])).status_code == 404


def test_budget_shows_on_the_initiative_page(client, budget, editor):
    page = client.get(budget.initiative.get_absolute_url()).content.decode()
    create = reverse("budgets:create", args=[budget.initiative.pk])
    assert budget.get_absolute_url() in page and create not in page
    login(client, editor)
    assert create in client.get(budget.initiative.get_absolute_url()).content.decode()
