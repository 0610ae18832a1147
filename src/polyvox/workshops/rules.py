"""Who may do what with workshops: facilitators (role) and the Service's staff prepare and run them."""

import rules

from polyvox.organisations.rules import is_facilitator, is_service_staff


def workshop_of(obj):
    """The workshop an object belongs to: itself, or that of its activity, decision or question."""
    if obj is None or hasattr(obj, "facilitator_id"):
        return obj
    if hasattr(obj, "workshop_id"):  # an activity, a decision, a participant
        return obj.workshop
    if hasattr(obj, "activity_id"):  # an idea, a cluster, a forecasting question
        return obj.activity.workshop
    if hasattr(obj, "decision_id"):  # an objection, an amendment
        return obj.decision.workshop
    return None


@rules.predicate
def runs_workshop(user, obj) -> bool:
    """The workshop's own facilitator, or the Service's staff (for the workshop or anything in it)."""
    workshop = workshop_of(obj)
    if not getattr(user, "is_authenticated", False) or workshop is None:
        return False
    return workshop.facilitator_id == user.pk or is_service_staff(user)


can_facilitate = is_facilitator | is_service_staff

rules.add_perm("workshops.create", can_facilitate)
rules.add_perm("workshops.run", runs_workshop)
rules.add_perm("workshops.report", runs_workshop)
