"""The moves of an event (published, cancelled) and of a registration (joined or queued, promoted from the waiting
list, cancelled, checked in), written once; services call `apply`, which locks, checks, changes and audits."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from polyvox.core.workflow import Transition, Workflow
from polyvox.events.models import EventState, RegistrationState

NEW = "new"  # an unsaved registration: `join` or `queue` saves it


def ends_after_start(event, step):
    if event.ends_at <= event.starts_at:
        return _("The event must end after it starts.")
    return None


def event_open(registration, step):
    event = registration.event
    if event.state != EventState.PUBLISHED:
        return _("This event is not open for registration.")
    if event.ends_at <= timezone.now():
        return _("This event is over: registration is closed.")
    return None


def place_left(registration, step):
    left = registration.event.places_left()
    if left is not None and left <= 0:
        return _("The event is full.")
    return None


def event_full(registration, step):
    left = registration.event.places_left()
    if left is None or left > 0:
        return _("There are places left: register directly.")
    return None


def not_over(registration, step):
    if registration.event.ends_at <= timezone.now():
        return _("This event is over.")
    return None


def stamp_check_in(registration, step):
    registration.checked_in_at = timezone.now()


def restart(registration, step):
    registration.created_at = timezone.now()  # a cancelled registration that comes back queues at the end
    registration.checked_in_at = None
    registration.reminded_at = None


EVENT = Workflow("events.Event", "state", [
    Transition("publish", EventState.DRAFT, EventState.PUBLISHED, permission="events.manage",
               guards=(ends_after_start,), label=_("published")),
    Transition("cancel", (EventState.DRAFT, EventState.PUBLISHED), EventState.CANCELLED,
               permission="events.manage", label=_("cancelled")),
])

REGISTRATION = Workflow("events.Registration", "state", [
    Transition("join", (NEW, RegistrationState.CANCELLED), RegistrationState.REGISTERED,
               permission="events.register", guards=(event_open, place_left), effect=restart,
               save_fields=("created_at", "checked_in_at", "reminded_at", "accessibility_needs"), label=_("registered")),
    Transition("queue", (NEW, RegistrationState.CANCELLED), RegistrationState.WAITING,
               permission="events.register", guards=(event_open, event_full), effect=restart,
               save_fields=("created_at", "checked_in_at", "reminded_at", "accessibility_needs"),
               label=_("put on the waiting list")),
    Transition("promote", RegistrationState.WAITING, RegistrationState.REGISTERED, permission="events.manage",
               guards=(not_over, place_left), label=_("promoted from the waiting list")),
    Transition("cancel", (RegistrationState.REGISTERED, RegistrationState.WAITING), RegistrationState.CANCELLED,
               permission="events.cancel_registration", guards=(not_over,), label=_("cancelled")),
    Transition("check_in", RegistrationState.REGISTERED, RegistrationState.ATTENDED, permission="events.check_in",
               effect=stamp_check_in, save_fields=("checked_in_at",), label=_("checked in")),
])
