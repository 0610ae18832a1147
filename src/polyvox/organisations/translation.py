from modeltranslation.translator import TranslationOptions, register

from polyvox.organisations.models import Organisation


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    """An organisation's name in each language ("Commune d'Anderlecht" is "Gemeente Anderlecht" in Dutch)."""

    fields = ("name",)
    required_languages = ()
