"""Budget pages: the budget, its management (phases, districts, voters, paper ballots), the call, the review,
the follow-up. The vote, the count and the results are in `vote_views.py`."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from polyvox.budgets import ballots, services
from polyvox.core import spreadsheet
from polyvox.budgets.forms import (
    BudgetForm, CodesForm, CsvUploadForm, DistrictForm, ImplementationForm, ProjectForm, ReviewForm, UpdateForm,
)
from polyvox.budgets.models import Budget, Phase, Project, ProjectPicture, ReviewState
from polyvox.core.media import serve_upload
from polyvox.core.transitions import history
from polyvox.initiatives.models import Initiative


def budgets_of_initiative(initiative, request):
    """The initiative page's attachments: its budgets that the visitor may see."""
    items = []
    for budget in Budget.objects.filter(initiative=initiative).select_related("initiative"):
        if request.user.has_perm("budgets.view_budget", budget):
            items.append({"title": budget.title, "url": budget.get_absolute_url(),
                          "kind": _("Participatory budget"), "description": budget.get_phase_display()})
    if request.user.has_perm("budgets.create_budget", initiative):
        items.append({"title": _("Create a participatory budget"), "url": reverse("budgets:create", args=[initiative.pk]),
                      "kind": _("For the organisers"),
                      "description": _("Residents propose projects, the administration checks them, residents vote.")})
    return items


def _budget(request, pk, perm="budgets.view_budget") -> Budget:
    budget = get_object_or_404(Budget.objects.select_related("initiative", "initiative__organiser"), pk=pk)
    if not request.user.has_perm(perm, budget):
        if not request.user.has_perm("budgets.view_budget", budget):
            raise Http404
        raise PermissionDenied
    return budget


def _project(request, pk, perm="budgets.view_budget") -> Project:
    project = get_object_or_404(Project.objects.select_related("budget", "budget__initiative", "district"), pk=pk)
    budget = project.budget
    if not request.user.has_perm("budgets.see_project", project):
        raise Http404
    if perm != "budgets.view_budget" and not request.user.has_perm(perm, budget):
        raise PermissionDenied
    return project


def _labelled(entries) -> list:
    entries = list(entries)
    for entry in entries:
        entry.label = services.history_label(entry.action)
    return entries


def _map_points(projects) -> list[dict]:
    return [
        {"id": p.pk, "title": p.title, "url": p.get_absolute_url(), "lat": p.latitude, "lon": p.longitude,
         "funded": p.funded, "state": p.review_state, "cost": float(p.final_cost)}
        for p in projects
    ]


# --- the budget -----------------------------------------------------------------------------------


@require_GET
def budget_list(request):
    visible = [b for b in Budget.objects.select_related("initiative").exclude(phase=Phase.PREPARATION)
               if request.user.has_perm("budgets.view_budget", b)]
    return render(request, "budgets/list.html", {"budgets": visible, "nav": "initiatives"})


@require_GET
def detail(request, pk):
    budget = _budget(request, pk)
    is_organiser = request.user.has_perm("budgets.manage_budget", budget)
    projects = budget.projects.select_related("district").prefetch_related("pictures")
    if not is_organiser and not budget.phase_reached(Phase.VOTING):
        # During the call and the review, residents see the accepted ones and their own.
        shown = [p for p in projects if p.review_state != ReviewState.SUBMITTED or p.author_id == request.user.pk]
    else:
        shown = list(projects)
    return render(request, "budgets/detail.html", {
        "budget": budget,
        "projects": shown,
        "accepted": [p for p in shown if p.review_state == ReviewState.ACCEPTED],
        "rejected": [p for p in shown if p.review_state == ReviewState.REJECTED],
        "awaiting": [p for p in shown if p.review_state == ReviewState.SUBMITTED],
        "points": _map_points([p for p in shown if p.review_state != ReviewState.REJECTED]),
        "is_organiser": is_organiser,
        "can_submit": request.user.has_perm("budgets.submit_project", budget),
        "can_vote": budget.phase == Phase.VOTING,
        "my_ballot": ballots.ballot_of(budget, request.user),
        "vote_url": reverse("budgets:vote", args=[budget.pk]),
        "phases": _phase_steps(budget),
        "nav": "initiatives",
    })


def _phase_steps(budget):
    steps = []
    for value, label in Phase.choices:
        if value == Phase.PREPARATION:
            continue
        steps.append({"label": label, "current": value == budget.phase,
                      "done": budget.phase_reached(value) and value != budget.phase})
    return steps


