"""Who may do what with initiatives (the `rules` package); views name these permissions.

- anyone sees a published initiative; its organisation's editors and the Service's staff see it in
  every state;
- an organisation's editors propose initiatives for their organisation and edit its initiatives, not
  another organisation's; they submit them for publication;
- the Service's staff publish or send back (with a reason) and see the review queue.
"""

import rules

from polyvox.initiatives.models import PublicationState
from polyvox.organisations.models import Role
from polyvox.organisations.rules import has_role_in, is_editor_somewhere, is_service_staff


@rules.predicate
def is_published(user, initiative) -> bool:
    return initiative is not None and initiative.publication_state == PublicationState.PUBLISHED


@rules.predicate
def is_organiser_editor(user, initiative) -> bool:
    return initiative is not None and has_role_in(user, initiative.organiser_id, Role.EDITOR)


@rules.predicate
def is_in_editable_state(user, initiative) -> bool:
    return initiative is not None and initiative.publication_state in (PublicationState.DRAFT, PublicationState.RETURNED)


rules.add_perm("initiatives.view_initiative", is_published | is_service_staff | is_organiser_editor)
rules.add_perm("initiatives.propose_initiative", is_service_staff | is_editor_somewhere)
rules.add_perm("initiatives.change_initiative", is_service_staff | is_organiser_editor)
rules.add_perm("initiatives.submit_initiative", (is_service_staff | is_organiser_editor) & is_in_editable_state)
rules.add_perm("initiatives.review_initiative", is_service_staff)
# The Django admin (the staff's back office) asks for these.
rules.add_perm("initiatives.add_initiative", is_service_staff)
rules.add_perm("initiatives.delete_initiative", is_service_staff)
