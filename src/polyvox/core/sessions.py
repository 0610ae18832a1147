"""Sessions in the database, read through the shared cache (Redis): Django's `cached_db`, which a cache
that does not answer (Redis restarting, unreachable) does not turn into 500s.

Django's own `cached_db` already falls back to the database when reading the cache fails, and only logs
a failed write after saving; but it lets a failure through when it puts a session read from the database
back into the cache, when it asks whether a key exists, and when it deletes (sign-out). Here each of those
is logged and the database answers alone: with Redis down, people stay signed in and can sign out; the
cache is filled again once it answers (settings: SESSION_ENGINE, when REDIS_URL is set).
"""

from __future__ import annotations

import logging

from django.contrib.sessions.backends.cached_db import SessionStore as CachedDBStore

logger = logging.getLogger("polyvox.sessions")


class SessionStore(CachedDBStore):
    def load(self):
        try:
            data = self._cache.get(self.cache_key)
        except Exception:  # the cache does not answer, or refuses the key: the database does
            data = None
        if data is not None:
            return data
        stored = self._get_session_from_db()
        if not stored:
            return {}
        data = self.decode(stored.session_data)
        try:
            self._cache.set(self.cache_key, data, self.get_expiry_age(expiry=stored.expire_date))
        except Exception:
            logger.warning("session cache unavailable: read from the database", exc_info=True)
        return data

    def exists(self, session_key):
        try:
            if session_key and (self.cache_key_prefix + session_key) in self._cache:
                return True
        except Exception:
            logger.warning("session cache unavailable: asked the database", exc_info=True)
        return super(CachedDBStore, self).exists(session_key)

    def delete(self, session_key=None):
        super(CachedDBStore, self).delete(session_key)  # the database first: the session is gone
        if session_key is None:
            if self.session_key is None:
                return
            session_key = self.session_key
        try:
            self._cache.delete(self.cache_key_prefix + session_key)
        except Exception:
            logger.error("session cache unavailable: a deleted session may stay in it until it expires", exc_info=True)
