"""The panels' state changes, written once: the panel's lifecycle and a volunteer's status.

A panel: setup -> invitations drawn -> registration open <-> registration closed -> lottery being computed ->
lottery computed -> draw announced -> selected (draw published) -> ended -> personal data deleted. Each move
names the permission it needs (`panels/rules.py`), the guards that must hold (their reasons are what the
organiser reads) and the effect: what else the move changes, in the same transaction as the state.

The moves made by the platform itself (the lottery computed or failed by the background task, personal data
deleted by the retention job) need `panels.platform_step`, which no person has: only `SYSTEM` makes them.

A volunteer: registered -> selected (by the draw, or as a replacement) -> withdrawn (replaced).

A panel's report: draft -> published (its date given, at least one recommendation, each with its text in French
or Dutch) -> draft again when the organisers withdraw it to correct it.

Services move objects with `polyvox.core.workflow.apply(obj, name, by=user_or_SYSTEM, **data)`.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from polyvox.core.workflow import Transition, Workflow, apply
from polyvox.panels import register_extract, retention, selection
from polyvox.panels.models import ACTION_LABELS, PanelState, ReportState, Volunteer, VolunteerStatus

S = PanelState
V = VolunteerStatus
MANAGE = "panels.manage_panel"
PLATFORM = "panels.platform_step"


def _now(step):
    return step.data.get("now") or timezone.now()


# --- guards: None when the move may happen, else the reason ---------------------------------------------

def has_register_extract(panel, step):
    if not panel.register_entries.exists():
        return _("Upload an extract of the population register first.")
    return None


def quotas_can_be_met(panel, step):
    """The feasibility report the service computed (and stored) just before, or a fresh one."""
    report = step.data.get("feasibility") or selection.check_feasibility(panel)
    if not report["feasible"]:
        return _("No panel meets the quotas: see the feasibility check. No quota was relaxed.")
    return None


def seed_known_after_announcement(panel, step):
    available_at = step.data.get("available_at")
    if available_at is None or available_at <= (step.data.get("announced_at") or _now(step)):
        return _("The seed must become known after the announcement: give a time in the future.")
    return None


def warnings_confirmed(panel, step):
    if panel.draw_warnings and not step.data.get("confirm_warnings"):
        return _("Read the warnings about this draw and tick the box to confirm them before announcing it.")
    return None


def seed_is_known(panel, step):
    if panel.seed_available_at is None or _now(step) < panel.seed_available_at:
        return (_("The seed cannot be known before %(time)s, as announced: the draw opens then.")
                % {"time": timezone.localtime(panel.seed_available_at).strftime("%d/%m/%Y %H:%M")})
    return None


def lottery_is_the_announced_one(panel, step):
    """The seed picks a panel of the stored lottery, which must be the one whose digest was announced."""
    from polyvox.engines.sortition import lottery_digest

    published = selection.apply_seed(panel, step.data["seed"])
    if lottery_digest(published["lottery_panels"]) != panel.lottery_digest:
        return _("The stored lottery no longer matches its announced digest; nothing was drawn.")
    step.data["published"] = published
    return None


# --- effects: what else a move changes -----------------------------------------------------------------

def draw_the_invitations(panel, step):
    entries = register_extract.draw_invitation_entries(panel, step.count, step.seed, step.stratified)
    register_extract.create_invitations(panel, entries)
    panel.invitations_seed, panel.invitations_stratified = step.seed, step.stratified
    panel.invitations_drawn_at = timezone.now()
    if step.data.get("deadline"):
        panel.registration_deadline = step.deadline


def start_computing(panel, step):
    panel.progress, panel.progress_message, panel.selection_error = 0.0, "", ""
    panel.selection_started_at = timezone.now()


def keep_the_lottery(panel, step):
    lottery, volunteers = step.lottery, step.volunteers
    for volunteer in volunteers:
        volunteer.probability = lottery["probabilities"].get(volunteer.pseudonym)
    Volunteer.objects.bulk_update(volunteers, ["probability"])
    panel.lottery_json = lottery
    panel.pool_copy = lottery["people"]
    panel.lottery_digest = lottery["lottery_digest"]
    panel.lottery_computed_at = timezone.now()
    panel.draw_warnings = step.warnings
    panel.progress, panel.progress_message, panel.selection_error = 1.0, "", ""


def report_the_failure(panel, step):
    panel.selection_error = step.explanation
    panel.progress, panel.progress_message = 0.0, ""
    if step.data.get("diagnosis") is not None:
        panel.feasibility = {**step.diagnosis, "checked_at": timezone.now().isoformat()}


def forget_the_lottery(panel, step):
    panel.lottery_json, panel.lottery_digest, panel.draw_warnings = None, "", None
    panel.lottery_computed_at = None
    panel.volunteers.update(probability=None)


def announce(panel, step):
    panel.seed_announcement = step.source
    panel.seed_available_at = step.available_at
    panel.draw_announced_at = step.data.get("announced_at") or _now(step)


def publish_the_draw(panel, step):
    """Store the published JSON, each volunteer's probability and the drawn panel; the drawn are selected."""
    published = step.data.get("published") or selection.apply_seed(panel, step.seed)
    volunteers = list(panel.volunteers.filter(pseudonym__in=list((panel.pool_copy or {}).keys())))
    chosen = set(published["panel"])
    for volunteer in volunteers:
        volunteer.probability = published["probabilities"].get(volunteer.pseudonym)
    Volunteer.objects.bulk_update(volunteers, ["probability"])
    panel.result_json = published
    panel.pool_copy = published["people"]
    panel.lottery_digest = published["lottery_digest"]
    panel.panel_index = published["panel_index"]
    panel.seed = published["seed"]
    panel.selected_at = timezone.now()
    panel.progress, panel.progress_message, panel.selection_error = 1.0, "", ""
    step.data["selected"] = [volunteer for volunteer in volunteers if volunteer.pseudonym in chosen]
    for volunteer in step.data["selected"]:
        apply(volunteer, "select", by=step.by)


