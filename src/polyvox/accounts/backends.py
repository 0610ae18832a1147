"""Sign-in lock-out (django-axes): the backend first in AUTHENTICATION_BACKENDS, the cache handler, the cache check."""

import os

from axes.backends import AxesStandaloneBackend
from axes.handlers.cache import AxesCacheHandler
from axes.helpers import get_cache
from django.conf import settings
from django.core import checks


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' check, first in AUTHENTICATION_BACKENDS: a locked account or address is refused.

    Every sign-in page (ours, the admin's) passes the request. A call without one comes from code on the
    server (a management command, a test client's login), has no client address to lock, and is left to
    the next backend instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class LockoutCacheHandler(AxesCacheHandler):
    """django-axes' cache handler, on Django's cache: Redis when REDIS_URL is set, else the process's memory.

    Named apart so that django-axes' own check (axes.W001, which warns about any memory cache) gives way to
    polyvox's, which warns only where memory is wrong: several server processes without REDIS_URL.

    The cache is looked up at each use: django-axes keeps one handler for the life of the process, and its
    own keeps the cache it found first, so a change of CACHES (a test's, a reconfigured process) would go
    on counting in a cache that is no longer the site's.
    """

    def __init__(self):
        pass  # no cache kept: see `cache`

    @property
    def cache(self):
        return get_cache()


@checks.register(checks.Tags.caches, checks.Tags.security)
def shared_cache_check(app_configs, **kwargs):
    """Throttling and lock-outs count in the cache: several processes must share it (REDIS_URL)."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    workers = int(os.environ.get("WEB_CONCURRENCY", "1") or 1)
    if backend.endswith("LocMemCache") and workers > 1:
        return [checks.Warning(
            "Sign-in lock-outs and rate limits are counted in each process's memory, and WEB_CONCURRENCY > 1.",
            hint="Set REDIS_URL so that every server process shares the counts (README: Throttling and second factor).",
            id="polyvox.accounts.W001",
        )]
    return []
