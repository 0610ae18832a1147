"""Dot voting: casting dots under the rules, revealing, tallies and minority views.

A minority view is an idea that a small group supports strongly. Precisely: among the ideas that are
not in the top MINORITY_TOP_EXCLUDED by dots, one whose supporters (participants who gave it at least a
dot) are at most MINORITY_MAX_SHARE of the voters (and at most half of the voters when there are few),
and whose supporters gave it on average at least MINORITY_MIN_INTENSITY dots each (capped at the
maximum allowed per idea) — few people, but who spent a lot of their budget on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext as _

from polyvox.core.transitions import record as audit
from polyvox.workshops import live
from polyvox.workshops.identity import author_key
from polyvox.workshops.models import ActivityKind, IdeaStatus, Vote
from polyvox.workshops.guards import WorkshopError, require_open, writing
from polyvox.workshops.workflow import ACTIVITY, activity_not_now, move

MINORITY_MAX_SHARE = 0.25
MINORITY_MIN_INTENSITY = 2.0
MINORITY_TOP_EXCLUDED = 3


# --- casting and revealing ----------------------------------------------------------------------

# --- dot voting --------------------------------------------------------------------------------

def vote(participant, activity, idea, delta: int, *, secret: str = "") -> dict:
    """Add (+1) or take back (-1) one dot; the rules: open activity, own dots only, a maximum per idea.

    In an anonymous activity the dots are kept under the keyed hash of the voter's `secret` (their cookie),
    never under their participant, and the answer alone tells them their dots (no event names them)."""
    if activity.kind != ActivityKind.DOTS:
        raise WorkshopError(_("This activity is not a vote."))
    if participant.workshop_id != activity.workshop_id:
        raise WorkshopError(_("You did not join this workshop."))
    require_open(activity)
    if delta not in (1, -1):
        raise WorkshopError(_("A vote adds or removes one dot at a time."))
    if idea.activity_id != (activity.source_id or activity.pk) or idea.status != IdeaStatus.VISIBLE:
        raise WorkshopError(_("This idea is not part of the vote."))
    with writing():
        # One participant's votes one at a time (a double tap must not spend a dot twice).
        list(type(participant).objects.select_for_update().filter(pk=participant.pk).values_list("pk", flat=True))
        if activity.anonymous:
            if not secret:
                raise WorkshopError(_("Your browser did not keep this workshop's cookie: reload the page and try again."))
            who = {"participant": None, "author_key": author_key(secret, activity.pk)}
        else:
            who = {"participant": participant}
        ballots = {vote.idea_id: vote for vote in Vote.objects.filter(activity=activity, **who)}
        used = sum(vote.dots for vote in ballots.values())
        ballot = ballots.get(idea.pk) or Vote(activity=activity, idea=idea, dots=0, **who)
        if delta > 0 and used >= activity.dots_per_participant:
            raise WorkshopError(_("You have used all your %(n)s dots. Take one back to move it.") % {"n": activity.dots_per_participant})
        if delta > 0 and ballot.dots >= activity.max_dots_per_idea:
            raise WorkshopError(_("At most %(n)s dots on one idea.") % {"n": activity.max_dots_per_idea})
        if delta < 0 and ballot.dots == 0:
            raise WorkshopError(_("There is no dot of yours on this idea."))
        ballot.dots += delta
        ballot.save()
        ballots[idea.pk] = ballot
        used += delta
        mine = {pk: vote.dots for pk, vote in ballots.items() if vote.dots > 0}
        state = {"activity": activity.pk, "used": used, "remaining": activity.dots_per_participant - used, "mine": mine}
        if not activity.anonymous:  # an event to "p<id>" would name the voter in the stream's log
            live.record(activity.workshop_id, f"p{participant.pk}", "my_votes", state)
        progress = vote_progress(activity)
        live.record(activity.workshop_id, "facilitator", "vote_progress", progress)
        if activity.results_revealed:
            live.record(activity.workshop_id, "all", "results", results_payload(activity))
    # How many voted is on the wall for everyone (never for what): the answer may say it too.
    return {**state, "progress": {"voters": progress["voters"], "dots": progress["dots"]}}


def set_rules(activity, dots: int, max_per_idea: int, actor) -> None:
    """How many dots each participant has and how many may go on one idea; fixed once voting began."""
    if activity.kind != ActivityKind.DOTS:
        raise WorkshopError(_("This activity is not a vote."))
    if Vote.objects.filter(activity=activity, dots__gt=0).exists():
        raise WorkshopError(_("The rules of a vote cannot change once people have voted."))
    if not 1 <= dots <= 20 or not 1 <= max_per_idea <= dots:
        raise WorkshopError(_("Give between 1 and 20 dots, and at most that many on one idea."))
    with writing():
        activity.dots_per_participant, activity.max_dots_per_idea = dots, max_per_idea
        activity.save(update_fields=["dots_per_participant", "max_dots_per_idea"])
        audit(activity, "vote_rules", actor=actor, message=f"{dots}/{max_per_idea}")
        live.record(activity.workshop_id, "all", "refresh", {"reason": "vote_rules"})


def vote_progress(activity) -> dict:
    """Only how many voted, never for what: the facilitator's screen is projected."""
    given = Vote.objects.filter(activity=activity, dots__gt=0)
    dots = given.aggregate(dots=Sum("dots"))["dots"]
    return {"activity": activity.pk, "voters": voter_count(given), "dots": dots or 0}


def voter_count(votes) -> int:
    """How many people these votes come from: by participant, or by key in an anonymous activity."""
    return votes.values("participant", "author_key").distinct().count()


def reveal(activity, actor) -> None:
    """Show the results to everyone; this closes the vote (state table: "reveal"), so that nobody votes
    knowing the others' choices. The facilitator may reopen it ("reopen"), which is audited too."""
    with writing():
        move(ACTIVITY, activity, "reveal", actor, not_now=activity_not_now)  # only a vote, only once
        live.record(activity.workshop_id, "all", "results", results_payload(activity))
        live.record(activity.workshop_id, "all", "refresh", {"reason": "activity", "activity": activity.pk})


def results_payload(activity) -> dict:
    return {"activity": activity.pk, "rows": [
        {"idea": row.idea_id, "dots": row.dots, "voters": row.voters, "minority": row.minority} for row in tally(activity)
    ]}



# --- counting -------------------------------------------------------------------------------------

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
    pool = activity.idea_pool
    ideas = (
        pool.ideas.filter(status=IdeaStatus.VISIBLE)
        .select_related("cluster")
        .annotate(
            total=Sum("votes__dots", filter=Q(votes__activity=activity)),
            supporters=Count("votes__author_key" if activity.anonymous else "votes__participant",
                             filter=Q(votes__activity=activity, votes__dots__gt=0), distinct=True),
        )
    )
    rows = [
        Row(idea.pk, idea.text, idea.cluster.name if idea.cluster_id else "", idea.total or 0, idea.supporters,
            (idea.total or 0) / idea.supporters if idea.supporters else 0.0)
        for idea in ideas
    ]
    rows.sort(key=lambda row: (-row.dots, -row.voters, row.idea_id))
    voters = voter_count(Vote.objects.filter(activity=activity, dots__gt=0))
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
