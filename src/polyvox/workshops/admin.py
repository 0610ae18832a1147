"""The staff's back office for workshops. States move through the facilitator's pages (read-only here);
ideas never show who wrote them (in anonymous activities nobody is recorded), and the `anonymous` flag of
an activity cannot change once set: a promise made to those who wrote."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from polyvox.workshops.models import Activity, Decision, Idea, Participant, Workshop


class ActivityInline(TranslationTabularInline):
    model = Activity
    fields = ("position", "kind", "title", "state", "anonymous", "timer_seconds")
    readonly_fields = ("state", "anonymous")
    extra = 0


@admin.register(Workshop)
class WorkshopAdmin(TranslationAdmin):
    list_display = ("title", "code", "template", "status", "facilitator", "initiative", "locked")
    list_filter = ("template", "status")
    search_fields = ("title", "code")
    raw_id_fields = ("facilitator", "initiative", "current_activity")
    readonly_fields = ("status", "finished_at")
    inlines = [ActivityInline]


@admin.register(Idea)
class IdeaAdmin(admin.ModelAdmin):
    list_display = ("text", "activity", "status", "cluster", "language")
    list_filter = ("status", "language")
    raw_id_fields = ("activity", "group", "merged_into", "cluster")
    exclude = ("author", "author_key")
    readonly_fields = ("status",)


@admin.register(Participant)
class ParticipantAdmin(admin.ModelAdmin):
    list_display = ("public_name", "workshop", "language", "joined_at")
    raw_id_fields = ("workshop",)
    exclude = ("token",)


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = ("proposal", "workshop", "state", "decided_at")
    readonly_fields = ("state", "decided_at")
