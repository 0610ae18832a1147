"""The staff's back office for the network: competences, profiles (the state moves through the network's page,
audited), working groups with their members."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from polyvox.network.models import AgentProfile, Competence, GroupMembership, GroupResource, Message, WorkingGroup


@admin.register(Competence)
class CompetenceAdmin(TranslationAdmin):
    list_display = ("name", "slug")


@admin.register(AgentProfile)
class AgentProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "job_title", "municipality", "state")
    list_filter = ("state", "competences")
    readonly_fields = ("state", "user")
    search_fields = ("user__display_name", "user__email", "job_title")


class MembershipInline(admin.TabularInline):
    model = GroupMembership
    extra = 0
    raw_id_fields = ("user",)


@admin.register(WorkingGroup)
class WorkingGroupAdmin(TranslationAdmin):
    list_display = ("title", "slug")
    inlines = [MembershipInline]


admin.site.register(GroupResource)
admin.site.register(Message)
