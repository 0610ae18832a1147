"""Throttling of guessable entries (forms, codes) over Django's cache: 429 with Retry-After past a limit.

A limit (settings.THROTTLE_LIMITS["<scope>.<kind>"] = (attempts, seconds)) counts attempts per client
address ("address"), per signed-in account ("account") or per thing guessed at ("target": a budget, an
e-mail address, a code). The window opens at the first counted attempt and closes `seconds` later.
The cache is Redis when REDIS_URL is set, so limits hold across server processes.

Views use one decorator:

    @throttle("code_entry", targets=lambda request, *args, **kwargs: [f"budget:{kwargs['pk']}"])
    def vote(request, pk): ...

By default it counts only failures (a POST answered 400, or any answer 404: a wrong code); with
`count="posts"` every POST counts (sign-up, contact form).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import time
from dataclasses import dataclass

from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

PREFIX = "throttle"


class Throttled(Exception):
    """Too many attempts; retry after `retry_after` seconds."""

    def __init__(self, retry_after: int):
        super().__init__(retry_after)
        self.retry_after = max(1, int(retry_after))


@dataclass(frozen=True)
class Counter:
    """One limit applied to one key, e.g. ("code_entry", "address", "203.0.113.7")."""

    scope: str
    kind: str
    value: str

    @property
    def limit(self) -> tuple[int, int] | None:
        return settings.THROTTLE_LIMITS.get(f"{self.scope}.{self.kind}")

    @property
    def key(self) -> str:
        digest = hashlib.sha256(self.value.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return f"{PREFIX}:{self.scope}:{self.kind}:{digest}"


def client_address(request) -> str:
    """The client's address: REMOTE_ADDR, or, behind TRUSTED_PROXY_COUNT proxies, the address the outermost
    trusted proxy saw (X-Forwarded-For read from the right, so a forged left part is ignored)."""
    remote = request.META.get("REMOTE_ADDR", "") or "unknown"
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < proxies:
        return forwarded[0] if forwarded else remote
    return forwarded[-proxies]


def client_address_of(request) -> str:
    """django-axes' AXES_CLIENT_IP_CALLABLE."""
    return client_address(request)


def counters(request, scope: str, targets=()) -> list[Counter]:
    """The counters of one attempt: its address, its account when signed in, and each target."""
    found = [Counter(scope, "address", client_address(request))]
    user = getattr(request, "user", None)
    if user is not None and getattr(user, "is_authenticated", False):
        found.append(Counter(scope, "account", str(user.pk)))
    found += [Counter(scope, "target", str(target).lower()) for target in targets if target]
    return [c for c in found if c.limit is not None]


def check(request, scope: str, targets=()) -> None:
    """Raise Throttled when one of the attempt's counters has reached its limit."""
    found = counters(request, scope, targets)
    if not found:
        return
    # One round trip to the cache for every counter and its start (a crowd's POSTs each pass here).
    stored = cache.get_many([key for counter in found for key in (counter.key, f"{counter.key}:since")])
    waits = [_wait(counter, stored) for counter in found]
    waits = [w for w in waits if w is not None]
    if waits:
        raise Throttled(max(waits))


def hit(request, scope: str, targets=()) -> None:
    """Count one attempt on each of its counters."""
    now = time.time()
    for counter in counters(request, scope, targets):
        _attempts, seconds = counter.limit
        if cache.add(counter.key, 0, timeout=seconds):
            cache.set(f"{counter.key}:since", now, timeout=seconds)
        try:
            cache.incr(counter.key)
        except ValueError:  # expired between add and incr: start a new window
            cache.set(counter.key, 1, timeout=seconds)
            cache.set(f"{counter.key}:since", now, timeout=seconds)


def reset(request, scope: str, targets=()) -> None:
    for counter in counters(request, scope, targets):
        cache.delete_many([counter.key, f"{counter.key}:since"])


def throttled_response(request, retry_after: int, status: int = 429):
    """The translated "too many attempts" page, with Retry-After."""
    minutes = max(1, -(-int(retry_after) // 60))
    response = render(request, "accounts/throttled.html", {
        "retry_after": int(retry_after), "minutes": minutes,
        "wait_text": ngettext("Please try again in %(minutes)s minute.", "Please try again in %(minutes)s minutes.",
                              minutes) % {"minutes": minutes},
        "title": _("Too many attempts"),
    }, status=status)
    response["Retry-After"] = str(int(retry_after))
    response["Cache-Control"] = "no-store"
    return response


def throttle(scope: str, *, targets=None, count: str = "failures", failure_statuses=None):
    """Decorate a view: refuse with 429 past the scope's limits; count failures (default) or every POST.

    `targets(request, *args, **kwargs)` names what is guessed at (e.g. the budget) for per-target limits.
    `failure_statuses` (e.g. (404,)) counts only answers with these statuses as failures.
    """

    def decorate(view):
        if asyncio.iscoroutinefunction(view):
            return _decorate_async(view, scope, targets, count, failure_statuses)

        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            named = list(targets(request, *args, **kwargs)) if targets else []
            if request.method == "POST" or _is_code_in_url(kwargs):
                try:
                    check(request, scope, named)
                except Throttled as throttled:
                    return throttled_response(request, throttled.retry_after)
            if count == "posts" and request.method == "POST":
                hit(request, scope, named)
            try:
                response = view(request, *args, **kwargs)
            except Http404:
                if count == "failures" and _is_failure(request, 404, kwargs, failure_statuses):
                    hit(request, scope, named)
                raise
            if count == "failures" and _is_failure(request, response.status_code, kwargs, failure_statuses):
                hit(request, scope, named)
            return response

        return wrapped

    return decorate


def _decorate_async(view, scope, targets, count, failure_statuses):
    """The same for an async view (e.g. a live stream reached by code); the cache is used from a thread."""

    @functools.wraps(view)
    async def wrapped(request, *args, **kwargs):
        named = list(targets(request, *args, **kwargs)) if targets else []
        if request.method == "POST" or _is_code_in_url(kwargs):
            try:
                await sync_to_async(check)(request, scope, named)
            except Throttled as throttled:
                return await sync_to_async(throttled_response)(request, throttled.retry_after)
        if count == "posts" and request.method == "POST":
            await sync_to_async(hit)(request, scope, named)
        try:
            response = await view(request, *args, **kwargs)
        except Http404:
            if count == "failures" and _is_failure(request, 404, kwargs, failure_statuses):
                await sync_to_async(hit)(request, scope, named)
            raise
        if count == "failures" and _is_failure(request, response.status_code, kwargs, failure_statuses):
            await sync_to_async(hit)(request, scope, named)
        return response

    return wrapped


def _is_code_in_url(kwargs) -> bool:
    return "code" in kwargs


def _is_failure(request, status: int, kwargs, failure_statuses=None) -> bool:
    if failure_statuses:
        return status in failure_statuses
    if status == 404 and _is_code_in_url(kwargs):
        return True
    return request.method == "POST" and status in (400, 404)


def _wait(counter: Counter, stored: dict) -> int | None:
    attempts, seconds = counter.limit
    used = stored.get(counter.key, 0)
    if used < attempts:
        return None
    since = stored.get(f"{counter.key}:since")
    if since is None:
        return seconds
    return max(1, int(since + seconds - time.time()) + 1)
