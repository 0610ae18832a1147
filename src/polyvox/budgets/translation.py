"""Content fields translated per language (FR / NL / EN columns, fallback FR→NL→EN)."""

from modeltranslation.translator import TranslationOptions, register

from polyvox.budgets.models import Budget, District, Project, ProjectUpdate


@register(Budget)
class BudgetTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ()


@register(District)
class DistrictTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ()


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ("title", "description", "cost_revision_reason", "rejection_reason", "abandon_reason")
    required_languages = ()


@register(ProjectUpdate)
class ProjectUpdateTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ()
