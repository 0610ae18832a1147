"""Content fields translated per language (FR / NL / EN columns, fallback FR→NL→EN)."""

from modeltranslation.translator import TranslationOptions, register

from polyvox.followup.models import Commitment, Criterion, Plan, Update


@register(Plan)
class PlanTranslation(TranslationOptions):
    fields = ("criteria_note",)
    required_languages = ()


@register(Criterion)
class CriterionTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ()


@register(Commitment)
class CommitmentTranslation(TranslationOptions):
    fields = ("text", "responsible_service", "reasons", "status_reason")
    required_languages = ()


@register(Update)
class UpdateTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ()
