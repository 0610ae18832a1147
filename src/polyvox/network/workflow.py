"""A profile's membership of the network: approved by the Service (or at once for holders of a public role), left
by its owner, readmitted."""

from django.utils.translation import gettext_lazy as _

from polyvox.core.workflow import Transition, Workflow
from polyvox.network.models import ProfileState

NEW = "new"


def owner_only(profile, step):
    if step.by and getattr(step.by, "pk", None) != profile.user_id:
        return _("Only the agent can leave the network.")
    return None


PROFILE = Workflow("network.AgentProfile", "state", [
    Transition("request", (NEW, ProfileState.LEFT), ProfileState.PENDING, permission="network.join",
               label=_("asked to join")),
    Transition("approve", ProfileState.PENDING, ProfileState.MEMBER, permission="network.approve", label=_("approved")),
    Transition("leave", (ProfileState.PENDING, ProfileState.MEMBER), ProfileState.LEFT, permission="network.join",
               guards=(owner_only,), label=_("left the network")),
])
