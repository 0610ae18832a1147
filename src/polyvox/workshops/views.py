"""Workshop pages: joining, the participant's phone, the facilitator's controls and wall, the live stream, reports.

Every action is a plain form POST (works without JavaScript: redirect back with a message); the
page's script sends the same forms with `Accept: application/json` and gets {"ok": ...} or {"error": ...}.
"""

from __future__ import annotations

import segno
from asgiref.sync import sync_to_async
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from polyvox.organisations.rules import is_service_staff
from polyvox.accounts.throttling import throttle
from polyvox.workshops import actions, hear_back, identity, live, screens, services
from polyvox.workshops.models import Template, Workshop
from polyvox.workshops.services import WorkshopError
from polyvox.core.streams import for_server

LANGUAGES = ("fr", "nl", "en")


# --- joining (/j/ and /j/<code>, no language prefix) ---------------------------------------------

def join_index(request):
    code = request.GET.get("code") or request.POST.get("code")
    if code:
        return redirect("workshops_join:join", code=services.normalise_code(code) or "-")
    return render(request, "workshops/join.html", {"workshop": None})


@throttle("code_entry")  # wrong join codes, per client address (and account when signed in)
def join(request, code):
    try:
        workshop = services.find_by_code(code)
    except WorkshopError as error:
        return render(request, "workshops/join.html", {"workshop": None, "error": str(error), "code": code}, status=404)
    participant = identity.current_participant(request, workshop)
    if participant is not None and request.method == "GET":
        return redirect(_participant_url(workshop, participant.language))
    language = (request.POST.get("language") or translation.get_language() or "fr")[:2]
    hear_form = hear_back.HearBackForm(request.POST or None)
    if request.method == "POST":
        if not hear_form.is_valid():
            return render(request, "workshops/join.html", {"workshop": workshop, "language": language,
                                                           "hear_form": hear_form}, status=400)
        try:
            participant = services.join(
                workshop, request.POST.get("display_name", ""), language, anonymous=bool(request.POST.get("anonymous"))
            )
        except WorkshopError as error:
            return render(request, "workshops/join.html", {"workshop": workshop, "error": str(error), "language": language,
                                                           "hear_form": hear_form}, status=409)
        hear_back.remember(workshop, hear_form.email, participant.language)
        response = redirect(_participant_url(workshop, participant.language))
        identity.remember(response, participant)
        response.set_cookie("polyvox_language", participant.language, samesite="Lax")
        return response
    error = None
    if workshop.status == "finished":
        error = _("This workshop has ended: its code has expired.")
    elif workshop.locked:
        error = _("The facilitator has locked the room: no one can join now.")
    return render(request, "workshops/join.html", {"workshop": workshop, "error": error, "language": language,
                                                   "hear_form": hear_form})


def _participant_url(workshop, language):
    with translation.override(language if language in LANGUAGES else "fr"):
        return reverse("workshops:participant", kwargs={"code": workshop.code})


# --- facilitator: list, create ---------------------------------------------------------------------

@login_required
def index(request):
    if not request.user.has_perm("workshops.create"):
        raise PermissionDenied(_("Only facilitators and the Service's staff run workshops."))
    workshops = Workshop.objects.all() if is_service_staff(request.user) else Workshop.objects.filter(facilitator=request.user)
    return render(request, "workshops/index.html", {
        "workshops": workshops.select_related("initiative")[:100], "templates": Template.choices, "nav": "workshops",
        "trained_facilitators": _trained_facilitators(),
    })


def _trained_facilitators() -> list:
    """People who completed a facilitation training (the network app's programmes), offered to run the workshop."""
    from django.apps import apps

    if not apps.is_installed("polyvox.network"):
        return []
    from polyvox.network.training import trained_facilitators

    return list(trained_facilitators())


@login_required
@require_POST
def create(request):
    if not request.user.has_perm("workshops.create"):
        raise PermissionDenied(_("Only facilitators and the Service's staff run workshops."))
    try:
        workshop = services.create_workshop(
            request.user, request.POST.get("template", ""), request.POST.get("title", ""), request.POST.get("challenge", "")
        )
    except WorkshopError as error:
        messages.error(request, str(error))
        return redirect("workshops:index")
    return redirect("workshops:control", code=workshop.code)


# --- screens ---------------------------------------------------------------------------------------

@throttle("code_entry", failure_statuses=(404,))  # unknown codes count as guesses
def participant_page(request, code):
    workshop = _workshop(code)
    participant = identity.current_participant(request, workshop)
    if participant is None:
        if request.user.has_perm("workshops.run", workshop):
            return redirect("workshops:control", code=code)
        return redirect("workshops_join:join", code=code)
    return render(request, "workshops/participant.html", _screen(request, workshop, "participant", participant))


@login_required
def control(request, code):
    workshop = _facilitated(request, code)
    context = _screen(request, workshop, "control")
    context.update(participant_count=workshop.participants.count(), qr=_qr(request, workshop))
    return render(request, "workshops/control.html", context)


@login_required
def wall(request, code):
    workshop = _facilitated(request, code)
    context = _screen(request, workshop, "wall")
    context["qr"] = _qr(request, workshop)
    return render(request, "workshops/wall.html", context)


@throttle("code_entry", failure_statuses=(404,))  # unknown codes count as guesses
def panel(request, code):
    """The current activity's panel alone, fetched by the page's script when the stream says it changed."""
    workshop = _workshop(code)
    mode = request.GET.get("mode", "participant")
    participant = None
    if mode in {"control", "wall"}:
        if not request.user.has_perm("workshops.run", workshop):
            raise PermissionDenied
    else:
        mode = "participant"
        participant = identity.current_participant(request, workshop)
        if participant is None:
            raise PermissionDenied
    context = screens.panel_context(workshop, workshop.current_activity, participant=participant, mode=mode,
                                    suggestion=_suggestion(request, workshop, mode),
                                    secret=identity.anonymity_secret(request, workshop, create=False) if participant else "")
    return render(request, "workshops/panel.html", context)


def _suggestion(request, workshop, mode):
    activity = workshop.current_activity
    if mode != "control" or activity is None:
        return None
    return request.session.get(f"workshop-suggestion-{activity.idea_pool.pk}")


def _screen(request, workshop, mode, participant=None):
    activity = workshop.current_activity
    context = screens.panel_context(workshop, activity, participant=participant, mode=mode,
                                    suggestion=_suggestion(request, workshop, mode),
                                    secret=identity.anonymity_secret(request, workshop, create=False) if participant else "")
    context.update(
        last_event=screens.last_event_id(workshop), join_url=request.build_absolute_uri(f"/j/{workshop.code}"),
        stream_url=reverse("workshops:stream", kwargs={"code": workshop.code}),
        panel_url=reverse("workshops:panel", kwargs={"code": workshop.code}) + f"?mode={mode}",
    )
    return context


def _qr(request, workshop) -> str:
    url = request.build_absolute_uri(f"/j/{workshop.code}")
    return segno.make(url, error="m").svg_inline(scale=6, dark="#111", light="#fff", title=_("QR code to join: %(url)s") % {"url": url})


def _workshop(code) -> Workshop:
    return get_object_or_404(Workshop.objects.select_related("current_activity"), code=services.normalise_code(code))


def _facilitated(request, code, permission: str = "workshops.run") -> Workshop:
    workshop = _workshop(code)
    if not request.user.has_perm(permission, workshop):
        raise PermissionDenied(_("Only this workshop's facilitator can open this page."))
    return workshop


# --- live stream -----------------------------------------------------------------------------------

