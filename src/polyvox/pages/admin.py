from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from polyvox.pages.models import FaqEntry, NewsItem, Page


@admin.register(Page)
class PageAdmin(TranslationAdmin):
    list_display = ["key", "title", "updated"]
    search_fields = ["key", "title_fr", "title_nl", "title_en"]
    readonly_fields = ["updated"]


@admin.register(NewsItem)
class NewsItemAdmin(TranslationAdmin):
    list_display = ["title", "published", "slug"]
    date_hierarchy = "published"
    search_fields = ["title_fr", "title_nl", "title_en", "summary_fr", "summary_nl"]
    prepopulated_fields = {"slug": ["title_fr"]}


@admin.register(FaqEntry)
class FaqEntryAdmin(TranslationAdmin):
    list_display = ["question", "order"]
    list_editable = ["order"]
    search_fields = ["question_fr", "question_nl", "question_en"]
