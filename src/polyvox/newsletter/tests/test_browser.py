"""The newsletter's pages in a real browser with axe-core, in FR, NL and EN: subscribe, confirm, unsubscribe, the
archive; the staff's composition and preview."""

import pytest

from polyvox.accounts.testing import sign_in_page
from polyvox.initiatives.tests import factories as f
from polyvox.newsletter.models import Edition, Subscriber

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_newsletter_pages_are_accessible(transactional_db, live_server, page, axe_check, lang):
    subscriber = Subscriber.objects.create(email="a@example.org", language=lang)
    Edition.objects.create(language=lang, subject="Essai", intro="Bonjour", blocks=["events"], state="sent",
                           body_html="<article><h1>Essai</h1><p>Bonjour</p></article>")
    for path in ("newsletter/", "newsletter/sent/", f"newsletter/confirm/{subscriber.confirm_token}/",
                 f"newsletter/unsubscribe/{subscriber.unsubscribe_token}/", "newsletter/archive/",
                 "newsletter/unsubscribe/forged/"):
        page.goto(f"{live_server.url}/{lang}/{path}")
        axe_check(page, f"{path} ({lang})")
    sign_in_page(page, live_server.url, f.user("staff@test.example", staff=True))
    page.goto(f"{live_server.url}/{lang}/newsletter/editions/new/")
    axe_check(page, f"compose ({lang})")
    page.locator("#id_subject").fill("Lettre de test")
    page.locator("#id_segment").fill("nope")
    page.locator(".form-narrow form button[type=submit]").click()
    axe_check(page, f"compose with an error ({lang})")
    assert not Edition.objects.filter(subject="Lettre de test").exists()
    page.locator("#id_segment").fill("")
    page.locator(".form-narrow form button[type=submit]").click()
    page.wait_for_url("**/newsletter/editions/*/")
    axe_check(page, f"preview ({lang})")


def test_subscribe_and_confirm_on_a_phone(transactional_db, live_server, new_page, axe_check):
    page = new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{live_server.url}/fr/newsletter/")
    page.get_by_label("Adresse e-mail").fill("marie@example.org")
    page.get_by_role("button", name="S'abonner").click()
    assert page.get_by_text("Sans votre consentement").first.is_visible()
    page.get_by_label("J'accepte de recevoir").check()
    page.get_by_role("button", name="S'abonner").click()
    page.wait_for_url("**/fr/newsletter/sent/")
    subscriber = Subscriber.objects.get()
    page.goto(f"{live_server.url}/fr/newsletter/confirm/{subscriber.confirm_token}/")
    page.get_by_role("button", name="Confirmer mon abonnement").click()
    assert page.get_by_text("Votre abonnement est confirmé").is_visible()
    subscriber.refresh_from_db()
    assert subscriber.state == "confirmed"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
