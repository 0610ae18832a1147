"""The actions behind the workshop's forms: one small function each, reading the form and calling a service.

`PARTICIPANT` maps /act/<name>/ (a phone, identified by its signed cookie), `FACILITATOR` maps
/run/<name>/ (the workshop's facilitator). Each returns a dict for the JSON answer, or None.
"""

from __future__ import annotations

import datetime as dt

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from polyvox.core.input_checks import whole_number
from polyvox.workshops import decisions, forecasts, identity, services, voting
from polyvox.workshops.models import Activity, Amendment, Canvas, Cluster, DelphiQuestion, Idea, Objection


def _activity(workshop, request) -> Activity:
    activity = get_object_or_404(Activity, pk=_int(request.POST.get("activity")), workshop=workshop)
    activity.workshop = workshop  # spares a query in every rule that looks at the workshop
    return activity


def _objection_named(request, decision):
    """The objection the form names, of this decision; none when the field is empty or not a number."""
    pk = whole_number(request.POST.get("objection"))
    return Objection.objects.filter(pk=pk, decision=decision).first() if pk is not None and decision is not None else None


def _int(raw):
    try:
        return int(raw)
    except (TypeError, ValueError):
        raise Http404 from None


def _secret(request, workshop) -> str:
    """The participant's secret for anonymous activities (their cookie; never stored on our side)."""
    return identity.anonymity_secret(request, workshop)


def _post_idea(request, workshop, participant):
    idea = services.add_idea(participant, _activity(workshop, request), request.POST.get("text", ""), secret=_secret(request, workshop))
    return {"id": idea.pk, "refresh": True}


def _edit_idea(request, workshop, participant):
    idea = get_object_or_404(Idea, pk=_int(request.POST.get("idea")), activity__workshop=workshop)
    services.edit_idea(participant, idea, request.POST.get("text", ""), secret=_secret(request, workshop))
    return {"id": idea.pk, "refresh": True}


def _withdraw_idea(request, workshop, participant):
    idea = get_object_or_404(Idea, pk=_int(request.POST.get("idea")), activity__workshop=workshop)
    services.withdraw_idea(participant, idea, secret=_secret(request, workshop))
    return {"id": idea.pk, "refresh": True}


def _draft(request, workshop, participant):
    services.save_draft(participant, _activity(workshop, request), request.POST.get("text", ""))
    return {"saved": True}


def _vote(request, workshop, participant):
    activity = _activity(workshop, request)
    idea = get_object_or_404(Idea, pk=_int(request.POST.get("idea")), activity_id=activity.source_id or activity.pk)
    delta = 1 if request.POST.get("delta", "1") == "1" else -1
    return voting.vote(participant, activity, idea, delta, secret=_secret(request, workshop))


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
    objection = _objection_named(request, activity.decision)
    decisions.propose_amendment(activity.decision, activity, request.POST.get("text", ""), objection, participant)
    return {"refresh": True}


def _forecast(request, workshop, participant):
    question = get_object_or_404(DelphiQuestion, pk=_int(request.POST.get("question")), activity__workshop=workshop)
    forecasts.answer(question, participant, request.POST.get("value", ""), request.POST.get("rationale", ""),
                     secret=_secret(request, workshop))
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


PARTICIPANT = {
    "idea": _post_idea, "edit": _edit_idea, "withdraw": _withdraw_idea, "draft": _draft, "vote": _vote,
    "objection": _objection, "withdraw-objection": _withdraw_objection, "amendment": _amendment,
    "forecast": _forecast, "canvas": _canvas, "action": _action,
}



def _idea(request, workshop, field="idea") -> Idea:
    return get_object_or_404(Idea, pk=_int(request.POST.get(field)), activity__workshop=workshop)


def _merge(request, workshop):
    """Merge an idea into another, the target given by the number shown on its card (#12)."""
    duplicate = Idea.objects.filter(pk=_int(request.POST.get("idea")), activity__workshop=workshop).first()
    if duplicate is None:
        raise services.WorkshopError(_("This idea is no longer on the wall."))
    raw = (request.POST.get("into") or "").strip().lstrip("#")
    into = Idea.objects.filter(pk=int(raw), activity__workshop=workshop).first() if raw.isascii() and raw.isdigit() and len(raw) < 12 else None
    services.merge_ideas(duplicate, into, request.user)


