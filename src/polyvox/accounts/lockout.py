"""Sign-in lock-out (django-axes hooks): a delay that doubles with each lock-out, the 429 page, the owner's e-mail.

django-axes counts wrong passwords per account (the e-mail typed) and per client address in the cache;
at settings.LOGIN_FAILURE_LIMIT it refuses every sign-in of that account or address, the right password
included, for the cool-off computed here: LOGIN_LOCKOUT_SECONDS, doubled for each lock-out of the same
account or address in the last LOGIN_LOCKOUT_MEMORY_SECONDS, at most LOGIN_LOCKOUT_MAX_SECONDS.
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import timedelta

from axes.signals import user_locked_out
from django.conf import settings
from django.core.cache import cache
from django.dispatch import receiver

from polyvox.accounts.throttling import client_address, throttled_response

logger = logging.getLogger(__name__)
PREFIX = "lockout"


def username_of(request, credentials=None) -> str:
    """The e-mail typed, lower-cased, so that Lea@ and lea@ share one count (AXES_USERNAME_CALLABLE)."""
    credentials = credentials or {}
    value = credentials.get("username") or credentials.get("email")
    if not value and request is not None:
        data = getattr(request, "data", None) or getattr(request, "POST", {})
        value = data.get("username") or data.get("email")
    return str(value or "").strip().lower()[:254]


def cool_off(request=None) -> timedelta:
    """AXES_COOLOFF_TIME: the base delay, doubled per earlier lock-out of this account or address."""
    earlier = max((cache.get(key, 0) for key in _keys(request, "count")), default=0)
    seconds = min(settings.LOGIN_LOCKOUT_SECONDS * (2 ** min(earlier, 30)), settings.LOGIN_LOCKOUT_MAX_SECONDS)
    return timedelta(seconds=seconds)


def seconds_left(request) -> int:
    """Seconds until the lock-out of this request's account or address ends."""
    until = max((cache.get(key, 0) for key in _keys(request, "until")), default=0)
    if until:
        return max(1, int(until - time.time()) + 1)
    return int(cool_off(request).total_seconds())


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the translated 429 page with Retry-After."""
    return throttled_response(request, seconds_left(request))


@receiver(user_locked_out)
def on_locked_out(sender, request, username=None, ip_address=None, **kwargs):
    """Remember the lock-out (the next one lasts twice as long) and e-mail the account's owner once."""
    delay = int(cool_off(request).total_seconds())
    until = time.time() + delay
    fresh = False
    for key in _keys(request, "until"):
        fresh = cache.add(key, until, timeout=delay) or fresh
    if not fresh:
        return  # an attempt during a lock-out already counted and announced
    for key in _keys(request, "count"):
        if cache.add(key, 1, timeout=settings.LOGIN_LOCKOUT_MEMORY_SECONDS):
            continue
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, timeout=settings.LOGIN_LOCKOUT_MEMORY_SECONDS)
    email = username_of(request, getattr(request, "axes_credentials", None)) or (username or "")
    if email:
        from polyvox.accounts.tasks import send_lockout_notice

        try:
            send_lockout_notice.enqueue(email, max(1, delay // 60), client_address(request))
        except Exception:  # the lock-out holds even when the notice cannot be queued
            logger.exception("lock-out notice not queued")


def _keys(request, kind: str) -> list[str]:
    if request is None:
        return []
    keys = [f"{PREFIX}:{kind}:address:{_digest(client_address(request))}"]
    email = username_of(request, getattr(request, "axes_credentials", None))
    if email:
        keys.append(f"{PREFIX}:{kind}:account:{_digest(email)}")
    return keys


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:32]
