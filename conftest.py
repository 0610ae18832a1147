"""Fixtures shared by every app's tests: a headless Chromium page, axe-core, PostgreSQL detection."""

from __future__ import annotations

import os
import shutil

import pytest

# Playwright's sync API runs an event loop in the test thread; Django would otherwise refuse the
# database calls made around browser tests (flushes, fixtures) as "unsafe in an async context".
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(config, items):
    from django.conf import settings

    on_postgres = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL to a PostgreSQL server (CI's second run does)"))


@pytest.fixture(scope="session")
def chromium():
    """A headless Debian Chromium driven by Playwright; skipped with the reason when it is missing."""
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium not found at {CHROMIUM} (make test installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A fresh browser page (own context: cookies are not shared between tests)."""
    context = chromium.new_context(locale="fr-BE", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def new_page(chromium):
    """A factory of independent pages (e.g. a facilitator and two participants)."""
    contexts = []

    def make(locale="fr-BE", **kwargs):
        context = chromium.new_context(locale=locale, viewport=kwargs.pop("viewport", {"width": 1280, "height": 900}), **kwargs)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def axe_check():
    """Run axe-core on a page; fails listing every serious or critical violation."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page, context: str = ""):
        results = axe.run(page)
        violations = [
            v for v in results.response["violations"] if v.get("impact") in {"serious", "critical"}
        ]
        details = "\n".join(
            f"- {v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}" for v in violations
        )
        assert not violations, f"axe-core found serious/critical violations on {context or page.url}:\n{details}"

    return check


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: throttling counters and lock-outs never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
