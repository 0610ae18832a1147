"""Back office of the toolbox: the staff keep framework texts, fiches, cases, focus, resources and glossary,
one tab per language (modeltranslation)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline, TranslationTabularInline

from polyvox.toolbox.models import (
    ExternalResource, FocusArticle, FrameworkText, GlossaryTerm, Method, MethodFamily, PracticalCase,
)


class MethodInline(TranslationStackedInline):
    model = Method
    extra = 0
    fields = ["slug", "name", "description"]


class PracticalCaseInline(TranslationTabularInline):
    model = PracticalCase
    extra = 0
    fields = ["order", "title", "place", "is_external", "initiative", "method"]
    raw_id_fields = ["initiative"]


@admin.register(MethodFamily)
class MethodFamilyAdmin(TranslationAdmin):
    list_display = ["number", "name", "slug", "participation_level"]
    list_display_links = ["number", "name"]
    search_fields = ["name_fr", "name_nl", "name_en", "slug"]
    fieldsets = (
        (None, {"fields": ("number", "slug", "name", "summary", "participation_level")}),
        (_("Fiche"), {"fields": ("what_it_is", "when_to_use", "steps", "typical_duration", "typical_cost", "pitfalls", "inclusion")}),
    )
    inlines = [MethodInline, PracticalCaseInline]


@admin.register(Method)
class MethodAdmin(TranslationAdmin):
    list_display = ["name", "family", "slug"]
    list_filter = ["family"]
    search_fields = ["name_fr", "name_nl", "name_en", "slug"]
    list_select_related = ["family"]


@admin.register(PracticalCase)
class PracticalCaseAdmin(TranslationAdmin):
    list_display = ["title", "family", "place", "is_external", "initiative", "order"]
    list_filter = ["family", "is_external"]
    search_fields = ["title_fr", "title_nl", "title_en", "slug"]
    raw_id_fields = ["initiative"]
    list_select_related = ["family", "initiative"]


@admin.register(FrameworkText)
class FrameworkTextAdmin(TranslationAdmin):
    list_display = ["title", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["title_fr", "title_nl", "title_en", "slug"]


@admin.register(FocusArticle)
class FocusArticleAdmin(TranslationAdmin):
    list_display = ["title", "slug", "published"]
    date_hierarchy = "published"
    search_fields = ["title_fr", "title_nl", "title_en", "slug"]


@admin.register(ExternalResource)
class ExternalResourceAdmin(TranslationAdmin):
    list_display = ["title", "language", "family", "url"]
    list_filter = ["family"]
    search_fields = ["title_fr", "title_nl", "title_en", "url"]


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(TranslationAdmin):
    list_display = ["term", "slug", "family"]
    list_filter = ["family"]
    search_fields = ["term_fr", "term_nl", "term_en", "slug", "definition_fr", "definition_nl", "definition_en"]
