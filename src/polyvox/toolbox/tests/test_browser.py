"""Accessibility of the toolbox in a real browser: no serious or critical axe-core violation."""

import io
import os

import pytest


@pytest.fixture(autouse=True, scope="module")
def allow_database_beside_playwright():
    """Playwright's sync API keeps an event loop in this thread; the database calls of the tests' own
    fixtures (and the flush after each test) are plain synchronous code, so Django's async guard is lifted
    for this module only. Tests name the database fixtures before `page`, so that the test database
    exists before Chromium starts."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def demo_content(transactional_db):
    from polyvox.toolbox import demo

    demo.load(io.StringIO(), {})


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_toolbox_pages_pass_axe(demo_content, live_server, page, axe_check, lang):
    for path in (f"/{lang}/toolbox/", f"/{lang}/toolbox/methods/mini-publics-deliberatifs/", f"/{lang}/glossary/"):
        page.goto(live_server.url + path)
        assert page.locator("html").get_attribute("lang") == lang
        axe_check(page, path)


@pytest.mark.browser
def test_glossary_letter_link_jumps_to_its_terms(demo_content, live_server, page):
    page.goto(live_server.url + "/nl/glossary/")
    page.locator(".letters").get_by_role("link", name="L", exact=True).click()
    assert page.url.endswith("#letter-l")
    assert page.locator("#tirage-au-sort").is_visible()
