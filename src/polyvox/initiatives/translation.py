from modeltranslation.translator import TranslationOptions, register

from polyvox.initiatives.models import DemocraticValue, FollowUp, Initiative, Link, ParticipationAction, Step, Theme


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name",)


@register(ParticipationAction)
class ParticipationActionTranslation(TranslationOptions):
    fields = ("name",)


@register(DemocraticValue)
class DemocraticValueTranslation(TranslationOptions):
    fields = ("name",)


@register(Initiative)
class InitiativeTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "results")
    required_languages = ()


@register(Step)
class StepTranslation(TranslationOptions):
    fields = ("title", "description")


@register(FollowUp)
class FollowUpTranslation(TranslationOptions):
    fields = ("text",)


@register(Link)
class LinkTranslation(TranslationOptions):
    fields = ("label",)
