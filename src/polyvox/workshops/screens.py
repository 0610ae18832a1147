"""What each screen shows of the current activity: a participant's phone, the facilitator's controls, the wall.

The same rules as the live stream's payloads: no author in anonymous activities, solo notes only to
their author (and, without a name, to the facilitator), vote results only once revealed.
"""

from __future__ import annotations

import hmac
from types import SimpleNamespace

from django.db.models import Max, Sum
from django.utils.html import format_html
from django.utils import timezone

from polyvox.workshops import decisions, forecasts
from polyvox.workshops.identity import author_key
from polyvox.workshops.models import ActivityKind, Draft, Event, IdeaStatus, ObjectionStatus, Vote
from polyvox.workshops.facilitation import timer_payload
from polyvox.workshops.voting import tally, voter_count


def last_event_id(workshop) -> int:
    return workshop.events.aggregate(n=Max("id"))["n"] or 0


def panel_context(workshop, activity, *, participant=None, mode: str = "participant", suggestion=None, secret: str = "") -> dict:
    """mode: "participant", "control" (facilitator) or "wall" (projector). `secret`: the participant's
    secret for anonymous activities (from their cookie), which alone tells their anonymous notes apart."""
    facilitator = mode in {"control", "wall"}
    context = {
        "workshop": workshop, "activity": activity, "participant": participant, "mode": mode,
        "facilitator": facilitator, "server_now": int(timezone.now().timestamp() * 1000),
    }
    if mode == "control":
        context["agenda"] = list(workshop.activities.all())
        context["kinds"] = ActivityKind.choices
    if activity is None:
        return context
    context["timer"] = timer_payload(activity)
    pool = activity.idea_pool
    ideas = pool.ideas.filter(status=IdeaStatus.VISIBLE).select_related("author", "group", "cluster")
    my_key = author_key(secret, pool.pk) if participant is not None and pool.anonymous else ""
    if pool.kind == "solo" and not facilitator:  # solo notes: their author's (and the facilitator's) only
        if my_key:
            ideas = ideas.filter(author_key=my_key)
        elif participant is not None and not pool.anonymous:
            ideas = ideas.filter(author=participant)
        else:
            ideas = ideas.none()
    if mode == "participant" and pool.kind in {"pairs", "fours"} and participant is not None:
        group = pool.groups.filter(members=participant).prefetch_related("members").first()
        context["group"] = group
    ideas = list(ideas)
    for idea in ideas:
        idea.shown_author = _author(idea)
        if participant is None:
            idea.mine = False
        elif idea.author_key:
            idea.mine = bool(my_key) and hmac.compare_digest(idea.author_key, my_key)
        else:
            idea.mine = idea.author_id is not None and idea.author_id == participant.pk
    context["ideas"] = ideas
    if mode == "control":
        # A blank card with the facilitator's tools, which the page's script copies for each new idea
        # (re-rendering the whole wall for every idea would not scale to hundreds of notes).
        context["idea_template"] = SimpleNamespace(
            pk="__IDEA__", text="", language="", shown_author="", group=None, group_id=None, answer="", mine=False,
            cluster_id=None, activity_id=pool.pk,
        )
    context["clusters"] = [
        (cluster, [i for i in ideas if i.cluster_id == cluster.pk]) for cluster in pool.clusters.all()
    ]
    context["unclustered"] = [i for i in ideas if i.cluster_id is None]
    if participant is not None:
        draft = Draft.objects.filter(participant=participant, activity=activity).first()
        context["draft"] = draft.text if draft else ""
    if suggestion is not None and mode == "control":
        by_id = {idea.pk: idea for idea in ideas}
        context["suggestion"] = [[by_id[pk] for pk in group if pk in by_id] for group in suggestion]
    if activity.kind == "dots":
        context.update(_dots(activity, participant, facilitator, secret))
        for idea in ideas:
            idea.my_dots = context.get("my_dots", {}).get(idea.pk, 0)
    elif activity.kind == "canvas":
        context["canvases"] = list(activity.canvases.select_related("idea"))
        context["candidates"] = _top_ideas(activity)
    elif activity.kind == "actions":
        context["actions"] = list(activity.actions.all())
    elif activity.kind == "delphi":
        context["questions"] = _questions(activity, participant, secret)
    if activity.decision_id:
        context.update(_decision(activity))
    return context


