"""Who may do what, as small predicates (the `rules` package)."""

import rules

from polyvox.organisations.models import Role


@rules.predicate
def is_service_staff(user) -> bool:
    """Staff of the Participation Service: the staff role in an organisation (Django's is_staff grants nothing)."""
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return False
    loaded = getattr(user, "request_staff_role", None)  # loaded with the request's account (User.objects.for_request)
    if loaded is not None:
        return loaded
    return user.roles.filter(role=Role.STAFF).exists()


def has_role_in(user, organisation, *roles: str) -> bool:
    if not getattr(user, "is_authenticated", False) or organisation is None:
        return False
    return user.roles.filter(organisation=organisation, role__in=roles).exists()


@rules.predicate
def is_editor_of_organisation(user, organisation) -> bool:
    return has_role_in(user, organisation, Role.EDITOR)


@rules.predicate
def is_editor_somewhere(user) -> bool:
    return getattr(user, "is_authenticated", False) and user.roles.filter(role=Role.EDITOR).exists()


@rules.predicate
def is_facilitator(user) -> bool:
    return getattr(user, "is_authenticated", False) and user.roles.filter(role=Role.FACILITATOR).exists()


def organisations_where(user, *roles: str):
    """The organisations in which the user holds one of these roles."""
    from polyvox.organisations.models import Organisation

    if not getattr(user, "is_authenticated", False):
        return Organisation.objects.none()
    return Organisation.objects.filter(roles__user=user, roles__role__in=roles).distinct()


rules.add_perm("organisations.manage", is_service_staff)
# The back office (core.backoffice) admits whoever holds this; core names the permission, never this app.
rules.add_perm("core.enter_back_office", is_service_staff)
