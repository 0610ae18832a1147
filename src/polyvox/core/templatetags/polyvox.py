"""Template tools used on every page (loaded as builtins): Markdown, language fallback notes, URL state."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from polyvox.core.text import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(source):
    """Markdown rendered to HTML, every script and handler removed."""
    return mark_safe(render_markdown(str(source or "")))


def shown_language(obj, field: str) -> str | None:
    """The language whose version of obj.field is shown: the current one, else the fallback used."""
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    order = [current, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES.get(current, settings.MODELTRANSLATION_FALLBACK_LANGUAGES["default"])]
    for code in order:
        if (getattr(obj, f"{field}_{code}", "") or "").strip():
            return code
    return None


@register.simple_tag
def fallback_note(obj, field="body"):
    """A visible note when obj.field is not available in the reader's language."""
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    shown = shown_language(obj, field)
    if shown is None or shown == current:
        return ""
    names = {"fr": _("French"), "nl": _("Dutch"), "en": _("English")}
    return format_html(
        '<p class="fallback-note" lang="{}"><span aria-hidden="true">ⓘ</span> {}</p>',
        current,
        _("This text is not available in your language; it is shown in %(language)s.") % {"language": names[shown]},
    )


@register.simple_tag
def content_lang(obj, field="title"):
    """The lang attribute value for a content field (its fallback language when used)."""
    return shown_language(obj, field) or (get_language() or "fr")[:2]


@register.simple_tag(takes_context=True)
def url_with(context, **changes):
    """The current query string with some parameters changed (None or '' removes them); keeps the URL the state."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value is None or value == "":
            query.pop(key, None)
        else:
            query[key] = value
    if "page" not in changes:
        query.pop("page", None)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def sign_in_url(context, next_url=None):
    """The sign-in page's address that comes back here afterwards (?next=the current page)."""
    from django.urls import reverse
    from django.utils.http import urlencode

    request = context.get("request")
    login = reverse("accounts:login")
    if request is not None and request.path == login:
        return request.get_full_path()
    target = next_url or (request.get_full_path() if request is not None else "")
    return f"{login}?{urlencode({'next': target})}" if target else login
