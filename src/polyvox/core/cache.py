"""Django's Redis cache with one connection pool per process, not one per request.

Django builds its cache objects per request context (`django.core.cache.caches` is context-local), and
its Redis client keeps its connection pool on that object: every request opened a new TCP connection to
Redis, with its handshake, and threw it away. Here the pools live at the class, shared by every request
of the process (redis-py's pool is thread-safe), so a request borrows an open connection.
"""

from __future__ import annotations

import os
import threading

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class SharedPoolClient(RedisCacheClient):
    _shared: dict[tuple, object] = {}
    _lock = threading.Lock()

    def _get_connection_pool(self, write):
        index = self._get_connection_pool_index(write)
        key = (os.getpid(), self._servers[index], tuple(sorted((k, repr(v)) for k, v in self._pool_options.items())))
        pool = self._shared.get(key)
        if pool is None:
            with self._lock:
                pool = self._shared.get(key)
                if pool is None:
                    pool = self._pool_class.from_url(self._servers[index], **self._pool_options)
                    self._shared[key] = pool
        return pool


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedPoolClient
