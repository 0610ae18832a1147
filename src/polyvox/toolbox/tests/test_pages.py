"""The toolbox's pages in French, Dutch and English: the right content, fallback notes, the A-Z glossary,
practical cases linking to published initiatives only, Markdown made harmless."""

import re

import pytest
from django.urls import reverse
from django.utils.html import escape
from django.utils import translation

from polyvox.core.text import search_key
from polyvox.toolbox.models import FocusArticle, FrameworkText, GlossaryTerm, MethodFamily, PracticalCase

LANGS = ["fr", "nl", "en"]


def url(name, lang, *args):
    with translation.override(lang):
        return reverse(name, args=args)


def get(client, name, lang, *args):
    response = client.get(url(name, lang, *args))
    assert response.status_code == 200, (name, lang, response.status_code)
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    return html


@pytest.mark.parametrize("lang", LANGS)
def test_index_shows_the_five_sections_in_the_readers_language(client, toolbox_demo, lang):
    html = get(client, "toolbox:index", lang)
    headings = {
        "fr": ["Cadre général", "Familles de méthodes : fiches et cas pratiques", "Focus thématiques",
               "Ressources externes", "Glossaire"],
        "nl": ["Algemeen kader", "Methodefamilies: fiches en praktijkvoorbeelden", "Thematische focus",
               "Externe bronnen", "Woordenlijst"],
        "en": ["General framework", "Method families: fiches and practical cases", "Thematic focus",
               "External resources", "Glossary"],
    }[lang]
    for heading in headings:
        assert heading in html, heading
    for family in MethodFamily.objects.all():
        assert escape(getattr(family, f"name_{lang}")) in html
        assert family.get_absolute_url().replace("/fr/", f"/{lang}/") in html
    assert 'class="fallback-note"' not in html


@pytest.mark.parametrize("lang", LANGS)
def test_every_fiche_renders_its_sections_methods_and_cases(client, toolbox_demo, lang):
    for family in MethodFamily.objects.all():
        html = get(client, "toolbox:family", lang, family.slug)
        assert escape(getattr(family, f"name_{lang}")) in html
        for anchor in ("what-it-is", "when-to-use", "steps", "pitfalls", "inclusion", "cases"):
            assert f'id="{anchor}"' in html, (family.slug, anchor)
        for method in family.methods.all():
            assert f'id="{method.slug}"' in html
        assert escape(getattr(family, f"typical_duration_{lang}")) in html
        assert 'class="fallback-note"' not in html
    html = get(client, "toolbox:family", lang, "mini-publics-deliberatifs")
    assert {"fr": "Montréal", "nl": "Montreal", "en": "Montréal"}[lang] in html
    assert "(IAP2" in html or "IAP2" in html


@pytest.mark.parametrize("lang", LANGS)
def test_framework_focus_methods_and_resources_pages(client, toolbox_demo, lang):
    for text in FrameworkText.objects.all():
        html = get(client, "toolbox:framework", lang, text.slug)
        assert escape(getattr(text, f"title_{lang}")) in html
    ladder = get(client, "toolbox:framework", lang, "principes-echelle-participation")
    for iap2 in ("Inform", "Consult", "Involve", "Collaborate", "Empower"):
        assert f'<td lang="en">{iap2}</td>' in ladder
    legal = get(client, "toolbox:framework", lang, "cadre-legal-bruxelles")
    assert "45" in legal and "1" in legal and {"fr": "RGPD", "nl": "AVG", "en": "GDPR"}[lang] in legal
    for article in FocusArticle.objects.all():
        html = get(client, "toolbox:focus", lang, article.slug)
        assert escape(getattr(article, f"title_{lang}")) in html
    html = get(client, "toolbox:methods", lang)
    assert "#panel-citoyen" in html
    html = get(client, "toolbox:resources", lang)
    assert "https://doi.org/10.1787/339306da-en" in html
    assert {"fr": "anglais", "nl": "Engels", "en": "English"}[lang] in html


