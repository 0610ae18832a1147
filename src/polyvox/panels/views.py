"""The organisers' pages of a panel: creation, dashboard, register extract, invitations and letters, quotas,
feasibility, the selection with its live progress (Server-Sent Events), volunteers and replacements."""

from __future__ import annotations

import asyncio
import json
import time

from asgiref.sync import sync_to_async
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from polyvox.core.transitions import history
from polyvox.initiatives.models import Initiative
from polyvox.panels import figures, forms, letters, presets, reports, selection, services
from polyvox.panels.models import Channel, Panel, PanelState, Preset, VolunteerStatus
from polyvox.panels.workflow import LIFECYCLE
from polyvox.panels.register_extract import RegisterError
from polyvox.core.streams import for_server

SSE_INTERVAL_SECONDS = 0.5
SSE_HEARTBEAT_SECONDS = 15
SSE_LIMIT_SECONDS = 3600


def _managed(request, pk) -> Panel:
    panel = get_object_or_404(Panel.objects.select_related("initiative", "initiative__organiser"), pk=pk)
    if not request.user.has_perm("panels.manage_panel", panel):
        if not is_public(panel):
            raise Http404  # nothing tells an outsider that a panel in preparation exists
        raise PermissionDenied(_("Only the organisers of this panel can open this page."))
    return panel


def _labelled(entries):
    """The history with each action's label in the reader's language (an unknown code is shown as it is)."""
    from polyvox.panels.models import ACTION_LABELS

    entries = list(entries)
    for entry in entries:
        entry.label = ACTION_LABELS.get(entry.action, entry.action)
    return entries


def is_public(panel) -> bool:
    """A panel is public once its draw is announced or published, or its report published (its public page then
    answers)."""
    return panel.is_drawn or panel.is_announced or panel.has_published_report


@login_required
def panel_list(request):
    if not request.user.has_perm("panels.list_panels"):
        raise PermissionDenied
    panels = [p for p in Panel.objects.select_related("initiative", "initiative__organiser")
              if request.user.has_perm("panels.manage_panel", p)]
    return render(request, "panels/list.html", {"panels": panels, "initiatives": _initiatives_for_new_panel(request.user)})


def _initiatives_for_new_panel(user):
    """Initiatives the user may add a panel to: their organisations' (for the Service's staff, the
    deliberative mini-publics of the inventory)."""
    from django.db.models import Q

    from polyvox.organisations.models import Role
    from polyvox.organisations.rules import is_service_staff, organisations_where

    mine = Q(organiser__in=organisations_where(user, Role.EDITOR))
    if is_service_staff(user):
        mine |= Q(method_family__slug="mini-publics") | Q(panels__isnull=False)
    return Initiative.objects.filter(mine).distinct().order_by("title")[:200]


@login_required
@require_POST
def retention(request, pk):
    panel = _managed(request, pk)
    try:
        days = int(request.POST.get("retention_days", ""))
    except ValueError:
        days = -1
    try:
        services.set_retention(panel, request.user, days)
    except services.PanelError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Retention period saved."))
    return redirect(panel.get_absolute_url() + "#retention")


@login_required
def create(request, initiative_pk):
    initiative = get_object_or_404(Initiative, pk=initiative_pk)
    if not request.user.has_perm("panels.create_panel", initiative):
        raise PermissionDenied(_("Only the initiative's organisers can add a panel to it."))
    form = forms.PanelCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        panel = services.create_panel(initiative, request.user, data["title_fr"], data["preset"], data["panel_size"])
        panel.title_nl, panel.title_en = data["title_nl"], data["title_en"] or data["title_fr"]
        panel.save(update_fields=["title_nl", "title_en"])
        messages.success(request, _("The panel is created. Next: upload the register extract."))
        return redirect(panel.get_absolute_url())
    return render(request, "panels/create.html", {"form": form, "initiative": initiative})


