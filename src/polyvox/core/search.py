"""Site-wide search: initiatives, toolbox, glossary, providers and news, grouped by kind.

Every word of the query must match, ignoring accents and case, in any language version of the text.
Initiatives carry a precomputed `search_text`; the other tables are small, so their texts are compared
in Python with the same `search_key`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from polyvox.core.text import search_key, search_words

MAX_QUERY_LENGTH = 200
MAX_WORDS = 10
SHOWN_PER_GROUP = 20
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@dataclass
class Hit:
    title: str
    url: str
    excerpt: str = ""
    meta: str = ""


@dataclass
class Group:
    key: str
    label: str
    hits: list[Hit] = field(default_factory=list)
    count: int = 0
    more_url: str = ""

    @property
    def shown(self) -> list[Hit]:
        return self.hits[:SHOWN_PER_GROUP]


def clean_query(raw: str) -> str:
    """The query as typed, without control characters (NUL breaks PostgreSQL), trimmed to its maximum length."""
    printable = "".join(ch if ch.isprintable() else " " for ch in (raw or "")[:MAX_QUERY_LENGTH])
    return " ".join(printable.split())


def query_words(raw: str) -> list[str]:
    """The words of a query as search keys (accent- and case-free), at most MAX_WORDS of them; the site search
    and the inventory list both read a query through here."""
    return search_words(clean_query(raw), MAX_WORDS)


def search(raw: str) -> list[Group]:
    """Every group of results for the query, in a fixed order; empty groups included (count 0)."""
    words = query_words(raw)
    if not words:
        return []
    return [
        search_initiatives(words, raw),
        search_toolbox(words),
        search_glossary(words),
        search_providers(words),
        search_news(words),
        search_information_pages(words),
    ]


def _vocabulary_names(words: list[str]) -> dict[str, tuple[set, set, set]]:
    """For each word, the method families, methods and themes whose name (in any language) contains it."""
    from polyvox.initiatives.models import Theme
    from polyvox.toolbox.models import Method, MethodFamily

    models = (MethodFamily, Method, Theme)
    columns = [f"name_{code}" for code in LANGUAGE_CODES]
    names = {model: [(row[0], _cached_search_key(" ".join(t for t in row[1:] if t))) for row in model.objects.values_list("pk", *columns)]
             for model in models} if words else {}
    return {word: tuple({pk for pk, key in names[model] if word in key} for model in models) for word in words}


def _vocabulary_condition(families, methods, themes):
    """An initiative of one of these families, using one of these methods or about one of these themes (subqueries)."""
    from django.db.models import Q

    from polyvox.initiatives.models import Initiative

    condition = Q(pk__in=[])
    if families:
        condition |= Q(method_family_id__in=families)
    if methods:
        condition |= Q(pk__in=Initiative.methods.through.objects.filter(method_id__in=methods).values("initiative_id"))
    if themes:
        condition |= Q(pk__in=Initiative.themes.through.objects.filter(theme_id__in=themes).values("initiative_id"))
    return condition


def vocabulary_matches(words: list[str]) -> dict[str, set[int]]:
    """For each word, the initiatives whose method family, methods or themes are named with it in any language:
    "deliberatie" finds the initiatives of the deliberative mini-publics even when their own text is French.
    (The in-memory facet counts use this; `filter_initiatives` says the same in SQL.)"""
    from polyvox.initiatives.models import Initiative

    found = {}
    for word, (families, methods, themes) in _vocabulary_names(words).items():
        found[word] = (set(Initiative.objects.filter(_vocabulary_condition(families, methods, themes)).values_list("pk", flat=True))
                       if families or methods or themes else set())
    return found


def filter_initiatives(queryset, words: list[str]):
    """The initiatives matching every word: in their own text (every language) or by their vocabulary's names.
    One definition for the site search and the inventory list (`initiatives.filters`, `initiatives.facets`)."""
    from django.db.models import Q

    for word, (families, methods, themes) in _vocabulary_names(words).items():
        condition = Q(search_text__contains=word)
        if families or methods or themes:
            condition |= _vocabulary_condition(families, methods, themes)
        queryset = queryset.filter(condition)
    return queryset


def search_initiatives(words: list[str], raw: str) -> Group:
    from polyvox.initiatives.models import Initiative, PublicationState

    group = Group("initiatives", str(_("Initiatives")))
    queryset = filter_initiatives(Initiative.objects.filter(publication_state=PublicationState.PUBLISHED), words)
    group.count = queryset.count()
    rows = (
        queryset.select_related("municipality")
        .defer("municipality__boundary", "search_text")
        .order_by("-start_date", "id")[:SHOWN_PER_GROUP]
    )
    for initiative in rows:
        place = initiative.municipality.name if initiative.municipality_id else str(_("Brussels-Capital Region"))
        group.hits.append(
            Hit(
                title=initiative.title,
                url=initiative.get_absolute_url(),
                excerpt=_excerpt(initiative.summary),
                meta=f"{initiative.start_date.year} · {initiative.get_status_display()} · {place}",
            )
        )
    group.more_url = f"{reverse('initiatives:list')}?{_encode_q(raw)}"
    return group


def search_toolbox(words: list[str]) -> Group:
    from polyvox.toolbox.models import FocusArticle, FrameworkText, Method, MethodFamily

    group = Group("toolbox", str(_("Toolbox")))
    for family in _matching(MethodFamily.objects.all(), words, MethodFamily):
        group.hits.append(Hit(family.name, _safe_url(family), _excerpt(family.summary), str(_("Method family"))))
    for method in _matching(Method.objects.select_related("family"), words, Method):
        url = _safe_url(method.family)
        group.hits.append(Hit(method.name, f"{url}#{method.slug}" if url else "", _excerpt(method.description), str(_("Method"))))
    for text in _matching(FrameworkText.objects.all(), words, FrameworkText):
        group.hits.append(Hit(text.title, _safe_url(text), _excerpt(text.body), str(_("General framework"))))
    for article in _matching(FocusArticle.objects.all(), words, FocusArticle):
        group.hits.append(Hit(article.title, _safe_url(article), _excerpt(article.summary or article.body), str(_("Thematic focus"))))
    group.count = len(group.hits)
    return group


def search_glossary(words: list[str]) -> Group:
    from polyvox.toolbox.models import GlossaryTerm

    group = Group("glossary", str(_("Glossary")))
    for term in _matching(GlossaryTerm.objects.all(), words, GlossaryTerm):
        group.hits.append(Hit(term.term, _safe_url(term), _excerpt(term.definition)))
    group.count = len(group.hits)
    return group


def search_providers(words: list[str]) -> Group:
    from polyvox.procurement.models import Provider

    group = Group("providers", str(_("Providers")))
    providers = Provider.objects.select_related("organisation").prefetch_related("lots")
    for provider in providers:
        texts = [provider.organisation.name, provider.contact_name]
        texts += _language_versions(provider, Provider)
        if _all_words_in(words, texts):
            lots = ", ".join(str(lot.number) for lot in provider.lots.all())
            meta = str(_("Lots: %(lots)s") % {"lots": lots}) if lots else ""
            group.hits.append(Hit(provider.name, _safe_url(provider), _excerpt(provider.description), meta))
    group.count = len(group.hits)
    return group


def search_news(words: list[str]) -> Group:
    from polyvox.pages.models import NewsItem

    group = Group("news", str(_("News")))
    for item in _matching(NewsItem.objects.all(), words, NewsItem):
        group.hits.append(Hit(item.title, item.get_absolute_url(), _excerpt(item.summary), _date(item.published)))
    group.count = len(group.hits)
    return group


def search_information_pages(words: list[str]) -> Group:
    """About, contact, privacy, accessibility and the FAQ's questions."""
    from django.urls import NoReverseMatch

    from polyvox.pages.models import FaqEntry, Page

    group = Group("pages", str(_("Information pages")))
    for page in _matching(Page.objects.all(), words, Page):
        try:
            url = reverse(f"pages:{page.key}")
        except NoReverseMatch:
            continue
        group.hits.append(Hit(page.title, url, _excerpt(page.body)))
    faq_url = reverse("pages:faq")
    for entry in _matching(FaqEntry.objects.all(), words, FaqEntry):
        group.hits.append(Hit(entry.question, f"{faq_url}#faq-{entry.pk}", _excerpt(entry.answer), str(_("FAQ"))))
    group.count = len(group.hits)
    return group


