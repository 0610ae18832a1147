"""The staff's back office for participatory budgets: budgets with districts, projects with pictures and
updates, ballots (read-only: ballots change only through the voting service). Phases move through the
budget pages, where their preconditions are checked."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from polyvox.budgets.models import Ballot, BallotVersion, Budget, District, Project, ProjectPicture, ProjectUpdate


class DistrictInline(TranslationTabularInline):
    model = District
    extra = 0


class PictureInline(admin.TabularInline):
    model = ProjectPicture
    extra = 0


class UpdateInline(TranslationTabularInline):
    model = ProjectUpdate
    extra = 0


@admin.register(Budget)
class BudgetAdmin(TranslationAdmin):
    list_display = ("title", "initiative", "amount", "phase", "vote_method", "rule")
    list_filter = ("phase", "vote_method", "rule", "eligibility")
    readonly_fields = ("phase", "count_progress", "count_status", "count_error", "count_started", "count_finished")
    inlines = [DistrictInline]


@admin.register(Project)
class ProjectAdmin(TranslationAdmin):
    list_display = ("title", "budget", "category", "cost_estimate", "cost", "review_state", "funded", "implementation")
    list_filter = ("review_state", "funded", "implementation", "category", "budget")
    readonly_fields = ("review_state", "funded", "votes", "implementation")
    inlines = [PictureInline, UpdateInline]


class VersionInline(admin.TabularInline):
    model = BallotVersion
    extra = 0
    can_delete = False
    readonly_fields = ("version", "district", "choices", "created")


@admin.register(Ballot)
class BallotAdmin(admin.ModelAdmin):
    list_display = ("id", "budget", "channel", "district", "version", "updated")
    list_filter = ("channel", "budget")
    readonly_fields = ("budget", "voter_key", "user", "district", "channel", "choices", "version", "created", "updated")
    inlines = [VersionInline]

    def has_add_permission(self, request):
        return False
