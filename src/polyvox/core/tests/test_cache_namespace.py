"""Two deployments on one Redis keep their cache, and so their rate-limit counters, apart by default."""

from __future__ import annotations

import os
import subprocess
import sys


def _cache_prefix(**env) -> str:
    code = "from polyvox import settings; print(settings.CACHES['default'].get('KEY_PREFIX'))"
    environment = {**os.environ, "SECRET_KEY": "k" * 60, "REDIS_URL": "redis://127.0.0.1:6379/0", **env}
    environment.pop("CACHE_KEY_PREFIX", None) if "CACHE_KEY_PREFIX" not in env else None
    done = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_each_deployment_gets_its_own_cache_prefix(tmp_path):
    one = _cache_prefix(DATABASE_URL=f"sqlite:///{tmp_path / 'one.sqlite3'}")
    two = _cache_prefix(DATABASE_URL=f"sqlite:///{tmp_path / 'two.sqlite3'}")
    assert one.startswith("polyvox:") and two.startswith("polyvox:")
    assert one != two
    assert one == _cache_prefix(DATABASE_URL=f"sqlite:///{tmp_path / 'one.sqlite3'}")  # every process of one deployment


def test_an_explicit_prefix_wins(tmp_path):
    assert _cache_prefix(DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite3'}", CACHE_KEY_PREFIX="city-a") == "city-a"