@throttle("code_entry", failure_statuses=(404,))  # unknown codes count as guesses
async def stream(request, code):
    """Server-Sent Events for one screen: the events of its audiences, resumed after Last-Event-ID."""
    workshop = await Workshop.objects.filter(code=services.normalise_code(code)).afirst()
    if workshop is None:
        raise Http404
    user = await request.auser()
    facilitator = await sync_to_async(user.has_perm)("workshops.run", workshop) and request.GET.get("as") != "participant"
    participant = await identity.acurrent_participant(request, workshop)
    if not facilitator and participant is None:
        raise PermissionDenied
    audiences = live.audiences_for(participant.pk if participant and not facilitator else None, facilitator)
    try:
        last_id = int(request.headers.get("Last-Event-ID") or request.GET.get("last") or 0)
    except ValueError:
        last_id = 0
    response = StreamingHttpResponse(
        for_server(request, live.stream(workshop.pk, audiences, last_id, _backlog)), content_type="text/event-stream; charset=utf-8"
    )
    response["Cache-Control"] = "no-cache, no-transform"
    response["X-Accel-Buffering"] = "no"
    return response


async def _backlog(workshop_id, audiences, last_id):
    return await sync_to_async(screens.events_for)(Workshop(pk=workshop_id), audiences, last_id)


# --- participant actions -----------------------------------------------------------------------------

@require_POST
@throttle("code_entry", failure_statuses=(404,))
def act(request, code, action):
    participant = identity.participant_by_code(request, services.normalise_code(code))
    if participant is None:
        workshop = _workshop(code)
        return _refuse(request, workshop, _("Join the workshop first: your place was not found."), status=403)
    workshop = participant.workshop
    handler = actions.PARTICIPANT.get(action)
    if handler is None:
        raise Http404
    try:
        result = handler(request, workshop, participant)
    except WorkshopError as error:
        response = _refuse(request, workshop, str(error))
    else:
        response = _done(request, workshop, result, participant=participant)
    identity.keep_anonymity_secret(request, response, workshop)
    return response


# --- facilitator actions -----------------------------------------------------------------------------

@login_required
@require_POST
def run(request, code, action):
    workshop = _facilitated(request, code)
    handler = actions.FACILITATOR.get(action)
    if handler is None:
        raise Http404
    try:
        result = handler(request, workshop)
    except WorkshopError as error:
        return _refuse(request, workshop, str(error), mode="control")
    return _done(request, workshop, result, mode="control")


# --- answers to actions ----------------------------------------------------------------------------

def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _refuse(request, workshop, message, status=400, mode="participant"):
    if _wants_json(request):
        return JsonResponse({"error": message}, status=status)
    messages.error(request, message)
    return redirect(_back(workshop, mode))


def _done(request, workshop, result, participant=None, mode="participant"):
    result = result if isinstance(result, dict) else {}
    if _wants_json(request):
        return JsonResponse({"ok": True, **result})
    return redirect(_back(workshop, mode))


def _back(workshop, mode):
    name = "workshops:control" if mode == "control" else "workshops:participant"
    return reverse(name, kwargs={"code": workshop.code})


# --- reports -------------------------------------------------------------------------------------------

@login_required
def report(request, code, fmt):
    workshop = _facilitated(request, code, "workshops.report")
    from polyvox.workshops import report as reports

    if fmt == "md":
        return HttpResponse(reports.markdown(workshop), content_type="text/markdown; charset=utf-8",
                            headers={"Content-Disposition": f'attachment; filename="workshop-{workshop.code}.md"'})
    if fmt == "csv":
        return HttpResponse(reports.csv_text(workshop), content_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": f'attachment; filename="workshop-{workshop.code}.csv"'})
    if fmt == "pdf":
        return HttpResponse(reports.pdf(workshop), content_type="application/pdf",
                            headers={"Content-Disposition": f'attachment; filename="workshop-{workshop.code}.pdf"'})
    raise Http404


@throttle("code_entry", failure_statuses=(404,))  # unknown codes count as guesses
def public_report(request, code):
    """The report of a finished workshop attached to an initiative, readable by everyone."""
    workshop = _workshop(code)
    if workshop.initiative_id is None or workshop.status != "finished":
        if not request.user.has_perm("workshops.run", workshop):
            raise Http404
    from polyvox.workshops import report as reports

    return render(request, "workshops/report.html", {"workshop": workshop, "record": reports.record(workshop)})
