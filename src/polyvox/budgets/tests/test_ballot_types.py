"""Every ballot counted as it was cast: points and ranks reach the engine, and a counting rule that cannot count
the voting method is refused in the settings form (EN / FR / NL) and before the vote opens."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from polyvox.budgets import ballots, counting, services
from polyvox.budgets.models import Budget, Phase, Project
from polyvox.budgets.tests.conftest import PASSWORD, accepted, codes
from polyvox.engines.budgeting import count
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db

SETTINGS = {
    "title_fr": "Budget à points", "amount": "5000", "vote_method": "cumulative", "points_per_voter": "10",
    "max_ranked": "5", "eligibility": "code", "minimum_age": "16", "rule": "phragmen", "admission": "both",
}


def login(client, user):
    assert client.login(email=user.email, password=PASSWORD)
    sign_in(client, user)  # the second factor too, for the organisers
    return client


@pytest.mark.parametrize("lang,method,words", [
    ("en", "cumulative", "Sequential Phragmén counts approval ballots only: it would ignore the points."),
    ("fr", "cumulative", "Le Phragmén séquentiel ne compte que des votes par approbation : il ignorerait les points."),
    ("nl", "ranking", "Sequentiële Phragmén telt alleen goedkeuringsstemmen: de rangschikking zou genegeerd worden."),
])
def test_the_settings_form_refuses_a_rule_that_cannot_count_the_voting_method(client, budget, editor, lang, method, words):
    login(client, editor)
    url = reverse("budgets:create", args=[budget.initiative.pk])
    if lang != "en":
        url = f"/{lang}" + url[3:]
    before = Budget.objects.count()
    response = client.post(url, {**SETTINGS, "vote_method": method})
    assert response.status_code == 200 and Budget.objects.count() == before
    assert words in response.content.decode()


def test_equal_shares_and_greedy_accept_points_and_ranks(client, budget, editor):
    login(client, editor)
    for method in ("cumulative", "ranking"):
        for rule in ("mes-add1", "mes", "mes-add1u", "greedy"):
            form_budget = Budget(vote_method=method, rule=rule)
            assert form_budget.rule_refusal() == ""
    response = client.post(reverse("budgets:create", args=[budget.initiative.pk]), {**SETTINGS, "rule": "mes-add1"})
    assert response.status_code == 302
    assert Budget.objects.filter(title_fr="Budget à points", vote_method="cumulative", rule="mes-add1").exists()


def test_the_vote_cannot_open_with_a_rule_that_cannot_count_it(budget, editor, citizen):
    from polyvox.budgets.tests.conftest import add_projects

    for p in add_projects(budget, citizen):
        pass
    services.move(budget, "close_call", actor=editor)
    for p in Project.objects.filter(budget=budget):
        services.review_project(p, "accept", actor=editor)
    ballots.create_codes(budget, 3)
    Budget.objects.filter(pk=budget.pk).update(vote_method="ranking", rule="phragmen")
    budget.refresh_from_db()
    problems = services.blockers(budget, "open_vote")
    assert any("Phragmén" in p for p in problems)
    with pytest.raises(services.BudgetError):
        services.move(budget, "open_vote", actor=editor)


def _count_with_web_app(budget, editor):
    services.move(budget, "close_vote", actor=editor)
    budget.refresh_from_db()
    services.start_count(budget, actor=editor)
    budget.refresh_from_db()
    assert budget.phase == Phase.RESULTS, budget.count_error
    return set(Project.objects.filter(budget=budget, funded=True).values_list("pk", flat=True))


def test_points_of_cumulative_ballots_are_counted(voting_budget, editor):
    p1, p2, p3, p4 = accepted(voting_budget)  # 12,000 / 9,000 / 15,000 / 6,000 of 30,000
    Budget.objects.filter(pk=voting_budget.pk).update(vote_method="cumulative", points_per_voter=10, rule="greedy")
    voting_budget.refresh_from_db()
    c = codes(voting_budget)
    for i, choice in enumerate([[(p1.pk, 10)], [(p2.pk, 1), (p3.pk, 1)], [(p3.pk, 1), (p2.pk, 1)]]):
        ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, c[i]), choice)
    election = counting.election_for(voting_budget)
    assert election.vote_type == "cumulative" and election.scores()[str(p1.pk)] == 10
    # by points p1 (10) comes first; counted as approvals p2 and p3 (2 votes each) would
    assert _count_with_web_app(voting_budget, editor) == {p1.pk, p2.pk, p4.pk}
    page = Client().get(reverse("budgets:results", args=[voting_budget.pk])).content.decode()
    assert "from the most points down" in page
    nl = Client().get("/nl" + reverse("budgets:results", args=[voting_budget.pk])[3:]).content.decode()
    assert "met de meeste punten" in nl


def test_ranks_of_ranking_ballots_are_counted(voting_budget, editor):
    p1, p2, p3, p4 = accepted(voting_budget)
    Budget.objects.filter(pk=voting_budget.pk).update(vote_method="ranking", max_ranked=2, rule="greedy", amount=20000)
    voting_budget.refresh_from_db()
    c = codes(voting_budget)
    for i, order in enumerate([[p3, p1], [p3, p1], [p1, p3]]):
        ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, c[i]), [(p.pk, 1) for p in order])
    election = counting.election_for(voting_budget)
    assert election.vote_type == "ordinal"
    assert [b.projects for b in election.ballots] == [(str(p3.pk), str(p1.pk))] * 2 + [(str(p1.pk), str(p3.pk))]
    # Borda over 2 places: p3 scores 5, p1 4, although both have 3 votes (as approvals the cheaper p1 wins)
    assert _count_with_web_app(voting_budget, editor) == {p3.pk}


def test_equal_shares_on_ranks_uses_them_as_utilities(voting_budget, editor):
    p1, p2, p3, p4 = accepted(voting_budget)
    Budget.objects.filter(pk=voting_budget.pk).update(vote_method="ranking", max_ranked=3)
    voting_budget.refresh_from_db()
    c = codes(voting_budget)
    for i, order in enumerate([[p1, p2, p4], [p3, p1], [p2, p4, p3], [p4]]):
        ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, c[i]), [(p.pk, 1) for p in order])
    expected = count(counting.election_for(voting_budget), rule="mes", completion="add1")
    assert expected.utilities == "points"
    funded = _count_with_web_app(voting_budget, editor)
    assert funded == {int(pid) for pid in expected.selected}
    pot = voting_budget.result["pots"][0]
    assert pot["result"]["rule"]["utilities"] == "points" and pot["result"]["vote_type"] == "ordinal"
    page = Client().get(reverse("budgets:results", args=[voting_budget.pk])).content.decode()
    assert "for each point they gave it" in page
