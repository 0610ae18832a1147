"""Questionnaire pages: enter a code, answer (anonymous, phone-first), results with charts and tables,
the organisers' page (open, close, codes, the address and its QR code), the slips to print and hand out (each
unused code with its link and QR code) and creation from a template."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from polyvox.core import spreadsheet
from polyvox.core.transitions import history
from polyvox.core.workflow import Refused, TransitionNotAllowed, apply
from polyvox.organisations.rules import organisations_where
from polyvox.questionnaires import services
from polyvox.questionnaires.models import AccessCode, Questionnaire, State
from polyvox.questionnaires.workflow import LIFE


def _questionnaire(request, pk, perm) -> Questionnaire:
    questionnaire = get_object_or_404(Questionnaire, pk=pk)
    if not request.user.has_perm(perm, questionnaire):
        raise Http404
    return questionnaire


class CodeForm(forms.Form):
    code = forms.CharField(label=gettext_lazy("Your code"), max_length=40)


def enter_code(request):
    """A code typed from a paper slip leads to its questionnaire."""
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["code"].strip()
        if AccessCode.objects.filter(token=token).exists():
            return redirect("questionnaires:answer", token=token)
        form.add_error("code", _("This code is unknown. Check it letter by letter."))
    return render(request, "questionnaires/code.html", {"form": form})


def answer(request, token):
    code = get_object_or_404(AccessCode.objects.select_related("questionnaire"), token=token)
    questionnaire = code.questionnaire
    errors: dict = {}
    given: dict = {}
    if request.method == "POST":
        given = {key: request.POST.getlist(key) for key in request.POST if key != "csrfmiddlewaretoken"}
        try:
            services.answer(token, given, language=get_language() or "fr")
        except services.AnswerRefused as refused:
            errors = refused.errors
        else:
            return render(request, "questionnaires/thanks.html", {"questionnaire": questionnaire})
    if code.used_at is not None and not errors:
        return render(request, "questionnaires/closed.html", {"questionnaire": questionnaire, "used": True})
    if questionnaire.state != State.OPEN:
        return render(request, "questionnaires/closed.html", {"questionnaire": questionnaire, "used": False})
    questions = list(questionnaire.questions.select_related("show_if").prefetch_related("choices"))
    for question in questions:
        question.given = given.get(question.key, [])
        question.error = errors.get(question.key, "")
    status = 400 if errors else 200
    return render(request, "questionnaires/answer.html", {
        "questionnaire": questionnaire, "questions": questions, "errors": errors, "general_error": errors.get(""),
        "token": token,
    }, status=status)


def results(request, pk):
    questionnaire = _questionnaire(request, pk, "questionnaires.view_results")
    received, issued = services.response_rate(questionnaire)
    return render(request, "questionnaires/results.html", {
        "questionnaire": questionnaire, "results": services.results(questionnaire), "received": received,
        "issued": issued, "rate": round(100 * received / issued, 1) if issued else None,
        "can_manage": request.user.has_perm("questionnaires.manage_questionnaire", questionnaire),
    })


def results_csv(request, pk):
    questionnaire = _questionnaire(request, pk, "questionnaires.view_results")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="questionnaire-{questionnaire.pk}-responses.csv"'
    spreadsheet.writer(response, lineterminator="\n").writerows(services.export_rows(questionnaire))
    return response


class CodesForm(forms.Form):
    count = forms.IntegerField(label=gettext_lazy("Number of codes to create"), min_value=1, max_value=5000)


@login_required
def manage(request, pk):
    questionnaire = _questionnaire(request, pk, "questionnaires.manage_questionnaire")
    form = CodesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.issue_codes(questionnaire, form.cleaned_data["count"])
        messages.success(request, _("%(n)s codes created.") % {"n": form.cleaned_data["count"]})
        return redirect("questionnaires:manage", pk=questionnaire.pk)
    received, issued = services.response_rate(questionnaire)
    return render(request, "questionnaires/manage.html", {
        "questionnaire": questionnaire, "form": form, "steps": LIFE.available(questionnaire, request.user),
        "received": received, "issued": issued, "history": history(questionnaire),
        "example_link": services.entry_link(),
        "entry_qr": services.qr_svg(services.entry_link(), _("QR code of the address where codes are typed")),
    }, status=400 if form.errors else 200)


SLIPS_PER_PAGE = 200


@login_required
def slips(request, pk):
    """The unused codes, each on a slip with its personal link and QR code, to print and cut out."""
    questionnaire = _questionnaire(request, pk, "questionnaires.manage_questionnaire")
    unused = list(questionnaire.codes.filter(used_at__isnull=True).order_by("pk")[:SLIPS_PER_PAGE])
    slips = [{"code": code.token, "link": services.code_link(code),
              "qr": services.qr_svg(services.code_link(code), _("QR code of the link for code %(code)s")
                                    % {"code": code.token})} for code in unused]
    return render(request, "questionnaires/slips.html", {
        "questionnaire": questionnaire, "slips": slips, "entry_link": services.entry_link(),
        "more": max(0, questionnaire.codes.filter(used_at__isnull=True).count() - len(unused)),
    })


@login_required
@require_POST
def step(request, pk, name):
    questionnaire = _questionnaire(request, pk, "questionnaires.manage_questionnaire")
    try:
        apply(questionnaire, name, by=request.user)
    except (Refused, TransitionNotAllowed) as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The questionnaire is now %(state)s.") % {"state": questionnaire.get_state_display()})
    return redirect("questionnaires:manage", pk=questionnaire.pk)


@login_required
def codes_csv(request, pk):
    questionnaire = _questionnaire(request, pk, "questionnaires.manage_questionnaire")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="questionnaire-{questionnaire.pk}-codes.csv"'
    writer = spreadsheet.writer(response, lineterminator="\n")
    writer.writerow(["code", "link", "used"])
    for code in questionnaire.codes.all():
        writer.writerow([code.token, request.build_absolute_uri(code.get_absolute_url()),
                         "yes" if code.used_at else "no"])
    return response


class CreateForm(forms.Form):
    template = forms.ChoiceField(label=gettext_lazy("Template"))
    organisation = forms.ModelChoiceField(label=gettext_lazy("Owner organisation"), queryset=None, required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = [(key, item["title"].get((get_language() or "fr")[:2]) or key)
                                           for key, item in services.templates().items()]
        self.fields["organisation"].queryset = organisations_where(user, "editor", "staff")


@login_required
def create(request):
    if not request.user.has_perm("questionnaires.create_questionnaire"):
        raise Http404
    form = CreateForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        questionnaire = services.create_from_template(form.cleaned_data["template"], by=request.user,
                                                      organisation=form.cleaned_data["organisation"])
        return redirect("questionnaires:manage", pk=questionnaire.pk)
    return render(request, "questionnaires/create.html", {"form": form}, status=400 if form.errors else 200)
