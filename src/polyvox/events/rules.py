"""Who may do what with events: the Service's staff and the organiser's editors manage an event and check people in
at its door; public agents register for agents-only events, anyone with an account for the others."""

import rules

from polyvox.organisations.models import Role
from polyvox.organisations.rules import has_role_in, is_service_staff

AGENT_ROLES = (Role.STAFF, Role.EDITOR, Role.FACILITATOR)


@rules.predicate
def is_public_agent(user) -> bool:
    """An agent of a public administration: a staff, editor or facilitator role, or a profile in the network."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.roles.filter(role__in=AGENT_ROLES).exists():
        return True
    profile = getattr(user, "agent_profile", None)  # the network app's profile, when installed
    return profile is not None and profile.state == "member"


def _event(obj):
    """Predicates receive an event or one of its registrations."""
    return getattr(obj, "event", obj)


@rules.predicate
def organises_event(user, event) -> bool:
    event = _event(event)
    if event is None or not getattr(user, "is_authenticated", False):
        return False
    return has_role_in(user, event.organiser, Role.EDITOR)


@rules.predicate
def may_attend(user, event) -> bool:
    """The event's audience admits this account."""
    event = _event(event)
    if not getattr(user, "is_authenticated", False) or event is None:
        return False
    if event.audience == "everyone":
        return True
    return is_public_agent(user)


@rules.predicate
def owns_registration(user, registration) -> bool:
    return getattr(user, "is_authenticated", False) and getattr(registration, "user_id", None) == user.pk


manages_event = is_service_staff | organises_event

rules.add_perm("events.manage", manages_event)
rules.add_perm("events.create", is_service_staff)
rules.add_perm("events.register", may_attend)
rules.add_perm("events.cancel_registration", owns_registration | manages_event)
rules.add_perm("events.check_in", manages_event)
