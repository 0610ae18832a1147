from modeltranslation.translator import TranslationOptions, register

from polyvox.panels.models import Feature, FeatureValue, Panel, Recommendation


@register(Panel)
class PanelTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ()


@register(Feature)
class FeatureTranslation(TranslationOptions):
    fields = ("name",)


@register(FeatureValue)
class FeatureValueTranslation(TranslationOptions):
    fields = ("label",)


@register(Recommendation)
class RecommendationTranslation(TranslationOptions):
    fields = ("theme", "text")
    required_languages = ()
