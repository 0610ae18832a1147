"""What the test suites of every app share for asynchronous code (imported by tests only)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor


def run_coroutine(coroutine):
    """Run a coroutine to its end in an event loop of a thread of its own and return its result.

    Browser tests earlier in the same process leave Playwright's event loop running in the main thread,
    where `asyncio.run` refuses to start: every test that drives asynchronous code goes through here."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
