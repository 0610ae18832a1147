"""Fixtures of the questionnaire tests: a staff member, an owner editor, an open OECD participants' questionnaire."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from polyvox.core.tests.factories import give_staff_role, organisation
from polyvox.core.workflow import SYSTEM, apply
from polyvox.organisations.models import RoleAssignment
from polyvox.questionnaires import services


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_user(email="staff-q@example.org", password="pw-q-12345")
    return give_staff_role(user)


@pytest.fixture
def owner_org(db):
    return organisation("owner-q", "Organisation Q")


@pytest.fixture
def editor(owner_org):
    user = get_user_model().objects.create_user(email="editor-q@example.org", password="pw-q-12345")
    RoleAssignment.objects.create(user=user, organisation=owner_org, role="editor")
    return user


@pytest.fixture
def stranger(db):
    return get_user_model().objects.create_user(email="stranger-q@example.org", password="pw-q-12345")


@pytest.fixture
def questionnaire(owner_org):
    q = services.create_from_template("oecd-participants", organisation=owner_org)
    apply(q, "open", by=SYSTEM)
    return q


@pytest.fixture
def code(questionnaire):
    return services.issue_codes(questionnaire, 1)[0]
