"""The count as a background task with live progress (SSE), the results page and its explanation in three
languages, the pabulib download read back by the engine, the follow-up of funded projects."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from polyvox.budgets import ballots, services
from polyvox.budgets.models import Budget, Phase, Project
from polyvox.budgets.tests.conftest import PASSWORD, accepted, codes
from polyvox.engines.budgeting import read_pabulib
from polyvox.accounts.testing import sign_in
from polyvox.core.testing import run_coroutine

pytestmark = pytest.mark.django_db


def login(client, user):
    assert client.login(email=user.email, password=PASSWORD)
    sign_in(client, user)  # the second factor too, for the organisers
    return client



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
    text = run_coroutine(read())
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


def test_each_voter_sees_what_their_share_paid_for(client, voting_budget, editor, citizen):
    from polyvox.budgets import counting
    from polyvox.engines.budgeting import count, voter_account

    p1, p2, p3, p4 = accepted(voting_budget)
    c = codes(voting_budget)
    ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, c[0]), [(p1.pk, 1), (p4.pk, 1)], user=citizen)
    cast_from = [[p1, p2], [p3], [p2, p4], [p1], [p3, p4]]
    for i, choice in enumerate(cast_from, start=1):
        ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, c[i]), [(p.pk, 1) for p in choice])
    # The stored accounts (the engine's one pass) equal the engine's voter_account, ballot by ballot.
    result = count(counting.election_for(voting_budget), rule="mes", completion="add1")
    accounts = counting.voter_accounts(result)
    for ballot in result.election.ballots:
        reference = voter_account(result, ballot.voter_id)
        assert accounts[ballot.voter_id]["payments"] == [[p.project_id, p.paid] for p in reference.payments]
        assert accounts[ballot.voter_id]["left"] == reference.left
    services.move(voting_budget, "close_vote", actor=editor)
    voting_budget.refresh_from_db()
    services.start_count(voting_budget, actor=editor)
    login(client, citizen)
    page = client.get(reverse("budgets:results", args=[voting_budget.pk])).content.decode()
    assert "Your share" in page and "Left unspent" in page
    client.logout()
    assert "Your share" not in client.get(reverse("budgets:results", args=[voting_budget.pk])).content.decode()
