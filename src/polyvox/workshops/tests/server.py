"""A real ASGI server (uvicorn) on a free port with its own migrated SQLite file, for streaming tests.

pytest-django's live_server speaks WSGI and cannot stream Server-Sent Events, so tests that need the
live stream start uvicorn in a subprocess against a temporary database made for the purpose.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

SETUP = r"""
import json
from django.contrib.auth import get_user_model, BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from polyvox.organisations.models import Organisation, Role, RoleAssignment
User = get_user_model()
user, _ = User.objects.get_or_create(email="facilitator@test.example", defaults={"display_name": "Fa"})
user.set_password("pw-123456"); user.save()
org, _ = Organisation.objects.get_or_create(slug="test-facilitators", defaults={"name": "Test", "kind": "provider"})
RoleAssignment.objects.get_or_create(user=user, organisation=org, role=Role.FACILITATOR)
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
from django.conf import settings
session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]  # the one that signs people in by password
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print("SETUP" + json.dumps({"session": session.session_key}))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(var_dir: Path, **extra) -> dict:
    env = dict(os.environ)
    env.update({
        "DJANGO_SETTINGS_MODULE": "polyvox.workshops.tests.live_settings",
        "POLYVOX_VAR_DIR": str(var_dir),
        "DATABASE_URL": f"sqlite:///{var_dir / 'server.sqlite3'}",
        "SECRET_KEY": "workshop-live-tests",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "LOG_LEVEL": "ERROR",
    })
    env.update({k: v for k, v in extra.items() if v is not None})
    return env


def prepare(var_dir: Path, env: dict) -> dict:
    """Migrate the temporary database (a copy of a cached migrated one when the migrations did not change)
    and create a signed-in facilitator."""
    python = [sys.executable, "-m", "polyvox"]
    database = var_dir / "server.sqlite3"
    cached = Path(tempfile.gettempdir()) / f"polyvox-live-{_migrations_key()}.sqlite3"
    if cached.exists():
        shutil.copyfile(cached, database)
    else:
        subprocess.run([*python, "migrate", "--noinput", "-v", "0"], env=env, check=True)
        shutil.copyfile(database, cached)
    output = subprocess.run([*python, "manage", "shell", "-c", SETUP], env=env, check=True, capture_output=True, text=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("SETUP"))
    return json.loads(line[len("SETUP"):])


def _migrations_key() -> str:
    """A digest of every migration file of the project (path, size, modification time)."""
    package = Path(__file__).resolve().parents[2]
    digest = hashlib.sha256()
    for path in sorted(package.glob("*/migrations/*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def start(env: dict, port: int) -> subprocess.Popen:
    return wait_until_up(launch(env, port), port)


def launch(env: dict, port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "polyvox.asgi:application", "--host", "127.0.0.1", "--port", str(port),
         "--no-access-log", "--timeout-graceful-shutdown", "1", "--log-level", "warning"],
        env=env,
    )
    return process


def wait_until_up(process: subprocess.Popen, port: int) -> subprocess.Popen:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
        if process.poll() is not None:
            raise RuntimeError("uvicorn stopped while starting")
    process.kill()
    raise RuntimeError("uvicorn did not answer within 30 s")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
