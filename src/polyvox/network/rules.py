"""Who may do what in the network: public agents join; members (approved profiles) read the directory and the
working groups; a group's members post and share resources; the Service's staff approve profiles."""

import rules

from polyvox.organisations.models import Role
from polyvox.organisations.rules import is_service_staff

AGENT_ROLES = (Role.STAFF, Role.EDITOR, Role.FACILITATOR)
PUBLIC_KINDS = ("regional", "municipality", "cpas", "parliament", "community_commission", "sisp")


@rules.predicate
def is_network_member(user) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    profile = getattr(user, "agent_profile", None)
    return profile is not None and profile.state == "member"


@rules.predicate
def holds_public_role(user) -> bool:
    """Vouched for by a role in a public body: joins without waiting for approval."""
    return getattr(user, "is_authenticated", False) and user.roles.filter(
        role__in=AGENT_ROLES, organisation__kind__in=PUBLIC_KINDS).exists()


@rules.predicate
def in_group(user, group) -> bool:
    return getattr(user, "is_authenticated", False) and group is not None and group.memberships.filter(user=user).exists()


@rules.predicate
def is_signed_in(user) -> bool:
    return getattr(user, "is_authenticated", False)


rules.add_perm("network.join", is_signed_in)
rules.add_perm("network.read", is_network_member | is_service_staff)
rules.add_perm("network.approve", is_service_staff)
rules.add_perm("network.join_group", is_network_member)
rules.add_perm("network.post", (is_network_member & in_group) | is_service_staff)


@rules.predicate
def edits_trained_organisation(user, programme) -> bool:
    from polyvox.organisations.rules import has_role_in

    programme = getattr(getattr(programme, "cohort", None), "programme", None) or getattr(programme, "programme", None) or programme
    return programme is not None and has_role_in(user, getattr(programme, "organisation", None), Role.EDITOR)


@rules.predicate
def is_the_trainee(user, trainee) -> bool:
    return getattr(user, "is_authenticated", False) and getattr(trainee, "user_id", None) == user.pk


rules.add_perm("network.see_trainings", is_service_staff)
rules.add_perm("network.manage_training", is_service_staff | edits_trained_organisation)
rules.add_perm("network.certificate", is_service_staff | edits_trained_organisation | is_the_trainee)
