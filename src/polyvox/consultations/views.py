"""Consultation pages: the conversation (one statement at a time), the live opinion map, and the organisers'
management (settings, statements, moderation, Pol.is import and export). Each view calls one service command."""

from __future__ import annotations

import io
import secrets
import tempfile
import zipfile
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db import transaction
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from polyvox.consultations import imports, live, mapping, selection, services
from polyvox.consultations.forms import ConsultationForm, ImportForm, SeedForm, StatementForm, TranslationForm
from polyvox.consultations.models import Consultation, ConsultationState, Statement, StatementState
from polyvox.consultations.services import ConsultationError
from polyvox.consultations.workflow import CONSULTATION, STATEMENT
from polyvox.core.streams import for_server
from polyvox.core.transitions import history

KEY_COOKIE = "pvx_cv_key"
KEY_SALT = "polyvox.consultations.key"
KEY_MAX_AGE = 365 * 24 * 3600


class ForgedKey(Exception):
    pass


def _browser_key(request) -> str:
    """The browser's key for conversations ("" when it has none); a cookie that fails its signature is refused."""
    if KEY_COOKIE not in request.COOKIES:
        return ""
    try:
        return request.get_signed_cookie(KEY_COOKIE, salt=KEY_SALT, max_age=KEY_MAX_AGE)
    except signing.BadSignature:
        raise ForgedKey from None


def _give_key(request, response) -> None:
    if KEY_COOKIE not in request.COOKIES:
        response.set_signed_cookie(KEY_COOKIE, secrets.token_urlsafe(24), salt=KEY_SALT, max_age=KEY_MAX_AGE,
                                   httponly=True, samesite="Lax", secure=request.is_secure())


def _consultation(request, slug, perm="consultations.view_consultation") -> Consultation:
    consultation = get_object_or_404(Consultation.objects.select_related("initiative", "initiative__organiser"), slug=slug)
    if not request.user.has_perm(perm, consultation):
        raise Http404
    return consultation


def _forged(request, consultation):
    message = _("Your browser sent a participation key that this site did not issue. Nothing was recorded. "
                "Delete this site's cookies and open the consultation again.")
    return render(request, "consultations/refused.html", {"consultation": consultation, "message": message}, status=400)


def consultations_of_initiative(initiative, request):
    """The initiative page's attachments: its consultations the visitor may see, and for organisers a way to add one."""
    items = []
    for consultation in Consultation.objects.filter(initiative=initiative).select_related("initiative"):
        if request.user.has_perm("consultations.view_consultation", consultation):
            items.append({"title": consultation.title, "url": consultation.get_absolute_url(),
                          "kind": _("Online consultation"), "description": consultation.get_state_display()})
    if request.user.has_perm("consultations.create_consultation", initiative):
        items.append({"title": _("Create an online consultation"), "url": reverse("consultations:create", args=[initiative.pk]),
                      "kind": _("For the organisers"),
                      "description": _("Participants vote on short statements; the opinion map shows the groups and what they share.")})
    return items


@require_GET
def index(request):
    visible = [c for c in Consultation.objects.select_related("initiative").exclude(state=ConsultationState.DRAFT)
               if request.user.has_perm("consultations.view_consultation", c)]
    return render(request, "consultations/index.html", {"consultations": visible, "nav": "take_part"})


@require_GET
def detail(request, slug):
    consultation = _consultation(request, slug)
    try:
        key = _browser_key(request)
    except ForgedKey:
        return _forged(request, consultation)
    participant = services.find_participant(consultation, user=request.user, browser_key=key)
    data = mapping.current(consultation)
    statement = selection.next_statement(consultation, participant, data.get("statement_projection"))
    published = consultation.statements.filter(state=StatementState.APPROVED).count()
    voted = participant.votes.filter(statement__state=StatementState.APPROVED).count() if participant else 0
    response = render(request, "consultations/detail.html", {
        "consultation": consultation, "statement": statement, "participant": participant,
        "published": published, "voted": voted, "may_take_part": services.user_may_take_part(consultation, request.user),
        "statement_form": StatementForm(initial={"language": get_language()[:2]}),
        "may_manage": request.user.has_perm("consultations.manage_consultation", consultation),
        "own_statements": participant.statements.all() if participant else [],
        "questionnaire": services.questionnaire_of(consultation),
        "nav": "take_part",
    })
    _give_key(request, response)
    return response


