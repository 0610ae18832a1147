"""The staff's back office for panels: the panel with its features and values (quotas), volunteers, replacements.
Moves of the lifecycle go through the organisers' pages (audited), not through the admin: states and the draw
are read-only here, a drawn panel and its volunteers cannot be deleted, replacements are a record. A report's
publication is a move of the organisers' report page too: read-only here."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from polyvox.core.backoffice import ReadOnlyAdmin

from polyvox.panels.models import Feature, FeatureValue, Panel, Recommendation, ReplacementRecord, Report, Volunteer


class FeatureInline(TranslationTabularInline):
    model = Feature
    extra = 0
    show_change_link = True


class FeatureValueInline(TranslationTabularInline):
    model = FeatureValue
    extra = 0


@admin.register(Panel)
class PanelAdmin(TranslationAdmin):
    list_display = ("title", "initiative", "panel_size", "state", "registration_deadline", "selected_at")
    list_filter = ("state", "preset")
    search_fields = ("title_fr", "title_nl", "title_en")
    readonly_fields = ("state", "invitations_seed", "invitations_stratified", "invitations_drawn_at", "seed",
                       "selected_at", "lottery_digest", "panel_index", "result_json", "pool_copy", "feasibility",
                       "progress", "progress_message", "selection_error", "ended_at", "personal_data_deleted_at",
                       "created_by",
                       # the draw's ceremony: announced through the organisers' pages, with its time and audit entry
                       "seed_announcement", "seed_available_at", "draw_announced_at", "lottery_json", "draw_warnings")
    raw_id_fields = ("initiative",)
    inlines = [FeatureInline]

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.selected_at is not None:
            return False  # the draw is public record
        return super().has_delete_permission(request, obj)


@admin.register(Feature)
class FeatureAdmin(TranslationAdmin):
    list_display = ("name", "panel", "key")
    inlines = [FeatureValueInline]


@admin.register(Volunteer)
class VolunteerAdmin(admin.ModelAdmin):
    list_display = ("pseudonym", "panel", "status", "probability", "language", "registered_at")
    list_filter = ("status", "panel")
    search_fields = ("pseudonym", "email", "last_name")
    readonly_fields = ("invitation", "pseudonym", "status", "probability", "consent_at", "notified_at", "personal_data_erased_at")

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.panel.selected_at is not None:
            return False  # the draw names them
        return super().has_delete_permission(request, obj)


@admin.register(ReplacementRecord)
class ReplacementRecordAdmin(ReadOnlyAdmin):
    list_display = ("panel", "withdrawn", "replacement", "ok", "created")
    readonly_fields = ("panel", "withdrawn", "replacement", "ok", "explanation", "actor")


class RecommendationInline(TranslationTabularInline):
    model = Recommendation
    extra = 0


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ("panel", "state", "date", "published_at", "is_example")
    list_filter = ("state", "is_example")
    readonly_fields = ("panel", "state", "published_at", "document", "document_name")
    inlines = [RecommendationInline]

    def has_add_permission(self, request):
        return False  # a report is started from its panel's report page
