"""The wall: ideas (notes) written, edited, withdrawn, hidden or merged, and their clusters.

An idea leaves the wall only through `workflow.IDEA` (withdrawn by its author, hidden or merged by the
facilitator), audited; what a screen may know of an idea is `idea_payload`."""

from __future__ import annotations

import secrets

from django.utils import timezone
from django.utils.translation import gettext as _

from polyvox.workshops import decisions, live
from polyvox.workshops.guards import WorkshopError, clean_text, require_open, writing
from polyvox.workshops.identity import author_key, is_mine  # noqa: F401 (is_mine: importable from here as before)
from polyvox.workshops.joining import group_of
from polyvox.workshops.models import GROUP_KINDS, IDEA_MAX_LENGTH, Activity, Cluster, Draft, Idea, IdeaStatus, Participant
from polyvox.workshops.workflow import IDEA, move


def add_idea(participant: Participant, activity: Activity, text: str, *, secret: str = "") -> Idea:
    """A note on the wall. In an anonymous activity it is stored without its author: only `author_key`,
    made from the participant's `secret` (held in their cookie, see identity.py)."""
    text = clean_text(text)
    if activity.workshop_id != participant.workshop_id:
        raise WorkshopError(_("You did not join this workshop."))
    require_open(activity)
    if not activity.takes_text:
        raise WorkshopError(_("This activity does not take written notes."))
    if activity.anonymous and not secret:
        secret = secrets.token_urlsafe(32)  # written from no browser (demo data): nobody can claim it later
    with writing():
        if activity.decision_id:
            decisions.check_text_round(activity, participant, secret=secret)
        group = group_of(participant, activity) if activity.kind in GROUP_KINDS else None
        idea = Idea.objects.create(
            activity=activity, author=None if activity.anonymous else participant,
            author_key=author_key(secret, activity.pk) if activity.anonymous else "",
            text=text, group=group, language=guess_language(text, participant.language),
        )
        Draft.objects.filter(participant=participant, activity=activity).delete()
        publish_idea(idea)
    return idea


def edit_idea(participant: Participant, idea: Idea, text: str, *, secret: str = "") -> Idea:
    text = clean_text(text)
    own(participant, idea, secret=secret)
    require_open(idea.activity)
    with writing():
        idea.text = text
        idea.language = guess_language(text, participant.language)
        idea.save(update_fields=["text", "language", "updated_at"])
        publish_idea(idea)
    return idea


def withdraw_idea(participant: Participant, idea: Idea, *, secret: str = "") -> None:
    """The author takes their note off the wall (the table checks it is theirs and the activity open)."""
    with writing():
        move(IDEA, idea, "withdraw", participant, not_now=_("This note is no longer on the wall."), secret=secret)
        _removed(idea)


def hide_idea(idea: Idea, actor) -> None:
    with writing():
        move(IDEA, idea, "hide", actor, not_now=_("This note is no longer on the wall."))
        _removed(idea)


def merge_ideas(duplicate: Idea, into: Idea | None, actor) -> None:
    with writing():
        move(IDEA, duplicate, "merge", actor, not_now=_("This note is no longer on the wall."), into=into)
        _removed(duplicate)


def own(participant: Participant, idea: Idea, *, secret: str = "") -> None:
    if idea.activity.workshop_id != participant.workshop_id or not is_mine(participant, idea, secret):
        raise WorkshopError(_("You can only change your own notes."))
    if idea.status != IdeaStatus.VISIBLE:
        raise WorkshopError(_("This note is no longer on the wall."))


def _removed(idea: Idea) -> None:
    for audience in idea_audiences(idea):
        live.record(idea.activity.workshop_id, audience, "idea_removed", {"id": idea.pk, "activity": idea.activity_id})


def save_draft(participant: Participant, activity: Activity, text: str) -> None:
    text = (text or "")[: IDEA_MAX_LENGTH * 2]
    with writing():
        Draft.objects.update_or_create(participant=participant, activity=activity, defaults={"text": text})


def idea_audiences(idea: Idea) -> list[str]:
    """Solo notes of 1-2-4-All are private to their author (and the facilitator); everything else is for all."""
    if idea.activity.kind == "solo":
        # An anonymous solo note goes to the facilitator only: an audience "p<id>" would name its author.
        return [f"p{idea.author_id}", "facilitator"] if idea.author_id else ["facilitator"]
    return ["all"]


