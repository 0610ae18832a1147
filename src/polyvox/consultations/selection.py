"""Which statement a participant sees next: as Pol.is does, those that tell the groups apart and those few
people have seen come first, drawn at random with these weights so that every statement gets votes.

Pol.is's priority of a statement: with A agrees, P passes and S votes on it, a = (A+1)/(S+2) and
p = (P+1)/(S+2); its extremity E is its distance from the centre of the opinion map (how strongly it pulls
participants apart); importance = (1 - p)(E + 1)a, and priority = (importance × (1 + 8 × 2^(-S/5)))², the
second factor favouring new statements."""

from __future__ import annotations

import math
import random

from django.db.models import Count, Q

from polyvox.consultations.models import StatementState


def priorities(consultation, projection: dict | None) -> dict[int, float]:
    rows = (consultation.statements.filter(state=StatementState.APPROVED)
            .annotate(agrees=Count("votes", filter=Q(votes__value=1)), passes=Count("votes", filter=Q(votes__value=0)),
                      seen=Count("votes"))
            .values_list("number", "agrees", "passes", "seen"))
    projection = projection or {}
    result = {}
    for number, agrees, passes, seen in rows:
        a = (agrees + 1) / (seen + 2)
        p = (passes + 1) / (seen + 2)
        x, y = projection.get(str(number), (0.0, 0.0))
        extremity = math.hypot(x, y)
        importance = (1 - p) * (extremity + 1) * a
        result[number] = (importance * (1 + 8 * 2 ** (-seen / 5))) ** 2
    return result


def next_statement(consultation, participant, projection: dict | None = None, rng: random.Random | None = None):
    """The next statement for this participant (None when they have voted on every published one)."""
    voted = set(participant.votes.values_list("statement__number", flat=True)) if participant else set()
    weights = {number: weight for number, weight in priorities(consultation, projection).items() if number not in voted}
    if not weights:
        return None
    rng = rng or random.Random()
    numbers = sorted(weights)
    chosen = rng.choices(numbers, weights=[max(weights[n], 1e-9) for n in numbers])[0]
    return consultation.statements.get(number=chosen)