@require_POST
def vote(request, slug):
    consultation = _consultation(request, slug)
    try:
        participant = services.join(consultation, user=request.user, browser_key=_browser_key(request))
        services.vote(consultation, participant, statement_number=request.POST.get("statement"),
                      value=request.POST.get("vote", ""))
    except ForgedKey:
        return _forged(request, consultation)
    except ConsultationError as error:
        if _wants_json(request):
            return JsonResponse({"error": str(error)}, status=400)
        messages.error(request, str(error))
        return redirect(consultation.get_absolute_url())
    if _wants_json(request):
        return JsonResponse({"ok": True})
    return redirect(consultation.get_absolute_url() + "#statement")


@require_POST
def submit(request, slug):
    consultation = _consultation(request, slug)
    form = StatementForm(request.POST)
    try:
        key = _browser_key(request)
    except ForgedKey:
        return _forged(request, consultation)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
        return redirect(consultation.get_absolute_url() + "#submit")
    try:
        participant = services.join(consultation, user=request.user, browser_key=key)
        statement = services.submit_statement(consultation, participant, text=form.cleaned_data["text"],
                                              language=form.cleaned_data["language"])
    except ConsultationError as error:
        messages.error(request, str(error))
        return redirect(consultation.get_absolute_url() + "#submit")
    if statement.state == StatementState.APPROVED:
        messages.success(request, _("Your statement is published: others can vote on it now."))
    elif statement.similar_to_id:
        messages.success(request, _("Your statement looks like statement %(number)s: a moderator will decide whether it "
                                    "says something new.") % {"number": statement.similar_to.number})
    else:
        messages.success(request, _("Thank you: your statement will be published once a moderator has read it."))
    return redirect(consultation.get_absolute_url() + "#submit")


@require_POST
def translate_own(request, slug, number):
    consultation = _consultation(request, slug)
    statement = get_object_or_404(Statement, consultation=consultation, number=number)
    form = TranslationForm(request.POST)
    try:
        participant = services.find_participant(consultation, user=request.user, browser_key=_browser_key(request))
        if not form.is_valid():
            raise ConsultationError(" ".join(str(e) for errors in form.errors.values() for e in errors))
        services.translate_statement(statement, by=request.user, participant=participant,
                                     language=form.cleaned_data["language"], text=form.cleaned_data["text"])
    except ForgedKey:
        return _forged(request, consultation)
    except ConsultationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Translation saved."))
    if request.user.has_perm("consultations.manage_consultation", consultation):
        return redirect(reverse("consultations:manage", args=[slug]) + f"#statement-{number}")
    return redirect(consultation.get_absolute_url() + "#submit")


QUESTIONNAIRE_COOKIE = "pvx_cv_q_{slug}"


@require_POST
def questionnaire(request, slug):
    """Hand this participant their one questionnaire code (kept by their browser only) and send them to it."""
    consultation = _consultation(request, slug)
    cookie = QUESTIONNAIRE_COOKIE.format(slug=consultation.slug)
    try:
        token = request.get_signed_cookie(cookie, salt=KEY_SALT, default="")
    except signing.BadSignature:
        token = ""
    if token:
        return redirect("questionnaires:answer", token=token)
    try:
        participant = services.join(consultation, user=request.user, browser_key=_browser_key(request))
        token = services.questionnaire_code(consultation, participant)
    except ForgedKey:
        return _forged(request, consultation)
    except ConsultationError as error:
        messages.error(request, str(error))
        return redirect(consultation.get_absolute_url() + "#questionnaire")
    response = redirect("questionnaires:answer", token=token)
    response.set_signed_cookie(cookie, token, salt=KEY_SALT, max_age=KEY_MAX_AGE, httponly=True, samesite="Lax",
                               secure=request.is_secure())
    return response


@login_required
@require_POST
def attach_questionnaire(request, slug):
    consultation = _consultation(request, slug, "consultations.manage_consultation")
    try:
        services.attach_questionnaire(consultation, by=request.user, template=request.POST.get("template", ""))
    except ConsultationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The questionnaire is open: participants find it on the consultation's page."))
    return redirect(reverse("consultations:manage", args=[slug]) + "#questionnaire")