def _cluster(request, workshop) -> Cluster | None:
    raw = request.POST.get("cluster")
    if not raw:
        return None
    cluster = Cluster.objects.filter(pk=_int(raw), activity__workshop=workshop).first()
    if cluster is None:
        raise services.WorkshopError(_("This cluster no longer exists: nothing was moved."))
    return cluster


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
    chosen = {whole_number(v) for v in request.POST.getlist("group") if whole_number(v) is not None}
    kept = [(group, request.POST.get(f"name-{index}", "")) for index, group in enumerate(groups) if index in chosen]
    services.accept_suggestion(activity, [g for g, _n in kept], [n for _g, n in kept])
    return {"refresh": True}


def _timer(request, workshop):
    activity = _activity(workshop, request)
    seconds = request.POST.get("seconds")
    services.start_timer(activity, whole_number(seconds, max_digits=9))
    return {}


def _vote_rules(request, workshop):
    try:
        dots, most = int(request.POST.get("dots", "")), int(request.POST.get("max_per_idea", ""))
    except ValueError:
        raise services.WorkshopError(_("Give between 1 and 20 dots, and at most that many on one idea.")) from None
    voting.set_rules(_activity(workshop, request), dots, most, request.user)


FACILITATOR = {
    "open": lambda r, w: services.open_activity(_activity(w, r), r.user),
    "close": lambda r, w: services.close_activity(_activity(w, r), r.user),
    "timer": _timer,
    "stop-timer": lambda r, w: services.stop_timer(_activity(w, r)),
    "lock": lambda r, w: services.set_locked(w, True, r.user),
    "unlock": lambda r, w: services.set_locked(w, False, r.user),
    "finish": lambda r, w: services.finish(w, r.user),
    "compose": lambda r, w: services.compose(w, r.user, r.POST.get("kind", "")),
    "hide": lambda r, w: services.hide_idea(_idea(r, w), r.user),
    "merge": _merge,
    "answer": lambda r, w: services.answer_question(_idea(r, w), r.POST.get("answer", ""), r.user),
    "cluster-new": lambda r, w: services.create_cluster(_activity(w, r).idea_pool, r.POST.get("name", "")),
    "cluster-move": lambda r, w: services.move_to_cluster(_idea(r, w), _cluster(r, w)),
    "cluster-rename": lambda r, w: services.rename_cluster(_cluster(r, w), r.POST.get("name", "")),
    "cluster-delete": lambda r, w: services.delete_cluster(_cluster(r, w)),
    "suggest": _suggest,
    "accept-suggestion": _accept,
    "reveal": lambda r, w: voting.reveal(_activity(w, r), r.user),
    "reopen": lambda r, w: services.reopen_activity(_activity(w, r), r.user),
    "vote-rules": _vote_rules,
    "canvas-choose": lambda r, w: services.choose_for_canvas(_activity(w, r), _idea(r, w)),
    "canvas": lambda r, w: services.update_canvas(get_object_or_404(Canvas, pk=_int(r.POST.get("canvas")), activity__workshop=w), r.POST),
    "action": lambda r, w: services.add_action(_activity(w, r), r.POST.get("text", ""), r.POST.get("owner", ""), _date(r.POST.get("due_date"))),
    "amendment": lambda r, w: decisions.propose_amendment(_decision_of(r, w)[1], _decision_of(r, w)[0], r.POST.get("text", ""),
                                                          _objection_named(r, _decision_of(r, w)[1])),
    "accept-amendment": lambda r, w: decisions.accept_amendment(get_object_or_404(Amendment, pk=_int(r.POST.get("amendment")), decision__workshop=w), r.user),
    "consent": lambda r, w: decisions.record_consent(_decision_of(r, w)[1], r.user),
    "withdraw-decision": lambda r, w: decisions.withdraw(_decision_of(r, w)[1], r.user, r.POST.get("reason", "")),
    "question": lambda r, w: forecasts.add_question(_activity(w, r), r.POST.get("text", ""), r.POST.get("kind", "number"),
                                                    r.POST.get("unit", ""), _int(r.POST.get("max_rounds") or 3)),
    "round-close": lambda r, w: forecasts.close_round(_question(r, w), r.user),
    "round-next": lambda r, w: forecasts.next_round(_question(r, w), r.user),
    "question-close": lambda r, w: forecasts.close_question(_question(r, w), r.user),
}
