"""Demo content of the editorial pages, in FR, NL and EN: about, contact, privacy, accessibility, FAQ, news.

The texts live as Markdown files under `pages/data/`; loading them is idempotent (keyed by page key,
news slug and FAQ position). Invented details (dates, the year of the inclusion module) say so in the text.
"""

from datetime import date
from pathlib import Path

from polyvox.pages.models import FaqEntry, NewsItem, Page

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("fr", "nl", "en")
PAGE_KEYS = ("about", "contact", "privacy", "accessibility")
NEWS_DATES = {
    "module-inclusion-2026": date(2026, 9, 29),
    "ateliers-de-la-participation": date(2026, 2, 10),
    "centrale-de-marches-premier-bilan": date(2025, 6, 17),
    "reseau-agents-publics-forum": date(2024, 10, 8),
    "lancement-centrale-de-marches": date(2023, 11, 14),
    "note-de-vision-2022": date(2022, 6, 21),
    "newsletter": date(2026, 1, 12),
}


def load(out, options):
    for key in PAGE_KEYS:
        values = {}
        for lang in LANGUAGES:
            title, body = _title_and_body((DATA / "pages" / f"{key}.{lang}.md").read_text(encoding="utf-8"))
            values[f"title_{lang}"], values[f"body_{lang}"] = title, body
        Page.objects.update_or_create(key=key, defaults=values)

    news = {lang: _news_items(lang) for lang in LANGUAGES}
    for slug, published in NEWS_DATES.items():
        values = {"published": published}
        for lang in LANGUAGES:
            title, summary, body = news[lang][slug]
            values.update({f"title_{lang}": title, f"summary_{lang}": summary, f"body_{lang}": body})
        NewsItem.objects.update_or_create(slug=slug, defaults=values)

    faq = {lang: _faq_entries(lang) for lang in LANGUAGES}
    for position, _entry in enumerate(faq["fr"], start=1):
        values = {}
        for lang in LANGUAGES:
            question, answer = faq[lang][position - 1]
            values[f"question_{lang}"], values[f"answer_{lang}"] = question, answer
        FaqEntry.objects.update_or_create(order=position * 10, defaults=values)

    out.write(f"  pages: {len(PAGE_KEYS)} pages, {len(NEWS_DATES)} news items, {len(faq['fr'])} FAQ entries")


def _title_and_body(text: str) -> tuple[str, str]:
    """A Markdown file whose first line is '# Title'."""
    first, _newline, rest = text.strip().partition("\n")
    return first.lstrip("# ").strip(), rest.strip()


def _news_items(lang: str) -> dict[str, tuple[str, str, str]]:
    """slug -> (title, summary, body) from news.<lang>.md: '=== slug', '# Title', '> summary', body."""
    items = {}
    text = (DATA / f"news.{lang}.md").read_text(encoding="utf-8")
    for block in text.split("=== ")[1:]:
        slug, _newline, rest = block.partition("\n")
        title, body = _title_and_body(rest)
        summary_line, _newline, body = body.partition("\n")
        items[slug.strip()] = (title, summary_line.lstrip("> ").strip(), body.strip())
    return items


def _faq_entries(lang: str) -> list[tuple[str, str]]:
    """(question, answer) pairs from faq.<lang>.md: '## Question' then the answer."""
    text = (DATA / f"faq.{lang}.md").read_text(encoding="utf-8")
    entries = []
    for block in text.split("## ")[1:]:
        question, _newline, answer = block.partition("\n")
        entries.append((question.strip(), answer.strip()))
    return entries