def _matching(queryset, words: list[str], model) -> list:
    return [obj for obj in queryset if _all_words_in(words, _language_versions(obj, model))]


def _language_versions(obj, model) -> list[str]:
    """Every language column of every translated field of obj (plain fields when not translated)."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        fields = translator.get_options_for_model(model).fields
    except NotRegistered:
        return []
    texts = []
    for name in fields:
        for code in LANGUAGE_CODES:
            texts.append(getattr(obj, f"{name}_{code}", "") or "")
    return texts


def _all_words_in(words: list[str], texts: list[str]) -> bool:
    haystack = _cached_search_key(" ".join(t for t in texts if t))
    return all(word in haystack for word in words)


@lru_cache(maxsize=4096)
def _cached_search_key(text: str) -> str:
    """search_key memoised on the text itself: an edited text is a new key, so edits show at once."""
    return search_key(text)


def _excerpt(text: str, length: int = 200) -> str:
    """Plain-text excerpt of a Markdown text (markup characters dropped; escaped by the template)."""
    plain = " ".join((text or "").replace("#", " ").replace("*", " ").replace("_", " ").split())
    return Truncator(plain).chars(length)


def _safe_url(obj) -> str:
    try:
        return obj.get_absolute_url()
    except Exception:  # noqa: BLE001 - a missing route of another app must not break the search page
        return ""


def _date(value) -> str:
    from django.utils.formats import date_format

    return date_format(value, "DATE_FORMAT") if value else ""


def _encode_q(raw: str) -> str:
    from django.utils.http import urlencode

    return urlencode({"q": (raw or "")[:MAX_QUERY_LENGTH]})
