"""The evaluation's pages for those who prepare it: the criteria set before the start, the OECD questionnaires
attached to the process (open, close, codes, link and QR code), publishing the evaluation; and the Service
staff's page loading reference population figures. Thin: the rules are in evaluation_steps.py, workflow.py and
population.py."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from polyvox.core.input_checks import whole_number
from polyvox.core.transitions import history
from polyvox.followup import evaluation_steps as steps
from polyvox.followup import forms, imports, population
from polyvox.followup.models import Criterion, Dimension, Plan, PopulationLoad
from polyvox.followup.workflow import criteria_locks
from polyvox.initiatives.models import Initiative


def _managed_plan(request, initiative_pk) -> tuple[Initiative, Plan | None]:
    """The initiative and its plan for someone who manages its follow-up; (initiative, None) when no plan is
    open yet and they may open it; 404 for anyone else."""
    initiative = get_object_or_404(Initiative, pk=initiative_pk)
    plan = Plan.objects.filter(initiative=initiative).select_related("initiative", "authority").first()
    if plan is None:
        if request.user.has_perm("followup.create_plan", initiative):
            return initiative, None
        raise Http404
    if not request.user.has_perm("followup.manage_followup", plan):
        raise Http404
    return initiative, plan


def _open_the_plan_first(request, initiative):
    messages.info(request, _("Open the follow-up of this process first: the evaluation belongs to it."))
    return redirect("followup:manage", initiative_pk=initiative.pk)


# Criteria -----------------------------------------------------------------------------------------------

@login_required
def criteria(request, initiative_pk):
    initiative, plan = _managed_plan(request, initiative_pk)
    if plan is None:
        return _open_the_plan_first(request, initiative)
    which = request.POST.get("form") if request.method == "POST" else None
    criterion_id = whole_number(request.POST.get("criterion")) if which in ("edit", "remove") else None
    add_form = forms.CriterionForm(request.POST if which == "add" else None, prefix="new")
    note_form = forms.CriteriaNoteForm(request.POST if which == "note" else None, initial={
        f"note_{lang}": getattr(plan, f"criteria_note_{lang}") or "" for lang in ("fr", "nl", "en")})
    bound_edit = None
    problems: list[str] = []
    if which in ("add", "edit", "remove", "note"):
        try:
            done = _change(request, plan, which, criterion_id, add_form, note_form)
        except steps.EvaluationRefused as refused:
            problems = refused.reasons
        else:
            if isinstance(done, forms.CriterionForm):
                bound_edit = (criterion_id, done)
            elif done:
                messages.success(request, done)
                return redirect("followup:criteria", initiative_pk=initiative.pk)
        if which == "edit" and bound_edit is None and criterion_id is not None:
            bound_edit = (criterion_id, forms.CriterionForm(request.POST, prefix=f"c{criterion_id}"))
    elif which is not None:
        problems = [_("Nothing to change.")]
    locks = criteria_locks(plan)
    items = []
    for criterion in plan.criteria.all():
        if bound_edit and bound_edit[0] == criterion.pk:
            form = bound_edit[1]
        else:
            form = forms.CriterionForm(prefix=f"c{criterion.pk}", initial={
                "dimension": criterion.dimension,
                **{f"text_{lang}": getattr(criterion, f"text_{lang}") or "" for lang in ("fr", "nl", "en")}})
        items.append({"criterion": criterion, "form": form})
    groups = [{"dimension": label, "key": key, "items": [i for i in items if i["criterion"].dimension == key]}
              for key, label in Dimension.choices]
    failed = bool(problems) or any(f.errors for f in (add_form, note_form)) or bool(bound_edit and bound_edit[1].errors)
    return render(request, "followup/criteria.html", {
        "initiative": initiative, "plan": plan, "groups": groups, "count": len(items), "locks": locks,
        "add_form": add_form, "note_form": note_form, "problems": problems,
        "history": history(plan).filter(action__in=("set_criteria", "publish_evaluation", "withdraw_evaluation"))
        .order_by("-created", "-id")[:20],
    }, status=400 if failed else 200)


def _change(request, plan, which, criterion_id, add_form, note_form):
    """Run the change posted; a message when done, the bound form when it is invalid."""
    user = request.user
    if which == "add":
        if not add_form.is_valid():
            return ""
        steps.add_criterion(plan, add_form.cleaned_data["dimension"], add_form.texts(), by=user)
        return _("The criterion was added.")
    if which == "note":
        if not note_form.is_valid():
            return ""
        steps.set_criteria_note(plan, note_form.texts(), by=user)
        return _("The introduction was saved.")
    if criterion_id is None or not Criterion.objects.filter(plan=plan, pk=criterion_id).exists():
        raise steps.EvaluationRefused([_("This criterion is not one of this process's.")])
    if which == "remove":
        steps.remove_criterion(plan, criterion_id, by=user)
        return _("The criterion was removed.")
    form = forms.CriterionForm(request.POST, prefix=f"c{criterion_id}")
    if not form.is_valid():
        return form
    steps.edit_criterion(plan, criterion_id, form.cleaned_data["dimension"], form.texts(), by=user)
    return _("The criterion was saved.")


# Questionnaires ------------------------------------------------------------------------------------------

@login_required
def questionnaires(request, initiative_pk):
    from polyvox.questionnaires import services as questionnaire_services
    from polyvox.questionnaires.workflow import LIFE

    initiative, plan = _managed_plan(request, initiative_pk)
    if plan is None:
        return _open_the_plan_first(request, initiative)
    which = request.POST.get("form") if request.method == "POST" else None
    attach_form = forms.AttachForm(request.POST if which == "attach" else None, choices=steps.attachable(plan))
    codes_for = whole_number(request.POST.get("questionnaire")) if which == "codes" else None
    codes_form = forms.CodesForm(request.POST, prefix=f"q{codes_for}") if which == "codes" else None
    problems: list[str] = []
    try:
        if which == "attach" and attach_form.is_valid():
            questionnaire = steps.attach_questionnaire(plan, attach_form.cleaned_data["template"], by=request.user)
            messages.success(request, _("“%(title)s” is attached, as a draft: open it when people can answer.")
                             % {"title": questionnaire.title})
            return redirect("followup:evaluation-questionnaires", initiative_pk=initiative.pk)
        if which == "codes":
            questionnaire = steps.questionnaire_of(plan, codes_for)
            if questionnaire is None:
                raise steps.EvaluationRefused([_("This questionnaire is not attached to this process.")])
            if codes_form.is_valid():
                steps.hand_out_codes(plan, questionnaire, codes_form.cleaned_data["count"], by=request.user)
                messages.success(request, _("%(n)s codes created.") % {"n": codes_form.cleaned_data["count"]})
                return redirect("followup:evaluation-questionnaires", initiative_pk=initiative.pk)
        elif which not in (None, "attach"):
            problems = [_("Nothing to change.")]
    except steps.EvaluationRefused as refused:
        problems = refused.reasons
    entry = questionnaire_services.entry_link()
    attached = []
    for questionnaire in steps.attached(plan):
        received, issued = questionnaire_services.response_rate(questionnaire)
        form = codes_form if codes_form is not None and codes_for == questionnaire.pk else \
            forms.CodesForm(prefix=f"q{questionnaire.pk}", initial={"count": 40})
        attached.append({
            "questionnaire": questionnaire, "received": received, "issued": issued,
            "unused": questionnaire.codes.filter(used_at__isnull=True).count(),
            "rate": round(100 * received / issued, 1) if issued else None,
            "steps": LIFE.available(questionnaire, request.user),
            "blocked": [(t.label, LIFE.blockers(questionnaire, name, by=request.user))
                        for name, t in LIFE.transitions.items()
                        if LIFE.can(questionnaire, name) and LIFE.blockers(questionnaire, name, by=request.user)],
            "can_hand_out": request.user.has_perm("questionnaires.manage_questionnaire", questionnaire),
            "codes_form": form,
        })
    failed = bool(problems) or bool(attach_form.errors) or bool(codes_form is not None and codes_form.errors)
    return render(request, "followup/evaluation_questionnaires.html", {
        "initiative": initiative, "plan": plan, "attached": attached, "attach_form": attach_form,
        "can_attach": bool(steps.attachable(plan)), "problems": problems, "entry_link": entry,
        "entry_qr": questionnaire_services.qr_svg(entry, _("QR code of the address where codes are typed")),
    }, status=400 if failed else 200)


@login_required
@require_POST
def questionnaire_step(request, initiative_pk, questionnaire_pk, name):
    initiative, plan = _managed_plan(request, initiative_pk)
    questionnaire = steps.questionnaire_of(plan, questionnaire_pk) if plan else None
    if questionnaire is None:
        raise Http404
    try:
        steps.move_questionnaire(plan, questionnaire, name, by=request.user)
    except steps.EvaluationRefused as refused:
        for reason in refused.reasons:
            messages.error(request, reason)
    else:
        messages.success(request, _("“%(title)s” is now %(state)s.") % {
            "title": questionnaire.title, "state": questionnaire.get_state_display()})
    return redirect("followup:evaluation-questionnaires", initiative_pk=initiative.pk)


# Publication ---------------------------------------------------------------------------------------------

@login_required
@require_POST
def publication(request, initiative_pk, name):
    initiative, plan = _managed_plan(request, initiative_pk)
    if plan is None or name not in ("publish", "withdraw"):
        raise Http404
    try:
        (steps.publish if name == "publish" else steps.withdraw)(plan, by=request.user)
    except steps.EvaluationRefused as refused:
        for reason in refused.reasons:
            messages.error(request, reason)
    else:
        messages.success(request, _("The evaluation is published: everyone can read it, and its criteria are locked.")
                         if name == "publish" else _("The evaluation is withdrawn: only its organisers see it."))
    return redirect("followup:evaluation", initiative_pk=initiative.pk)


# Reference population (the Service's staff) ----------------------------------------------------------------

@login_required
def population_page(request):
    if not request.user.has_perm("followup.load_population"):
        raise Http404
    form = forms.PopulationForm(request.POST or None, request.FILES or None)
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            load = population.load_csv(upload.read(imports.MAX_BYTES + 1), file_name=upload.name, by=request.user)
        except imports.ImportRefused as refused:
            problems = refused.problems
        else:
            messages.success(request, _("%(n)s figures loaded.") % {"n": load.lines})
            return redirect("followup:population")
    return render(request, "followup/population.html", {
        "form": form, "problems": problems, "coverage": population.coverage(), "columns": population.COLUMNS,
        "categories": population.categories(), "loads": PopulationLoad.objects.select_related("loaded_by")[:20],
        "max_lines": population.MAX_LINES,
    }, status=400 if problems or form.errors else 200)
