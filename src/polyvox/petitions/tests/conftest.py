"""Fixtures of the petitions tests: the 19 municipalities, the Parliament and Anderlecht with their secretariats,
and requests at each stage."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone, translation

from polyvox.accounts.testing import sign_in
from polyvox.core.workflow import SYSTEM
from polyvox.initiatives.tests import factories as f
from polyvox.organisations.models import Organisation, OrganisationKind
from polyvox.petitions import services
from polyvox.petitions.models import Channel, ChannelKind, CouncilSitting
from polyvox.petitions.workflow import LIFECYCLE

ANDERLECHT = "21001"
IXELLES = "21009"


@pytest.fixture(autouse=True)
def _french():
    translation.activate("fr")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fast_forms(settings):
    settings.PETITIONS_MIN_FORM_SECONDS = 0


@pytest.fixture
def world(db):
    from polyvox.petitions.channels import install

    install(Channel)  # shipped by a data migration; a transactional test before this one may have flushed them
    towns = f.municipalities()
    parliament = f.organisation("Parlement bruxellois", kind=OrganisationKind.PARLIAMENT)
    anderlecht = Organisation.objects.create(name="Commune d'Anderlecht", slug="anderlecht", kind=OrganisationKind.MUNICIPALITY,
                                             municipality=towns[ANDERLECHT])
    return SimpleNamespace(
        towns=towns, anderlecht=towns[ANDERLECHT], ixelles=towns[IXELLES], parliament=parliament, commune=anderlecht,
        clerk=f.user("greffe@parlement.test", editor_of=parliament),
        clerk2=f.user("greffe2@parlement.test", editor_of=parliament),
        council=f.user("secretariat@anderlecht.test", editor_of=anderlecht),
        council2=f.user("secretariat2@anderlecht.test", editor_of=anderlecht),
        staff=f.user("staff@service.test", staff=True),
        author=f.user("auteur@example.test"),
        citizen=f.user("citizen@example.test"),
        channels={channel.kind: channel for channel in Channel.objects.all()},
    )


def client_for(user=None) -> Client:
    client = Client()
    if user is not None:
        sign_in(client, user)
    return client


def make_open(world, kind=ChannelKind.PETITION, *, title="Plus d'arbres dans les rues", body="Planter des arbres.",
              threshold=None, municipality=None):
    """A request filed and declared admissible: open for signatures."""
    channel = world.channels[kind]
    level = "commune" if kind == ChannelKind.INTERPELLATION else "region"
    petition = services.create_draft(author=world.author, channel=channel, level=level,
                                     municipality=municipality or (world.anderlecht if level == "commune" else None),
                                     title=title, body=body, language="fr", author_name="Awa")
    services.file(petition, by=world.author)
    clerk = world.council if level == "commune" else world.clerk
    LIFECYCLE.apply(petition, "accept", by=clerk)
    if threshold is not None:
        type(petition).objects.filter(pk=petition.pk).update(threshold=threshold)
        petition.refresh_from_db()
    return petition


def signer(world, n=1, *, municipality=None, born=datetime.date(1990, 5, 17), email=None, language="fr"):
    return services.SignerDetails(f"Personne {n}", email or f"personne{n}@example.be", born,
                                  municipality if municipality is not None else world.anderlecht, language=language)


def sign_and_confirm(petition, details):
    signature, token = services.sign(petition, details)
    return services.confirm(token)


def sitting(world, days_ahead=30, municipality=None):
    return CouncilSitting.objects.create(municipality=municipality or world.anderlecht,
                                         starts_at=timezone.now() + datetime.timedelta(days=days_ahead), place="Salle du conseil")


__all__ = ["SYSTEM", "client_for", "make_open", "signer", "sign_and_confirm", "sitting"]
