from modeltranslation.translator import TranslationOptions, register

from polyvox.events.models import Event, Module, Resource, Speaker


@register(Module)
class ModuleTranslation(TranslationOptions):
    fields = ("title", "question")
    required_languages = ()


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "description", "minutes")
    required_languages = ()


@register(Speaker)
class SpeakerTranslation(TranslationOptions):
    fields = ("topic",)
    required_languages = ()


@register(Resource)
class ResourceTranslation(TranslationOptions):
    fields = ("title",)
    required_languages = ()