def test_content_missing_in_a_language_falls_back_with_a_note(client, db):
    family = MethodFamily.objects.create(
        number=9, slug="famille-test", name_fr="Famille seulement en français", what_it_is_fr="Texte français.",
    )
    text = FrameworkText.objects.create(slug="texte-test", title_fr="Titre français", body_fr="Corps français.")
    term = GlossaryTerm.objects.create(slug="terme-test", term_fr="Terme français", definition_fr="Définition.")
    for lang in ("nl", "en"):
        html = get(client, "toolbox:family", lang, family.slug)
        assert "Famille seulement en français" in html and 'class="fallback-note"' in html
        assert 'lang="fr"' in html
        html = get(client, "toolbox:framework", lang, text.slug)
        assert "Corps français." in html and 'class="fallback-note"' in html
        html = get(client, "toolbox:glossary", lang)
        assert f'id="{term.slug}"' in html and 'class="fallback-note"' in html
    html = get(client, "toolbox:family", "fr", family.slug)
    assert 'class="fallback-note"' not in html


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_is_a_to_z_in_the_readers_language_with_an_anchor_per_term(client, toolbox_demo, lang):
    html = get(client, "toolbox:glossary", lang)
    anchors = re.findall(r'<dt id="([^"]+)"', html)
    assert sorted(anchors) == sorted(GlossaryTerm.objects.values_list("slug", flat=True))
    terms = {t.slug: getattr(t, f"term_{lang}") for t in GlossaryTerm.objects.all()}
    keys = [search_key(terms[slug]) for slug in anchors]
    assert keys == sorted(keys)
    # The letter of a term follows the reader's language: sortition is T, L, S.
    letter_of_sortition = {"fr": "t", "nl": "l", "en": "s"}[lang]
    section = html.split(f'<h2 id="letter-{letter_of_sortition}">')[1].split("</section>")[0]
    assert 'id="tirage-au-sort"' in section
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        assert f">{letter}<" in html  # every letter shows in the navigation, linked or not
    for anchor in re.findall(r'href="#(letter-[a-z]+)"', html):
        assert f'id="{anchor}"' in html
    assert reverse("toolbox:glossary").endswith("/glossary/")


def test_cases_link_to_published_initiatives_only(client, toolbox_demo, make_initiative):
    family = MethodFamily.objects.get(number=3)
    published = make_initiative("budget-participatif-cqd-bizet", title="Budget publié")
    draft = make_initiative("brouillon", title="Budget en brouillon", published=False)
    PracticalCase.objects.create(family=family, title_fr="Cas publié", initiative=published)
    PracticalCase.objects.create(family=family, title_fr="Cas brouillon", initiative=draft)
    for lang in LANGS:
        html = get(client, "toolbox:family", lang, family.slug)
        with translation.override(lang):
            assert published.get_absolute_url() in html
            assert draft.get_absolute_url() not in html
        assert "Cas brouillon" not in html
    response = client.get("/api/toolbox/methods?family=3")
    cases = response.json()[0]["cases"]
    assert [c["title"]["fr"] for c in cases if c["initiative_url"]] == ["Cas publié"]
    assert "Cas brouillon" not in response.content.decode()


def test_markdown_with_scripts_is_neutralised(client, db):
    evil = '<script>alert("x")</script>\n\n[clic](javascript:alert(1)) <img src=x onerror="alert(2)">'
    family = MethodFamily.objects.create(number=8, slug="piege", name_fr="Piège", what_it_is_fr=evil, steps_fr=evil)
    FocusArticle.objects.create(slug="piege", title_fr="Piège", body_fr=evil, summary_fr=evil)
    GlossaryTerm.objects.create(slug="piege", term_fr="Piège", definition_fr=evil)
    for name, args in (("toolbox:family", [family.slug]), ("toolbox:focus", ["piege"]), ("toolbox:glossary", [])):
        html = get(client, name, "fr", *args)
        assert "alert(" not in html and "javascript:" not in html and "onerror" not in html


def test_unknown_pages_are_translated_404s(client, db):
    for name in ("toolbox:family", "toolbox:framework", "toolbox:focus"):
        assert client.get(url(name, "nl", "bestaat-niet")).status_code == 404
