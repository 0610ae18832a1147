"""The site search's news and information pages (about, contact, privacy, accessibility, the FAQ's questions)."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from polyvox.core.search import Group, Hit, date_text, excerpt, matching


def news(words: list[str], raw: str) -> Group:
    from polyvox.pages.models import NewsItem

    found = Group("news", _("News"))
    for item in matching(NewsItem.objects.all(), words, NewsItem):
        found.hits.append(Hit(item.title, item.get_absolute_url(), excerpt(item.summary), date_text(item.published)))
    found.count = len(found.hits)
    return found


def information_pages(words: list[str], raw: str) -> Group:
    from polyvox.pages.models import FaqEntry, Page

    found = Group("pages", _("Information pages"))
    for page in matching(Page.objects.all(), words, Page):
        try:
            url = reverse(f"pages:{page.key}")
        except NoReverseMatch:
            continue
        found.hits.append(Hit(page.title, url, excerpt(page.body)))
    faq_url = reverse("pages:faq")
    for entry in matching(FaqEntry.objects.all(), words, FaqEntry):
        found.hits.append(Hit(entry.question, f"{faq_url}#faq-{entry.pk}", excerpt(entry.answer), _("FAQ")))
    found.count = len(found.hits)
    return found
