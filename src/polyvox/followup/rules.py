"""Who may do what with follow-up (the `rules` package); views name these permissions.

- anyone sees the follow-up of a published initiative;
- the Service's staff, the editors of the initiative's organiser and of the commitment's authority manage
  commitments (import, texts, updates, progress, implementation);
- answering a commitment is for the staff and the authority's editors (the authority answers);
- the same managers prepare the evaluation (criteria, questionnaires, publication), as the workflow allows;
- loading reference population figures is for the Service's staff.
"""

import rules

from polyvox.organisations.models import Role
from polyvox.organisations.rules import has_role_in, is_service_staff


def _plan_of(obj):
    return getattr(obj, "plan", obj)


@rules.predicate
def is_public(user, obj) -> bool:
    plan = _plan_of(obj)
    return plan is not None and plan.initiative.is_published


@rules.predicate
def is_organiser(user, obj) -> bool:
    plan = _plan_of(obj)
    return plan is not None and has_role_in(user, plan.initiative.organiser_id, Role.EDITOR)


@rules.predicate
def is_authority(user, obj) -> bool:
    if obj is None:
        return False
    authority = getattr(obj, "authority_id", None)
    return has_role_in(user, authority, Role.EDITOR)


@rules.predicate
def is_initiative_organiser(user, initiative) -> bool:
    return initiative is not None and has_role_in(user, initiative.organiser_id, Role.EDITOR)


can_manage = is_service_staff | is_organiser | is_authority

rules.add_perm("followup.view_followup", is_public | can_manage)
rules.add_perm("followup.manage_followup", can_manage)
rules.add_perm("followup.create_plan", is_service_staff | is_initiative_organiser)
rules.add_perm("followup.answer_commitment", is_service_staff | is_authority)
rules.add_perm("followup.move_commitment", can_manage)
rules.add_perm("followup.view_observatory_staff", is_service_staff)
rules.add_perm("followup.load_population", is_service_staff)
