"""Signatures at once on PostgreSQL: 50 people sign and confirm together, the same confirmation pressed many
times together, the same person signing from several tabs. The count is exact and equals the stored rows."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.db.models import Sum

from polyvox.petitions import services
from polyvox.petitions.models import Petition, Signature
from polyvox.petitions.tests.conftest import make_open, signer

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def run_at_once(jobs, workers=50):
    """The jobs on threads released together by a barrier; each thread has its own connection."""
    barrier = threading.Barrier(min(workers, len(jobs)))
    refusals, errors = [], []

    def call(job):
        try:
            try:
                barrier.wait(timeout=30)
            except threading.BrokenBarrierError:
                pass
            return job()
        except services.SigningRefused as refused:
            refusals.append(refused)
        except Exception as error:  # noqa: BLE001 - asserted below
            errors.append(error)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(call, jobs))
    return results, refusals, errors


def assert_exact(petition, expected):
    petition.refresh_from_db()
    rows = Signature.objects.filter(petition=petition, state="valid").count()
    tallied = petition.tallies.aggregate(n=Sum("count"))["n"] or 0
    assert petition.signature_count == rows == tallied == expected


def test_50_signatures_at_once(world):
    petition = make_open(world, threshold=40)
    people = [signer(world, n, municipality=world.ixelles if n % 2 else world.anderlecht) for n in range(50)]
    _results, refusals, errors = run_at_once([lambda details=details: services.confirm(services.sign(petition, details)[1])
                                              for details in people])
    assert errors == [] and refusals == []
    assert_exact(petition, 50)
    assert Petition.objects.get(pk=petition.pk).state == "threshold"  # crossed once, by one of them


def test_one_confirmation_pressed_50_times_at_once(world):
    petition = make_open(world)
    _signature, token = services.sign(petition, signer(world, 1))
    _results, refusals, errors = run_at_once([lambda: services.confirm(token) for _ in range(50)])
    assert errors == [] and len(refusals) == 49
    assert_exact(petition, 1)


def test_the_same_person_from_20_tabs_at_once(world):
    petition = make_open(world)
    details = signer(world, 7)
    results, refusals, errors = run_at_once([lambda: services.sign(petition, details) for _ in range(20)], workers=20)
    assert errors == []
    assert Signature.objects.filter(petition=petition).count() == 1
    tokens = {token for result in results if result for _signature, token in [result]}
    run_at_once([lambda token=token: services.confirm(token) for token in tokens], workers=max(1, len(tokens)))
    assert_exact(petition, 1)
