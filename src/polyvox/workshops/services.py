"""The workshop's use cases: prepare, join, run the agenda, write ideas, cluster, vote.

Each function checks its rules, writes in one short transaction and records the live events that
follow (published after commit). A refused action raises `WorkshopError` with a translated message and
changes nothing. Consent decisions are in `decisions.py`, forecasts in `forecasts.py`.
"""

from __future__ import annotations

import random
import secrets

from django.utils import timezone
from django.utils.translation import gettext as _

from polyvox.core.transitions import StateMachine, TransitionNotAllowed
from polyvox.core.transitions import record as audit
from polyvox.workshops import decisions, live
from polyvox.workshops.guards import WorkshopError, clean_text, require_open, writing  # noqa: F401 (this module's API)
from polyvox.workshops.identity import author_key, is_own_key
from polyvox.workshops.agendas import DEFAULTS, TEMPLATES, localised
from polyvox.workshops.models import (
    CODE_ALPHABET, DECISION_KINDS, GROUP_KINDS, IDEA_MAX_LENGTH, MAX_PARTICIPANTS, ActionItem, Activity,
    ActivityKind, ActivityState, Canvas, Cluster, Decision, Draft, Group, Idea, IdeaStatus,
    Participant, Vote, Workshop, WorkshopStatus, new_code,
)


# The state table of an activity. Revealing a vote's results closes it ("reveal"); only "reopen", an
# explicit and audited step of the facilitator, lets people vote again.
ACTIVITY = StateMachine("state", {
    (ActivityState.OPEN, "close"): ActivityState.CLOSED,
    (ActivityState.OPEN, "reveal"): ActivityState.CLOSED,
    (ActivityState.CLOSED, "reveal"): ActivityState.CLOSED,
    (ActivityState.PENDING, "reveal"): ActivityState.CLOSED,
    (ActivityState.CLOSED, "reopen"): ActivityState.OPEN,
})


def apply_activity(activity: Activity, action: str, actor, *, save_fields: tuple[str, ...] = ()) -> None:
    """Move an activity along ACTIVITY (row locked, audited); a refused move is a WorkshopError."""
    try:
        ACTIVITY.apply(activity, action, actor=actor, save_fields=save_fields)
    except TransitionNotAllowed:
        raise WorkshopError(_("This cannot be done now: the activity is “%(state)s”.") % {"state": activity.get_state_display()}) from None


# --- preparing ---------------------------------------------------------------------------------

def create_workshop(facilitator, template: str, title: str, challenge: str = "", initiative=None) -> Workshop:
    title = (title or "").strip()
    if not title:
        raise WorkshopError(_("Give the workshop a title."))
    if template not in TEMPLATES:
        raise WorkshopError(_("Unknown workshop template."))
    with writing():
        code = new_code()
        while Workshop.objects.filter(code=code).exists():
            code = new_code()
        workshop = Workshop.objects.create(
            title=title[:200], challenge=challenge, template=template, facilitator=facilitator, initiative=initiative, code=code
        )
        decision = None
        if template == "consent":
            decision = Decision.objects.create(workshop=workshop, proposal=challenge or title, text=challenge or title)
        previous = {}
        for kind in TEMPLATES[template]:
            activity = add_activity(workshop, kind, decision=decision)
            if kind in {"clusters", "dots", "canvas"}:
                activity.source = previous.get("ideas")
                activity.save(update_fields=["source"])
            previous[kind] = activity
        audit(workshop, "create", actor=facilitator, message=template)
    return workshop


def add_activity(workshop: Workshop, kind: str, *, decision: Decision | None = None, title: str = "", instructions: str = "",
                 timer_seconds: int | None = None) -> Activity:
    """Append an activity to the agenda (the free composition uses this too)."""
    if kind not in ActivityKind.values:
        raise WorkshopError(_("Unknown kind of activity."))
    default_title, default_instructions, default_timer, anonymous = DEFAULTS[kind]
    position = (workshop.activities.order_by("-position").values_list("position", flat=True).first() or 0) + 1
    fields = {}
    for code, value in localised(default_title).items():
        fields[f"title_{code}"] = title if (title and code == "fr") else value
    for code, value in localised(default_instructions).items():
        fields[f"instructions_{code}"] = instructions if (instructions and code == "fr") else value
    if kind in DECISION_KINDS and decision is None:
        decision = workshop.decisions.order_by("-pk").first() or Decision.objects.create(
            workshop=workshop, proposal=workshop.challenge or workshop.title, text=workshop.challenge or workshop.title
        )
    source = None
    if kind in {"clusters", "dots", "canvas"}:
        source = workshop.activities.filter(kind__in=["ideas", "hmw"]).order_by("-position").first()
    return Activity.objects.create(
        workshop=workshop, position=position, kind=kind, anonymous=anonymous, decision=decision if kind in DECISION_KINDS else None,
        timer_seconds=timer_seconds if timer_seconds is not None else default_timer, source=source, **fields,
    )


