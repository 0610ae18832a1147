"""Uploaded offers and signed protocols are stored under random names no one can guess, which no web address
maps; the provider's own file name is kept in the database and given back on download."""

import importlib
import re
from pathlib import Path, PurePosixPath

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from polyvox.procurement.models import Membership, Offer

from .conftest import provider_user
from .test_sealing import SECRET, sealed  # noqa: F401 - the fixture
from polyvox.accounts.testing import sign_in

RANDOM = re.compile(r"^procurement/(offers|protocols)/[0-9a-f]{32}\.pdf$")


@pytest.mark.django_db
def test_offer_is_stored_under_a_random_name_and_downloaded_under_its_own(client, sealed):  # noqa: F811
    offer = Offer.objects.get(proposal=SECRET)
    assert RANDOM.match(offer.document.name), offer.document.name
    assert "offer" not in PurePosixPath(offer.document.name).name and offer.document_name == "offer.pdf"
    assert client.get("/media/" + offer.document.name).status_code == 404
    sign_in(client, provider_user(3, 1))
    response = client.get(reverse("procurement:offer_document", args=[offer.pk]))
    assert response.status_code == 200 and 'filename="offer.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_signed_protocol_is_stored_under_a_random_name(member):
    membership = Membership.objects.get(organisation=member)
    membership.signed_document.save("Protocole signé Commune.pdf", ContentFile(b"%PDF-1.4 signed"), save=True)
    assert RANDOM.match(membership.signed_document.name)
    assert membership.signed_document_name == "Protocole signé Commune.pdf"


@pytest.mark.django_db
def test_migration_moves_files_stored_under_their_own_names(member, framework):
    membership = Membership.objects.get(organisation=member)
    old = default_storage.save("procurement/protocols/2024/protocole-commune.pdf", ContentFile(b"%PDF-1.4 old"))
    Membership.objects.filter(pk=membership.pk).update(signed_document=old)
    migration = importlib.import_module("polyvox.procurement.migrations.0006_unguessable_upload_names")
    migration.move_to_random_names(apps, None)
    membership.refresh_from_db()
    assert RANDOM.match(membership.signed_document.name)
    assert membership.signed_document_name == PurePosixPath(old).name
    assert not (Path(settings.MEDIA_ROOT) / old).exists()
    assert membership.signed_document.read() == b"%PDF-1.4 old"
    migration.move_to_random_names(apps, None)  # idempotent: random names stay
    name = membership.signed_document.name
    membership.refresh_from_db()
    assert membership.signed_document.name == name


@pytest.mark.django_db
def test_the_back_office_links_an_offer_through_the_view_that_checks_the_seal(client, sealed, django_user_model):  # noqa: F811
    from datetime import timedelta

    from django.utils import timezone

    from polyvox.core.tests.factories import give_staff_role
    from polyvox.procurement.models import SubsequentContract

    offer = Offer.objects.get(proposal=SECRET)
    SubsequentContract.objects.filter(pk=offer.contract_id).update(offer_deadline=timezone.now() - timedelta(hours=1))
    staff = give_staff_role(django_user_model.objects.create_user(email="backoffice@test.example", password="x"))
    sign_in(client, staff)
    page = client.get(reverse("admin:procurement_offer_change", args=[offer.pk])).content.decode()
    assert reverse("procurement:offer_document", args=[offer.pk]) in page
    assert "/media/" not in page  # no upload has a public address


@pytest.mark.django_db
def test_the_back_office_links_a_signed_protocol_through_the_view_that_checks_who_asks(client, member, django_user_model):
    from polyvox.core.testing import admin_file_links
    from polyvox.core.tests.factories import give_staff_role

    membership = Membership.objects.get(organisation=member)
    membership.signed_document.save("Protocole signé.pdf", ContentFile(b"%PDF-1.4 signed"), save=True)
    staff = give_staff_role(django_user_model.objects.create_user(email="backoffice@test.example", password="x"))
    sign_in(client, staff)
    page = client.get(reverse("admin:procurement_membership_change", args=[membership.pk])).content.decode()
    url = reverse("procurement:membership_signed_protocol", args=[membership.pk])
    assert admin_file_links(page) == [url]
    assert "/media/" not in page and "Protocole signé.pdf" in page
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 signed"
    assert "Protocole%20sign%C3%A9.pdf" in response["Content-Disposition"] or "Protocole sign" in response["Content-Disposition"]
    sign_in(client, django_user_model.objects.create_user(email="stranger@test.example", password="x"))
    assert client.get(url).status_code == 404  # another body's membership


@pytest.mark.django_db
def test_the_back_office_links_a_provider_logo_to_its_page(client, framework, django_user_model):
    from polyvox.core.testing import admin_file_links
    from polyvox.core.tests.factories import give_staff_role
    from polyvox.procurement.models import Provider

    from .test_provider_profile import _png

    provider = Provider.objects.first()
    provider.logo.save("logo.png", ContentFile(_png()), save=True)
    staff = give_staff_role(django_user_model.objects.create_user(email="backoffice@test.example", password="x"))
    sign_in(client, staff)
    page = client.get(reverse("admin:procurement_provider_change", args=[provider.pk])).content.decode()
    assert admin_file_links(page) == [reverse("procurement:provider_logo", args=[provider.slug])]
    assert "/media/" not in page
    assert client.get(admin_file_links(page)[0]).status_code == 200
