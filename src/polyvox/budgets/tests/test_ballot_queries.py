"""The ballot POST stays light: the number of SQL statements of a ballot is pinned, so that it cannot
grow back unnoticed (a crowd votes at once: every statement is paid 300 times in the same second).

Counted with the middleware of every request (the session, and the account with its role and
second-factor flags in one statement) and the transaction of the ballot (savepoints included): a first
ballot is 14 statements (was 18), a changed one 11 (was 15); with REDIS_URL the session is read from
Redis, one fewer. The budget is read once with only what the ballot and the permission check need
(and whether it has districts), the projects' costs and the voter's ballot once; the account's other
ballot and the voter's ballot are locked by one statement. The eligibility, the shared lock on the
budget, the one-ballot-per-voter row lock and the version history are all still there (test_voting,
test_concurrency, test_secrecy prove them).
"""

from __future__ import annotations

from django.urls import reverse

from polyvox.budgets.models import Ballot, BallotVersion
from polyvox.budgets.tests.conftest import accepted, codes

FIRST_BALLOT = 14
CHANGED_BALLOT = 11


def test_a_ballot_post_runs_a_bounded_number_of_queries(client, voting_budget, citizen, django_assert_max_num_queries):
    p1, p2, p3, _p4 = accepted(voting_budget)
    client.force_login(citizen)
    url = reverse("budgets:vote", args=[voting_budget.pk])
    code = codes(voting_budget)[0]
    client.get(url)
    with django_assert_max_num_queries(FIRST_BALLOT):
        response = client.post(url, {"code": code, "project": [p1.pk, p2.pk]})
    assert response.status_code == 302
    with django_assert_max_num_queries(CHANGED_BALLOT):
        response = client.post(url, {"project": [p3.pk]})
    assert response.status_code == 302
    ballot = Ballot.objects.get(budget=voting_budget)
    assert ballot.choices == [[p3.pk, 1]] and ballot.version == 2
    assert BallotVersion.objects.filter(ballot=ballot).count() == 2


def test_a_refused_ballot_still_shows_the_projects(client, voting_budget, citizen):
    """The page shown again after a refusal still has every project (they are loaded after the check)."""
    projects = accepted(voting_budget)
    client.force_login(citizen)
    url = reverse("budgets:vote", args=[voting_budget.pk])
    response = client.post(url, {"code": codes(voting_budget)[0], "project": [p.pk for p in projects]})
    assert response.status_code == 400
    page = response.content.decode()
    assert all(p.title in page for p in projects)
    assert not Ballot.objects.filter(budget=voting_budget).exists()
