"""Follow-up pages: the region-wide page, an initiative's commitments, one commitment with its timeline,
documents, rating an answer, open-data exports; the organisers' pages (plan, clocks, imports, answers,
progress, updates). Thin: the rules are in services.py, workflow.py and imports.py."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from polyvox.core import spreadsheet
from polyvox.core.media import serve_upload
from polyvox.core.transitions import history
from polyvox.followup import clocks, forms, imports, queries, services
from polyvox.followup.models import Answer, Commitment, Plan, Status, Update
from polyvox.followup.workflow import ANSWERS, IMPLEMENTATION
from polyvox.initiatives.models import Initiative


def _commitment(request, pk, perm="followup.view_followup") -> Commitment:
    commitment = get_object_or_404(Commitment.objects.select_related("plan", "plan__initiative", "authority", "parent"), pk=pk)
    if not request.user.has_perm(perm, commitment):
        raise Http404
    return commitment


def _plan_of_initiative(request, initiative_pk) -> tuple[Initiative, Plan | None]:
    initiative = get_object_or_404(Initiative, pk=initiative_pk)
    plan = Plan.objects.filter(initiative=initiative).select_related("authority").first()
    visible = request.user.has_perm("followup.view_followup", plan) if plan else initiative.is_published
    if not visible:
        raise Http404
    return initiative, plan


# Public pages ------------------------------------------------------------------------------------------

@require_GET
def region(request):
    from polyvox.initiatives.models import Theme
    from polyvox.places.models import Municipality
    from polyvox.toolbox.models import MethodFamily

    base = queries.public_commitments()
    found, chosen = queries.filtered(base, request.GET)
    top = found.filter(parent__isnull=True).order_by("plan__initiative__title", "position", "pk")
    page = Paginator(top, 50).get_page(request.GET.get("page"))
    today = clocks.today()
    return render(request, "followup/region.html", {
        "page": page, "chosen": chosen, "total": top.count(),
        "authorities": queries.by_authority(found, today), "statuses": queries.status_counts(found),
        "answers": queries.answer_counts(found), "overdue": found.filter(overdue=True, parent__isnull=True)[:50],
        "status_choices": Status.choices, "answer_choices": Answer.choices,
        "communes": Municipality.objects.order_by("name_fr"), "themes": Theme.objects.order_by("slug"),
        "families": MethodFamily.objects.order_by("slug"),
        "authority_choices": sorted({(c.authority.slug, str(c.authority)) for c in base.filter(parent__isnull=True)},
                                    key=lambda pair: pair[1]),
        "nav": "follow-up",
    })


@require_GET
def initiative_page(request, initiative_pk):
    initiative, plan = _plan_of_initiative(request, initiative_pk)
    commitments = []
    if plan:
        commitments = list(plan.commitments.filter(parent__isnull=True).select_related("authority")
                           .prefetch_related("children", "updates"))
    return render(request, "followup/initiative.html", {
        "initiative": initiative, "plan": plan, "commitments": commitments,
        "can_manage": request.user.has_perm("followup.manage_followup", plan) if plan
        else request.user.has_perm("followup.create_plan", initiative),
        "listen_form": forms.ListenForm(initial={"language": request.LANGUAGE_CODE}),
        "answer_due": clocks.answer_due(plan) if plan else None,
    })


@require_GET
def commitment_page(request, pk):
    commitment = _commitment(request, pk)
    return render(request, "followup/commitment.html", {
        "commitment": commitment, "plan": commitment.plan, "initiative": commitment.plan.initiative,
        "children": commitment.children.select_related("authority"), "updates": commitment.updates.all(),
        "ratings": services.ratings_of(commitment), "weights_total": services.weights_total(commitment),
        "can_manage": request.user.has_perm("followup.manage_followup", commitment),
        "history": history(commitment),
        # A source that has a public page of its own (a panel's published recommendation) is linked.
        "source_url": getattr(commitment.source, "public_url", "") if commitment.source_id else "",
    })


@require_GET
def document(request, pk):
    update = get_object_or_404(Update.objects.select_related("commitment__plan__initiative"), pk=pk)
    if not request.user.has_perm("followup.view_followup", update.commitment):
        raise Http404
    return serve_upload(update.document, download_name=update.document_name or None, content_type="application/pdf",
                        private=not update.commitment.plan.initiative.is_published)


@require_POST
def listen(request, initiative_pk):
    initiative, plan = _plan_of_initiative(request, initiative_pk)
    if plan is None:
        raise Http404
    form = forms.ListenForm(request.POST)
    if form.is_valid():
        services.listen(plan, form.cleaned_data["email"], form.cleaned_data["language"], source="web",
                        user=request.user if request.user.is_authenticated else None)
        messages.success(request, _("Thank you: you will be told when an answer or an update is published."))
    else:
        for field, errors in form.errors.items():
            messages.error(request, f"{form.fields[field].label}: {' '.join(errors)}")
    return redirect("followup:initiative", initiative_pk=initiative.pk)


def listen_confirm(request, token):
    """The link of an invitation to hear back: a button (a GET changes nothing), then the listener is recorded."""
    from django.core import signing

    try:
        data = signing.loads(token, salt=services.INVITATION_SALT, max_age=90 * 24 * 3600)
        plan = Plan.objects.select_related("initiative").get(pk=data["p"])
    except (signing.BadSignature, Plan.DoesNotExist, KeyError, TypeError):
        raise Http404 from None
    if request.method == "POST":
        services.confirm_invitation(token)
        messages.success(request, _("Thank you: you will be told when an answer or an update is published."))
        return redirect("followup:initiative", initiative_pk=plan.initiative_id)
    return render(request, "followup/listen_confirm.html", {"plan": plan, "initiative": plan.initiative})


def stop(request, token):
    """The stop link of every e-mail: a page with a button (a GET changes nothing); then the address is deleted."""
    from polyvox.followup.models import Listener

    listener = Listener.objects.select_related("plan__initiative").filter(token=token[:40]).first()
    if listener is None:
        return render(request, "followup/stop.html", {"gone": True}, status=404)
    initiative = listener.plan.initiative
    if request.method == "POST":
        services.stop(listener)
        return render(request, "followup/stop.html", {"initiative": initiative, "stopped": True})
    return render(request, "followup/stop.html", {"initiative": initiative, "listener": listener})


def rate(request, token, pk):
    from polyvox.followup.models import Listener

    listener = get_object_or_404(Listener, token=token)
    commitment = get_object_or_404(Commitment.objects.select_related("plan__initiative"), pk=pk, plan=listener.plan)
    if not commitment.is_answered:
        raise Http404
    existing = commitment.ratings.filter(listener=listener).first()
    form = forms.RatingForm(request.POST or None, initial={"score": existing.score, "comment": existing.comment}
                            if existing else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.rate(listener, commitment, form.cleaned_data["score"], form.cleaned_data["comment"])
        except services.FollowUpError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Thank you: your rating counts in the figures shown with the answer."))
            return redirect("followup:commitment", pk=commitment.pk)
    return render(request, "followup/rate.html", {"form": form, "commitment": commitment},
                  status=400 if form.errors else 200)


@require_GET
def export_csv(request):
    found, _chosen = queries.filtered(queries.public_commitments(), request.GET)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="follow-up-commitments.csv"'
    writer = spreadsheet.writer(response, lineterminator="\n")
    writer.writerow(queries.CSV_COLUMNS)
    for commitment in found.order_by("pk"):
        writer.writerow(queries.csv_row(commitment))
    return response


@require_GET
def export_json(request):
    found, _chosen = queries.filtered(queries.public_commitments(), request.GET)
    body = {"schema": "https://polyvox.example/docs/open-data.md#follow-up-commitments", "version": 1,
            "items": [queries.item(c) for c in found.order_by("pk")]}
    response = HttpResponse(json.dumps(body, ensure_ascii=False, indent=1), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="follow-up-commitments.json"'
    return response


# The organisers' pages ---------------------------------------------------------------------------------

@login_required
def manage_plan(request, initiative_pk):
    initiative = get_object_or_404(Initiative, pk=initiative_pk)
    plan = Plan.objects.filter(initiative=initiative).first()
    if plan is None:
        if not request.user.has_perm("followup.create_plan", initiative):
            raise Http404
        form = forms.PlanForm(request.POST or None, initial={"authority": initiative.organiser_id})
        if request.method == "POST" and form.is_valid():
            services.open_plan(initiative, by=request.user, **form.cleaned_data)
            return redirect("followup:manage", initiative_pk=initiative.pk)
        return render(request, "followup/plan_new.html", {"initiative": initiative, "form": form},
                      status=400 if form.errors else 200)
    if not request.user.has_perm("followup.manage_followup", plan):
        raise Http404
    clock_form = forms.ClockForm(request.POST if request.POST.get("form") == "clocks" else None, instance=plan)
    commitment_form = forms.CommitmentForm(request.POST if request.POST.get("form") == "commitment" else None)
    csv_form = forms.CsvForm()
    problems: list[str] = []
    status = 200
    if request.method == "POST":
        which = request.POST.get("form")
        try:
            if which == "clocks" and clock_form.is_valid():
                data = clock_form.cleaned_data
                services.set_clocks(plan, by=request.user, **data)
                messages.success(request, _("The deadlines were saved."))
                return redirect("followup:manage", initiative_pk=initiative.pk)
            if which == "commitment" and commitment_form.is_valid():
                data = commitment_form.cleaned_data
                services.add_commitment(plan, {lang: data[f"text_{lang}"] for lang in ("fr", "nl", "en")},
                                        reference=data["reference"], by=request.user)
                messages.success(request, _("The commitment was added."))
                return redirect("followup:manage", initiative_pk=initiative.pk)
            if which == "invite":
                sent = services.invite(plan, services.panel_members(plan), by=request.user)
                messages.success(request, _("%(n)s people were asked whether they want to hear back.") % {"n": sent})
                return redirect("followup:manage", initiative_pk=initiative.pk)
            if which in ("panels", "budget", "workshops", "petitions"):
                made = {"panels": imports.from_panels, "budget": imports.from_budget,
                        "workshops": imports.from_workshops, "petitions": imports.from_petitions}[which](plan, by=request.user)
                messages.success(request, _("%(n)s commitments imported.") % {"n": len(made)})
                return redirect("followup:manage", initiative_pk=initiative.pk)
            if which == "csv":
                csv_form = forms.CsvForm(request.POST, request.FILES)
                if csv_form.is_valid():
                    made = imports.from_csv(plan, csv_form.cleaned_data["file"].read(), by=request.user)
                    messages.success(request, _("%(n)s commitments imported.") % {"n": len(made)})
                    return redirect("followup:manage", initiative_pk=initiative.pk)
        except imports.ImportRefused as refused:
            problems = refused.problems
        except services.FollowUpError as error:
            problems = [str(error)]
        status = 400
    return render(request, "followup/manage.html", {
        "initiative": initiative, "plan": plan, "clock_form": clock_form, "commitment_form": commitment_form,
        "csv_form": csv_form, "problems": problems, "columns": imports.COLUMNS,
        "commitments": plan.commitments.select_related("parent", "authority"), "listeners": plan.listeners.count(),
    }, status=status)


@login_required
def manage_commitment(request, pk):
    commitment = _commitment(request, pk, "followup.manage_followup")
    which = request.POST.get("form") if request.method == "POST" else None
    bound = {name: (request.POST if which == name else None) for name in ("answer", "progress", "update", "child", "abandon")}
    answer_form = forms.AnswerForm(bound["answer"])
    progress_form = forms.ProgressForm(bound["progress"], initial={"progress": commitment.progress})
    update_form = forms.UpdateForm(bound["update"], request.FILES if which == "update" else None,
                                   initial={"date": clocks.today()})
    child_form = forms.ChildForm(bound["child"])
    abandon_form = forms.AbandonForm(bound["abandon"])
    problems: list[str] = []
    if which:
        try:
            done = _act(request, commitment, which, answer_form, progress_form, update_form, child_form, abandon_form)
        except services.FollowUpError as error:
            problems = [str(error)]
        else:
            if done:
                messages.success(request, done)
                return redirect("followup:manage-commitment", pk=commitment.pk)
    can_answer = request.user.has_perm("followup.answer_commitment", commitment)
    return render(request, "followup/manage_commitment.html", {
        "commitment": commitment, "initiative": commitment.plan.initiative, "problems": problems,
        "answer_form": answer_form if can_answer and ANSWERS.allowed(commitment) else None,
        "progress_form": progress_form, "update_form": update_form, "child_form": child_form,
        "abandon_form": abandon_form if IMPLEMENTATION.can(commitment, "abandon") else None,
        "steps": [t for t in IMPLEMENTATION.available(commitment, request.user) if t.name != "abandon"],
        "children": commitment.children.all(), "weights_total": services.weights_total(commitment),
    }, status=400 if problems or any(f.errors for f in (answer_form, progress_form, update_form, child_form, abandon_form)) else 200)


def _act(request, commitment, which, answer_form, progress_form, update_form, child_form, abandon_form) -> str:
    user = request.user
    if which == "answer" and answer_form.is_valid():
        if not user.has_perm("followup.answer_commitment", commitment):
            raise services.FollowUpError(_("You may not do this."))
        services.answer(commitment, answer_form.cleaned_data["how"], answer_form.reasons(), by=user)
        return _("The answer is published; those who asked to hear back are told.")
    if which == "progress" and progress_form.is_valid():
        services.set_progress(commitment, progress_form.cleaned_data["progress"], by=user)
        return _("Progress saved.")
    if which == "update" and update_form.is_valid():
        data = update_form.cleaned_data
        services.add_update(commitment, data["date"], {lang: data[f"text_{lang}"] for lang in ("fr", "nl", "en")},
                            by=user, progress=data["progress"] or None, document=data["document"])
        return _("The update is published.")
    if which == "child" and child_form.is_valid():
        data = child_form.cleaned_data
        services.add_child(commitment, {lang: data[f"text_{lang}"] for lang in ("fr", "nl", "en")},
                           weight=data["weight"], reference=data["reference"], by=user)
        return _("The part was added.")
    if which == "abandon" and abandon_form.is_valid():
        services.move(commitment, "abandon", by=user,
                      reason={lang: abandon_form.cleaned_data[f"reason_{lang}"] for lang in ("fr", "nl", "en")})
        return _("The commitment is marked as abandoned.")
    if which in ("start", "finish", "resume"):
        services.move(commitment, which, by=user)
        return _("The implementation status was changed.")
    return ""


# Evaluation -------------------------------------------------------------------------------------------

def _evaluated_plan(request, initiative_pk) -> Plan:
    """A published evaluation for everyone who sees the follow-up; one being prepared for its managers only."""
    from polyvox.followup import evaluation_steps

    initiative, plan = _plan_of_initiative(request, initiative_pk)
    if plan is None:
        raise Http404
    if not evaluation_steps.is_published(plan) and not request.user.has_perm("followup.manage_followup", plan):
        raise Http404
    return plan


@require_GET
def evaluation_page(request, initiative_pk):
    from polyvox.followup import evaluation
    from polyvox.followup.workflow import EVALUATION

    plan = _evaluated_plan(request, initiative_pk)
    can_manage = request.user.has_perm("followup.manage_followup", plan)
    return render(request, "followup/evaluation.html", {
        "report": evaluation.report(plan), "plan": plan, "initiative": plan.initiative,
        "source": evaluation.OECD_SOURCE, "can_manage": can_manage,
        "moves": [{"name": t.name.removesuffix("_evaluation"), "label": t.label, "secondary": t.name.startswith("withdraw")}
                  for t in EVALUATION.available(plan, request.user) if t.name != "set_criteria"] if can_manage else [],
    })


@require_GET
def evaluation_pdf(request, initiative_pk):
    from django.utils.translation import get_language

    from polyvox.followup import evaluation

    plan = _evaluated_plan(request, initiative_pk)
    language = (get_language() or "fr")[:2]
    response = HttpResponse(evaluation.pdf_report(plan, language), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="evaluation-{plan.initiative.slug or plan.initiative_id}-{language}.pdf"'
    return response


# The observatory ---------------------------------------------------------------------------------------

@require_GET
def observatory(request):
    from polyvox.followup import observatory as figures

    data = figures.figures(staff=False)
    return render(request, "followup/observatory.html", {"data": data, "staff": False, "nav": "observatory"})


@login_required
@require_GET
def observatory_staff(request):
    from polyvox.followup import observatory as figures

    if not request.user.has_perm("followup.view_observatory_staff"):
        raise Http404
    data = figures.figures(staff=True)
    overdue = Commitment.objects.filter(overdue=True, parent__isnull=True).select_related("plan__initiative", "authority")
    return render(request, "followup/observatory.html", {"data": data, "staff": True, "overdue": overdue})


@require_GET
def observatory_csv(request):
    from polyvox.followup import observatory as figures

    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="observatory.csv"'
    spreadsheet.writer(response, lineterminator="\n").writerows(figures.export_rows(figures.figures(staff=False)))
    return response
