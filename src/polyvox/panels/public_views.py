"""The public's pages of a panel: the invitees' registration with their code, their own data (download or
delete), and the published draw with its verification."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from polyvox.panels import figures, forms, reports, selection, services
from polyvox.accounts.throttling import throttle
from polyvox.panels.models import Invitation, Panel

SESSION_KEY = "panels_invitation"


def _code_targets(request):
    """Wrong entries count per client address and for the code typed (someone guessing the e-mail of a used code)."""
    return ["panel-code:" + "".join(ch for ch in request.POST.get("code", "")[:64].upper() if ch.isalnum())]


@never_cache
@throttle("code_entry", targets=_code_targets)
def register(request):
    """Step 1: the code of the letter (and, for a code already used, the e-mail given then)."""
    # The QR code of a letter opens this page with the code filled in (?code=...).
    initial = {"code": request.GET.get("code", "")[:20]} if request.method == "GET" else {}
    form = forms.CodeForm(request.POST or None, initial=initial)
    refusal = ""
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.invitation_for(form.cleaned_data["code"], form.cleaned_data["email"])
        except services.PanelError as error:
            refusal = str(error)
        else:
            request.session[SESSION_KEY] = invitation.pk
            request.session.cycle_key()
            return redirect("panels:register_form")
    return render(request, "panels/register_code.html", {"form": form, "refusal": refusal},
                  status=400 if refusal else 200)


def _invitation(request) -> Invitation | None:
    pk = request.session.get(SESSION_KEY)
    invitation = Invitation.objects.select_related("panel", "panel__initiative").filter(pk=pk).first() if pk else None
    return invitation


@never_cache
def register_form(request):
    """Step 2: the features, contact details and consent (new registration or correction)."""
    invitation = _invitation(request)
    if invitation is None:
        return redirect("panels:register")
    panel = invitation.panel
    if not panel.registration_is_open:
        request.session.pop(SESSION_KEY, None)
        messages.error(request, _("Registration for this panel is closed."))
        return redirect("panels:register")
    volunteer = getattr(invitation, "volunteer", None)
    initial = {"language": get_language()}
    if volunteer is not None:
        initial = {"first_name": volunteer.first_name, "last_name": volunteer.last_name, "email": volunteer.email,
                   "phone": volunteer.phone, "language": volunteer.language, "needs": volunteer.needs,
                   "consent": bool(volunteer.consent_at),
                   **{f"feature_{k}": v for k, v in volunteer.features.items()}}
    form = forms.RegistrationForm(request.POST or None, panel=panel, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_registration(invitation, form.features(), form.contact(), form.cleaned_data["language"])
        except services.PanelError as error:
            messages.error(request, str(error))
            return redirect("panels:register")
        return redirect("panels:register_done")
    return render(request, "panels/register_form.html", {
        "form": form, "panel": panel, "invitation": invitation, "volunteer": volunteer},
        status=400 if form.errors else 200)


@never_cache
def register_done(request):
    invitation = _invitation(request)
    volunteer = getattr(invitation, "volunteer", None) if invitation else None
    if volunteer is None:
        return redirect("panels:register")
    data = services.export_volunteer(volunteer)
    return render(request, "panels/register_done.html", {"volunteer": volunteer, "panel": invitation.panel,
                                                          "answers": data["features"]})


@never_cache
@throttle("code_entry", targets=_code_targets)
def my_data(request):
    """A volunteer downloads (JSON) or deletes their own data with their code and e-mail address."""
    form = forms.MyDataForm(request.POST or None)
    refusal = ""
    if request.method == "POST" and form.is_valid():
        try:
            volunteer = services.volunteer_by_code(form.cleaned_data["code"], form.cleaned_data["email"])
        except services.PanelError as error:
            refusal = str(error)
        else:
            if request.POST.get("action") == "delete":
                if request.POST.get("confirm") != "yes":
                    refusal = _("Tick the box to confirm that you want your data deleted.")
                else:
                    services.erase_volunteer(volunteer)
                    request.session.pop(SESSION_KEY, None)
                    messages.success(request, _("Your data has been deleted."))
                    return redirect("panels:my_data")
            else:
                body = json.dumps(services.export_volunteer(volunteer), ensure_ascii=False, indent=1, default=str)
                response = HttpResponse(body, content_type="application/json; charset=utf-8")
                response["Content-Disposition"] = f'attachment; filename="my-data-{volunteer.pseudonym}.json"'
                return response
    return render(request, "panels/my_data.html", {"form": form, "refusal": refusal}, status=400 if refusal else 200)


def result(request, pk):
    """The panel's public page: the published draw (method, quotas, seed, digest, JSON, and how to verify it, here
    or at home) or its announcement, and the published report's recommendations; a panel not drawn on the platform
    whose report is published shows its recommendations alone."""
    panel = get_object_or_404(Panel.objects.select_related("initiative"), pk=pk)
    report = reports.published_report(panel)
    listed = reports.recommendations(report)
    shown = {"report": report, "recommendations": listed, "themes": reports.by_theme(listed)}
    if not panel.is_drawn:
        is_organiser = request.user.has_perm("panels.manage_panel", panel)
        if panel.is_announced:
            return render(request, "panels/announcement.html", {
                "panel": panel, "lottery": panel.lottery_json, "is_organiser": is_organiser, **shown})
        if report is not None:
            return render(request, "panels/report_public.html", {"panel": panel, "is_organiser": is_organiser, **shown})
        if is_organiser:
            return redirect(panel.get_absolute_url())
        raise Http404
    published = panel.result_json
    verification = None
    verify_form = forms.VerifyForm(request.GET or None, initial={"seed": panel.seed})
    if "seed" in request.GET and verify_form.is_valid():
        verification = selection.verify(panel, verify_form.cleaned_data["seed"])
    return render(request, "panels/result.html", {
        "panel": panel, "published": published, "verify_form": verify_form, "verification": verification,
        "composition": figures.panel_composition(panel, published.get("panel") or []),
        "replacements": panel.replacements.filter(ok=True),
        "is_organiser": request.user.has_perm("panels.manage_panel", panel), **shown,
        "command": 'polyvox sortition verify --json panel-%d.json --seed "%s" --announced-digest %s' % (
            panel.pk, panel.seed.replace('"', '\\"'), panel.lottery_digest),
        "optimality_command": 'polyvox sortition verify --json panel-%d.json --seed "%s" --optimality' % (
            panel.pk, panel.seed.replace('"', '\\"')),
    })


def result_json(request, pk):
    """The published JSON: the draw, or before it the announced lottery (so anyone can keep what was announced)."""
    panel = get_object_or_404(Panel, pk=pk)
    if not panel.is_drawn and not (panel.is_announced and panel.lottery_json):
        raise Http404
    response = HttpResponse(selection.published_bytes(panel), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="panel-{panel.pk}.json"'
    return response
