"""Workshop pages: joining, the participant's phone, the facilitator's controls and wall, the live stream, reports.

Every action is a plain form POST (works without JavaScript: redirect back with a message); the
page's script sends the same forms with `Accept: application/json` and gets {"ok": ...} or {"error": ...}.
"""

from __future__ import annotations

import datetime as dt

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

from polyvox.workshops import decisions, forecasts, identity, live, screens, services
from polyvox.workshops.models import (
    Activity, ActivityKind, Amendment, Canvas, Cluster, DelphiQuestion, Idea, Objection, Template, Workshop,
)
from polyvox.workshops.services import WorkshopError

LANGUAGES = ("fr", "nl", "en")


# --- joining (/j/ and /j/<code>, no language prefix) ---------------------------------------------

def join_index(request):
    code = request.GET.get("code") or request.POST.get("code")
    if code:
        return redirect("workshops_join:join", code=services.normalise_code(code) or "-")
    return render(request, "workshops/join.html", {"workshop": None})


def join(request, code):
    try:
        workshop = services.find_by_code(code)
    except WorkshopError as error:
        return render(request, "workshops/join.html", {"workshop": None, "error": str(error), "code": code}, status=404)
    participant = identity.current_participant(request, workshop)
    if participant is not None and request.method == "GET":
        return redirect(_participant_url(workshop, participant.language))
    language = (request.POST.get("language") or translation.get_language() or "fr")[:2]
    if request.method == "POST":
        try:
            participant = services.join(
                workshop, request.POST.get("display_name", ""), language, anonymous=bool(request.POST.get("anonymous"))
            )
        except WorkshopError as error:
            return render(request, "workshops/join.html", {"workshop": workshop, "error": str(error), "language": language}, status=409)
        response = redirect(_participant_url(workshop, participant.language))
        identity.remember(response, participant)
        response.set_cookie("polyvox_language", participant.language, samesite="Lax")
        return response
    error = None
    if workshop.status == "finished":
        error = _("This workshop has ended: its code has expired.")
    elif workshop.locked:
        error = _("The facilitator has locked the room: no one can join now.")
    return render(request, "workshops/join.html", {"workshop": workshop, "error": error, "language": language})


def _participant_url(workshop, language):
    with translation.override(language if language in LANGUAGES else "fr"):
        return reverse("workshops:participant", kwargs={"code": workshop.code})


# --- facilitator: list, create ---------------------------------------------------------------------

@login_required
def index(request):
    if not request.user.has_perm("workshops.create"):
        raise PermissionDenied(_("Only facilitators and the Service's staff run workshops."))
    workshops = Workshop.objects.filter(facilitator=request.user) if not request.user.is_staff else Workshop.objects.all()
    return render(request, "workshops/index.html", {
        "workshops": workshops.select_related("initiative")[:100], "templates": Template.choices, "nav": "workshops",
    })


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
                                    suggestion=_suggestion(request, workshop, mode))
    return render(request, "workshops/panel.html", context)


def _suggestion(request, workshop, mode):
    activity = workshop.current_activity
    if mode != "control" or activity is None:
        return None
    return request.session.get(f"workshop-suggestion-{activity.idea_pool.pk}")


def _screen(request, workshop, mode, participant=None):
    activity = workshop.current_activity
    context = screens.panel_context(workshop, activity, participant=participant, mode=mode,
                                    suggestion=_suggestion(request, workshop, mode))
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


def _facilitated(request, code) -> Workshop:
    workshop = _workshop(code)
    if not request.user.has_perm("workshops.run", workshop):
        raise PermissionDenied(_("Only this workshop's facilitator can open this page."))
    return workshop


# --- live stream -----------------------------------------------------------------------------------

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
        live.stream(workshop.pk, audiences, last_id, _backlog), content_type="text/event-stream; charset=utf-8"
    )
    response["Cache-Control"] = "no-cache, no-transform"
    response["X-Accel-Buffering"] = "no"
    return response


async def _backlog(workshop_id, audiences, last_id):
    return await sync_to_async(screens.events_for)(Workshop(pk=workshop_id), audiences, last_id)


# --- participant actions -----------------------------------------------------------------------------

@require_POST
def act(request, code, action):
    participant = identity.participant_by_code(request, services.normalise_code(code))
    if participant is None:
        workshop = _workshop(code)
        return _refuse(request, workshop, _("Join the workshop first: your place was not found."), status=403)
    workshop = participant.workshop
    handler = PARTICIPANT_ACTIONS.get(action)
    if handler is None:
        raise Http404
    try:
        result = handler(request, workshop, participant)
    except WorkshopError as error:
        return _refuse(request, workshop, str(error))
    return _done(request, workshop, result, participant=participant)


