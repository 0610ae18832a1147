"""Who may do what with participatory budgets (the `rules` package); views name these permissions.

- anyone sees a budget whose initiative is published; its organisers see it always;
- organisers (the Service's staff, or editors of the initiative's organiser organisation) manage the
  budget: phases, feasibility review, register and codes, paper ballots, counting, follow-up;
- signed-in residents submit projects during the call and vote during the vote.
"""

import rules

from polyvox.budgets.models import Phase
from polyvox.organisations.models import Role
from polyvox.organisations.rules import has_role_in, is_service_staff


def _budget_of(obj):
    return getattr(obj, "budget", obj)


@rules.predicate
def is_organiser(user, obj) -> bool:
    budget = _budget_of(obj)
    return budget is not None and has_role_in(user, budget.initiative.organiser_id, Role.EDITOR)


@rules.predicate
def is_initiative_organiser(user, initiative) -> bool:
    return initiative is not None and has_role_in(user, initiative.organiser_id, Role.EDITOR)


@rules.predicate
def is_public(user, obj) -> bool:
    budget = _budget_of(obj)
    return budget is not None and budget.initiative.is_published and budget.phase != Phase.PREPARATION


@rules.predicate
def is_signed_in(user) -> bool:
    return getattr(user, "is_authenticated", False)


@rules.predicate
def call_is_open(user, budget) -> bool:
    return budget is not None and budget.phase == Phase.PROJECT_CALL


@rules.predicate
def vote_is_open(user, budget) -> bool:
    return budget is not None and budget.phase == Phase.VOTING


@rules.predicate
def admits_without_account(user, budget) -> bool:
    """The organiser chose to admit voters by their code (or the register) alone."""
    return budget is not None and budget.admission == "code"


@rules.predicate
def is_project_author(user, project) -> bool:
    return project is not None and getattr(user, "is_authenticated", False) and project.author_id == user.pk


@rules.predicate
def project_is_public(user, project) -> bool:
    """A project once reviewed, or any project once the vote has opened; one awaiting review is not."""
    from polyvox.budgets.models import ReviewState

    return project is not None and (project.review_state != ReviewState.SUBMITTED or project.budget.phase_reached(Phase.VOTING))


organiser = is_service_staff | is_organiser

rules.add_perm("budgets.view_budget", is_public | organiser)
# A project (and its pictures): public once reviewed; before that its author and the organisers only.
rules.add_perm("budgets.see_project", organiser | (is_public & (project_is_public | is_project_author)))
rules.add_perm("budgets.create_budget", is_service_staff | is_initiative_organiser)
rules.add_perm("budgets.manage_budget", organiser)
rules.add_perm("budgets.review_project", organiser)
rules.add_perm("budgets.follow_up_project", organiser)
rules.add_perm("budgets.submit_project", is_signed_in & (is_public | organiser) & call_is_open)
rules.add_perm("budgets.vote", (is_signed_in | admits_without_account) & (is_public | organiser) & vote_is_open)
# A ballot is annulled by the Participation Service's staff only, by its reference, with a reason
# (ballots.annul_ballot); organisers of the budget cannot touch ballots.
rules.add_perm("budgets.annul_ballot", is_service_staff)
# The counting task alone (the platform, workflow.SYSTEM) finishes a count or records its failure.
rules.add_perm("budgets.record_count", rules.always_deny)
# The Django admin (the staff's back office) asks for these. Ballots, codes and the register extract are
# never added, changed or deleted there (no trace, codes reused): the voting and annulment services do it.
for model in ("budget", "district", "project", "projectpicture", "projectupdate", "invitationcode", "registerentry", "ballot",
              "ballotversion"):
    for action in ("view", "add", "change", "delete"):
        if (action, model) == ("view", "budget"):
            continue
        locked = model in ("ballot", "ballotversion", "invitationcode", "registerentry") and action != "view"
        rules.add_perm(f"budgets.{action}_{model}", rules.always_deny if locked else is_service_staff)
