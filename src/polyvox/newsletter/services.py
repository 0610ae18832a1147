"""The use cases of the newsletter (sending is in `sending`): subscribe (double opt-in: an e-mail with a link to a page whose button confirms,
since mail scanners follow links), confirm, unsubscribe (one click, RFC 8058), compose, preview, send in batches
through the task queue. Every consent change is logged with the wording the person saw."""

from __future__ import annotations

import hmac

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from polyvox.core.workflow import SYSTEM, apply
from polyvox.newsletter import blocks as platform_blocks
from polyvox.newsletter.models import ConsentEntry, Edition, Segment, Subscriber, SubscriberState


class NewsletterError(Exception):
    def __init__(self, message):
        self.message = str(message)
        super().__init__(self.message)


def consent_wording() -> str:
    return _("I agree to receive the Participation Service's newsletter by e-mail. I can unsubscribe at any time with "
             "the link in every edition.")


# Subscribing -----------------------------------------------------------------------------------------------------

@transaction.atomic
def subscribe(email: str, *, language: str, municipality=None, themes=(), audience: str = "citizens",
              weekly_digest: bool = False) -> Subscriber:
    """Record the request and e-mail the confirmation link. Whether the address was known is never told."""
    email = email.strip().lower()
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is None:
        subscriber = Subscriber.objects.create(email=email, language=language, municipality=municipality, audience=audience)
    elif subscriber.state == SubscriberState.UNSUBSCRIBED:
        apply(subscriber, "ask_again", by=SYSTEM)
    if subscriber.state == SubscriberState.PENDING:
        subscriber.language, subscriber.municipality, subscriber.audience = language, municipality, audience
        subscriber.weekly_digest = weekly_digest
        subscriber.save(update_fields=["language", "municipality", "audience", "weekly_digest"])
        subscriber.themes.set(themes)
        ConsentEntry.objects.create(subscriber=subscriber, action="requested", wording=consent_wording())
        transaction.on_commit(lambda: _send_confirmation(subscriber))
    return subscriber


def _send_confirmation(subscriber: Subscriber) -> None:
    with translation.override(subscriber.language):
        link = settings.SITE_URL + reverse("newsletter:confirm", args=[subscriber.confirm_token])
        body = render_to_string("newsletter/email/confirm.txt", {"link": link})
        mail.EmailMessage(_("Confirm your subscription to the newsletter"), body, to=[subscriber.email]).send()


def subscriber_for(token: str, field: str) -> Subscriber | None:
    token = (token or "")[:100]
    found = Subscriber.objects.filter(**{field: token}).first() if token else None
    if found is None or not hmac.compare_digest(getattr(found, field), token):
        return None
    return found


def confirm(token: str) -> Subscriber:
    subscriber = subscriber_for(token, "confirm_token")
    if subscriber is None:
        raise NewsletterError(_("This confirmation link is not valid. Subscribe again to receive a new one."))
    if subscriber.state == SubscriberState.CONFIRMED:
        raise NewsletterError(_("Your subscription is already confirmed."))
    if subscriber.state != SubscriberState.PENDING:
        raise NewsletterError(_("This confirmation link is no longer valid. Subscribe again to receive a new one."))
    apply(subscriber, "confirm", by=SYSTEM)
    ConsentEntry.objects.create(subscriber=subscriber, action="confirmed", wording=consent_wording())
    return subscriber


def unsubscribe(token: str, *, how: str = "page") -> Subscriber:
    subscriber = subscriber_for(token, "unsubscribe_token")
    if subscriber is None:
        raise NewsletterError(_("This unsubscribe link is not valid."))
    if subscriber.state == SubscriberState.UNSUBSCRIBED:
        raise NewsletterError(_("You are already unsubscribed: you receive no more editions."))
    apply(subscriber, "unsubscribe", by=SYSTEM)
    ConsentEntry.objects.create(subscriber=subscriber, action=f"unsubscribed ({how})"[:20])
    return subscriber


# Composing and sending ---------------------------------------------------------------------------------------------

def segment_by_slug(slug: str) -> Segment | None:
    if not slug:
        return None
    found = Segment.objects.filter(slug=slug).first()
    if found is None:
        raise NewsletterError(_("There is no segment “%(slug)s”. Choose one of the list.") % {"slug": slug[:60]})
    return found


def recipients(edition: Edition):
    found = Subscriber.objects.filter(state=SubscriberState.CONFIRMED, language=edition.language)
    segment = edition.segment
    if segment is not None:
        if segment.municipality_id:
            found = found.filter(municipality_id=segment.municipality_id)
        if segment.theme_id:
            found = found.filter(themes=segment.theme_id)
        if segment.audience:
            found = found.filter(audience=segment.audience)
    return found.distinct()


def render(edition: Edition) -> tuple[str, str]:
    """The edition's body (HTML and plain text) with the platform's blocks filled now, in its language; the
    unsubscribe link is a placeholder replaced per recipient."""
    filled = platform_blocks.fill(edition.blocks, edition.language, edition.segment)
    with translation.override(edition.language):
        context = {"edition": edition, "blocks": filled, "unsubscribe_url": "{{unsubscribe}}",
                   "archive_url": settings.SITE_URL + reverse("newsletter:archive")}
        return (render_to_string("newsletter/_edition_body.html", context),
                render_to_string("newsletter/email/edition.txt", context))
