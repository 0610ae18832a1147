"""Who may do what with online consultations (the `rules` package).

- anyone sees a consultation of a published initiative once it is open (or closed); its organisers always;
- organisers (the Service's staff, or editors of the initiative's organiser) prepare, open, close and moderate;
- while it is open, anyone takes part, or only signed-in accounts, as the organiser chose.
"""

import rules

from polyvox.organisations.models import Role
from polyvox.organisations.rules import has_role_in, is_service_staff


def _consultation_of(obj):
    return getattr(obj, "consultation", obj)


@rules.predicate
def is_organiser(user, obj) -> bool:
    consultation = _consultation_of(obj)
    return consultation is not None and has_role_in(user, consultation.initiative.organiser_id, Role.EDITOR)


@rules.predicate
def is_public(user, obj) -> bool:
    consultation = _consultation_of(obj)
    return consultation is not None and consultation.initiative.is_published and consultation.state != "draft"


@rules.predicate
def is_open(user, obj) -> bool:
    consultation = _consultation_of(obj)
    return consultation is not None and consultation.state == "open"


@rules.predicate
def may_take_part_without_account(user, obj) -> bool:
    consultation = _consultation_of(obj)
    return consultation is not None and consultation.admission == "anyone"


@rules.predicate
def is_signed_in(user) -> bool:
    return getattr(user, "is_authenticated", False)


organiser = is_service_staff | is_organiser

rules.add_perm("consultations.view_consultation", is_public | organiser)
rules.add_perm("consultations.manage_consultation", organiser)
rules.add_perm("consultations.moderate_statement", organiser)
rules.add_perm("consultations.take_part", (is_public | organiser) & is_open & (is_signed_in | may_take_part_without_account))


@rules.predicate
def organises_initiative(user, initiative) -> bool:
    return initiative is not None and has_role_in(user, initiative.organiser_id, Role.EDITOR)


rules.add_perm("consultations.create_consultation", is_service_staff | organises_initiative)
