"""Never over capacity when many register at once: threads on PostgreSQL, each its own connection."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from polyvox.events import services
from polyvox.events.models import Registration, RegistrationState
from polyvox.events.tests.conftest import make_event
from polyvox.initiatives.tests import factories as f


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_twenty_people_registering_at_once_for_five_places():
    event = make_event(capacity=5)
    people = [f.user(f"rush{i}@test.example") for i in range(20)]
    barrier = threading.Barrier(len(people))
    errors = []

    def attempt(person):
        try:
            barrier.wait(timeout=30)
            services.register(event, person)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a registration never finished"
    assert errors == []
    assert Registration.objects.filter(event=event, state=RegistrationState.REGISTERED).count() == 5
    assert Registration.objects.filter(event=event, state=RegistrationState.WAITING).count() == 15


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_cancellations_and_registrations_at_once_stay_within_capacity():
    event = make_event(capacity=3)
    first = [f.user(f"first{i}@test.example") for i in range(3)]
    for person in first:
        services.register(event, person)
    late = [f.user(f"late{i}@test.example") for i in range(6)]
    barrier = threading.Barrier(len(first) + len(late))
    errors = []

    def leave(person):
        try:
            barrier.wait(timeout=30)
            services.cancel(Registration.objects.get(event=event, user=person), by=person)
        except Exception as error:  # noqa: BLE001
            errors.append(repr(error))
        finally:
            connection.close()

    def come(person):
        try:
            barrier.wait(timeout=30)
            services.register(event, person)
        except Exception as error:  # noqa: BLE001
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=leave, args=(p,)) for p in first] + [threading.Thread(target=come, args=(p,)) for p in late]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    registered = Registration.objects.filter(event=event, state=RegistrationState.REGISTERED).count()
    waiting = Registration.objects.filter(event=event, state=RegistrationState.WAITING).count()
    assert registered == 3 and waiting == 3