@login_required
def dashboard(request, pk):
    panel = _managed(request, pk)
    volunteers = list(selection.pool_volunteers(panel))
    context = {
        "panel": panel,
        "allowed": LIFECYCLE.allowed(panel),
        "states": PanelState,
        "register_count": panel.register_entries.count(),
        "invitation_count": panel.invitations.count(),
        "volunteer_count": len(volunteers),
        "response_rate": (100 * len(volunteers) / panel.invitations.count()) if panel.invitations.exists() else None,
        "pool": figures.pool_against_quotas(panel, volunteers),
        "feasibility": figures.feasibility_view(panel),
        "upload_form": forms.RegisterUploadForm(),
        "draw_form": forms.InvitationDrawForm(),
        "feature_form": forms.FeatureForm(),
        "announcement_form": forms.AnnouncementForm(),
        "draw_form_seed": forms.DrawForm(),
        "warnings": selection.warning_lines(panel),
        "draw_open": panel.seed_available_at is not None and timezone.now() >= panel.seed_available_at,
        "registration_urls": {lang: letters.registration_url(lang) for lang in ("fr", "nl", "en")},
        "history": _labelled(history(panel)),
        "letter_form": forms.LetterRoutesForm(initial={"letter_style": panel.letter_style, "phone": panel.phone,
                                                       "reply_address": panel.reply_address}),
        "channels": services.channel_counts(panel),
        "needs": services.accessibility_needs(panel),
        "is_blank": panel.preset == Preset.BLANK,
        "progress_label": selection.progress_label(panel.progress_message),
        "report": reports.report_of(panel),
    }
    return render(request, "panels/dashboard.html", context)


@login_required
@require_POST
def add_feature(request, pk):
    panel = _managed(request, pk)
    form = forms.FeatureForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            services.add_feature(panel, request.user, (d["name_fr"], d["name_nl"], d["name_en"] or d["name_fr"]),
                                 d["values"])
        except services.PanelError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Feature added. Enter the population shares and the quotas."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect(panel.get_absolute_url())


@login_required
@require_POST
def upload_register(request, pk):
    panel = _managed(request, pk)
    form = forms.RegisterUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "panels/upload_errors.html", {"panel": panel, "errors": [
            e for errors in form.errors.values() for e in errors]}, status=400)
    upload = form.cleaned_data["file"]
    try:
        count = services.upload_register(panel, request.user, upload.name, upload.read())
    except RegisterError as error:
        return render(request, "panels/upload_errors.html", {"panel": panel, "errors": error.errors}, status=400)
    except services.PanelError as error:
        messages.error(request, str(error))
        return redirect(panel.get_absolute_url())
    messages.success(request, _("%(count)d residents read from the register extract.") % {"count": count})
    return redirect(panel.get_absolute_url())


@login_required
@require_POST
def draw_invitations(request, pk):
    panel = _managed(request, pk)
    form = forms.InvitationDrawForm(request.POST)
    if not form.is_valid():
        for field, errors in form.errors.items():
            for error in errors:
                messages.error(request, f"{form.fields[field].label}: {error}" if field in form.fields else error)
        return redirect(panel.get_absolute_url())
    d = form.cleaned_data
    try:
        count = services.draw_invitations(panel, request.user, d["count"], d["stratified"], d["seed"], d["deadline"])
    except services.PanelError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("%(count)d invitations drawn. Download the letters to print them.") % {"count": count})
    return redirect(panel.get_absolute_url())


