"""The conversation's opinion map, computed by the engine (`polyvox.engines.opinion`) from the stored votes.

The task worker keeps each conversation's engine object between refreshes (the engine's k-smoothing and
group numbering carry over from one map to the next, as in Pol.is) and feeds it only the votes changed
since its last refresh; a new worker process rebuilds it from the database. Refreshes of one conversation
are serialised by a row lock on its map, so the stored map only ever moves forward.
"""

from __future__ import annotations

import threading
from datetime import timedelta

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from polyvox.consultations import live
from polyvox.consultations.models import Consultation, OpinionMap, StatementState, Vote

# Votes whose row changed this long before the last refresh are read again: a transaction that began
# earlier may commit after the refresh read the table (re-reading a vote is harmless).
OVERLAP = timedelta(seconds=10)
_models: dict[tuple, tuple[object, object]] = {}
_lock = threading.Lock()


def engine_for(consultation: Consultation):
    from polyvox.engines.opinion import Conversation

    return Conversation(seed=consultation.pk)


def _statement_moderation(state: str) -> int:
    return 1 if state == StatementState.APPROVED else -1


def _feed(consultation: Consultation):
    """The engine object with every stored vote, kept from the last refresh when there is one."""
    identity = (consultation.pk, consultation.created_at)
    with _lock:
        kept = _models.get(identity)
    if kept is None:
        conversation, since = engine_for(consultation), None
    else:
        conversation, since = kept
    started = timezone.now()
    statements = consultation.statements.exclude(state__in=[StatementState.PENDING, StatementState.REJECTED])
    for number, state in statements.values_list("number", "state").order_by("number"):
        conversation.add_statement(number, moderated=_statement_moderation(state))  # idempotent: updates moderation
    votes = Vote.objects.filter(statement__consultation=consultation,
                                statement__state__in=[StatementState.APPROVED, StatementState.HIDDEN])
    if since is not None:
        votes = votes.filter(updated_at__gte=since - OVERLAP)
    rows = votes.order_by("updated_at", "pk").values_list("participant__number", "statement__number", "value")
    conversation.load_votes(rows.iterator(chunk_size=5000), in_order=True)
    if since is not None and conversation.n_votes != _stored_votes(consultation):
        forget(consultation.pk)  # a vote removed or a statement deleted: start again from the database
        return _feed(consultation)
    with _lock:
        _models[identity] = (conversation, started)
    return conversation


def _stored_votes(consultation: Consultation) -> int:
    return Vote.objects.filter(statement__consultation=consultation,
                               statement__state__in=[StatementState.APPROVED, StatementState.HIDDEN]).count()


def forget(consultation_id: int) -> None:
    """Drop the kept engine object (after an import or a moderation that removes votes)."""
    with _lock:
        for identity in [key for key in _models if key[0] == consultation_id]:
            del _models[identity]


def refresh(consultation_id: int) -> dict:
    """Compute the map again from the stored votes, store it, and tell the open screens."""
    cache.delete(live.PENDING_KEY.format(id=consultation_id))
    with transaction.atomic():
        consultation = Consultation.objects.filter(pk=consultation_id).first()
        if consultation is None:
            return {}
        opinion_map, _created = OpinionMap.objects.select_for_update().get_or_create(consultation=consultation)
        try:
            conversation = _feed(consultation)
            snapshot = conversation.recompute()
        except Exception:
            forget(consultation_id)  # rebuilt from the database next time
            raise
        opinion_map.version += 1
        opinion_map.votes_seen = snapshot.get("n_votes", 0)
        opinion_map.seconds = snapshot.get("seconds", 0.0)
        opinion_map.data = snapshot
        opinion_map.save()
        Consultation.objects.filter(pk=consultation_id).update(map_version=opinion_map.version)
        live.map_refreshed(consultation_id, opinion_map.version, {
            "k": snapshot.get("k", 0), "participants": snapshot.get("n_participants", 0),
            "votes": snapshot.get("n_votes", 0),
        })
    return {"version": opinion_map.version, "k": snapshot.get("k", 0)}


def current(consultation: Consultation) -> dict:
    """The latest stored map (empty before the first vote)."""
    found = OpinionMap.objects.filter(consultation=consultation).only("data", "version").first()
    return {"version": found.version, **found.data} if found else {"version": 0, "k": 0, "groups": [], "participants": {}}


def where_am_i(consultation: Consultation, participant, data: dict | None = None) -> dict:
    """The participant's group and, among its representative statements, how they voted on each: the
    statements that put them there."""
    data = data if data is not None else current(consultation)
    group = (data.get("participants") or {}).get(str(participant.number)) if participant else None
    if group is None:
        return {"group": None, "statements": []}
    mine = dict(participant.votes.values_list("statement__number", "value"))
    rows = []
    for item in data["groups"][group].get("repness", []):
        wanted = 1 if item.get("repful_for") == "agree" else -1
        vote = mine.get(int(item["statement"]))
        rows.append({"statement": int(item["statement"]), "group_votes": item.get("repful_for"), "your_vote": vote,
                     "same": vote == wanted})
    return {"group": group, "statements": rows}
