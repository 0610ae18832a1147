"""Site-wide search: one group of results per kind (initiatives, toolbox, glossary, providers, news...).

Core names no app: each app declares `Contribution("search", "polyvox.<app>.search.group", order=N)`, a
`group(words, raw) -> Group`, and the groups show in their order. Every word of the query must match,
ignoring accents and case, in any language version of the text; the helpers below (`matching`,
`language_versions`, `all_words_in`, `excerpt`...) say how for the apps' small tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.utils.text import Truncator

from polyvox.core.registry import contributions
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
    """Every app's group of results for the query, in their order; empty groups included (count 0)."""
    words = query_words(raw)
    if not words:
        return []
    return [contribution.load()(words, raw) for contribution in contributions("search")]


def matching(queryset, words: list[str], model) -> list:
    return [obj for obj in queryset if all_words_in(words, language_versions(obj, model))]


def language_versions(obj, model) -> list[str]:
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


def all_words_in(words: list[str], texts: list[str]) -> bool:
    haystack = cached_search_key(" ".join(t for t in texts if t))
    return all(word in haystack for word in words)


@lru_cache(maxsize=4096)
def cached_search_key(text: str) -> str:
    """search_key memoised on the text itself: an edited text is a new key, so edits show at once."""
    return search_key(text)


def excerpt(text: str, length: int = 200) -> str:
    """Plain-text excerpt of a Markdown text (markup characters dropped; escaped by the template)."""
    plain = " ".join((text or "").replace("#", " ").replace("*", " ").replace("_", " ").split())
    return Truncator(plain).chars(length)


def safe_url(obj) -> str:
    try:
        return obj.get_absolute_url()
    except Exception:  # noqa: BLE001 - a missing route of another app must not break the search page
        return ""


def date_text(value) -> str:
    from django.utils.formats import date_format

    return date_format(value, "DATE_FORMAT") if value else ""


def encode_q(raw: str) -> str:
    from django.utils.http import urlencode

    return urlencode({"q": (raw or "")[:MAX_QUERY_LENGTH]})
