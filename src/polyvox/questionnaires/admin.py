"""Back office of questionnaires: texts and questions editable; the state moves only through the manage page
(workflow, audited); responses are read-only and carry no person."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline, TranslationTabularInline

from polyvox.questionnaires.models import Choice, Question, Questionnaire, Response


class QuestionInline(TranslationStackedInline):
    model = Question
    extra = 0
    fields = ("position", "key", "kind", "text", "help", "required", "criterion", "minimum", "maximum",
              "show_if", "show_if_values")


@admin.register(Questionnaire)
class QuestionnaireAdmin(TranslationAdmin):
    list_display = ("title", "audience", "state", "template", "organisation", "results_public")
    list_filter = ("state", "audience", "template")
    readonly_fields = ("state", "opened_at", "closed_at", "template", "content_type", "object_id")
    inlines = [QuestionInline]


class ChoiceInline(TranslationTabularInline):
    model = Choice
    extra = 0


@admin.register(Question)
class QuestionAdmin(TranslationAdmin):
    list_display = ("text", "questionnaire", "kind", "position")
    list_filter = ("kind",)
    inlines = [ChoiceInline]


@admin.register(Response)
class ResponseAdmin(admin.ModelAdmin):
    list_display = ("pk", "questionnaire", "submitted_on", "language", "is_example")
    list_filter = ("language", "is_example")
    readonly_fields = ("questionnaire", "code", "submitted_on", "language", "is_example")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
