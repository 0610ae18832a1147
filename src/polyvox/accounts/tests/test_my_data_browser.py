"""In a real browser: the "My data" page (axe-core, 390 px) and its download; the privacy page's retention table."""

from __future__ import annotations

import io
import json

import pytest

from polyvox.accounts.models import User
from polyvox.accounts.testing import sign_in_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_my_data_page_downloads_the_json(page, live_server, axe_check, lang):
    user = User.objects.create_user(email=f"ana.{lang}@example.test", password="x-pass-2026", email_confirmed=True)
    sign_in_page(page, live_server.url, user)
    page.goto(f"{live_server.url}/{lang}/accounts/profile/")
    page.click("a[href$='/accounts/profile/data/']")
    axe_check(page, "my data page")
    page.set_viewport_size({"width": 390, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    with page.expect_download() as info:
        page.click("main form button[type=submit]")
    data = json.loads(open(info.value.path(), encoding="utf-8").read())
    assert data["account"]["email"] == user.email


def test_privacy_page_with_its_retention_table_is_accessible(page, live_server, axe_check):
    from polyvox.pages import demo

    demo.load(io.StringIO(), {})
    for lang in ("fr", "nl", "en"):
        page.goto(f"{live_server.url}/{lang}/privacy/")
        from polyvox.core import retention

        assert page.locator("[data-retention]").count() == len(retention.periods())  # one row per period the code enforces
        axe_check(page, f"privacy {lang}")
