from modeltranslation.translator import TranslationOptions, register

from polyvox.toolbox.models import (
    ExternalResource, FocusArticle, FrameworkText, GlossaryTerm, Method, MethodFamily, PracticalCase,
)


@register(MethodFamily)
class MethodFamilyTranslation(TranslationOptions):
    fields = ("name", "summary", "what_it_is", "when_to_use", "steps", "typical_duration", "typical_cost", "pitfalls", "inclusion")


@register(Method)
class MethodTranslation(TranslationOptions):
    fields = ("name", "description")


@register(PracticalCase)
class PracticalCaseTranslation(TranslationOptions):
    fields = ("title", "body", "place")


@register(FrameworkText)
class FrameworkTextTranslation(TranslationOptions):
    fields = ("title", "body")


@register(FocusArticle)
class FocusArticleTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


@register(ExternalResource)
class ExternalResourceTranslation(TranslationOptions):
    fields = ("title", "description")


@register(GlossaryTerm)
class GlossaryTermTranslation(TranslationOptions):
    fields = ("term", "definition")
