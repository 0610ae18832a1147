import pytest
from django.contrib.auth.models import AnonymousUser

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_html_lang_matches_the_address(client, lang):
    assert f'<html lang="{lang}">' in client.get(f"/{lang}/").content.decode()


def test_language_switcher_keeps_the_page_and_its_query_string(client):
    response = client.get("/fr/search/?q=participation&x=1")
    switcher = {item["code"]: item["url"] for item in response.context["language_switcher"]}
    assert switcher == {
        "fr": "/fr/search/?q=participation&x=1",
        "nl": "/nl/search/?q=participation&x=1",
        "en": "/en/search/?q=participation&x=1",
    }
    html = response.content.decode()
    assert 'href="/nl/search/?q=participation&amp;x=1" hreflang="nl" lang="nl"' in html


def test_the_root_redirects_to_french_by_default(client):
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/fr/"


@pytest.mark.parametrize(
    "lang, text",
    [("fr", "Page non trouvée"), ("nl", "Pagina niet gevonden"), ("en", "Page not found")],
)
def test_unknown_addresses_give_a_translated_404(client, lang, text):
    response = client.get(f"/{lang}/no-such-page/?a=1")
    assert response.status_code == 404
    html = response.content.decode()
    assert text in html and f'<html lang="{lang}">' in html
    switcher = {item["code"]: item["url"] for item in response.context["language_switcher"]}
    assert switcher["nl"] == "/nl/no-such-page/?a=1"


def test_mobile_menu_markup_is_accessible(client):
    html = client.get("/fr/").content.decode()
    assert 'aria-controls="site-menu"' in html and 'id="site-menu"' in html
    assert 'class="skip-link" href="#main"' in html


def test_403_and_400_pages_are_translated(rf):
    from django.utils import translation

    from polyvox.core import views

    request = rf.get("/nl/x/")
    request.user = AnonymousUser()
    with translation.override("nl"):
        denied = views.permission_denied(request)
        bad = views.bad_request(request)
    assert denied.status_code == 403 and "Geen toegang" in denied.content.decode()
    assert bad.status_code == 400 and "Ongeldig verzoek" in bad.content.decode()
