"""What the test suites of every app share: asynchronous code, contributions declared for one test (imported by tests only)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor


def run_coroutine(coroutine):
    """Run a coroutine to its end in an event loop of a thread of its own and return its result.

    Browser tests earlier in the same process leave Playwright's event loop running in the main thread,
    where `asyncio.run` refuses to start: every test that drives asynchronous code goes through here."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def declare(monkeypatch, *contributions):
    """Add contributions to the registry for one test (on the core app's config; undone after the test), as an
    app would declare them in its AppConfig."""
    from django.apps import apps

    config = apps.get_app_config("core")
    monkeypatch.setattr(config, "contributes", (*getattr(config, "contributes", ()), *contributions))
