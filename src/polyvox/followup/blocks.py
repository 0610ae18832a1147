"""What follow-up shows elsewhere: the block on an initiative's page, its open-data exports, its figures for
the observatory, its menu entry (declared in apps.py)."""

from __future__ import annotations

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.registry import Figure, MenuEntry, Statistics
from polyvox.followup.models import Answer, Commitment, Plan, Status


def blocks(initiative, user) -> list:
    """The initiative's commitments in short: how many, answered, done, overdue; a link to the timeline."""
    plan = Plan.objects.filter(initiative=initiative).first()
    if plan is None:
        if user is not None and user.has_perm("followup.create_plan", initiative):
            return [{"title": _("Open the follow-up"), "url": reverse("followup:manage", args=[initiative.pk]),
                     "kind": _("For the organisers"),
                     "description": _("Record each recommendation or project, the authority's answer and what is done.")}]
        return []
    if user is not None and not user.has_perm("followup.view_followup", plan):
        return []
    counts = plan.commitments.filter(parent__isnull=True).aggregate(
        total=Count("pk"), answered=Count("pk", filter=~Q(answer=Answer.AWAITING)),
        done=Count("pk", filter=Q(status=Status.DONE)), overdue=Count("pk", filter=Q(overdue=True)))
    description = _("%(total)s commitments: %(answered)s answered, %(done)s done, %(overdue)s overdue.") % counts
    return [{"title": _("What became of it: commitments and their follow-up"),
             "url": reverse("followup:initiative", args=[initiative.pk]), "kind": _("Follow-up"),
             "description": description, "template": "followup/_initiative_block.html",
             "commitments": list(plan.commitments.filter(parent__isnull=True)[:20]), "counts": counts}]


def attachment(initiative, request) -> list:
    """The same, for the initiative page's attachments (the mechanism before the registry)."""
    return blocks(initiative, getattr(request, "user", None))


def exports() -> list:
    return [
        {"name": gettext_lazy("Follow-up commitments"), "url": reverse("followup:export-csv"), "format": "CSV",
         "description": gettext_lazy("Every public commitment with its answer, status, progress and deadlines.")},
        {"name": gettext_lazy("Follow-up commitments"), "url": reverse("followup:export-json"), "format": "JSON",
         "description": gettext_lazy("The same, in JSON (schema in docs/open-data.md).")},
    ]


def figures(filters=None) -> Statistics:
    """Follow-up and evaluation on the staff dashboard: commitments answered on time, overdue, evaluations,
    reference population figures; `filters["year"]` keeps the processes that started that year."""
    from polyvox.followup import clocks, queries
    from polyvox.followup.models import EvaluationState, PopulationFigure

    year = (filters or {}).get("year")
    commitments = queries.public_commitments()
    plans = Plan.objects.all()
    if year:
        commitments = commitments.filter(plan__initiative__start_date__year=year)
        plans = plans.filter(initiative__start_date__year=year)
    rows = queries.by_authority(commitments, clocks.today())
    due = sum(r.due_passed for r in rows)
    on_time = sum(r.on_time for r in rows)
    latest = PopulationFigure.objects.order_by("-year").values_list("year", flat=True).first()
    return Statistics(
        title=gettext_lazy("Follow-up and evaluation"),
        figures=(
            Figure(gettext_lazy("Public commitments"), sum(r.total for r in rows)),
            Figure(gettext_lazy("Answered"), sum(r.answered for r in rows)),
            Figure(gettext_lazy("Answered on time (%)"), round(100 * on_time / due, 1) if due else None,
                   gettext_lazy("of the answers whose deadline has passed")),
            Figure(gettext_lazy("Overdue"), sum(r.overdue for r in rows)),
            Figure(gettext_lazy("Processes followed up"), plans.count()),
            Figure(gettext_lazy("Evaluations published"), plans.filter(evaluation_state=EvaluationState.PUBLISHED).count()),
            Figure(gettext_lazy("Latest reference population figures"), latest,
                   "" if latest else gettext_lazy("none loaded")),
        ),
        links=(MenuEntry(gettext_lazy("Observatory (staff)"), reverse("followup:observatory-staff")),
               MenuEntry(gettext_lazy("Reference population figures"), reverse("followup:population")),
               MenuEntry(gettext_lazy("Follow-up across the Region"), reverse("followup:region"))),
    )


def menu(request) -> list:
    return [MenuEntry(gettext_lazy("Follow-up"), reverse("followup:region"), key="follow-up", order=70)]


def commitments_of(initiative):
    return Commitment.objects.filter(plan__initiative=initiative)
