"""Dot-vote tallies and minority views.

A minority view is an idea that a small group supports strongly. Precisely: among the ideas that are
not in the top MINORITY_TOP_EXCLUDED by dots, one whose supporters (participants who gave it at least a
dot) are at most MINORITY_MAX_SHARE of the voters (and at most half of the voters when there are few),
and whose supporters gave it on average at least MINORITY_MIN_INTENSITY dots each (capped at the
maximum allowed per idea) — few people, but who spent a lot of their budget on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, Sum

MINORITY_MAX_SHARE = 0.25
MINORITY_MIN_INTENSITY = 2.0
MINORITY_TOP_EXCLUDED = 3


@dataclass
class Row:
    idea_id: int
    text: str
    cluster: str
    dots: int
    voters: int
    intensity: float  # dots per supporter
    minority: bool = False


def tally(activity) -> list[Row]:
    """Every idea of the vote with its dots and supporters, most dots first, minority views flagged."""
    from polyvox.workshops.models import IdeaStatus, Vote

    pool = activity.idea_pool
    ideas = (
        pool.ideas.filter(status=IdeaStatus.VISIBLE)
        .select_related("cluster")
        .annotate(
            total=Sum("votes__dots", filter=Q(votes__activity=activity)),
            supporters=Count("votes__participant", filter=Q(votes__activity=activity, votes__dots__gt=0), distinct=True),
        )
    )
    rows = [
        Row(idea.pk, idea.text, idea.cluster.name if idea.cluster_id else "", idea.total or 0, idea.supporters,
            (idea.total or 0) / idea.supporters if idea.supporters else 0.0)
        for idea in ideas
    ]
    rows.sort(key=lambda row: (-row.dots, -row.voters, row.idea_id))
    voters = Vote.objects.filter(activity=activity, dots__gt=0).values("participant").distinct().count()
    flag_minorities(rows, voters, activity.max_dots_per_idea)
    return rows


def flag_minorities(rows: list[Row], voters: int, max_per_idea: int) -> None:
    if voters < 2:
        return
    max_supporters = max(1, int(voters * MINORITY_MAX_SHARE)) if voters >= 4 else 1
    intensity = min(MINORITY_MIN_INTENSITY, float(max_per_idea))
    for rank, row in enumerate(rows):
        row.minority = (
            rank >= MINORITY_TOP_EXCLUDED and 0 < row.voters <= max_supporters and row.intensity >= intensity
        )
