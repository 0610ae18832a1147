"""Fixtures of the follow-up tests: an authority and an organiser with editors, a published initiative, its plan."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth import get_user_model

from polyvox.core.tests.factories import give_staff_role, initiative as make_initiative, organisation
from polyvox.followup import services
from polyvox.organisations.models import RoleAssignment


def make_user(email, org=None, role="editor"):
    user = get_user_model().objects.create_user(email=email, password="pw-fu-12345")
    if org is not None:
        RoleAssignment.objects.create(user=user, organisation=org, role=role)
    return user


@pytest.fixture
def authority(db):
    return organisation("parlement-test", "Parlement (test)", "regional_administration") if False else \
        organisation("parlement-test", "Parlement (test)")


@pytest.fixture
def organiser_org(db):
    return organisation("organiser-test", "Organisateur (test)")


@pytest.fixture
def authority_editor(authority):
    return make_user("authority@example.org", authority)


@pytest.fixture
def organiser(organiser_org):
    return make_user("organiser@example.org", organiser_org)


@pytest.fixture
def stranger(db):
    return make_user("stranger-fu@example.org")


@pytest.fixture
def staff(db):
    return give_staff_role(make_user("staff-fu@example.org"))


@pytest.fixture
def initiative(organiser_org):
    return make_initiative("Commission test", organiser=organiser_org)


@pytest.fixture
def plan(initiative, authority):
    return services.open_plan(initiative, authority=authority, kind="deliberative", report_date=date(2025, 1, 15))


@pytest.fixture
def commitment(plan):
    return services.add_commitment(plan, {"fr": "Créer des pistes cyclables", "nl": "Fietspaden aanleggen",
                                          "en": "Build cycle lanes"}, reference="R1")