def mark_ended(panel, step):
    panel.ended_at = timezone.now()


def delete_personal_data(panel, step):
    now = _now(step)
    for volunteer in panel.volunteers.all():
        retention.blank(volunteer, now)
        volunteer.save()
    panel.invitations.all().delete()  # the codes and the link to the register go
    panel.register_entries.all().delete()
    panel.personal_data_deleted_at = now


def mark_replacement(volunteer, step):
    volunteer.is_replacement = True


def _t(name, source, target, permission=MANAGE, **kwargs) -> Transition:
    return Transition(name, source, target, permission=permission, label=ACTION_LABELS[name], **kwargs)


LIFECYCLE = Workflow("panels.Panel", "state", [
    _t("draw_invitations", S.SETUP, S.INVITED, guards=(has_register_extract,), effect=draw_the_invitations,
       save_fields=("invitations_seed", "invitations_stratified", "invitations_drawn_at", "registration_deadline")),
    _t("open_registration", S.INVITED, S.REGISTRATION_OPEN),
    _t("close_registration", S.REGISTRATION_OPEN, S.REGISTRATION_CLOSED),
    _t("reopen_registration", S.REGISTRATION_CLOSED, S.REGISTRATION_OPEN),
    _t("start_selection", S.REGISTRATION_CLOSED, S.SELECTING, guards=(quotas_can_be_met,), effect=start_computing,
       save_fields=("progress", "progress_message", "selection_error", "selection_started_at")),
    _t("lottery_computed", S.SELECTING, S.LOTTERY_READY, permission=PLATFORM, effect=keep_the_lottery,
       save_fields=("lottery_json", "pool_copy", "lottery_digest", "lottery_computed_at", "draw_warnings", "progress",
                    "progress_message", "selection_error")),
    _t("fail_selection", S.SELECTING, S.REGISTRATION_CLOSED, permission=PLATFORM, effect=report_the_failure,
       save_fields=("selection_error", "progress", "progress_message", "feasibility")),
    _t("discard_lottery", S.LOTTERY_READY, S.REGISTRATION_CLOSED, effect=forget_the_lottery,
       save_fields=("lottery_json", "lottery_digest", "draw_warnings", "lottery_computed_at")),
    _t("announce_draw", S.LOTTERY_READY, S.ANNOUNCED, guards=(seed_known_after_announcement, warnings_confirmed),
       effect=announce, save_fields=("seed_announcement", "seed_available_at", "draw_announced_at")),
    _t("publish_selection", S.ANNOUNCED, S.SELECTED, guards=(seed_is_known, lottery_is_the_announced_one),
       effect=publish_the_draw, save_fields=("result_json", "pool_copy", "lottery_digest", "panel_index",
                                             "selected_at", "seed", "progress", "progress_message", "selection_error")),
    _t("end", S.SELECTED, S.ENDED, effect=mark_ended, save_fields=("ended_at",)),
    _t("delete_personal_data", S.ENDED, S.PURGED, permission=PLATFORM, effect=delete_personal_data,
       save_fields=("personal_data_deleted_at",)),
])

VOLUNTEER_LABELS = {
    "select": ACTION_LABELS["publish_selection"],
    "withdraw": ACTION_LABELS["replace"],
    "select_replacement": ACTION_LABELS["replace"],
}

STATUS = Workflow("panels.Volunteer", "status", [
    Transition("select", V.REGISTERED, V.SELECTED, permission="panels.manage_volunteer",
               label=VOLUNTEER_LABELS["select"]),
    Transition("withdraw", V.SELECTED, V.WITHDRAWN, permission="panels.manage_volunteer",
               label=VOLUNTEER_LABELS["withdraw"]),
    Transition("select_replacement", V.REGISTERED, V.SELECTED, permission="panels.manage_volunteer",
               effect=mark_replacement, save_fields=("is_replacement",), label=VOLUNTEER_LABELS["select_replacement"]),
])


# --- the panel's report ------------------------------------------------------------------------------------

def report_has_a_date(report, step):
    if report.date is None:
        return _("Give the date of the report first.")
    return None


def report_has_recommendations(report, step):
    if not report.recommendations.exists():
        return _("Add at least one recommendation first.")
    return None


def each_recommendation_in_french_or_dutch(report, step):
    """The Region's two languages: a recommendation written only in English cannot be published."""
    missing = [recommendation.reference for recommendation in report.recommendations.order_by("position", "pk")
               if not ((recommendation.text_fr or "").strip() or (recommendation.text_nl or "").strip())]
    if missing:
        return (_("Write the text in French or in Dutch of these recommendations: %(references)s.")
                % {"references": ", ".join(missing)})
    return None


def stamp_publication(report, step):
    report.published_at = _now(step)


def clear_publication(report, step):
    report.published_at = None


REPORT = Workflow("panels.Report", "state", [
    Transition("publish_report", ReportState.DRAFT, ReportState.PUBLISHED, permission="panels.manage_report",
               guards=(report_has_a_date, report_has_recommendations, each_recommendation_in_french_or_dutch),
               effect=stamp_publication, save_fields=("published_at",), label=ACTION_LABELS["publish_report"]),
    Transition("withdraw_report", ReportState.PUBLISHED, ReportState.DRAFT, permission="panels.manage_report",
               effect=clear_publication, save_fields=("published_at",), label=ACTION_LABELS["withdraw_report"]),
])
