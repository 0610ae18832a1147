"""The staff's back office for participatory budgets: budgets with districts, projects with pictures and
updates. Phases, reviews and implementation move through the budget pages (state table, audited): they
are read-only here. Ballots are listed by reference, channel and date only: never their choices beside
a voter, never editable or deletable (annulment is `ballots.annul_ballot`, on its own page)."""

from django.contrib import admin
from django.db import models
from django.urls import reverse
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from polyvox.budgets.models import Ballot, Budget, District, Project, ProjectPicture, ProjectUpdate
from polyvox.core.backoffice import ProtectedFileWidget, ReadOnlyAdmin


class DistrictInline(TranslationTabularInline):
    model = District
    extra = 0


class PictureInline(admin.TabularInline):
    model = ProjectPicture
    extra = 0
    # The current picture links to its page, which checks who asks (a project under review: its author, organisers).
    formfield_overrides = {models.ImageField: {"widget": ProtectedFileWidget(
        lambda picture: reverse("budgets:picture", args=[picture.pk]))}}


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


@admin.register(Ballot)
class BallotAdmin(ReadOnlyAdmin):
    """Which ballots exist (to find one by its reference), never what they say nor whose they are."""

    list_display = ("reference", "budget", "channel", "district", "state", "created")
    list_filter = ("state", "channel", "budget")
    search_fields = ("reference",)
    fields = ("reference", "budget", "channel", "district", "state", "version", "created", "updated")
    readonly_fields = fields
    list_select_related = ("budget", "district")
