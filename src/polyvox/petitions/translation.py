from modeltranslation.translator import TranslationOptions, register

from polyvox.petitions.models import AnswerDocument, Channel, Petition


@register(Channel)
class ChannelTranslation(TranslationOptions):
    fields = ("name", "description", "panels_note", "sources_note")
    required_languages = ()


@register(Petition)
class PetitionTranslation(TranslationOptions):
    fields = ("title", "body", "refusal_reasons", "answer")
    required_languages = ()


@register(AnswerDocument)
class AnswerDocumentTranslation(TranslationOptions):
    fields = ("title",)
    required_languages = ()
