"""The satisfaction questionnaire of an event (the questionnaires app's participants' template, attached to the
event): after the session, each person checked in receives by e-mail a personal link with an access code that is
not tied to them, so answers stay anonymous; sent once per person."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from polyvox.core.workflow import apply
from polyvox.events.models import Event, Registration, RegistrationState
from polyvox.events.services import EventError
from polyvox.questionnaires import services as questionnaires
from polyvox.questionnaires.models import State

TEMPLATE = "oecd-participants"


def questionnaire_of(event: Event):
    return questionnaires.for_subject(event).order_by("pk").first()


def send(event: Event, *, by) -> int:
    """Create (first time) and open the event's questionnaire, then e-mail a code to each attendee not yet asked."""
    if not event.is_past:
        raise EventError(_("The questionnaire is sent after the session."))
    questionnaire = questionnaire_of(event)
    if questionnaire is None:
        titles = {}
        for lang in ("fr", "nl", "en"):
            with translation.override(lang):
                titles[lang] = _("Your opinion on “%(title)s”") % {"title": getattr(event, f"title_{lang}") or event.title}
        questionnaire = questionnaires.create_from_template(TEMPLATE, subject=event, organisation=event.organiser,
                                                            title=titles, by=by, is_example=event.is_example)
    if questionnaire.state == State.DRAFT:
        apply(questionnaire, "open", by=by)
    elif questionnaire.state == State.CLOSED:
        raise EventError(_("The questionnaire of this event is closed."))
    attendees = list(Registration.objects.filter(event=event, state=RegistrationState.ATTENDED,
                                                 satisfaction_sent_at__isnull=True).select_related("user"))
    if not attendees:
        return 0
    codes = questionnaires.issue_codes(questionnaire, len(attendees))
    for registration, code in zip(attendees, codes, strict=True):
        updated = Registration.objects.filter(pk=registration.pk, satisfaction_sent_at__isnull=True).update(
            satisfaction_sent_at=timezone.now())
        if not updated:
            continue
        user = registration.user
        with translation.override(user.preferred_language or "fr"):
            body = render_to_string("events/email/satisfaction.txt", {
                "user": user, "event": event, "link": f"{settings.SITE_URL}{code.get_absolute_url()}"})
            EmailMessage(_("Your opinion on “%(title)s”") % {"title": event.title}, body, to=[user.email]).send()
    return len(attendees)
