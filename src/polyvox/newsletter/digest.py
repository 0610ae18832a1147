"""The weekly digest: to each confirmed subscriber who asked for it, what is open now or soon (every app's take-part
items through the registry) in their commune (and the Region-wide ones) and their themes, in their language, with
the one-click unsubscribe. Run by the scheduler; idempotent: one digest per subscriber per week."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from polyvox.core.opportunities import Filters, items_now
from polyvox.newsletter.models import Subscriber, SubscriberState
from polyvox.newsletter.sending import unsubscribe_url

WEEK = dt.timedelta(days=7)


def send_weekly_digests(now=None) -> int:
    now = now or timezone.now()
    due = Subscriber.objects.filter(Q(last_digest_at__isnull=True) | Q(last_digest_at__lte=now - WEEK),
                                    state=SubscriberState.CONFIRMED, weekly_digest=True)
    sent = 0
    for subscriber in due.select_related("municipality").prefetch_related("themes"):
        if not Subscriber.objects.filter(pk=subscriber.pk).filter(
                Q(last_digest_at__isnull=True) | Q(last_digest_at__lte=now - WEEK)).update(last_digest_at=now):
            continue  # another run took it
        items = digest_items(subscriber)
        if items:
            _send(subscriber, items)
            sent += 1
    return sent


def digest_items(subscriber: Subscriber) -> list:
    themes = {theme.slug for theme in subscriber.themes.all()}
    with translation.override(subscriber.language):
        request = RequestFactory().get("/")
        request.user = AnonymousUser()
        request.LANGUAGE_CODE = subscriber.language
        found = items_now(request, Filters(municipality_id=subscriber.municipality_id))
    return [item for item in found if not themes or not item.themes or themes & set(item.themes)]


def _send(subscriber: Subscriber, items) -> None:
    url = unsubscribe_url(subscriber)
    with translation.override(subscriber.language):
        body = render_to_string("newsletter/email/digest.txt", {"items": items, "site_url": settings.SITE_URL,
                                                                "unsubscribe_url": url})
        mail.EmailMessage(_("This week: what is open to take part in"), body, to=[subscriber.email],
                          headers={"List-Unsubscribe": f"<{url}>",
                                   "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}).send()
