"""The use cases of the network: join (or update one's profile), approve, leave; join a working group, post on its
board, share a resource."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from polyvox.core.transitions import record
from polyvox.core.workflow import SYSTEM, Refused, TransitionNotAllowed, apply
from polyvox.network.models import AgentProfile, GroupMembership, GroupResource, Message, ProfileState, WorkingGroup
from polyvox.network.rules import holds_public_role
from polyvox.network.workflow import NEW


class NetworkError(Exception):
    def __init__(self, message):
        self.message = str(message)
        super().__init__(self.message)


PROFILE_FIELDS = ("organisation", "job_title", "languages", "municipality", "trainings")


@transaction.atomic
def save_profile(user, data: dict) -> AgentProfile:
    """Create the profile (asking to join) or update it. Holders of a role in a public body are members at once;
    others wait for the Service's approval."""
    profile = AgentProfile.objects.select_for_update().filter(user=user).first()
    creating = profile is None
    if creating:
        profile = AgentProfile(user=user, state=NEW)
    for name in PROFILE_FIELDS:
        setattr(profile, name, data[name])
    if creating or profile.state == ProfileState.LEFT:
        apply(profile, "request", by=user)
        if holds_public_role(user):
            apply(profile, "approve", by=SYSTEM, message="vouched for by a role in a public body")
    else:
        profile.save()
        record(profile, "update", actor=user)
    profile.competences.set(data.get("competences") or [])
    return profile


def approve(profile: AgentProfile, *, by) -> None:
    try:
        apply(profile, "approve", by=by)
    except (Refused, TransitionNotAllowed) as refusal:
        raise NetworkError(refusal) from None


def leave(profile: AgentProfile, *, by) -> None:
    try:
        apply(profile, "leave", by=by)
    except (Refused, TransitionNotAllowed) as refusal:
        raise NetworkError(refusal) from None


def join_group(group: WorkingGroup, user) -> GroupMembership:
    if not user.has_perm("network.join_group"):
        raise NetworkError(_("Only members of the network can join a working group."))
    try:
        with transaction.atomic():
            membership = GroupMembership.objects.create(group=group, user=user)
    except IntegrityError:
        raise NetworkError(_("You are already a member of this group.")) from None
    record(group, "join", actor=user)
    return membership


def post_message(group: WorkingGroup, user, body: str) -> Message:
    body = (body or "").strip()
    if not body:
        raise NetworkError(_("Write a message before posting."))
    if len(body) > 4000:
        raise NetworkError(_("A message holds at most 4,000 characters."))
    if not user.has_perm("network.post", group):
        raise NetworkError(_("Only the group's members can post here."))
    return Message.objects.create(group=group, author=user, body=body)


def add_resource(group: WorkingGroup, user, *, title: str, url: str, note: str = "") -> GroupResource:
    if not user.has_perm("network.post", group):
        raise NetworkError(_("Only the group's members can share resources here."))
    return GroupResource.objects.create(group=group, added_by=user, title=title, url=url, note=note)
