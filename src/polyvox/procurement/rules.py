"""Who may do what in the framework contract: staff run it, members see their own contracts,
providers see the requests of their lots and only their own offers."""

import rules

from polyvox.organisations.models import OrganisationKind, Role
from polyvox.organisations.rules import has_role_in, is_service_staff, organisations_where

MEMBER_ROLES = (Role.EDITOR, Role.STAFF)


def member_organisations(user):
    """Public bodies the user may act for (editor or staff role there), providers excluded."""
    return organisations_where(user, *MEMBER_ROLES).exclude(kind=OrganisationKind.PROVIDER)


def providers_of(user):
    """The Provider records of the organisations where the user holds the provider role."""
    from polyvox.procurement.models import Provider

    return Provider.objects.filter(organisation__in=organisations_where(user, Role.PROVIDER))


def provider_for_contract(user, contract):
    """The user's provider invited to this contract, or None."""
    return providers_of(user).filter(invitations__contract=contract).first()


@rules.predicate
def can_act_for_a_public_body(user) -> bool:
    return member_organisations(user).exists()


@rules.predicate
def is_provider_user(user) -> bool:
    return providers_of(user).exists()


@rules.predicate
def is_official_of_member(user, obj) -> bool:
    """obj: a Membership or a SubsequentContract."""
    return obj is not None and has_role_in(user, obj.organisation, *MEMBER_ROLES)


@rules.predicate
def is_invited_provider(user, contract) -> bool:
    return contract is not None and provider_for_contract(user, contract) is not None


@rules.predicate
def answers_for_the_invited_provider(user, invitation) -> bool:
    """obj: an Invitation; the user holds the provider role of the provider asked."""
    return invitation is not None and providers_of(user).filter(pk=invitation.provider_id).exists()


rules.add_perm("procurement.view_dashboard", is_service_staff)
rules.add_perm("procurement.manage", is_service_staff)
rules.add_perm("procurement.request_membership", can_act_for_a_public_body | is_service_staff)
rules.add_perm("procurement.view_membership", is_service_staff | is_official_of_member)
rules.add_perm("procurement.view_contract", is_service_staff | is_official_of_member | is_invited_provider)
rules.add_perm("procurement.act_as_member", is_service_staff | is_official_of_member)
rules.add_perm("procurement.respond_as_provider", is_invited_provider)
rules.add_perm("procurement.answer_invitation", answers_for_the_invited_provider)
# The moves the platform makes by itself (a cascade exhausted, an answer past its deadline): nobody's.
rules.add_perm("procurement.platform_step", rules.always_deny)
rules.add_perm("procurement.use_procurement", is_service_staff | can_act_for_a_public_body | is_provider_user)
