"""Back office of follow-up: plans and commitments' texts editable; answers, statuses, progress and clocks are
read-only here (they move through the follow-up pages: workflow, audit). The evaluation's criteria and its
publication are read-only too (the criteria page and the evaluation workflow lock them once the process
started); reference population figures are loaded on their page, never edited here."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from polyvox.core.backoffice import ReadOnlyAdmin, ReadOnlyTabularInline
from polyvox.followup.models import Commitment, Criterion, Listener, Plan, PopulationFigure, PopulationLoad, Rating


class CriterionInline(ReadOnlyTabularInline):
    model = Criterion
    fields = ("dimension", "text_fr", "text_nl", "text_en")


@admin.register(Plan)
class PlanAdmin(TranslationAdmin):
    list_display = ("initiative", "kind", "authority", "report_date", "answer_months", "first_report_months",
                    "evaluation_state")
    list_filter = ("kind", "evaluation_state")
    readonly_fields = ("criteria_note_fr", "criteria_note_nl", "criteria_note_en", "criteria_set_on", "evaluation_state",
                       "evaluation_published_on")
    inlines = [CriterionInline]


@admin.register(Commitment)
class CommitmentAdmin(TranslationAdmin):
    list_display = ("reference", "plan", "authority", "answer", "status", "progress", "overdue")
    list_filter = ("answer", "status", "overdue", "source_kind")
    readonly_fields = ("answer", "answered_on", "status", "progress", "answer_due", "report_due", "overdue",
                       "source_type", "source_id", "parent", "weight")


@admin.register(Listener)
class ListenerAdmin(admin.ModelAdmin):
    list_display = ("email", "plan", "language", "source", "created")
    readonly_fields = ("token",)


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ("commitment", "score", "created")
    readonly_fields = ("commitment", "listener", "score", "comment")

    def has_add_permission(self, request):
        return False


@admin.register(PopulationLoad)
class PopulationLoadAdmin(ReadOnlyAdmin):
    list_display = ("created", "file_name", "lines", "summary", "loaded_by")


@admin.register(PopulationFigure)
class PopulationFigureAdmin(ReadOnlyAdmin):
    list_display = ("municipality", "dimension", "category", "count", "year", "source")
    list_filter = ("dimension", "year")