@login_required
def budget_create(request, initiative_pk):
    initiative = get_object_or_404(Initiative, pk=initiative_pk)
    if not request.user.has_perm("budgets.create_budget", initiative):
        if not request.user.has_perm("initiatives.view_initiative", initiative):
            raise Http404
        raise PermissionDenied
    form = BudgetForm(request.POST or None, instance=Budget(initiative=initiative))
    if request.method == "POST" and form.is_valid():
        budget = form.save()
        messages.success(request, _("The budget was created. Add districts if needed, then open the call for projects."))
        return redirect("budgets:manage", budget.pk)
    return render(request, "budgets/edit.html", {"form": form, "initiative": initiative, "creating": True})


@login_required
def budget_edit(request, pk):
    budget = _budget(request, pk, "budgets.manage_budget")
    form = BudgetForm(request.POST or None, instance=budget)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The budget was saved."))
        return redirect("budgets:manage", budget.pk)
    return render(request, "budgets/edit.html", {"form": form, "initiative": budget.initiative, "budget": budget})


@login_required
def manage(request, pk):
    budget = _budget(request, pk, "budgets.manage_budget")
    labels = services.action_labels()
    actions = [{"name": a, "label": labels[a], "blockers": services.blockers(budget, a)}
               for a in services.ORGANISER_ACTIONS if services.PHASES.can(budget, a)]
    return render(request, "budgets/manage.html", {
        "budget": budget,
        "actions": actions,
        "district_form": DistrictForm(),
        "district_forms": [(d, DistrictForm(instance=d, prefix=f"district-{d.pk}")) for d in budget.districts.all()],
        "codes_form": CodesForm(),
        "upload_form": CsvUploadForm(),
        "codes_count": budget.codes.count(),
        "register_count": budget.register.count(),
        "ballot_count": budget.ballots.count(),
        "paper_count": budget.ballots.filter(channel="paper").count(),
        "to_review": budget.projects.filter(review_state=ReviewState.SUBMITTED),
        "history": _labelled(history(budget)),
        "errors": request.session.pop("budget_errors", None),
    })


@login_required
@require_POST
def transition(request, pk, action):
    budget = _budget(request, pk, "budgets.manage_budget")
    if action not in services.ORGANISER_ACTIONS:
        raise Http404
    try:
        if action == "start_count":
            services.start_count(budget, actor=request.user)
            return redirect("budgets:counting", budget.pk)
        services.move(budget, action, actor=request.user)
    except services.BudgetError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Done: the budget is now in the phase “%(phase)s”.") % {"phase": budget.get_phase_display()})
    return redirect("budgets:manage", budget.pk)


@login_required
@require_POST
def edit_district(request, pk, district_pk):
    budget = _budget(request, pk, "budgets.manage_budget")
    district = get_object_or_404(budget.districts, pk=district_pk)
    try:
        services.check_districts_editable(budget)
    except services.BudgetError as error:
        messages.error(request, str(error))
        return redirect("budgets:manage", budget.pk)
    form = DistrictForm(request.POST, instance=district, prefix=f"district-{district.pk}")
    if form.is_valid():
        form.save()
        messages.success(request, _("The district was saved."))
    else:
        messages.error(request, _("The district needs a name and a positive amount."))
    return redirect(reverse("budgets:manage", args=[budget.pk]) + "#districts-heading")


@login_required
@require_POST
def delete_district(request, pk, district_pk):
    budget = _budget(request, pk, "budgets.manage_budget")
    district = get_object_or_404(budget.districts, pk=district_pk)
    try:
        services.delete_district(budget, district)
    except services.BudgetError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The district was deleted."))
    return redirect(reverse("budgets:manage", args=[budget.pk]) + "#districts-heading")


@login_required
@require_POST
def add_district(request, pk):
    budget = _budget(request, pk, "budgets.manage_budget")
    try:
        services.check_districts_editable(budget)
    except services.BudgetError as error:
        messages.error(request, str(error))
        return redirect("budgets:manage", budget.pk)
    form = DistrictForm(request.POST)
    if form.is_valid():
        district = form.save(commit=False)
        district.budget = budget
        district.save()
        messages.success(request, _("The district was added."))
    else:
        messages.error(request, _("The district needs a name and a positive amount."))
    return redirect("budgets:manage", budget.pk)


@login_required
@require_POST
def create_codes(request, pk):
    budget = _budget(request, pk, "budgets.manage_budget")
    form = CodesForm(request.POST)
    if budget.phase_reached(Phase.VOTE_CLOSED):
        messages.error(request, _("The vote is closed."))
    elif form.is_valid():
        made = ballots.create_codes(budget, form.cleaned_data["count"])
        messages.success(request, _("%(n)s invitation codes were created.") % {"n": len(made)})
    else:
        messages.error(request, _("Create between 1 and 10,000 codes at a time."))
    return redirect("budgets:manage", budget.pk)


