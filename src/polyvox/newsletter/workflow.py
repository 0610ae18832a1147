"""A subscriber's consent (asked, confirmed, withdrawn) and an edition's life (draft, sending, sent), written once."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from polyvox.core.workflow import Transition, Workflow
from polyvox.newsletter.models import EditionState, SubscriberState


def stamp_confirmed(subscriber, step):
    subscriber.confirmed_at = timezone.now()


def has_subject(edition, step):
    if not edition.subject.strip():
        return _("Give the edition a subject.")
    return None


def stamp_sent(edition, step):
    edition.sent_at = timezone.now()


SUBSCRIBER = Workflow("newsletter.Subscriber", "state", [
    Transition("confirm", SubscriberState.PENDING, SubscriberState.CONFIRMED, effect=stamp_confirmed,
               save_fields=("confirmed_at",), label=_("subscription confirmed")),
    Transition("unsubscribe", (SubscriberState.PENDING, SubscriberState.CONFIRMED), SubscriberState.UNSUBSCRIBED,
               label=_("unsubscribed")),
    Transition("ask_again", SubscriberState.UNSUBSCRIBED, SubscriberState.PENDING, label=_("asked to subscribe again")),
])

EDITION = Workflow("newsletter.Edition", "state", [
    Transition("send", EditionState.DRAFT, EditionState.SENDING, permission="newsletter.send", guards=(has_subject,),
               label=_("sending started")),
    Transition("finish", EditionState.SENDING, EditionState.SENT, permission="newsletter.send", effect=stamp_sent,
               save_fields=("sent_at",), label=_("sent")),
])
