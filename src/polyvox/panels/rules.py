"""Who may do what with panels: organisers are the Service's staff and the editors of the organisation that
organises the panel's initiative; volunteers' personal data is theirs alone. The public sees the draw."""

import rules

from polyvox.organisations.models import Role
from polyvox.organisations.rules import has_role_in, is_editor_somewhere, is_service_staff


@rules.predicate
def organises_panel(user, panel) -> bool:
    """An editor of the organisation behind the panel's initiative."""
    return panel is not None and has_role_in(user, panel.initiative.organiser_id, Role.EDITOR)


@rules.predicate
def organises_initiative(user, initiative) -> bool:
    return initiative is not None and has_role_in(user, initiative.organiser_id, Role.EDITOR)


@rules.predicate
def organises_volunteers_panel(user, volunteer) -> bool:
    return volunteer is not None and organises_panel(user, volunteer.panel)


@rules.predicate
def organises_reports_panel(user, report) -> bool:
    return report is not None and organises_panel(user, report.panel)


is_organiser = is_service_staff | organises_panel

rules.add_perm("panels.create_panel", is_service_staff | organises_initiative)
rules.add_perm("panels.list_panels", is_service_staff | is_editor_somewhere)
rules.add_perm("panels.manage_panel", is_organiser)
rules.add_perm("panels.view_personal_data", is_organiser)
# A panel's report (its recommendations, its publication) is the panel's organisers' too.
rules.add_perm("panels.manage_report", is_service_staff | organises_reports_panel)
# A volunteer's status moves (selected by the draw, withdrawn and replaced) are the panel's organisers'.
rules.add_perm("panels.manage_volunteer", is_service_staff | organises_volunteers_panel)
# The moves the platform makes by itself (the lottery computed or failed, personal data deleted): nobody's.
rules.add_perm("panels.platform_step", rules.always_deny)
# The Django admin (the staff's back office) asks for these.
for action in ("view", "add", "change", "delete"):
    for model in ("panel", "feature", "featurevalue", "volunteer", "invitation", "registerentry", "replacementrecord",
                  "report", "recommendation"):
        rules.add_perm(f"panels.{action}_{model}", is_service_staff)
