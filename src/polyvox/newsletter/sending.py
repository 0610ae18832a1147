"""Sending an edition: freeze its body, one delivery per recipient, then batches through the task queue (each task
sends one batch over one SMTP connection and queues the next), each message with its recipient's one-click
unsubscribe (List-Unsubscribe and List-Unsubscribe-Post, RFC 8058)."""

from __future__ import annotations

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from django_tasks import task

from polyvox.core.workflow import SYSTEM, Refused, TransitionNotAllowed, apply
from polyvox.newsletter.models import Delivery, Edition, EditionState, Subscriber, SubscriberState
from polyvox.newsletter.services import NewsletterError, recipients, render

BATCH_SIZE = getattr(settings, "NEWSLETTER_BATCH_SIZE", 50)


@task()
def send_batch(edition_id: int) -> int:
    sent = send_next_batch(edition_id)
    if Edition.objects.filter(pk=edition_id, state=EditionState.SENDING).exists():
        send_batch.enqueue(edition_id)
    return sent


def start_sending(edition: Edition, *, by) -> int:
    """Freeze the body, create one delivery per recipient, move to `sending`, and queue the first batch."""
    with transaction.atomic():
        locked = Edition.objects.select_for_update().get(pk=edition.pk)
        if locked.state != EditionState.DRAFT:
            raise NewsletterError(_("This edition was already sent."))
        locked.body_html, locked.body_text = render(locked)
        people = list(recipients(locked).values_list("pk", flat=True))
        if not people:
            raise NewsletterError(_("No subscriber matches this edition's language and segment: nothing to send."))
        locked.recipients = len(people)
        try:
            apply(locked, "send", by=by, save_fields=("body_html", "body_text", "recipients"))
        except (Refused, TransitionNotAllowed) as refusal:
            raise NewsletterError(refusal) from None
        Delivery.objects.bulk_create([Delivery(edition=locked, subscriber_id=pk) for pk in people])
        transaction.on_commit(lambda: send_batch.enqueue(locked.pk))
    edition.refresh_from_db()
    return len(people)


def send_next_batch(edition_id: int) -> int:
    """Send up to BATCH_SIZE pending deliveries over one SMTP connection; the edition is `sent` when none is left.
    Returns how many were sent in this batch (a later batch is queued by the task when some remain)."""
    edition = Edition.objects.get(pk=edition_id)
    if edition.state != EditionState.SENDING:
        return 0
    batch = list(Delivery.objects.filter(edition=edition, sent_at__isnull=True, error="")
                 .select_related("subscriber")[:BATCH_SIZE])
    if not batch:
        apply(edition, "finish", by=SYSTEM)
        return 0
    connection = mail.get_connection()
    connection.open()
    sent = 0
    try:
        for delivery in batch:
            subscriber = delivery.subscriber
            if subscriber.state != SubscriberState.CONFIRMED:  # unsubscribed since the edition was queued
                Delivery.objects.filter(pk=delivery.pk).update(error="unsubscribed")
                continue
            message = _message(edition, subscriber, connection)
            try:
                message.send()
            except Exception as error:  # noqa: BLE001 - one bad address must not stop the edition
                Delivery.objects.filter(pk=delivery.pk).update(error=str(error)[:300] or "error")
                continue
            Delivery.objects.filter(pk=delivery.pk).update(sent_at=timezone.now())
            sent += 1
    finally:
        connection.close()
    return sent


def unsubscribe_url(subscriber: Subscriber) -> str:
    with translation.override(subscriber.language):
        return settings.SITE_URL + reverse("newsletter:unsubscribe", args=[subscriber.unsubscribe_token])


def _message(edition: Edition, subscriber: Subscriber, connection) -> mail.EmailMultiAlternatives:
    url = unsubscribe_url(subscriber)
    message = mail.EmailMultiAlternatives(
        edition.subject, edition.body_text.replace("{{unsubscribe}}", url), to=[subscriber.email], connection=connection,
        headers={"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})
    html = (f'<!DOCTYPE html><html lang="{edition.language}"><head><meta charset="utf-8"><title>{escape(edition.subject)}'
            f'</title></head><body>{edition.body_html.replace("{{unsubscribe}}", url)}</body></html>')
    message.attach_alternative(html, "text/html")
    return message
