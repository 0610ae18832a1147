"""The staff's back office for events: modules, events with their speakers and resources, registrations. States
move through the event's page (audited); here they are read-only. An event that ends before it starts is refused
with a message (the model's clean)."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from polyvox.events.models import Event, Module, Registration, Resource, Speaker


@admin.register(Module)
class ModuleAdmin(TranslationAdmin):
    list_display = ("title", "kind", "order")


class SpeakerInline(TranslationTabularInline):
    model = Speaker
    extra = 0


class ResourceInline(TranslationTabularInline):
    model = Resource
    extra = 0


@admin.register(Event)
class EventAdmin(TranslationAdmin):
    list_display = ("title", "kind", "module", "starts_at", "capacity", "audience", "state")
    list_filter = ("kind", "module", "audience", "state")
    search_fields = ("title_fr", "title_nl", "title_en")
    readonly_fields = ("state",)
    raw_id_fields = ("organiser",)
    inlines = [SpeakerInline, ResourceInline]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ("event", "user", "state", "created_at", "checked_in_at")
    list_filter = ("state",)
    readonly_fields = ("event", "user", "state", "code", "token", "created_at", "checked_in_at", "reminded_at")
    exclude = ()

    def has_add_permission(self, request):
        return False  # people register themselves; the waiting list is kept by the service
