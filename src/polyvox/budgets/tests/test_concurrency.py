"""Concurrency on PostgreSQL: 200 ballots submitted at once, and 50 voters changing theirs at once: no ballot
lost, none counted twice. Threads each with their own database connection call the voting service."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from polyvox.budgets import ballots, counting, services
from polyvox.core.workflow import SYSTEM
from polyvox.budgets.models import Ballot, BallotVersion
from polyvox.budgets.tests.conftest import accepted

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

WORKERS = 40  # connections at once (PostgreSQL's default limit is 100)


def run_at_once(jobs, workers=WORKERS):
    """Run the jobs on `workers` threads released together by a barrier; each thread has its own connection."""
    barrier = threading.Barrier(min(workers, len(jobs)))
    errors = []

    def call(job):
        try:
            try:
                barrier.wait(timeout=30)
            except threading.BrokenBarrierError:
                pass
            return job()
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(call, jobs))
    return results, errors


def test_200_ballots_at_once_then_50_changes_at_once(voting_budget):
    budget = voting_budget
    p1, p2, p3, p4 = accepted(budget)
    ballots.create_codes(budget, 200)
    code_list = list(budget.codes.values_list("code", flat=True))[:200]
    first = {code: ([p1, p2] if i % 2 else [p3, p4]) for i, code in enumerate(code_list)}

    def submit(code, choice):
        def job():
            voter = ballots.check_code(budget, code)
            return ballots.submit_ballot(budget, voter, [(p.pk, 1) for p in choice]).pk
        return job

    _results, errors = run_at_once([submit(code, choice) for code, choice in first.items()])
    assert errors == []
    assert Ballot.objects.filter(budget=budget).count() == 200
    assert BallotVersion.objects.count() == 200

    changers = code_list[:50]
    _results, errors = run_at_once([submit(code, [p4]) for code in changers], workers=50)
    assert errors == []
    assert Ballot.objects.filter(budget=budget).count() == 200
    assert BallotVersion.objects.count() == 250
    for code in changers:
        ballot = Ballot.objects.get(voter_key=ballots.check_code(budget, code).key)
        assert ballot.version == 2 and ballot.project_ids == [p4.pk]

    # The count sees every voter once, with their latest ballot.
    election = counting.election_for(budget)
    assert election.num_voters == 200
    expected = {p.pk: 0 for p in (p1, p2, p3, p4)}
    for code, choice in first.items():
        for p in ([p4] if code in changers else choice):
            expected[p.pk] += 1
    assert {int(k): v for k, v in election.votes().items()} == expected


def test_same_voter_twice_at_once_is_one_ballot(voting_budget):
    budget = voting_budget
    p1, p2, p3, p4 = accepted(budget)
    code_list = list(budget.codes.values_list("code", flat=True))[:20]

    def submit(code, choice):
        def job():
            return ballots.submit_ballot(budget, ballots.check_code(budget, code), [(p.pk, 1) for p in choice]).pk
        return job

    jobs = [submit(code, [p1]) for code in code_list] + [submit(code, [p2]) for code in code_list]
    _results, errors = run_at_once(jobs)
    assert errors == []
    assert Ballot.objects.filter(budget=budget).count() == 20
    for ballot in Ballot.objects.filter(budget=budget):
        assert ballot.version == 2 and ballot.versions.count() == 2
        assert ballot.project_ids == ballot.versions.order_by("-version").first().choices[0][:1]


def test_no_ballot_slips_in_after_the_vote_closes(voting_budget, editor):
    budget = voting_budget
    p1 = accepted(budget)[0]
    ballots.create_codes(budget, 60)
    code_list = list(budget.codes.values_list("code", flat=True))[:60]

    def submit(code):
        def job():
            try:
                ballots.submit_ballot(budget, ballots.check_code(budget, code), [(p1.pk, 1)])
                return "ok"
            except ballots.BallotError:
                return "closed"
        return job

    def close():
        services.move(budget, "close_vote", actor=SYSTEM)
        return "closer"

    jobs = [submit(code) for code in code_list[:30]] + [close] + [submit(code) for code in code_list[30:]]
    results, errors = run_at_once(jobs, workers=30)
    assert errors == []
    assert Ballot.objects.filter(budget=budget).count() == results.count("ok")
    assert results.count("ok") + results.count("closed") == 60
    # Closing waited for the ballots in flight: none was written after the vote closed.
    from polyvox.core.transitions import history

    closed_at = next(e.created for e in history(budget) if e.action == "close_vote")
    assert all(b.created <= closed_at for b in Ballot.objects.filter(budget=budget))
