"""Content fields translated per language (FR / NL / EN columns, fallback FR→NL→EN)."""

from modeltranslation.translator import TranslationOptions, register

from polyvox.questionnaires.models import Choice, Question, Questionnaire


@register(Questionnaire)
class QuestionnaireTranslation(TranslationOptions):
    fields = ("title", "intro")
    required_languages = ()


@register(Question)
class QuestionTranslation(TranslationOptions):
    fields = ("text", "help")
    required_languages = ()


@register(Choice)
class ChoiceTranslation(TranslationOptions):
    fields = ("label",)
    required_languages = ()