def _author(idea) -> str:
    activity = idea.activity
    if activity.anonymous or activity.kind == "solo" or not idea.author_id:
        return ""
    return idea.author.display_name


def _dots(activity, participant, facilitator, secret: str = "") -> dict:
    context = {"revealed": activity.results_revealed}
    if participant is not None:
        if activity.anonymous:
            key = author_key(secret, activity.pk)
            who = {"author_key": key} if key else {"pk__in": []}
        else:
            who = {"participant": participant}
        mine = dict(Vote.objects.filter(activity=activity, dots__gt=0, **who).values_list("idea_id", "dots"))
        used = sum(mine.values())
        context.update(my_dots=mine, dots_used=used, dots_left=activity.dots_per_participant - used)
    voting = Vote.objects.filter(activity=activity, dots__gt=0)
    voters, dots = voter_count(voting), voting.aggregate(n=Sum("dots"))["n"] or 0
    context["progress"] = {"voters": voters, "dots": dots,
                           "voters_html": format_html('<span data-voters>{}</span>', voters),
                           "dots_html": format_html('<span data-dots>{}</span>', dots)}
    if activity.results_revealed:
        rows = tally(activity)
        most = max((row.dots for row in rows), default=0)
        for row in rows:  # the bar's length on the projector's chart, in percent of the most dots
            row.percent = round(100 * row.dots / most, 1) if most else 0.0
        context["results"] = rows
        context["minorities"] = [row for row in rows if row.minority]
    return context


def _top_ideas(activity):
    """Candidates for the canvas: the ideas of the last revealed vote, most dots first; else all ideas."""
    vote = activity.workshop.activities.filter(kind="dots", position__lt=activity.position).order_by("-position").first()
    if vote is not None:
        return tally(vote)[:10]
    return []


def _questions(activity, participant, secret: str = "") -> list[dict]:
    entries = []
    for question in activity.questions.all():
        stats = forecasts.round_stats(question)
        mine = None
        if participant is not None and activity.anonymous:
            key = author_key(secret, activity.pk)
            mine = question.answers.filter(author_key=key, round=question.round).first() if key else None
        elif participant is not None:
            mine = question.answers.filter(participant=participant, round=question.round).first()
        entries.append({
            "question": question,
            "stats": [
                {"round": s.round, "count": s.count, "median": forecasts.format_value(question, s.median),
                 "q1": forecasts.format_value(question, s.q1), "q3": forecasts.format_value(question, s.q3),
                 "iqr": f"{s.iqr:.2f}".rstrip("0").rstrip(".") if question.kind == "number" else f"{s.iqr:.0f}",
                 "rationales": s.rationales}
                for s in stats
            ],
            "stopped": forecasts.stopped_shrinking(stats),
            "can_close": question.round >= question.max_rounds or forecasts.stopped_shrinking(stats),
            "mine": mine, "mine_value": forecasts.format_value(question, mine.value) if mine else "",
            "answers_now": question.answers.filter(round=question.round).count(),
        })
    return entries


def _decision(activity) -> dict:
    decision = activity.decision
    objections = list(decision.objections.select_related("author"))
    return {
        "decision": decision,
        "objections": objections,
        "open_objections": [o for o in objections if o.status == ObjectionStatus.OPEN],
        "amendments": list(decision.amendments.select_related("objection")),
        "can_consent": decision.state in ("objecting", "amending") and not decisions.open_objections(decision).exists(),
    }


def events_for(workshop, audiences: set[str], after: int = 0) -> list[dict]:
    """The log's events for these audiences after an id, as the stream sends them."""
    rows = Event.objects.filter(workshop=workshop, id__gt=after, audience__in=audiences).order_by("id")
    return [{"id": e.pk, "workshop": e.workshop_id, "audience": e.audience, "type": e.type, "payload": e.payload} for e in rows]
