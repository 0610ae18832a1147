"""Who may do what with workshops: facilitators (role) and the Service's staff prepare and run them."""

import rules

from polyvox.organisations.rules import is_facilitator, is_service_staff


@rules.predicate
def runs_workshop(user, workshop) -> bool:
    """The workshop's own facilitator, or the Service's staff."""
    if not getattr(user, "is_authenticated", False) or workshop is None:
        return False
    return workshop.facilitator_id == user.pk or is_service_staff(user)


can_facilitate = is_facilitator | is_service_staff

rules.add_perm("workshops.create", can_facilitate)
rules.add_perm("workshops.run", runs_workshop)
rules.add_perm("workshops.report", runs_workshop)