def compose(workshop: Workshop, actor, kind: str) -> Activity:
    with writing():
        activity = add_activity(workshop, kind)
        live.record(workshop.pk, "all", "refresh", {"reason": "agenda"})
    return activity


def set_locked(workshop: Workshop, locked: bool, actor) -> None:
    with writing():
        Workshop.objects.filter(pk=workshop.pk).update(locked=locked)
        workshop.locked = locked
        audit(workshop, "lock" if locked else "unlock", actor=actor)
        live.record(workshop.pk, "facilitator", "refresh", {"reason": "lock"})


def finish(workshop: Workshop, actor) -> None:
    with writing():
        workshop.activities.filter(state=ActivityState.OPEN).update(state=ActivityState.CLOSED, timer_ends_at=None)
        workshop.status = WorkshopStatus.FINISHED
        workshop.finished_at = timezone.now()
        workshop.current_activity = None
        workshop.save(update_fields=["status", "finished_at", "current_activity"])
        audit(workshop, "finish", actor=actor)
        live.record(workshop.pk, "all", "refresh", {"reason": "finished"})


EVENT_LOG_KEPT_DAYS = 7


def purge_event_logs(now=None) -> int:
    """The stream's log only serves screens reconnecting during the workshop: a week after it ended, it goes."""
    from polyvox.workshops.models import Event

    now = now or timezone.now()
    ended = Workshop.objects.filter(status=WorkshopStatus.FINISHED, finished_at__lt=now - timezone.timedelta(days=EVENT_LOG_KEPT_DAYS))
    deleted, _rows = Event.objects.filter(workshop__in=ended).delete()
    return deleted


# --- joining -----------------------------------------------------------------------------------

def normalise_code(raw: str) -> str:
    return "".join(ch for ch in (raw or "").upper() if ch.isalnum())


def find_by_code(raw: str) -> Workshop:
    code = normalise_code(raw)
    if not code or any(ch not in CODE_ALPHABET for ch in code):
        raise WorkshopError(_("There is no workshop with the code “%(code)s”. Check the code on the screen.") % {"code": raw[:12]})
    workshop = Workshop.objects.filter(code=code).first()
    if workshop is None:
        raise WorkshopError(_("There is no workshop with the code “%(code)s”. Check the code on the screen.") % {"code": code})
    return workshop


def join(workshop: Workshop, display_name: str, language: str, anonymous: bool = False) -> Participant:
    if workshop.status == WorkshopStatus.FINISHED:
        raise WorkshopError(_("This workshop has ended: its code has expired."))
    if workshop.locked:
        raise WorkshopError(_("The facilitator has locked the room: no one can join now."))
    name = "" if anonymous else (display_name or "").strip()[:60]
    language = language if language in {"fr", "nl", "en"} else "fr"
    with writing():
        list(Workshop.objects.select_for_update().filter(pk=workshop.pk).values_list("pk", flat=True))  # one join at a time: the cap holds
        if workshop.participants.count() >= MAX_PARTICIPANTS:
            raise WorkshopError(_("This workshop is full (%(max)s participants).") % {"max": MAX_PARTICIPANTS})
        participant = Participant.objects.create(workshop=workshop, display_name=name, language=language)
        live.record(workshop.pk, "facilitator", "participants", {"count": workshop.participants.count()})
    return participant


# --- running the agenda ------------------------------------------------------------------------

