import io
from datetime import date

import pytest
from django.core import mail
from django.core.cache import cache

from polyvox.pages import demo
from polyvox.pages.models import FaqEntry, NewsItem, Page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def pages():
    for key in ("about", "contact", "privacy", "accessibility"):
        Page.objects.create(key=key, title_fr=f"Titre {key}", title_nl=f"Titel {key}", title_en=f"Title {key}", body_fr=f"Texte **{key}**", body_nl=f"Tekst **{key}**", body_en=f"Text **{key}**")


@pytest.mark.parametrize("name", ["about", "privacy", "accessibility"])
@pytest.mark.parametrize("lang, title", [("fr", "Titre"), ("nl", "Titel"), ("en", "Title")])
def test_editorial_pages_render_their_page_record_in_each_language(client, pages, name, lang, title):
    response = client.get(f"/{lang}/{name}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"{title} {name}" in html and f"<strong>{name}</strong>" in html
    assert "fallback-note" not in html


def test_a_missing_translation_falls_back_with_a_visible_note(client):
    Page.objects.create(key="about", title_fr="À propos", body_fr="Seulement en français.")
    html = client.get("/nl/about/").content.decode()
    assert "Seulement en français." in html
    assert "fallback-note" in html and "Frans" in html
    assert 'lang="fr"' in html


def test_a_page_not_written_yet_says_so(client):
    response = client.get("/en/privacy/")
    assert response.status_code == 200
    assert "Page being written" in response.content.decode()


def test_page_markdown_is_sanitised(client):
    Page.objects.create(key="about", title_fr="A", body_fr='<script>alert(1)</script>[x](javascript:alert(2)) <img src=x onerror=alert(3)>')
    html = client.get("/fr/about/").content.decode()
    assert "<script>alert(1)" not in html and "javascript:" not in html and "onerror" not in html


def test_news_list_and_detail(client):
    NewsItem.objects.create(slug="older", title_fr="Ancienne", summary_fr="a", body_fr="a", published=date(2022, 6, 1))
    NewsItem.objects.create(slug="newer", title_fr="Récente", title_nl="Recent", summary_fr="b", summary_nl="b", body_fr="Corps *riche*", body_nl="Rijke tekst", published=date(2026, 9, 1))
    html = client.get("/fr/news/").content.decode()
    assert html.index("Récente") < html.index("Ancienne")
    detail = client.get("/nl/news/newer/")
    assert detail.status_code == 200 and "Rijke tekst" in detail.content.decode()
    assert client.get("/fr/news/unknown/").status_code == 404
    assert client.get("/fr/news/?page=999").status_code == 200
    assert client.get("/fr/news/?page=abc").status_code == 200


def test_news_list_paginates(client):
    for day in range(1, 13):
        NewsItem.objects.create(slug=f"n{day}", title_fr=f"Actualité {day}", summary_fr="s", body_fr="b", published=date(2025, 1, day))
    page2 = client.get("/fr/news/?page=2").content.decode()
    assert "Actualité 2<" in page2 and "Actualité 12<" not in page2
    assert 'aria-current="page">2<' in page2


def test_faq_lists_entries_with_anchors(client):
    first = FaqEntry.objects.create(question_fr="Qu'est-ce que l'inventaire ?", answer_fr="Une liste.", order=10)
    FaqEntry.objects.create(question_fr="Comment participer ?", answer_fr="En ligne.", order=20)
    html = client.get("/fr/faq/").content.decode()
    assert f'href="#faq-{first.pk}"' in html and f'id="faq-{first.pk}"' in html
    assert html.index("Qu&#x27;est-ce que l&#x27;inventaire") < html.index("Comment participer")


def test_contact_page_shows_the_service_addresses(client, pages):
    Page.objects.filter(key="contact").update(body_fr="[participation@perspective.brussels](mailto:participation@perspective.brussels)")
    html = client.get("/fr/contact/").content.decode()
    assert "participation@perspective.brussels" in html
    assert 'name="website"' in html and 'class="honeypot" aria-hidden="true"' in html


def contact_data(**changes):
    data = {"name": "Ana Peeters", "email": "ana@example.org", "organisation": "", "subject": "general", "message": "Bonjour, une question sur la centrale de marchés.", "website": ""}
    data.update(changes)
    return data


def test_contact_form_emails_the_service_and_confirms(client):
    response = client.post("/fr/contact/", contact_data(), follow=True)
    assert "Merci : votre message a été envoyé" in response.content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["participation@perspective.brussels"]
    assert message.reply_to == ["ana@example.org"]
    assert "une question sur la centrale" in message.body


def test_dutch_messages_go_to_the_dutch_mailbox(client):
    client.post("/nl/contact/", contact_data(message="Dag, een vraag over de opdrachtcentrale."))
    assert mail.outbox[0].to == ["participatie@perspective.brussels"]


def test_contact_form_errors_keep_the_input_and_are_translated(client):
    response = client.post("/nl/contact/", contact_data(email="not-an-address", message="kort", name="Jan <b>Janssens</b>"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Gelieve het volgende te verbeteren" in html
    assert "Voer een geldig e-mailadres in" in html  # Django's own Dutch message
    assert 'value="not-an-address"' in html
    assert "Jan &lt;b&gt;Janssens&lt;/b&gt;" in html
    assert "kort</textarea>" in html
    assert not mail.outbox


def test_honeypot_submissions_are_silently_dropped(client):
    response = client.post("/fr/contact/", contact_data(website="http://spam.example"), follow=True)
    assert "Merci" in response.content.decode()
    assert not mail.outbox


def test_contact_form_is_rate_limited(client, settings):
    limit = settings.THROTTLE_LIMITS["contact.address"][0]
    for _ in range(limit):
        client.post("/fr/contact/", contact_data())
    response = client.post("/fr/contact/", contact_data())
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert "Trop de tentatives" in response.content.decode()
    assert len(mail.outbox) == limit


def test_demo_content_is_complete_in_three_languages_and_idempotent():
    demo.load(io.StringIO(), {})
    demo.load(io.StringIO(), {})
    assert Page.objects.count() == 4
    assert 5 <= NewsItem.objects.count() <= 8
    assert FaqEntry.objects.count() >= 6
    for record, fields in [(p, ("title", "body")) for p in Page.objects.all()] + [
        (n, ("title", "summary", "body")) for n in NewsItem.objects.all()
    ] + [(f, ("question", "answer")) for f in FaqEntry.objects.all()]:
        for field in fields:
            for lang in ("fr", "nl", "en"):
                assert (getattr(record, f"{field}_{lang}") or "").strip(), f"{record} {field}_{lang} is empty"
    privacy = Page.objects.get(key="privacy")
    assert "dpo@perspective.brussels" in privacy.body_fr and "Autorité de protection des données" in privacy.body_fr
    accessibility = Page.objects.get(key="accessibility")
    for lang in ("fr", "nl", "en"):
        body = getattr(accessibility, f"body_{lang}")
        assert "WCAG 2.1" in body and "EN 301 549" in body
    assert NewsItem.objects.filter(body_fr__contains="BRI-CO").exists()