def _activity(workshop, request) -> Activity:
    activity = get_object_or_404(Activity, pk=_int(request.POST.get("activity")), workshop=workshop)
    activity.workshop = workshop  # spares a query in every rule that looks at the workshop
    return activity


def _int(raw):
    try:
        return int(raw)
    except (TypeError, ValueError):
        raise Http404 from None


def _post_idea(request, workshop, participant):
    idea = services.add_idea(participant, _activity(workshop, request), request.POST.get("text", ""))
    return {"id": idea.pk, "refresh": True}


def _edit_idea(request, workshop, participant):
    idea = get_object_or_404(Idea, pk=_int(request.POST.get("idea")), activity__workshop=workshop)
    services.edit_idea(participant, idea, request.POST.get("text", ""))
    return {"id": idea.pk, "refresh": True}


def _withdraw_idea(request, workshop, participant):
    idea = get_object_or_404(Idea, pk=_int(request.POST.get("idea")), activity__workshop=workshop)
    services.withdraw_idea(participant, idea)
    return {"id": idea.pk, "refresh": True}


def _draft(request, workshop, participant):
    services.save_draft(participant, _activity(workshop, request), request.POST.get("text", ""))
    return {"saved": True}


def _vote(request, workshop, participant):
    activity = _activity(workshop, request)
    idea = get_object_or_404(Idea, pk=_int(request.POST.get("idea")), activity_id=activity.source_id or activity.pk)
    delta = 1 if request.POST.get("delta", "1") == "1" else -1
    return services.vote(participant, activity, idea, delta)


def _objection(request, workshop, participant):
    activity = _activity(workshop, request)
    if not activity.decision_id:
        raise Http404
    decisions.raise_objection(activity.decision, activity, participant, request.POST.get("text", ""), request.POST.get("reason", ""))
    return {"refresh": True}


def _withdraw_objection(request, workshop, participant):
    objection = get_object_or_404(Objection, pk=_int(request.POST.get("objection")), decision__workshop=workshop)
    decisions.withdraw_objection(objection, participant)
    return {"refresh": True}


def _amendment(request, workshop, participant):
    activity = _activity(workshop, request)
    if not activity.decision_id:
        raise Http404
    objection = Objection.objects.filter(pk=request.POST.get("objection") or 0, decision=activity.decision).first()
    decisions.propose_amendment(activity.decision, activity, request.POST.get("text", ""), objection, participant)
    return {"refresh": True}


def _forecast(request, workshop, participant):
    question = get_object_or_404(DelphiQuestion, pk=_int(request.POST.get("question")), activity__workshop=workshop)
    forecasts.answer(question, participant, request.POST.get("value", ""), request.POST.get("rationale", ""))
    return {"refresh": True}


def _canvas(request, workshop, participant):
    canvas = get_object_or_404(Canvas, pk=_int(request.POST.get("canvas")), activity__workshop=workshop)
    services.update_canvas(canvas, request.POST)
    return {"saved": True}


def _action(request, workshop, participant):
    services.add_action(_activity(workshop, request), request.POST.get("text", ""), request.POST.get("owner", ""), _date(request.POST.get("due_date")))
    return {"refresh": True}


def _date(raw):
    try:
        return dt.date.fromisoformat((raw or "").strip())
    except ValueError:
        return None


PARTICIPANT_ACTIONS = {
    "idea": _post_idea, "edit": _edit_idea, "withdraw": _withdraw_idea, "draft": _draft, "vote": _vote,
    "objection": _objection, "withdraw-objection": _withdraw_objection, "amendment": _amendment,
    "forecast": _forecast, "canvas": _canvas, "action": _action,
}


# --- facilitator actions -----------------------------------------------------------------------------

@login_required
@require_POST
def run(request, code, action):
    workshop = _facilitated(request, code)
    handler = FACILITATOR_ACTIONS.get(action)
    if handler is None:
        raise Http404
    try:
        result = handler(request, workshop)
    except WorkshopError as error:
        return _refuse(request, workshop, str(error), mode="control")
    return _done(request, workshop, result, mode="control")


def _idea(request, workshop, field="idea") -> Idea:
    return get_object_or_404(Idea, pk=_int(request.POST.get(field)), activity__workshop=workshop)


def _cluster(request, workshop) -> Cluster | None:
    raw = request.POST.get("cluster")
    if not raw:
        return None
    return get_object_or_404(Cluster, pk=_int(raw), activity__workshop=workshop)


def _question(request, workshop) -> DelphiQuestion:
    return get_object_or_404(DelphiQuestion, pk=_int(request.POST.get("question")), activity__workshop=workshop)


def _decision_of(request, workshop):
    activity = _activity(workshop, request)
    if not activity.decision_id:
        raise Http404
    return activity, activity.decision


