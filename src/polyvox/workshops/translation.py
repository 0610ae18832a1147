from modeltranslation.translator import TranslationOptions, register

from polyvox.workshops.models import Activity, Workshop


@register(Workshop)
class WorkshopTranslation(TranslationOptions):
    fields = ("title", "challenge")


@register(Activity)
class ActivityTranslation(TranslationOptions):
    fields = ("title", "instructions")