def open_activity(activity: Activity, actor) -> None:
    """Make this activity the current one: the previous one closes, groups and decision rounds follow."""
    workshop = activity.workshop
    if workshop.status == WorkshopStatus.FINISHED:
        raise WorkshopError(_("This workshop has ended."))
    with writing():
        if activity.decision_id:
            decisions.enter_round(activity.decision, activity.kind, actor)
        workshop.activities.filter(state=ActivityState.OPEN).exclude(pk=activity.pk).update(
            state=ActivityState.CLOSED, timer_ends_at=None
        )
        activity.state = ActivityState.OPEN
        activity.timer_ends_at = None
        activity.save(update_fields=["state", "timer_ends_at"])
        if activity.kind in GROUP_KINDS and not activity.groups.exists():
            form_groups(activity)
        workshop.current_activity = activity
        workshop.status = WorkshopStatus.RUNNING
        workshop.save(update_fields=["current_activity", "status"])
        audit(workshop, "open_activity", actor=actor, message=str(activity.pk))
        live.record(workshop.pk, "all", "refresh", {"reason": "activity", "activity": activity.pk})


def close_activity(activity: Activity, actor) -> None:
    with writing():
        activity.timer_ends_at = None
        apply_activity(activity, "close", actor, save_fields=("timer_ends_at",))
        live.record(activity.workshop_id, "all", "refresh", {"reason": "activity", "activity": activity.pk})


def reopen_activity(activity: Activity, actor) -> None:
    """Open a closed activity again (a revealed vote whose voting the facilitator resumes): it becomes the
    current one, every other open activity closes."""
    workshop = activity.workshop
    if workshop.status == WorkshopStatus.FINISHED:
        raise WorkshopError(_("This workshop has ended."))
    with writing():
        workshop.activities.filter(state=ActivityState.OPEN).exclude(pk=activity.pk).update(
            state=ActivityState.CLOSED, timer_ends_at=None
        )
        apply_activity(activity, "reopen", actor)
        workshop.current_activity = activity
        workshop.save(update_fields=["current_activity"])
        live.record(workshop.pk, "all", "refresh", {"reason": "activity", "activity": activity.pk})


def start_timer(activity: Activity, seconds: int | None = None) -> None:
    seconds = seconds or activity.timer_seconds
    if not seconds or seconds <= 0 or seconds > 4 * 3600:
        raise WorkshopError(_("Give the timer a duration between one second and four hours."))
    with writing():
        activity.timer_ends_at = timezone.now() + timezone.timedelta(seconds=seconds)
        activity.save(update_fields=["timer_ends_at"])
        live.record(activity.workshop_id, "all", "timer", timer_payload(activity))


def stop_timer(activity: Activity) -> None:
    with writing():
        activity.timer_ends_at = None
        activity.save(update_fields=["timer_ends_at"])
        live.record(activity.workshop_id, "all", "timer", timer_payload(activity))


def timer_payload(activity: Activity) -> dict:
    ends = activity.timer_ends_at
    return {"activity": activity.pk, "ends_at": int(ends.timestamp() * 1000) if ends else None,
            "server_now": int(timezone.now().timestamp() * 1000)}


