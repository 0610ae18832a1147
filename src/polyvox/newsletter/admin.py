"""The staff's back office for the newsletter: segments, subscribers (state read-only: it moves by the person's own
confirmation and unsubscription), the consent log (read-only), editions (composed and sent from the newsletter's
pages)."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from polyvox.newsletter.models import ConsentEntry, Edition, Segment, Subscriber


@admin.register(Segment)
class SegmentAdmin(TranslationAdmin):
    list_display = ("name", "slug", "municipality", "theme", "audience")


class ConsentInline(admin.TabularInline):
    model = ConsentEntry
    extra = 0
    can_delete = False
    readonly_fields = ("action", "wording", "at")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ("email", "language", "municipality", "audience", "state", "confirmed_at")
    list_filter = ("state", "language", "audience")
    search_fields = ("email",)
    readonly_fields = ("state", "confirm_token", "unsubscribe_token", "confirmed_at")
    inlines = [ConsentInline]


@admin.register(Edition)
class EditionAdmin(admin.ModelAdmin):
    list_display = ("subject", "language", "segment", "state", "recipients", "sent_at")
    readonly_fields = ("state", "body_html", "body_text", "recipients", "sent_at", "created_by")
