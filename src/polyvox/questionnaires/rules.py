"""Who may do what with questionnaires: the Service's staff and the editors of the owner organisation manage
them (open, close, codes, results); anyone reads results made public; answering needs only a code."""

import rules

from polyvox.organisations.models import Role
from polyvox.organisations.rules import has_role_in, is_editor_somewhere, is_service_staff


@rules.predicate
def is_owner(user, questionnaire) -> bool:
    return questionnaire is not None and has_role_in(user, questionnaire.organisation_id, Role.EDITOR)


@rules.predicate
def results_are_public(user, questionnaire) -> bool:
    return questionnaire is not None and questionnaire.results_public


can_manage = is_service_staff | is_owner

rules.add_perm("questionnaires.manage_questionnaire", can_manage)
rules.add_perm("questionnaires.create_questionnaire", is_service_staff | is_editor_somewhere)
rules.add_perm("questionnaires.view_results", can_manage | results_are_public)
