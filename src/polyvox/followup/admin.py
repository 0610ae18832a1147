"""Back office of follow-up: plans and commitments' texts editable; answers, statuses, progress and clocks are
read-only here (they move through the follow-up pages: workflow, audit)."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from polyvox.followup.models import Commitment, Listener, Plan, Rating


@admin.register(Plan)
class PlanAdmin(TranslationAdmin):
    list_display = ("initiative", "kind", "authority", "report_date", "answer_months", "first_report_months")
    list_filter = ("kind",)


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
