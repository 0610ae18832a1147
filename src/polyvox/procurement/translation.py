from modeltranslation.translator import TranslationOptions, register

from polyvox.procurement.models import FrameworkContract, Lot, Provider, SpecificationTemplate


@register(FrameworkContract)
class FrameworkContractTranslation(TranslationOptions):
    fields = ("name",)


@register(Lot)
class LotTranslation(TranslationOptions):
    fields = ("title", "description")


@register(Provider)
class ProviderTranslation(TranslationOptions):
    fields = ("description", "services")


@register(SpecificationTemplate)
class SpecificationTemplateTranslation(TranslationOptions):
    fields = ("name", "body")