def form_groups(activity: Activity) -> list[Group]:
    """Pairs or fours drawn by the server; fours join the pairs of the previous pairs activity when there was one."""
    size = GROUP_KINDS[activity.kind]
    participants = list(activity.workshop.participants.order_by("pk"))
    if not participants:
        return []
    chunks: list[list[Participant]] = []
    previous_pairs = (
        Activity.objects.filter(workshop=activity.workshop, kind="pairs", position__lt=activity.position)
        .order_by("-position").first()
    )
    if size == 4 and previous_pairs and previous_pairs.groups.exists():
        pairs = [list(group.members.all()) for group in previous_pairs.groups.prefetch_related("members")]
        placed = {p.pk for pair in pairs for p in pair}
        pairs += [[p] for p in participants if p.pk not in placed]
        for index in range(0, len(pairs), 2):
            chunks.append([p for pair in pairs[index:index + 2] for p in pair])
    else:
        rng = random.Random(activity.pk)
        rng.shuffle(participants)
        chunks = [participants[i:i + size] for i in range(0, len(participants), size)]
    # A lone person (or a pair left over from fours) joins the previous group rather than staying alone.
    if len(chunks) > 1 and len(chunks[-1]) < max(2, size // 2 + 1) and len(chunks[-1]) < size:
        last = chunks.pop()
        if len(last) == 1 or size == 4 and len(last) <= 2:
            chunks[-1].extend(last)
        else:
            chunks.append(last)
    groups = []
    for number, members in enumerate(chunks, start=1):
        group = Group.objects.create(activity=activity, number=number)
        group.members.set(members)
        groups.append(group)
    return groups


def group_of(participant: Participant, activity: Activity) -> Group | None:
    """The participant's group; a latecomer joins the smallest group."""
    group = activity.groups.filter(members=participant).first()
    if group is None and activity.kind in GROUP_KINDS:
        groups = sorted(activity.groups.prefetch_related("members"), key=lambda g: (g.members.count(), g.number))
        if groups:
            group = groups[0]
        else:
            group = Group.objects.create(activity=activity, number=1)
        group.members.add(participant)
    return group


# --- ideas -------------------------------------------------------------------------------------

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
    own(participant, idea, secret=secret)
    require_open(idea.activity)
    _remove(idea, IdeaStatus.WITHDRAWN)


def hide_idea(idea: Idea, actor) -> None:
    _remove(idea, IdeaStatus.HIDDEN, actor=actor)


def merge_ideas(duplicate: Idea, into: Idea | None, actor) -> None:
    if into is None:
        raise WorkshopError(_("There is no idea with this number on the wall: give the number (#) shown on the idea to merge into."))
    if duplicate.pk == into.pk or duplicate.activity_id != into.activity_id:
        raise WorkshopError(_("Only two different ideas of the same activity can be merged."))
    if into.status != IdeaStatus.VISIBLE:
        raise WorkshopError(_("The idea to merge into is no longer on the wall."))
    with writing():
        duplicate.merged_into = into
        duplicate.save(update_fields=["merged_into"])
        Vote.objects.filter(idea=duplicate).update(idea=into)  # unique clashes cannot happen before voting
        _remove(duplicate, IdeaStatus.MERGED, actor=actor)


def is_mine(participant: Participant | None, idea: Idea, secret: str = "") -> bool:
    """Whether the participant wrote the idea: by the link, or in an anonymous activity by their secret."""
    if participant is None:
        return False
    if idea.author_key:
        return is_own_key(secret, idea.activity_id, idea.author_key)
    return idea.author_id == participant.pk


def own(participant: Participant, idea: Idea, *, secret: str = "") -> None:
    if idea.activity.workshop_id != participant.workshop_id or not is_mine(participant, idea, secret):
        raise WorkshopError(_("You can only change your own notes."))
    if idea.status != IdeaStatus.VISIBLE:
        raise WorkshopError(_("This note is no longer on the wall."))


def _remove(idea: Idea, status: str, actor=None) -> None:
    with writing():
        idea.status = status
        idea.save(update_fields=["status", "updated_at"])
        if actor is not None:
            audit(idea, status, actor=actor)
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


# --- develop: canvases and action plan ---------------------------------------------------------

CANVAS_FIELDS = ("who", "what", "first_step", "risks")


def choose_for_canvas(activity: Activity, idea: Idea) -> Canvas:
    with writing():
        canvas, _created = Canvas.objects.get_or_create(activity=activity, idea=idea)
        live.record(activity.workshop_id, "all", "refresh", {"reason": "canvas"})
    return canvas


def update_canvas(canvas: Canvas, fields: dict) -> Canvas:
    require_open(canvas.activity)
    changes = {}
    for name in CANVAS_FIELDS:
        if name in fields:
            changes[name] = (fields[name] or "").strip()
            if len(changes[name]) > 2000:
                raise WorkshopError(_("This text is too long: %(length)s characters, at most %(limit)s.") % {"length": len(changes[name]), "limit": 2000})
    with writing():
        for name, value in changes.items():
            setattr(canvas, name, value)
        canvas.save()
        live.record(canvas.activity.workshop_id, "all", "canvas", {"id": canvas.pk, **{n: getattr(canvas, n) for n in CANVAS_FIELDS}})
    return canvas


def add_action(activity: Activity, text: str, owner: str, due_date) -> ActionItem:
    require_open(activity)
    if activity.kind != ActivityKind.ACTIONS:
        raise WorkshopError(_("This activity is not an action plan."))
    text = clean_text(text, 300)
    owner = (owner or "").strip()
    if not owner:
        raise WorkshopError(_("Every action needs an owner."))
    if due_date is None:
        raise WorkshopError(_("Every action needs a date."))
    with writing():
        action = ActionItem.objects.create(activity=activity, text=text, owner=owner[:120], due_date=due_date)
        live.record(activity.workshop_id, "all", "refresh", {"reason": "actions"})
    return action


# --- language of a text ------------------------------------------------------------------------

def guess_language(text: str, default: str = "fr") -> str:
    """The language whose stop words the text uses most; the writer's language when unclear."""
    from polyvox.workshops.clustering import guess_language as guess

    return guess(text, default)


