from modeltranslation.translator import TranslationOptions, register

from polyvox.network.models import Competence, TrainingProgramme, WorkingGroup


@register(Competence)
class CompetenceTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ()


@register(WorkingGroup)
class WorkingGroupTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ()


@register(TrainingProgramme)
class TrainingProgrammeTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ()
