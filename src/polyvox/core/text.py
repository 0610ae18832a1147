"""Text for people: sanitised Markdown, and accent- and case-free search keys."""

import unicodedata

import markdown as _markdown
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "em", "h2", "h3", "h4", "h5", "hr", "i", "li", "ol",
    "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul", "dl", "dt", "dd", "sup", "sub",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "th": {"scope"}, "td": set()}


def render_markdown(source: str) -> str:
    """Markdown to HTML with every script, handler and unknown tag removed."""
    html = _markdown.markdown(source or "", extensions=["extra", "sane_lists"], output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def search_words(text: str, limit: int = 10) -> list[str]:
    """The words of a search as search keys, at most `limit`; a token with no letter or digit (a lone
    apostrophe, a dash) is dropped: it would match nearly every text."""
    return [word for word in search_key(text).split() if any(ch.isalnum() for ch in word)][:limit]


def search_key(text: str) -> str:
    """Lower case, accents removed, spaces collapsed: 'Écoles  Élémentaires' -> 'ecoles elementaires'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("œ", "oe").replace("æ", "ae").split())
