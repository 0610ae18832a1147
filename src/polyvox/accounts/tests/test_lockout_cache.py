"""The lock-out counts always go to the site's current cache, never to one the handler found first."""

from __future__ import annotations

import pytest
from django.core.cache import caches
from django.test import override_settings

from polyvox.accounts.backends import LockoutCacheHandler

OTHER = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "lockout-other"}}


@pytest.mark.django_db
def test_the_handler_follows_a_change_of_cache():
    handler = LockoutCacheHandler()
    with override_settings(CACHES=OTHER):
        assert handler.cache is caches["default"]
        handler.cache.set("probe", "other")
    # Back on the site's cache: what was counted elsewhere is not seen here, and the handler writes here.
    assert handler.cache is caches["default"]
    assert handler.cache.get("probe") is None
