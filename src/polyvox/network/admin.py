"""The staff's back office for the network: competences, profiles (the state moves through the network's page,
audited), working groups with their members."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from polyvox.network.models import (AgentProfile, Cohort, Competence, GroupMembership, GroupResource, Message, Trainee,
                                    TrainingProgramme, TrainingSession, WorkingGroup)


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


class CohortInline(admin.TabularInline):
    model = Cohort
    extra = 0
    show_change_link = True


@admin.register(TrainingProgramme)
class TrainingProgrammeAdmin(TranslationAdmin):
    list_display = ("title", "organisation", "trainer")
    inlines = [CohortInline]


class SessionInline(admin.TabularInline):
    model = TrainingSession
    extra = 0
    exclude = ("attendees",)


class TraineeInline(admin.TabularInline):
    model = Trainee
    extra = 0
    raw_id_fields = ("user",)
    readonly_fields = ("certificate_number", "completed_at")


@admin.register(Cohort)
class CohortAdmin(admin.ModelAdmin):
    list_display = ("name", "programme")
    inlines = [SessionInline, TraineeInline]
