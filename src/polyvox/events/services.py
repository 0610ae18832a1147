"""The use cases of events: register (a place, or the waiting list when full), cancel (the first person waiting
takes the place), check in at the door by code or QR token, remind, publish or cancel an event.

Registering, cancelling and promoting lock the event's row first, so that two people registering at once for the
last place cannot both get it: the count of places is read and changed by one transaction at a time.
"""

from __future__ import annotations

import datetime as dt
import hmac
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from polyvox.core.workflow import SYSTEM, Refused, TransitionNotAllowed, apply
from polyvox.events.models import Event, EventState, Registration, RegistrationState
from polyvox.events.workflow import NEW

CHECK_IN_SALT = "polyvox.events.check-in"


class EventError(Exception):
    """A request the rules refuse; the message is in the reader's language."""

    def __init__(self, message):
        self.message = str(message)
        super().__init__(self.message)


@dataclass
class Outcome:
    registration: Registration
    waiting: bool


def register(event: Event, user, *, accessibility_needs: str = "") -> Outcome:
    """A place if one is left, else the waiting list. Registering twice is refused."""
    accessibility_needs = (accessibility_needs or "").strip()[:2000]
    try:
        with transaction.atomic():
            locked = Event.objects.select_for_update().get(pk=event.pk)
            existing = Registration.objects.select_for_update().filter(event=locked, user=user).first()
            if existing is not None and existing.is_active:
                raise EventError(_("You are already registered for this event.") if existing.state != RegistrationState.WAITING
                                 else _("You are already on the waiting list of this event."))
            registration = existing or Registration(event=locked, user=user, state=NEW)
            registration.event = locked
            registration.accessibility_needs = accessibility_needs
            left = locked.places_left()
            move = "join" if left is None or left > 0 else "queue"
            apply(registration, move, by=user)
            return Outcome(registration, waiting=move == "queue")
    except IntegrityError:  # a second request of the same person at the same moment
        raise EventError(_("You are already registered for this event.")) from None
    except (Refused, TransitionNotAllowed) as refusal:
        raise EventError(refusal) from None


def cancel(registration: Registration, *, by) -> Registration | None:
    """Cancel a place or a spot on the waiting list; the first person waiting is promoted (and told). Returns the
    promoted registration, if any."""
    try:
        with transaction.atomic():
            event = Event.objects.select_for_update().get(pk=registration.event_id)
            registration.event = event
            was_registered = Registration.objects.get(pk=registration.pk).state == RegistrationState.REGISTERED
            apply(registration, "cancel", by=by)
            promoted = promote_waiting(event) if was_registered else None
    except (Refused, TransitionNotAllowed) as refusal:
        raise EventError(refusal) from None
    if promoted is not None:
        transaction.on_commit(lambda: send_promotion_notice(promoted))
    return promoted


def promote_waiting(event: Event) -> Registration | None:
    """Inside the caller's transaction with the event locked: the first person waiting takes a free place."""
    left = event.places_left()
    if left is not None and left <= 0:
        return None
    first = (Registration.objects.select_for_update().filter(event=event, state=RegistrationState.WAITING)
             .order_by("created_at", "id").first())
    if first is None:
        return None
    first.event = event
    apply(first, "promote", by=SYSTEM)
    return first


def check_in_by_code(event: Event, code: str, *, by) -> Registration:
    code = "".join((code or "").split()).upper()[:12]
    registration = Registration.objects.filter(event=event, code=code).select_related("user").first() if code else None
    if registration is None:
        raise EventError(_("No registration for this event has this code."))
    return _check_in(registration, by=by)


def check_in_by_token(event: Event, signed: str, *, by) -> Registration:
    registration = registration_for_token(event, signed)
    if registration is None:
        raise EventError(_("This check-in code is not valid for this event."))
    return _check_in(registration, by=by)


def _check_in(registration: Registration, *, by) -> Registration:
    registration.refresh_from_db()
    if registration.state == RegistrationState.ATTENDED:
        when = timezone.localtime(registration.checked_in_at)
        raise EventError(_("%(name)s was already checked in at %(time)s.") % {
            "name": registration.user.public_name, "time": when.strftime("%H:%M")})
    if registration.state != RegistrationState.REGISTERED:
        raise EventError(_("%(name)s has no place at this event (%(state)s).") % {
            "name": registration.user.public_name, "state": registration.get_state_display()})
    try:
        apply(registration, "check_in", by=by)
    except (Refused, TransitionNotAllowed) as refusal:
        raise EventError(refusal) from None
    return registration


def signed_token(registration: Registration) -> str:
    """What the attendee's QR code carries: the registration's secret, signed for its event."""
    return signing.dumps({"e": registration.event_id, "t": registration.token}, salt=CHECK_IN_SALT, compress=True)


def registration_for_token(event: Event, signed: str) -> Registration | None:
    try:
        data = signing.loads((signed or "")[:500], salt=CHECK_IN_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("e") != event.pk or not isinstance(data.get("t"), str):
        return None
    registration = Registration.objects.filter(event=event, token=data["t"]).select_related("user").first()
    if registration is None or not hmac.compare_digest(registration.token, data["t"]):
        return None
    return registration


def check_in_url(registration: Registration) -> str:
    path = reverse("events:check_in", args=[registration.event_id])
    return f"{settings.SITE_URL}{path}?t={signed_token(registration)}"


def publish(event: Event, *, by) -> None:
    try:
        apply(event, "publish", by=by)
    except (Refused, TransitionNotAllowed) as refusal:
        raise EventError(refusal) from None


def cancel_event(event: Event, *, by) -> None:
    try:
        apply(event, "cancel", by=by)
    except (Refused, TransitionNotAllowed) as refusal:
        raise EventError(refusal) from None


# E-mails --------------------------------------------------------------------------------------------------------

def _send(registration: Registration, template: str, subject: str) -> None:
    user = registration.user
    with translation.override(user.preferred_language or "fr"):
        event = registration.event
        context = {"registration": registration, "event": event, "user": user, "site_url": settings.SITE_URL}
        body = render_to_string(f"events/email/{template}.txt", context)
        EmailMessage(str(subject_for(subject, event)), body, to=[user.email]).send(fail_silently=False)


def subject_for(kind: str, event: Event) -> str:
    if kind == "reminder":
        return _("Reminder: %(title)s") % {"title": event.title}
    return _("A place for you: %(title)s") % {"title": event.title}


def send_promotion_notice(registration: Registration) -> None:
    _send(registration, "promoted", "promoted")


def send_due_reminders(now=None) -> int:
    """E-mail each registered person the day before the event, once (idempotent: reminded_at)."""
    now = now or timezone.now()
    horizon = now + dt.timedelta(hours=26)
    due = (Registration.objects.filter(state=RegistrationState.REGISTERED, reminded_at__isnull=True,
                                       event__state=EventState.PUBLISHED, event__starts_at__gt=now,
                                       event__starts_at__lte=horizon)
           .select_related("event", "user"))
    sent = 0
    for registration in due:
        updated = Registration.objects.filter(pk=registration.pk, reminded_at__isnull=True).update(reminded_at=now)
        if updated:
            _send(registration, "reminder", "reminder")
            sent += 1
    return sent