@login_required
@require_GET
def codes_csv(request, pk):
    budget = _budget(request, pk, "budgets.manage_budget")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="budget-{budget.pk}-codes.csv"'
    writer = spreadsheet.writer(response, lineterminator="\n")
    writer.writerow(["code"])
    for code in budget.codes.values_list("code", flat=True):
        writer.writerow([code])
    return response


@login_required
@require_POST
def upload_register(request, pk):
    budget = _budget(request, pk, "budgets.manage_budget")
    return _import(request, budget, lambda data: ballots.import_register(budget, data),
                   _("%(n)s residents are in the register extract (only salted fingerprints of their numbers are kept)."))


@login_required
@require_POST
def import_paper(request, pk):
    budget = _budget(request, pk, "budgets.manage_budget")
    return _import(request, budget, lambda data: ballots.import_paper(budget, data, actor=request.user),
                   _("%(n)s paper ballots were imported."))


def _import(request, budget, run, success):
    form = CsvUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        request.session["budget_errors"] = [str(e) for errors in form.errors.values() for e in errors]
        return redirect("budgets:manage", budget.pk)
    try:
        n = run(form.cleaned_data["file"].read())
    except ballots.BallotError as error:
        request.session["budget_errors"] = str(error).split("\n")
        messages.error(request, _("Nothing was imported: correct the file and send it again."))
    else:
        messages.success(request, success % {"n": n})
    return redirect("budgets:manage", budget.pk)


# --- projects -------------------------------------------------------------------------------------


@login_required
def project_new(request, pk):
    budget = _budget(request, pk)
    if not request.user.has_perm("budgets.submit_project", budget):
        messages.error(request, _("The call for projects is not open."))
        return redirect(budget)
    form = ProjectForm(request.POST or None, request.FILES or None, budget=budget)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k not in ("picture", "picture_alt")}
        pictures = [(form.cleaned_data["picture"], form.cleaned_data["picture_alt"])] if form.cleaned_data.get("picture") else []
        try:
            project = services.submit_project(budget, request.user, data, pictures)
        except services.BudgetError as error:
            messages.error(request, str(error))
            return redirect(budget)
        messages.success(request, _("Thank you: your project was submitted. The administration will check its feasibility."))
        return redirect(project)
    return render(request, "budgets/project_form.html", {"form": form, "budget": budget})


@require_GET
def project_detail(request, pk):
    project = _project(request, pk)
    budget = project.budget
    is_organiser = request.user.has_perm("budgets.manage_budget", budget)
    return render(request, "budgets/project.html", {
        "project": project, "budget": budget, "is_organiser": is_organiser,
        "can_review": is_organiser and budget.phase == Phase.REVIEW,
        "can_follow_up": is_organiser and project.funded and budget.phase_reached(Phase.RESULTS),
        "implementation_form": ImplementationForm(allowed=services.IMPLEMENTATION.allowed(project) if project.implementation else []),
        "update_form": UpdateForm(),
        "updates": project.updates.all(), "history": _labelled(history(project)) if is_organiser else [],
    })


@login_required
def project_review(request, pk):
    project = _project(request, pk, "budgets.review_project")
    form = ReviewForm(request.POST or None, initial={"cost": project.final_cost})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.review_project(project, data["decision"], actor=request.user, reason=data.get("reason") or "",
                                    cost=data.get("cost"), cost_reason=data.get("cost_reason") or "")
        except services.BudgetError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The review was recorded and is public."))
            return redirect(project)
    return render(request, "budgets/review.html", {"form": form, "project": project, "budget": project.budget})


@login_required
@require_POST
def project_follow_up(request, pk):
    project = _project(request, pk, "budgets.follow_up_project")
    try:
        if "action" in request.POST:
            form = ImplementationForm(request.POST, allowed=services.IMPLEMENTATION.allowed(project))
            if not form.is_valid():
                raise services.BudgetError(_("Choose a change of status."))
            services.change_implementation(project, form.cleaned_data["action"], actor=request.user,
                                           reason=form.cleaned_data.get("reason") or "")
        else:
            form = UpdateForm(request.POST)
            if not form.is_valid():
                raise services.BudgetError(_("An update needs a date and a text."))
            services.add_update(project, form.cleaned_data["text"], actor=request.user, on=form.cleaned_data["date"])
    except services.BudgetError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The follow-up was published."))
    return redirect(project)


@require_GET
def picture(request, pk):
    """A project's picture, to those who may see the project (one awaiting review: its author and the organisers)."""
    item = get_object_or_404(ProjectPicture.objects.select_related("project"), pk=pk)
    project = _project(request, item.project_id)
    return serve_upload(item.image, private=project.review_state == ReviewState.SUBMITTED)
