"""The organisers' pages of a panel's report: its date and document, its recommendations (added, changed,
deleted, imported from a CSV file), its publication; and the report's document, served to whoever may read it.
Thin: the rules are in `reports.py` and `workflow.py`."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from polyvox.core.media import serve_upload
from polyvox.core.transitions import history
from polyvox.panels import report_forms, reports
from polyvox.panels.models import ACTION_LABELS, Panel, Recommendation
from polyvox.panels.services import PanelError
from polyvox.panels.views import _managed

ACTIONS = {"publish_report": reports.publish, "withdraw_report": reports.withdraw}


@login_required
def report(request, pk):
    """The report page: on POST, `form` says which form was sent (the report's details or a new recommendation)."""
    panel = _managed(request, pk)
    which = request.POST.get("form") if request.method == "POST" else None
    report_form = report_forms.ReportForm(request.POST if which == "report" else None,
                                          request.FILES if which == "report" else None, initial=_report_initial(panel))
    recommendation_form = report_forms.RecommendationForm(request.POST if which == "recommendation" else None)
    problems: list[str] = []
    if which == "report" and report_form.is_valid():
        data = report_form.cleaned_data
        try:
            reports.set_report(panel, request.user, date=data["date"], document=data["document"] or None,
                               remove_document=data["remove_document"])
        except PanelError as error:
            problems = getattr(error, "problems", [str(error)])
        else:
            messages.success(request, _("The report's date and document are saved."))
            return redirect(_page(panel, "report-details"))
    elif which == "recommendation" and recommendation_form.is_valid():
        try:
            made = reports.add_recommendation(panel, request.user, recommendation_form.values())
        except PanelError as error:
            problems = getattr(error, "problems", [str(error)])
        else:
            messages.success(request, _("Recommendation %(ref)s added.") % {"ref": made.reference})
            return redirect(_page(panel, "recommendations"))
    elif which is not None and which not in ("report", "recommendation"):
        problems = [_("This form is unknown; nothing was changed.")]
    status = 400 if which and (problems or report_form.errors or recommendation_form.errors) else 200
    return _render(request, panel, report_form=report_form, recommendation_form=recommendation_form,
                   problems=problems, status=status)


@login_required
@require_POST
def import_recommendations(request, pk):
    panel = _managed(request, pk)
    form = report_forms.ImportForm(request.POST, request.FILES)
    problems: list[str] = []
    if form.is_valid():
        try:
            made = reports.import_csv(panel, request.user, form.cleaned_data["file"].read())
        except PanelError as error:
            problems = getattr(error, "problems", [str(error)])
        else:
            messages.success(request, _("%(n)s recommendations imported.") % {"n": len(made)})
            return redirect(_page(panel, "recommendations"))
    return _render(request, panel, import_form=form, problems=problems, status=400)


@login_required
def edit_recommendation(request, pk, recommendation_pk):
    panel = _managed(request, pk)
    recommendation = _recommendation(panel, recommendation_pk)
    form = report_forms.RecommendationForm.for_recommendation(recommendation, request.POST or None)
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            reports.edit_recommendation(recommendation, request.user, form.values())
        except PanelError as error:
            problems = getattr(error, "problems", [str(error)])
        else:
            messages.success(request, _("Recommendation %(ref)s saved.") % {"ref": recommendation.reference})
            return redirect(_page(panel, "recommendations"))
    return render(request, "panels/recommendation_edit.html", {
        "panel": panel, "recommendation": recommendation, "form": form, "problems": problems,
        "editable": not recommendation.report.is_published},
        status=400 if (problems or form.errors) else 200)


@login_required
@require_POST
def delete_recommendation(request, pk, recommendation_pk):
    panel = _managed(request, pk)
    recommendation = _recommendation(panel, recommendation_pk)
    reference = recommendation.reference
    try:
        reports.delete_recommendation(recommendation, request.user)
    except PanelError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Recommendation %(ref)s deleted.") % {"ref": reference})
    return redirect(_page(panel, "recommendations"))


@login_required
@require_POST
def move(request, pk, action):
    panel = _managed(request, pk)
    if action not in ACTIONS:
        raise Http404
    try:
        ACTIONS[action](panel, request.user)
    except PanelError as error:
        for problem in getattr(error, "problems", [str(error)]):
            messages.error(request, problem)
    else:
        messages.success(request, _("The report is published on the panel's public page.") if action == "publish_report"
                         else _("The report is withdrawn from the public page; you can correct it."))
    return redirect(_page(panel, "publication"))


@require_GET
def document(request, pk):
    """The report's document: for everyone once the report is published, before that for the organisers only."""
    panel = get_object_or_404(Panel.objects.select_related("initiative"), pk=pk)
    found = reports.report_of(panel)
    if found is None or not found.document:
        raise Http404
    if not (found.is_published or request.user.has_perm("panels.manage_panel", panel)):
        raise Http404
    return serve_upload(found.document, download_name=found.document_name or f"report-panel-{panel.pk}.pdf",
                        content_type="application/pdf", private=not found.is_published)


@login_required
@require_GET
def csv_template(request, pk):
    """An example file with every column, to fill in a spreadsheet."""
    from polyvox.core import spreadsheet

    panel = _managed(request, pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="panel-{panel.pk}-recommendations.csv"'
    response.write("\ufeff")  # spreadsheet programs then read UTF-8
    writer = spreadsheet.writer(response, delimiter=";", lineterminator="\r\n")
    writer.writerow(reports.COLUMNS)
    writer.writerow(["R1", _("Text of the recommendation in French"), _("Text of the recommendation in Dutch"),
                     _("Text of the recommendation in English"), _("Theme in French"), _("Theme in Dutch"),
                     _("Theme in English"), "87"])
    return response


def _recommendation(panel, recommendation_pk) -> Recommendation:
    return get_object_or_404(Recommendation.objects.select_related("report"), pk=recommendation_pk,
                             report__panel=panel)


def _report_initial(panel) -> dict:
    found = reports.report_of(panel)
    return {"date": found.date} if found is not None else {}


def _page(panel, anchor: str) -> str:
    return reverse("panels:report", args=[panel.pk]) + f"#{anchor}"


def _render(request, panel, *, report_form=None, recommendation_form=None, import_form=None, problems=(), status=200):
    found = reports.report_of(panel)
    entries = list(history(found)) if found is not None else []
    for entry in entries:
        entry.label = ACTION_LABELS.get(entry.action, entry.action)
    return render(request, "panels/report.html", {
        "panel": panel, "report": found, "recommendations": reports.recommendations(found),
        "editable": found is None or not found.is_published,
        "report_form": report_form or report_forms.ReportForm(initial=_report_initial(panel)),
        "recommendation_form": recommendation_form or report_forms.RecommendationForm(),
        "import_form": import_form or report_forms.ImportForm(),
        "blockers": reports.blockers(found, request.user) if found is None or not found.is_published else [],
        "problems": problems, "history": entries, "columns": reports.COLUMNS,
        "languages": [("fr", _("French")), ("nl", _("Dutch")), ("en", _("English"))],
    }, status=status)
