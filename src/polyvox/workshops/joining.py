"""Joining a workshop by its code, and the groups (pairs, fours) its participants are drawn into."""

from __future__ import annotations

import random

from django.utils.translation import gettext as _

from polyvox.workshops import live
from polyvox.workshops.guards import WorkshopError, writing
from polyvox.workshops.models import CODE_ALPHABET, GROUP_KINDS, MAX_PARTICIPANTS, Activity, Group, Participant, Workshop, WorkshopStatus


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


# --- groups ------------------------------------------------------------------------------------

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
