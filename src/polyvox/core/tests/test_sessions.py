"""Sessions read through the shared cache (polyvox.core.sessions, the engine when REDIS_URL is set): a
cache that does not answer leaves the database answering, so people stay signed in and can sign out."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.cache.backends.locmem import LocMemCache
from django.test import Client
from django.urls import reverse

from polyvox.core import sessions

pytestmark = pytest.mark.django_db


class Unreachable(LocMemCache):
    """A cache every call of which fails, as Redis does when it is down."""

    def __init__(self):
        super().__init__("unreachable", {})

    def _fail(self, *args, **kwargs):
        raise ConnectionError("Redis does not answer")

    get = set = add = delete = has_key = get_many = set_many = delete_many = incr = _fail

    def __contains__(self, key):
        self._fail()


def test_signed_in_requests_and_sign_out_work_through_the_cache_and_without_it(settings, monkeypatch):
    settings.SESSION_ENGINE = "polyvox.core.sessions"
    user = get_user_model().objects.create_user(email="session@test.example", password="pw-session-123")
    client = Client()
    client.force_login(user)
    key = client.session.session_key
    store = sessions.SessionStore(key)
    assert store.load()["_auth_user_id"] == str(user.pk)  # read back (and put in the cache)
    assert store._cache.get(store.cache_key) is not None

    monkeypatch.setattr(sessions.SessionStore, "__init__", _with_cache(Unreachable()))
    assert client.get(reverse("accounts:profile")).status_code == 200  # signed in: the session came from the database
    assert sessions.SessionStore().exists(key)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code in (200, 302)
    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=key).exists()  # signed out, even with the cache down


def _with_cache(cache):
    original = sessions.SessionStore.__init__

    def init(self, session_key=None):
        original(self, session_key)
        self._cache = cache

    return init