def _suggest(request, workshop):
    activity = _activity(workshop, request).idea_pool
    groups = services.suggest_clusters(activity)
    request.session[f"workshop-suggestion-{activity.pk}"] = [[idea.pk for idea in group] for group in groups]
    return {"suggestion": [[{"id": i.pk, "text": i.text} for i in group] for group in groups], "refresh": True}


def _accept(request, workshop):
    activity = _activity(workshop, request).idea_pool
    groups = request.session.pop(f"workshop-suggestion-{activity.pk}", [])
    chosen = {int(v) for v in request.POST.getlist("group") if v.isdigit()}
    kept = [(group, request.POST.get(f"name-{index}", "")) for index, group in enumerate(groups) if index in chosen]
    services.accept_suggestion(activity, [g for g, _n in kept], [n for _g, n in kept])
    return {"refresh": True}


def _timer(request, workshop):
    activity = _activity(workshop, request)
    seconds = request.POST.get("seconds")
    services.start_timer(activity, int(seconds) if (seconds or "").isdigit() else None)
    return {}


FACILITATOR_ACTIONS = {
    "open": lambda r, w: services.open_activity(_activity(w, r), r.user),
    "close": lambda r, w: services.close_activity(_activity(w, r), r.user),
    "timer": _timer,
    "stop-timer": lambda r, w: services.stop_timer(_activity(w, r)),
    "lock": lambda r, w: services.set_locked(w, True, r.user),
    "unlock": lambda r, w: services.set_locked(w, False, r.user),
    "finish": lambda r, w: services.finish(w, r.user),
    "compose": lambda r, w: services.compose(w, r.user, r.POST.get("kind", "")),
    "hide": lambda r, w: services.hide_idea(_idea(r, w), r.user),
    "merge": lambda r, w: services.merge_ideas(_idea(r, w), _idea(r, w, "into"), r.user),
    "answer": lambda r, w: services.answer_question(_idea(r, w), r.POST.get("answer", ""), r.user),
    "cluster-new": lambda r, w: services.create_cluster(_activity(w, r).idea_pool, r.POST.get("name", "")),
    "cluster-move": lambda r, w: services.move_to_cluster(_idea(r, w), _cluster(r, w)),
    "cluster-rename": lambda r, w: services.rename_cluster(_cluster(r, w), r.POST.get("name", "")),
    "cluster-delete": lambda r, w: services.delete_cluster(_cluster(r, w)),
    "suggest": _suggest,
    "accept-suggestion": _accept,
    "reveal": lambda r, w: services.reveal(_activity(w, r), r.user),
    "canvas-choose": lambda r, w: services.choose_for_canvas(_activity(w, r), _idea(r, w)),
    "canvas": lambda r, w: services.update_canvas(get_object_or_404(Canvas, pk=_int(r.POST.get("canvas")), activity__workshop=w), r.POST),
    "action": lambda r, w: services.add_action(_activity(w, r), r.POST.get("text", ""), r.POST.get("owner", ""), _date(r.POST.get("due_date"))),
    "amendment": lambda r, w: decisions.propose_amendment(_decision_of(r, w)[1], _decision_of(r, w)[0], r.POST.get("text", ""),
                                                          Objection.objects.filter(pk=r.POST.get("objection") or 0).first()),
    "accept-amendment": lambda r, w: decisions.accept_amendment(get_object_or_404(Amendment, pk=_int(r.POST.get("amendment")), decision__workshop=w), r.user),
    "consent": lambda r, w: decisions.record_consent(_decision_of(r, w)[1], r.user),
    "withdraw-decision": lambda r, w: decisions.withdraw(_decision_of(r, w)[1], r.user, r.POST.get("reason", "")),
    "question": lambda r, w: forecasts.add_question(_activity(w, r), r.POST.get("text", ""), r.POST.get("kind", "number"),
                                                    r.POST.get("unit", ""), _int(r.POST.get("max_rounds") or 3)),
    "round-close": lambda r, w: forecasts.close_round(_question(r, w), r.user),
    "round-next": lambda r, w: forecasts.next_round(_question(r, w), r.user),
    "question-close": lambda r, w: forecasts.close_question(_question(r, w), r.user),
}


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
    workshop = _facilitated(request, code)
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


def public_report(request, code):
    """The report of a finished workshop attached to an initiative, readable by everyone."""
    workshop = _workshop(code)
    if workshop.initiative_id is None or workshop.status != "finished":
        if not request.user.has_perm("workshops.run", workshop):
            raise Http404
    from polyvox.workshops import report as reports

    return render(request, "workshops/report.html", {"workshop": workshop, "record": reports.record(workshop)})
