"""Fixtures of the framework contract's tests: the six lots, three providers per lot, a member, staff."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from polyvox.organisations.models import Organisation, RoleAssignment
from polyvox.procurement.models import FrameworkContract, Lot, LotHolding, Membership, Provider

CEILINGS = [150_000, 60_000, 90_000, 60_000, 60_000, 60_000]
PASSWORD = "test-password-2026"


def make_user(email, *, staff=False, language="fr", organisation=None, role=None):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(email=email, password=PASSWORD, is_staff=staff, preferred_language=language, email_confirmed=True)
    if organisation is not None:
        RoleAssignment.objects.create(user=user, organisation=organisation, role=role)
    if staff:
        from polyvox.core.tests.factories import give_staff_role

        give_staff_role(user)
    return user


@pytest.fixture
def framework(db):
    framework = FrameworkContract.objects.create(name="Centrale de marchés Participation", start_date=dt.date(2024, 1, 1), ceiling=Decimal("4000000"))
    for number, ceiling in enumerate(CEILINGS, start=1):
        lot = Lot.objects.create(framework=framework, number=number, title=f"Lot title {number}", ceiling=Decimal(ceiling), always_recompete=number <= 2)
        for rank in (1, 2, 3):
            organisation = Organisation.objects.create(name=f"Provider {number}-{rank}", slug=f"provider-{number}-{rank}", kind="provider")
            provider = Provider.objects.create(organisation=organisation, description=f"Provider {number}-{rank}", languages="fr, nl")
            LotHolding.objects.create(lot=lot, provider=provider, rank=rank)
            make_user(f"p{number}{rank}@example.org", organisation=organisation, role="provider", language="nl" if rank == 2 else "fr")
    return framework


@pytest.fixture
def staff(db):
    return make_user("staff@example.org", staff=True, language="fr")


@pytest.fixture
def member(framework):
    organisation = Organisation.objects.create(name="Commune d'Exemple", slug="commune-exemple", kind="municipality")
    Membership.objects.create(framework=framework, organisation=organisation, state="member", language="fr", signed_on=dt.date(2024, 3, 1), signatory_name="A. Bourgmestre")
    return organisation


@pytest.fixture
def official(member):
    return make_user("official@example.org", organisation=member, role="editor", language="fr")


def lot(framework, number):
    return framework.lots.get(number=number)


def provider_user(number, rank):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(email=f"p{number}{rank}@example.org")


def provider(number, rank):
    return Provider.objects.get(organisation__slug=f"provider-{number}-{rank}")


def later(**delta):
    return timezone.now() + dt.timedelta(**delta)


class Clock:
    """Moves `django.utils.timezone.now` forward in a test."""

    def __init__(self):
        self.offset = dt.timedelta(0)

    def advance(self, **delta):
        self.offset += dt.timedelta(**delta)


@pytest.fixture
def clock(monkeypatch):
    real_now = timezone.now
    clock = Clock()
    monkeypatch.setattr("django.utils.timezone.now", lambda: real_now() + clock.offset)
    return clock


@pytest.fixture(autouse=True)
def english_messages():
    """Service-level messages are read in English in the tests (pages set their own language)."""
    from django.utils import translation

    with translation.override("en"):
        yield
