from modeltranslation.translator import TranslationOptions, register

from polyvox.newsletter.models import Segment


@register(Segment)
class SegmentTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ()