def idea_payload(idea: Idea, audience: str = "all") -> dict:
    """What a screen may know of an idea: never its author in an anonymous activity."""
    activity = idea.activity
    named = not activity.anonymous and activity.kind != "solo" and idea.author_id
    author = idea.author.display_name if named else ""
    return {
        "id": idea.pk, "activity": activity.pk, "text": idea.text, "lang": idea.language,
        "cluster": idea.cluster_id, "group": idea.group.number if idea.group_id else None,
        "author": author or None, "answer": idea.answer or None,
    }


def publish_idea(idea: Idea) -> None:
    for audience in idea_audiences(idea):
        live.record(idea.activity.workshop_id, audience, "idea", idea_payload(idea, audience))


def answer_question(idea: Idea, answer: str, actor) -> None:
    """The proposer's answer to a clarifying question."""
    answer = clean_text(answer, 1000)
    with writing():
        idea.answer = answer
        idea.save(update_fields=["answer", "updated_at"])
        publish_idea(idea)


# --- clusters ----------------------------------------------------------------------------------

def _lock_pool(activity: Activity) -> None:
    """Serialise the writers of one activity's clusters (their positions are read, then written)."""
    list(Activity.objects.select_for_update().filter(pk=activity.pk).values_list("pk", flat=True))


def create_cluster(activity: Activity, name: str) -> Cluster:
    name = clean_text(name, 120)
    with writing():
        _lock_pool(activity)
        position = activity.clusters.count() + 1
        cluster = Cluster.objects.create(activity=activity, name=name, position=position)
        live.record(activity.workshop_id, "all", "refresh", {"reason": "clusters"})
    return cluster


def move_to_cluster(idea: Idea, cluster: Cluster | None) -> None:
    """One idea into one cluster (None: out of every cluster).

    Quick successive moves arrive as concurrent requests: each one locks the idea's and the cluster's rows,
    re-reads them and writes only the idea's `cluster` column in one UPDATE, so a move never overwrites
    another with a stale copy of the row, and a move into a cluster deleted meanwhile is refused rather
    than lost."""
    if cluster is not None and cluster.activity_id != idea.activity_id:
        raise WorkshopError(_("This cluster belongs to another activity."))
    with writing():
        current = Idea.objects.select_for_update().filter(pk=idea.pk).values("status", "activity_id").first()
        if current is None or current["status"] != IdeaStatus.VISIBLE:
            raise WorkshopError(_("This idea is no longer on the wall."))
        if cluster is not None and not Cluster.objects.select_for_update().filter(pk=cluster.pk, activity_id=current["activity_id"]).exists():
            raise WorkshopError(_("This cluster no longer exists: nothing was moved."))
        Idea.objects.filter(pk=idea.pk).update(cluster=cluster, updated_at=timezone.now())
        idea.cluster = cluster
        live.record(idea.activity.workshop_id, "all", "idea_cluster", {"id": idea.pk, "cluster": cluster.pk if cluster else None})


def rename_cluster(cluster: Cluster, name: str) -> None:
    name = clean_text(name, 120)
    with writing():
        cluster.name = name
        cluster.save(update_fields=["name"])
        live.record(cluster.activity.workshop_id, "all", "refresh", {"reason": "clusters"})


def delete_cluster(cluster: Cluster) -> None:
    with writing():
        workshop_id = cluster.activity.workshop_id
        cluster.delete()
        live.record(workshop_id, "all", "refresh", {"reason": "clusters"})


def suggest_clusters(activity: Activity) -> list[list[Idea]]:
    """Groups of similar visible ideas (two or more), for the facilitator to accept or change."""
    from polyvox.workshops.clustering import suggest

    ideas = list(activity.ideas.filter(status=IdeaStatus.VISIBLE))
    groups = suggest([(idea.pk, idea.text, idea.language) for idea in ideas])
    by_id = {idea.pk: idea for idea in ideas}
    return [[by_id[pk] for pk in group] for group in groups]


def accept_suggestion(activity: Activity, groups: list[list[int]], names: list[str]) -> list[Cluster]:
    clusters = []
    with writing():
        _lock_pool(activity)
        for ids, name in zip(groups, names):
            position = activity.clusters.count() + 1
            cluster = Cluster.objects.create(activity=activity, name=(name or "").strip()[:120] or _("Cluster %(n)s") % {"n": position}, position=position)
            activity.ideas.filter(pk__in=ids, status=IdeaStatus.VISIBLE).update(cluster=cluster)
            clusters.append(cluster)
        live.record(activity.workshop_id, "all", "refresh", {"reason": "clusters"})
    return clusters


# --- language of a text ------------------------------------------------------------------------

def guess_language(text: str, default: str = "fr") -> str:
    """The language whose stop words the text uses most; the writer's language when unclear."""
    from polyvox.workshops.clustering import guess_language as guess

    return guess(text, default)
