"""Who may do what with petitions: the author files a draft; the receiving institution's secretariat (an editor
role in the receiving organisation: the Parliament's committee secretariat, a commune's council secretariat)
decides admissibility, schedules, answers, keys paper sheets and exports; the Participation Service's staff keep
the channels' rules and may invalidate abusive signatures. Signing needs no account."""

import rules

from polyvox.organisations.models import Role
from polyvox.organisations.rules import has_role_in, is_editor_somewhere, is_service_staff


@rules.predicate
def is_author(user, petition) -> bool:
    return petition is not None and getattr(user, "is_authenticated", False) and petition.author_id == user.pk


@rules.predicate
def is_secretariat(user, petition) -> bool:
    """An editor of the receiving institution (committee or council secretariat)."""
    return petition is not None and petition.receiver_id is not None and has_role_in(user, petition.receiver_id, Role.EDITOR)


@rules.predicate
def is_signed_in(user) -> bool:
    return bool(getattr(user, "is_authenticated", False))


rules.add_perm("petitions.create_petition", is_signed_in)
rules.add_perm("petitions.file_petition", is_author)
rules.add_perm("petitions.decide_admissibility", is_secretariat)
rules.add_perm("petitions.schedule_hearing", is_secretariat)
rules.add_perm("petitions.record_answer", is_secretariat)
rules.add_perm("petitions.close_petition", is_secretariat | is_service_staff)
rules.add_perm("petitions.key_paper", is_secretariat)
rules.add_perm("petitions.export_signatures", is_secretariat)
rules.add_perm("petitions.invalidate_signatures", is_secretariat | is_service_staff)
rules.add_perm("petitions.use_office", is_service_staff | is_editor_somewhere)
# The Django admin (the back office) asks for these: the channels' rules are the Service's to edit.
for action in ("view", "add", "change", "delete"):
    for model in ("channel", "communerule", "councilsitting"):
        rules.add_perm(f"petitions.{action}_{model}", is_service_staff)
for model in ("petition", "signature", "paperentry", "countalert", "tally"):
    rules.add_perm(f"petitions.view_{model}", is_service_staff)