@require_GET
def opinion_map(request, slug):
    consultation = _consultation(request, slug)
    try:
        key = _browser_key(request)
    except ForgedKey:
        return _forged(request, consultation)
    data = mapping.current(consultation)
    participant = services.find_participant(consultation, user=request.user, browser_key=key)
    statements = {s.number: s for s in consultation.statements.filter(state=StatementState.APPROVED)}
    groups = []
    for group in data.get("groups", []):
        groups.append({
            "id": group["id"], "label": _group_label(group["id"]), "size": group["size"],
            "stability": group.get("stability"),
            "representative": [{"statement": statements.get(int(item["statement"])), "repful_for": item.get("repful_for"),
                                "agree": item.get("p_agree") if "p_agree" in item else None}
                               for item in group.get("repness", []) if int(item["statement"]) in statements],
        })
    consensus = [statements[int(n)] for n in data.get("consensus", []) if int(n) in statements]
    mine = mapping.where_am_i(consultation, participant, data) if participant else {"group": None, "statements": []}
    for row in mine["statements"]:
        row["text"] = statements.get(row["statement"])
    return render(request, "consultations/map.html", {
        "consultation": consultation, "data": data, "groups": groups, "consensus": consensus, "mine": mine,
        "my_group_label": _group_label(mine["group"]) if mine["group"] is not None else "",
        "points": _points(data, participant), "nav": "take_part",
    })


def _group_label(index) -> str:
    return _("Group %(letter)s") % {"letter": "ABCDEFGHIJKLMNOPQRST"[int(index)]}


