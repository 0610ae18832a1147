import pytest
from django.contrib.auth.models import AnonymousUser

from polyvox.accounts.models import User
from polyvox.organisations import rules as organisation_rules
from polyvox.organisations.models import Organisation, OrganisationKind, Role, RoleAssignment

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    anderlecht = Organisation.objects.create(name="Commune d'Anderlecht", kind=OrganisationKind.MUNICIPALITY)
    service = Organisation.objects.create(name="Service de la Participation", kind=OrganisationKind.REGIONAL_ADMINISTRATION)
    editor = User.objects.create_user(email="editor@example.org", password="x")
    staff = User.objects.create_user(email="staff@example.org", password="x")
    RoleAssignment.objects.create(user=editor, organisation=anderlecht, role=Role.EDITOR)
    RoleAssignment.objects.create(user=staff, organisation=service, role=Role.STAFF)
    return {"anderlecht": anderlecht, "service": service, "editor": editor, "staff": staff}


def test_slug_is_made_from_the_name_and_kinds_cover_the_issue():
    organisation = Organisation.objects.create(name="CPAS de Saint-Gilles", kind=OrganisationKind.CPAS)
    assert organisation.slug == "cpas-de-saint-gilles"
    assert {kind.value for kind in OrganisationKind} == {
        "regional", "municipality", "cpas", "parliament", "community_commission", "sisp", "collective", "provider",
    }
    assert {role.value for role in Role} == {"staff", "editor", "facilitator", "provider", "citizen"}


def test_roles_are_held_per_organisation(people):
    other = Organisation.objects.create(name="Ville de Bruxelles", kind=OrganisationKind.MUNICIPALITY)
    editor = people["editor"]
    assert organisation_rules.is_editor_of_organisation(editor, people["anderlecht"])
    assert not organisation_rules.is_editor_of_organisation(editor, other)
    assert list(organisation_rules.organisations_where(editor, Role.EDITOR)) == [people["anderlecht"]]
    assert not organisation_rules.is_editor_of_organisation(AnonymousUser(), people["anderlecht"])


def test_service_staff_is_the_staff_role_not_django_flags(people):
    assert organisation_rules.is_service_staff(people["staff"])
    assert not organisation_rules.is_service_staff(people["editor"])
    flags = User.objects.create_user(email="admin@example.org", password="x", is_staff=True, is_superuser=True)
    assert not organisation_rules.is_service_staff(flags)
    assert not flags.has_perm("organisations.manage") and not flags.has_perm("budgets.view_ballot")
    assert people["staff"].has_perm("organisations.manage")
    assert not people["editor"].has_perm("organisations.manage")


def test_public_bodies_and_providers(people):
    provider = Organisation.objects.create(name="Dreamocracy", kind=OrganisationKind.PROVIDER)
    assert people["anderlecht"].is_public_body and not provider.is_public_body
