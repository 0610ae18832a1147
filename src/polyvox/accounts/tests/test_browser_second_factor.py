"""In a real browser: enrolling an authenticator app (QR code, key, recovery codes), the second step at
sign-in, and the 429 page of a sign-in lock-out; axe-core on each, the enrolment page at 390 px."""

import base64
import os
import re

import pytest
from django_otp.oath import totp

from polyvox.accounts.models import User
from polyvox.accounts.testing import next_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "Un-long-mot-de-passe-2026"


@pytest.fixture(autouse=True, scope="module")
def allow_database_beside_playwright():
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def sign_in_with_password(page, base, email, language="fr"):
    page.goto(f"{base}/{language}/accounts/login/")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()


def test_staff_enrols_an_app_on_a_phone_sized_screen_then_signs_in_with_it(live_server, new_page, axe_check):
    User.objects.create_user(email="sarah@example.org", password=PASSWORD, is_staff=True, is_active=True,
                             email_confirmed=True, preferred_language="fr")
    page = new_page(viewport={"width": 390, "height": 844})
    sign_in_with_password(page, live_server.url, "sarah@example.org")
    assert "/fr/accounts/second-factor/setup/" in page.url
    assert page.get_by_role("heading", name="Activer la connexion en deux étapes").is_visible()
    assert page.locator(".qr-code svg").count() == 1
    axe_check(page, "second-factor enrolment")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    secret = page.locator("#totp-secret").inner_text().strip()
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    page.get_by_label("Code").fill(f"{totp(key):06d}")
    page.get_by_role("button", name="Confirmer l'application").click()
    page.wait_for_load_state()
    codes = [c.strip() for c in page.locator(".recovery-codes code").all_inner_texts()]
    assert len(codes) == 10 and all(re.fullmatch(r"[a-z2-7]{8}", c) for c in codes)
    axe_check(page, "recovery codes")
    page.get_by_role("link", name="Je les ai conservés : continuer").click()
    page.wait_for_load_state()
    assert "/second-factor/" not in page.url

    # Next time: password, then the app's code.
    other = new_page(viewport={"width": 390, "height": 844})
    sign_in_with_password(other, live_server.url, "sarah@example.org")
    assert "/fr/accounts/second-factor/?next=" in other.url
    axe_check(other, "second step of the sign-in")
    other.get_by_label("Code").fill(next_code(User.objects.get(email="sarah@example.org")))
    other.get_by_role("button", name="Confirmer").click()
    other.wait_for_load_state()
    assert "/second-factor/" not in other.url
    other.goto(f"{live_server.url}/fr/accounts/profile/")
    assert other.get_by_role("heading", name="Connexion en deux étapes").is_visible()


def test_sign_in_lock_out_shows_the_translated_429_page(live_server, page, axe_check, settings):
    User.objects.create_user(email="pieter@example.org", password=PASSWORD, is_active=True, email_confirmed=True,
                             preferred_language="nl")
    for n in range(settings.LOGIN_FAILURE_LIMIT):
        page.goto(f"{live_server.url}/nl/accounts/login/")
        page.fill("input[name=username]", "pieter@example.org")
        page.fill("input[name=password]", f"fout-{n}")
        with page.expect_response(lambda r: r.request.method == "POST") as answer:
            page.click("main button[type=submit]")
    assert answer.value.status == 429 and int(answer.value.headers["retry-after"]) > 0
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Te veel pogingen").is_visible()
    assert "Probeer het over" in page.content()
    axe_check(page, "429 page")