def _points(data: dict, participant) -> list[dict]:
    """The map's points as the page draws them (scaled into a 0-100 square)."""
    projection = data.get("projection") or {}
    groups = data.get("participants") or {}
    if not projection:
        return []
    xs = [p[0] for p in projection.values()]
    ys = [p[1] for p in projection.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    mine = str(participant.number) if participant else None
    return [{"x": round(50 + 45 * (x - cx) / span * 2, 2), "y": round(50 - 45 * (y - cy) / span * 2, 2),
             "group": groups.get(pid), "me": pid == mine} for pid, (x, y) in sorted(projection.items())]


@require_GET
def map_json(request, slug):
    consultation = _consultation(request, slug)
    data = mapping.current(consultation)
    try:
        participant = services.find_participant(consultation, user=request.user, browser_key=_browser_key(request))
    except ForgedKey:
        participant = None
    sizes = [{"id": g["id"], "label": _group_label(g["id"]), "size": g["size"]} for g in data.get("groups", [])]
    return JsonResponse({"version": data.get("version", 0), "k": data.get("k", 0), "groups": sizes,
                         "points": _points(data, participant), "participants": data.get("n_participants", 0),
                         "votes": data.get("n_votes", 0)})


@require_GET
def stream(request, slug):
    consultation = _consultation(request, slug)
    from polyvox.core.input_checks import whole_number

    last_id = whole_number(request.headers.get("Last-Event-ID") or request.GET.get("last") or "0") or 0
    response = StreamingHttpResponse(for_server(request, live.stream(consultation.pk, last_id)),
                                     content_type="text/event-stream; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Buffering"] = "no"
    return response


# --- organisers ------------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def create(request, initiative_pk):
    from polyvox.initiatives.models import Initiative

    initiative = get_object_or_404(Initiative, pk=initiative_pk)
    if not request.user.has_perm("consultations.create_consultation", initiative):
        raise Http404
    form = ConsultationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        consultation = services.create(initiative, by=request.user, form=form)
        messages.success(request, _("Consultation created. Add the first statements, then open it."))
        return redirect("consultations:manage", slug=consultation.slug)
    return render(request, "consultations/form.html", {"form": form, "initiative": initiative})


@login_required
@require_http_methods(["GET", "POST"])
def manage(request, slug):
    consultation = _consultation(request, slug, "consultations.manage_consultation")
    settings_form = ConsultationForm(request.POST if request.POST.get("form") == "settings" else None, instance=consultation)
    seed_form = SeedForm(request.POST if request.POST.get("form") == "seed" else None,
                         initial={"language": get_language()[:2]})
    if request.method == "POST":
        try:
            if request.POST.get("form") == "settings" and settings_form.is_valid():
                services.update_settings(consultation, by=request.user, form=settings_form)
                messages.success(request, _("Settings saved."))
                return redirect("consultations:manage", slug=slug)
            if request.POST.get("form") == "seed" and seed_form.is_valid():
                services.seed_statement(consultation, by=request.user, text=seed_form.cleaned_data["text"],
                                        language=seed_form.cleaned_data["language"], translations=seed_form.translations())
                messages.success(request, _("Statement published."))
                return redirect(reverse("consultations:manage", args=[slug]) + "#seed")
        except ConsultationError as error:
            messages.error(request, str(error))
    statements = consultation.statements.select_related("similar_to").order_by("state", "number")
    pending = [s for s in statements if s.state == StatementState.PENDING]
    return render(request, "consultations/manage.html", {
        "consultation": consultation, "settings_form": settings_form, "seed_form": seed_form,
        "pending": pending, "statements": [s for s in statements if s.state != StatementState.PENDING],
        "translation_form": TranslationForm(), "import_form": ImportForm(),
        "steps": [(t.name, STEP_BUTTONS.get(t.name, t.label)) for t in CONSULTATION.available(consultation, request.user)],
        "history": _labelled(history(consultation)), "map": mapping.current(consultation),
        "questionnaire": services.questionnaire_of(consultation), "templates": _questionnaire_templates(),
    })


@login_required
@require_POST
def step(request, slug, action):
    consultation = _consultation(request, slug, "consultations.manage_consultation")
    try:
        services.move(consultation, action, by=request.user)
    except ConsultationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Done: the consultation is now “%(state)s”.") % {"state": consultation.get_state_display()})
    return redirect("consultations:manage", slug=slug)


@login_required
@require_POST
def moderate(request, slug, number, action):
    consultation = _consultation(request, slug, "consultations.manage_consultation")
    statement = get_object_or_404(Statement, consultation=consultation, number=number)
    if action not in STATEMENT.transitions or action == "publish_open":
        raise Http404
    try:
        services.moderate(statement, action, by=request.user, reason=request.POST.get("reason", ""))
    except ConsultationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Statement %(number)s: %(state)s.") % {"number": number, "state": statement.get_state_display()})
    return redirect(reverse("consultations:manage", args=[slug]) + f"#statement-{number}")


@require_GET
def export(request, slug):
    """The conversation in Pol.is's export format (comments.csv, votes.csv), zipped."""
    consultation = _consultation(request, slug)
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory() as folder:
        imports.write_export(consultation, folder, language=get_language()[:2])
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(Path(folder).iterdir()):
                archive.write(path, arcname=path.name)
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="conversation-{consultation.slug}.zip"'
    return response


@login_required
@require_POST
def import_export(request, slug):
    consultation = _consultation(request, slug, "consultations.manage_consultation")
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
        return redirect(reverse("consultations:manage", args=[slug]) + "#import")
    try:
        with transaction.atomic():
            counts = imports.import_export(consultation, by=request.user, comments=form.cleaned_data["comments"],
                                           votes=form.cleaned_data["votes"], source=form.cleaned_data["source"],
                                           language=form.cleaned_data["language"])
    except ConsultationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Imported %(statements)s statements, %(participants)s participants and %(votes)s votes.")
                         % counts)
    return redirect(reverse("consultations:manage", args=[slug]) + "#import")


STEP_BUTTONS = {"open": gettext_lazy("Open the consultation"), "close": gettext_lazy("Close the consultation"),
                "reopen": gettext_lazy("Reopen the consultation")}
HISTORY_LABELS = {"create": gettext_lazy("created"), "settings": gettext_lazy("settings changed"), "import": gettext_lazy("conversation imported")}


def _labelled(entries) -> list:
    entries = list(entries)
    for entry in entries:
        transition = CONSULTATION.transitions.get(entry.action)
        entry.label = transition.label if transition else HISTORY_LABELS.get(entry.action, entry.action)
    return entries


def _questionnaire_templates() -> list[tuple[str, str]]:
    from polyvox.questionnaires import services as questionnaires

    language = (get_language() or "fr")[:2]
    return [(key, item["title"].get(language) or item["title"]["fr"]) for key, item in questionnaires.templates().items()
            if item["audience"] == "participants"]


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")
