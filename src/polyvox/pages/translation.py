from modeltranslation.translator import TranslationOptions, register

from polyvox.pages.models import FaqEntry, NewsItem, Page


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "body")


@register(NewsItem)
class NewsItemTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


@register(FaqEntry)
class FaqEntryTranslation(TranslationOptions):
    fields = ("question", "answer")
