from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from polyvox.workshops.models import Activity, Decision, Idea, Participant, Workshop


class ActivityInline(TranslationTabularInline):
    model = Activity
    fields = ("position", "kind", "title", "state", "anonymous", "timer_seconds")
    extra = 0


@admin.register(Workshop)
class WorkshopAdmin(TranslationAdmin):
    list_display = ("title", "code", "template", "status", "facilitator", "initiative", "locked")
    list_filter = ("template", "status")
    search_fields = ("title", "code")
    raw_id_fields = ("facilitator", "initiative", "current_activity")
    inlines = [ActivityInline]


@admin.register(Idea)
class IdeaAdmin(admin.ModelAdmin):
    list_display = ("text", "activity", "status", "cluster", "language")
    list_filter = ("status", "language")
    raw_id_fields = ("activity", "author", "group", "merged_into", "cluster")


@admin.register(Participant)
class ParticipantAdmin(admin.ModelAdmin):
    list_display = ("public_name", "workshop", "language", "joined_at")
    raw_id_fields = ("workshop",)
    exclude = ("token",)


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = ("proposal", "workshop", "state", "decided_at")
