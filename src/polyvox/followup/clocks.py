"""The legal clocks of follow-up, in Europe/Brussels dates: when an answer is due, when each follow-up report
is due, what is overdue. `refresh` writes them on a commitment; the scheduler runs `refresh_all` and sends the
owners' reminders (`send_reminders`). Defaults per type of process, each editable on the process's plan."""

from __future__ import annotations

import calendar
import logging
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.followup.models import Answer, Commitment, Plan, ProcessKind, Reminder, Status

log = logging.getLogger(__name__)

# (months to answer, months to the first follow-up report, months between reports, source)
DEFAULTS = {
    ProcessKind.DELIBERATIVE: (6, 9, 6, gettext_lazy(
        "Brussels Parliament's rules for deliberative committees: answer within six months; "
        "a follow-up report at nine months (defaults the Service may change)")),
    ProcessKind.PETITION: (6, 9, 6, gettext_lazy(
        "Petitions to the Brussels Parliament: answer within six months (default)")),
    ProcessKind.BUDGET: (6, 9, 6, gettext_lazy("The Service's default for participatory budgets")),
    ProcessKind.WORKSHOP: (6, 9, 6, gettext_lazy("The Service's default")),
    ProcessKind.OTHER: (6, 9, 6, gettext_lazy("The Service's default")),
}

REMINDER_DAYS = (30, 7)
FINAL_STATUSES = (Status.DONE, Status.ABANDONED)


def today() -> date:
    """Today in Europe/Brussels (settings.TIME_ZONE), whatever the server's clock zone."""
    return timezone.localdate()


def add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year = start.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def apply_defaults(plan: Plan) -> None:
    answer, first, every, source = DEFAULTS[plan.kind]
    plan.answer_months, plan.first_report_months, plan.report_every_months = answer, first, every
    plan.clock_source = str(source)


def answer_due(plan: Plan) -> date | None:
    return add_months(plan.report_date, plan.answer_months) if plan.report_date else None


def report_deadlines(plan: Plan, until: date):
    """The follow-up report deadlines, in order, up to the first one after `until`."""
    if not plan.report_date:
        return
    k = 0
    while True:
        due = add_months(plan.report_date, plan.first_report_months + k * plan.report_every_months)
        yield due
        if due > until:
            return
        k += 1


def next_report_due(commitment: Commitment, latest_update: date | None, now: date) -> date | None:
    """The first follow-up report deadline of the commitment's process not yet met: an update of the process
    (on any of its commitments) dated in a deadline's window meets that deadline. None once the commitment
    is done, abandoned or rejected."""
    if commitment.status in FINAL_STATUSES or commitment.answer == Answer.REJECTED:
        return None
    horizon = max(now, latest_update or now)
    deadlines = list(report_deadlines(commitment.plan, horizon))
    if not deadlines:
        return None
    if latest_update is None:
        return deadlines[0]
    for position, due in enumerate(deadlines):
        if due >= latest_update:
            following = deadlines[position + 1:] or [add_months(due, commitment.plan.report_every_months)]
            return following[0]
    return add_months(deadlines[-1], commitment.plan.report_every_months)


def latest_update(plan: Plan) -> date | None:
    from polyvox.followup.models import Update

    return Update.objects.filter(commitment__plan=plan).order_by("-date").values_list("date", flat=True).first()


def refresh(commitment: Commitment, now: date | None = None, latest: "date | None | bool" = False) -> bool:
    """Recompute the commitment's due dates and overdue flag; True when something changed (then saved).
    A part (a commitment with a parent) has no clock of its own: its parent answers and reports for it."""
    now = now or today()
    if latest is False:
        latest = latest_update(commitment.plan)
    if commitment.parent_id:
        due = report = None
    else:
        due = answer_due(commitment.plan)
        report = next_report_due(commitment, latest, now)
    overdue = bool(
        (commitment.answer == Answer.AWAITING and due is not None and now > due)
        or (report is not None and now > report)
    )
    if (commitment.answer_due, commitment.report_due, commitment.overdue) == (due, report, overdue):
        return False
    commitment.answer_due, commitment.report_due, commitment.overdue = due, report, overdue
    Commitment.objects.filter(pk=commitment.pk).update(answer_due=due, report_due=report, overdue=overdue)
    return True


def refresh_all(now: date | None = None) -> int:
    """Every commitment's clock (periodic, idempotent); the number changed."""
    changed = 0
    latest: dict[int, date | None] = {}
    for commitment in Commitment.objects.select_related("plan"):
        if commitment.plan_id not in latest:
            latest[commitment.plan_id] = latest_update(commitment.plan)
        changed += refresh(commitment, now, latest[commitment.plan_id])
    return changed


def owners(commitment: Commitment) -> list[str]:
    """The e-mail addresses of the editors of the authority and of the organiser."""
    from polyvox.organisations.models import RoleAssignment, Role

    organisations = {commitment.authority_id, commitment.plan.initiative.organiser_id}
    return sorted(set(RoleAssignment.objects.filter(organisation_id__in=organisations, role=Role.EDITOR,
                                                    user__is_active=True).values_list("user__email", flat=True)))


def send_reminders(now: date | None = None) -> int:
    """E-mail the owners 30 and 7 days before each open deadline, once each (periodic, idempotent)."""
    now = now or today()
    sent = 0
    for commitment in Commitment.objects.select_related("plan", "plan__initiative").exclude(status__in=FINAL_STATUSES):
        deadlines = []
        if commitment.answer == Answer.AWAITING and commitment.answer_due:
            deadlines.append(("answer", commitment.answer_due))
        if commitment.report_due:
            deadlines.append(("report", commitment.report_due))
        for deadline, due in deadlines:
            for days in REMINDER_DAYS:
                if not due - timedelta(days=days) <= now <= due:
                    continue
                try:
                    with transaction.atomic():
                        Reminder.objects.create(commitment=commitment, deadline=deadline, due=due, days_before=days)
                except IntegrityError:
                    continue  # already sent
                recipients = owners(commitment)
                if recipients:
                    _remind(commitment, deadline, due, recipients)
                    sent += 1
                break  # the nearest threshold only
    return sent


def _remind(commitment, deadline, due, recipients) -> None:
    with translation.override("fr"):
        fr = _reminder_text(commitment, deadline, due)
    with translation.override("nl"):
        nl = _reminder_text(commitment, deadline, due)
    send_mail(f"{fr[0]} / {nl[0]}", f"{fr[1]}\n\n---\n\n{nl[1]}", settings.DEFAULT_FROM_EMAIL, recipients)


def _reminder_text(commitment, deadline, due) -> tuple[str, str]:
    what = _("the answer") if deadline == "answer" else _("the follow-up report")
    subject = _("Follow-up: %(what)s is due on %(due)s") % {"what": what, "due": due.strftime("%d/%m/%Y")}
    body = _("Commitment %(ref)s of “%(initiative)s”: %(what)s is due on %(due)s. After that day it shows as "
             "overdue on the public page.") % {"ref": commitment.reference or commitment.pk,
                                                 "initiative": commitment.plan.initiative.title, "what": what,
                                                 "due": due.strftime("%d/%m/%Y")}
    return subject, body
