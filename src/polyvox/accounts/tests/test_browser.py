"""Sign-up, confirmation and sign-in in a real browser."""

import os
import re

import pytest
from django.core import mail

from polyvox.accounts.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "Un-long-mot-de-passe-2026"


@pytest.fixture(autouse=True, scope="module")
def allow_database_beside_playwright():
    """Playwright's sync API runs an event loop in this thread; the ORM must still work here."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def test_sign_up_confirm_and_sign_in_in_the_browser(page, live_server, axe_check):
    mail.outbox.clear()
    page.goto(f"{live_server.url}/fr/")
    page.get_by_role("link", name="Créer un compte").click()
    axe_check(page)
    page.get_by_label("Adresse e-mail").fill("lotte@example.org")
    page.get_by_label("Nom affiché aux autres (facultatif)").fill("Lotte")
    page.get_by_label("Langue préférée").select_option("nl")
    page.locator("#id_password1").fill(PASSWORD)
    page.get_by_label("Confirmez le mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Créer mon compte").click()
    page.wait_for_url("**/fr/accounts/signup/done/")
    assert page.get_by_role("heading", name="Consultez vos e-mails").is_visible()
    assert "lotte@example.org" in page.content()

    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    assert link.startswith(live_server.url + "/nl/accounts/confirm/")
    page.goto(link)
    page.wait_for_url("**/nl/accounts/login/?email=*")
    assert "Uw e-mailadres is bevestigd" in page.content()
    assert page.get_by_label("E-mailadres").input_value() == "lotte@example.org"
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url(f"{live_server.url}/nl/")
    assert page.get_by_role("link", name="Lotte").is_visible()
    assert User.objects.get(email="lotte@example.org").email_confirmed

    page.get_by_role("button", name="Afmelden").click()
    page.wait_for_url(f"{live_server.url}/nl/")
    assert page.get_by_role("link", name="Aanmelden").is_visible()


def test_sign_in_errors_are_shown_and_accessible(page, live_server, axe_check):
    User.objects.create_user(email="ana@example.org", password=PASSWORD, is_active=True, email_confirmed=True, preferred_language="en")
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("E-mail address").fill("ana@example.org")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Sign in").click()
    assert page.get_by_role("alert").is_visible()
    assert "The e-mail address or the password is wrong." in page.content()
    axe_check(page)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/en/")
