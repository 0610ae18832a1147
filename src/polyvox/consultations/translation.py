from modeltranslation.translator import TranslationOptions, register

from polyvox.consultations.models import Consultation, Statement


@register(Consultation)
class ConsultationTranslation(TranslationOptions):
    fields = ("title", "question")


@register(Statement)
class StatementTranslation(TranslationOptions):
    fields = ("text",)
