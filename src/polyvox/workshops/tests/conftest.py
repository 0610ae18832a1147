"""Fixtures of the workshop tests: a facilitator, workshops from each template, participants."""

from __future__ import annotations

import pytest
from django.test import Client

from polyvox.organisations.models import Organisation, Role, RoleAssignment
from polyvox.workshops import identity, services
from polyvox.accounts.testing import sign_in


@pytest.fixture
def facilitator(db, django_user_model):
    user = django_user_model.objects.create_user(email="facilitator@example.test", password="pw-123456", display_name="Fa Cilitator")
    organisation = Organisation.objects.create(name="Dreamocracy (test)", slug="dreamocracy-test", kind="provider")
    RoleAssignment.objects.create(user=user, organisation=organisation, role=Role.FACILITATOR)
    return user


@pytest.fixture
def facilitator_client(facilitator):
    client = Client()
    sign_in(client, facilitator)
    return client


@pytest.fixture
def make_workshop(facilitator):
    def make(template="cps", title="Sirènes", challenge="Comment réduire le bruit des sirènes ?"):
        return services.create_workshop(facilitator, template, title, challenge)

    return make


@pytest.fixture
def join_client():
    """A phone that joined: returns (client, participant)."""

    def join(workshop, name="Alice", language="fr"):
        participant = services.join(workshop, name, language)
        client = Client()
        client.cookies[identity.cookie_name(workshop)] = _signed(participant)
        return client, participant

    return join


def _signed(participant):
    from django.core import signing

    return signing.get_cookie_signer(salt=identity.cookie_name(participant.workshop) + identity.SALT).sign(participant.token)