@login_required
def letters_pdf(request, pk):
    panel = _managed(request, pk)
    if not panel.invitations.exists():
        raise Http404
    response = HttpResponse(letters.invitation_letters(panel), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="invitations-panel-{panel.pk}.pdf"'
    return response


@login_required
@require_POST
def letter_routes(request, pk):
    """The letter's version (standard or easy-to-read), its telephone number and the reply slip's address."""
    panel = _managed(request, pk)
    form = forms.LetterRoutesForm(request.POST)
    if not form.is_valid():
        for field, errors in form.errors.items():
            for error in errors:
                messages.error(request, f"{form.fields[field].label}: {error}" if field in form.fields else error)
        return redirect(panel.get_absolute_url() + "#letters")
    try:
        services.set_letter_routes(panel, request.user, form.cleaned_data["letter_style"], form.cleaned_data["phone"],
                                   form.cleaned_data["reply_address"])
    except services.PanelError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The letter's version, telephone number and return address are saved."))
    return redirect(panel.get_absolute_url() + "#letters")


@login_required
def record_registration(request, pk):
    """Staff type in a registration received by telephone or on the paper reply slip."""
    panel = _managed(request, pk)
    form = forms.RecordedRegistrationForm(request.POST or None, panel=panel, initial={"language": get_language()})
    refusal = ""
    if request.method == "POST" and form.is_valid():
        try:
            volunteer = services.record_registration(panel, request.user, form.cleaned_data["code"],
                                                     form.cleaned_data["channel"], form.features(), form.contact(),
                                                     form.cleaned_data["language"])
        except services.PanelError as error:
            refusal = str(error)
        else:
            messages.success(request, _("Registration recorded (%(channel)s): volunteer %(pseudonym)s.") % {
                "channel": volunteer.get_channel_display(), "pseudonym": volunteer.pseudonym})
            return redirect("panels:record_registration", pk=panel.pk)
    recorded = panel.volunteers.exclude(channel=Channel.WEB).select_related("recorded_by").order_by("-registered_at")
    return render(request, "panels/record_registration.html", {
        "panel": panel, "form": form, "refusal": refusal, "recorded": recorded[:50]},
        status=400 if (refusal or form.errors) else 200)


@login_required
@require_POST
def move(request, pk, action):
    panel = _managed(request, pk)
    try:
        services.move(panel, request.user, action)
    except services.PanelError as error:
        messages.error(request, str(error))
    return redirect(panel.get_absolute_url())


@login_required
def quotas(request, pk):
    panel = _managed(request, pk)
    errors = []
    if request.method == "POST":
        try:
            if request.POST.get("propose"):
                values, errors = forms.parse_quota_post(panel, request.POST)
                if errors:
                    raise services.PanelError(errors[0])
                services.update_shares(panel, request.user, {pk: share for pk, (share, _low, _high) in values.items()})
                services.propose_quotas(panel, request.user)
                messages.success(request, _("Quotas proposed from the population shares."))
                return redirect("panels:quotas", pk=panel.pk)
            values, errors = forms.parse_quota_post(panel, request.POST)
            if not errors:
                services.update_quotas(panel, request.user, values)
                messages.success(request, _("Quotas saved."))
                return redirect(panel.get_absolute_url())
        except services.PanelError as error:
            errors = [str(error)]
    return render(request, "panels/quotas.html", {
        "panel": panel, "rows": forms.quota_rows(panel), "errors": errors,
        "editable": not panel.is_frozen}, status=400 if errors else 200)


@login_required
@require_POST
def feasibility(request, pk):
    panel = _managed(request, pk)
    report = selection.check_feasibility(panel)
    if report["feasible"]:
        messages.success(request, _("A panel meeting every quota can be drawn from the current volunteers."))
    else:
        messages.error(request, _("No panel meets the quotas: see which quotas conflict below."))
    return redirect(panel.get_absolute_url() + "#feasibility")


@login_required
@require_POST
def start_selection(request, pk):
    """Compute the lottery (background task); the seed comes after its announcement."""
    panel = _managed(request, pk)
    try:
        services.start_selection(panel, request.user)
    except services.PanelError as error:
        messages.error(request, str(error))
    return redirect(panel.get_absolute_url() + "#selection")


@login_required
@require_POST
def discard_lottery(request, pk):
    panel = _managed(request, pk)
    try:
        services.discard_lottery(panel, request.user)
    except services.PanelError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The lottery was discarded: the quotas can be changed again."))
    return redirect(panel.get_absolute_url() + "#selection")


@login_required
@require_POST
def announce_draw(request, pk):
    panel = _managed(request, pk)
    form = forms.AnnouncementForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return redirect(panel.get_absolute_url() + "#selection")
    try:
        services.announce_draw(panel, request.user, form.cleaned_data["source"], form.cleaned_data["available_at"],
                               confirm_warnings=form.cleaned_data["confirm"])
    except services.PanelError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The draw is announced on the panel's public page; nothing about it can change now."))
    return redirect(panel.get_absolute_url() + "#selection")


@login_required
@require_POST
def draw(request, pk):
    panel = _managed(request, pk)
    form = forms.DrawForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter the seed, exactly as published by its source."))
        return redirect(panel.get_absolute_url() + "#selection")
    try:
        services.draw(panel, request.user, form.cleaned_data["seed"])
    except services.PanelError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The panel is drawn and published."))
    return redirect(panel.get_absolute_url() + "#selection")


async def progress_stream(request, pk):
    """Server-Sent Events: the selection's progress as the task writes it on the panel's row; ends with `done`."""
    user = await request.auser()
    panel = await Panel.objects.select_related("initiative").filter(pk=pk).afirst()
    if panel is None:
        raise Http404
    if not await sync_to_async(user.has_perm)("panels.manage_panel", panel):
        if not await sync_to_async(is_public)(panel):
            raise Http404
        raise PermissionDenied
    response = StreamingHttpResponse(for_server(request, progress_events(panel.pk, language=get_language())),
                                     content_type="text/event-stream; charset=utf-8")
    response["Cache-Control"] = "no-cache, no-transform"
    response["X-Accel-Buffering"] = "no"
    return response


async def progress_events(panel_id: int, interval: float = SSE_INTERVAL_SECONDS, limit: float = SSE_LIMIT_SECONDS,
                          language: str | None = None):
    yield "retry: 3000\n\n"
    last = None
    started = beat = time.monotonic()
    while True:
        row = await Panel.objects.filter(pk=panel_id).values(
            "state", "progress", "progress_message", "selection_error").afirst()
        if row is None:
            return
        current = (row["state"], round(row["progress"], 3), row["progress_message"])
        if current != last:
            last = current
            with translation.override(language):
                label = selection.progress_label(row["progress_message"])
            yield _sse("progress", {"state": row["state"], "progress": row["progress"], "message": label})
        if row["state"] != PanelState.SELECTING:
            yield _sse("done", {"state": row["state"], "error": row["selection_error"]})
            return
        now = time.monotonic()
        if now - started > limit:
            return
        if now - beat > SSE_HEARTBEAT_SECONDS:
            beat = now
            yield ": keep-alive\n\n"
        await asyncio.sleep(interval)


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


@login_required
def volunteers(request, pk):
    panel = _managed(request, pk)
    if not request.user.has_perm("panels.view_personal_data", panel):
        raise PermissionDenied
    people = list(panel.volunteers.select_related("invitation").order_by("-probability", "pseudonym"))
    labels = {f.key: {v.key: v.label for v in f.values.all()} for f in panel.ordered_features()}
    features = list(panel.ordered_features())
    for person in people:
        person.answer_list = [labels.get(f.key, {}).get(person.features.get(f.key), "—") for f in features]
    members = [p for p in people if p.status == VolunteerStatus.SELECTED]
    return render(request, "panels/volunteers.html", {
        "panel": panel, "people": people, "members": members, "features": features,
        "replacements": panel.replacements.all(), "composition": figures.panel_composition(panel) if panel.is_drawn else None,
    })


@login_required
def members_csv(request, pk):
    """The panel's members with their contact details and answers (organisers only), for calls and letters."""
    from polyvox.core import spreadsheet

    panel = _managed(request, pk)
    if not request.user.has_perm("panels.view_personal_data", panel):
        raise PermissionDenied
    features = list(panel.ordered_features())
    labels = {f.key: {v.key: v.label for v in f.values.all()} for f in features}
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="panel-{panel.pk}-members.csv"'
    response.write("\ufeff")  # spreadsheet programs then read UTF-8
    writer = spreadsheet.writer(response)
    writer.writerow([_("Pseudonym"), _("First name"), _("Last name"), _("E-mail"), _("Telephone"), _("Language"),
                     _("Needs"), _("replacement"), *[f.name for f in features]])
    for member in panel.volunteers.filter(status=VolunteerStatus.SELECTED).order_by("pseudonym"):
        writer.writerow([member.pseudonym, member.first_name, member.last_name, member.email, member.phone,
                         member.language, member.needs, "x" if member.is_replacement else "",
                         *[labels[f.key].get(member.features.get(f.key), "") for f in features]])
    return response


@login_required
@require_POST
def replace(request, pk):
    panel = _managed(request, pk)
    try:
        entry = services.replace_member(panel, request.user, request.POST.get("pseudonym", ""))
    except services.PanelError as error:
        messages.error(request, str(error))
    else:
        if entry.ok:
            messages.success(request, entry.explanation)
        else:
            messages.error(request, _("No replacement keeps every quota met: %(why)s") % {"why": entry.explanation})
    return redirect("panels:volunteers", pk=panel.pk)
