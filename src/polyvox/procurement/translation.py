from modeltranslation.translator import TranslationOptions, register

from polyvox.procurement.models import FrameworkContract, Lot, Provider


@register(FrameworkContract)
class FrameworkContractTranslation(TranslationOptions):
    fields = ("name",)


@register(Lot)
class LotTranslation(TranslationOptions):
    fields = ("title", "description")


@register(Provider)
class ProviderTranslation(TranslationOptions):
    fields = ("description", "services")
