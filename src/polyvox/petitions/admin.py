"""The back office (admin) of petitions: the channels' rules (defaults an administrator changes, each with its legal
source shown), the municipalities' own interpellation figures and council sittings. Petitions and signatures are
read-only here: their states move through the institution's pages (audited), their counts through services."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from polyvox.petitions.models import Channel, CommuneRule, CouncilSitting, CountAlert, Petition, Signature


@admin.register(Channel)
class ChannelAdmin(TranslationAdmin):
    list_display = ("name", "kind", "threshold", "minimum_age", "residence", "answer_months", "source_link")
    readonly_fields = ("kind",)
    fieldsets = (
        (None, {"fields": ("kind", "name", "description", "levels")}),
        (_("Rules"), {"fields": ("threshold", "minimum_age", "residence", "signers_give", "identity_level", "signing_months",
                                 "answer_months", "same_subject_months", "days_before_sitting", "max_per_sitting",
                                 "quiet_months_before_elections", "next_communal_elections"),
                      "description": _("Defaults shipped with the platform. Each figure is to be checked against the legal "
                                       "source cited below: the note under it says which figures were checked against "
                                       "which public source and which remain to be checked.")}),
        (_("Legal source"), {"fields": ("legal_source", "legal_source_url", "sources_note", "panels_note")}),
    )

    @admin.display(description=_("legal source"))
    def source_link(self, obj):
        if obj.legal_source_url:
            return format_html('<a href="{}">{}</a>', obj.legal_source_url, (obj.legal_source or obj.legal_source_url)[:80])
        return (obj.legal_source or "—")[:80]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(CommuneRule)
class CommuneRuleAdmin(admin.ModelAdmin):
    list_display = ("municipality", "threshold", "days_before_sitting", "legal_source")


@admin.register(CouncilSitting)
class CouncilSittingAdmin(admin.ModelAdmin):
    list_display = ("municipality", "starts_at", "place", "is_example")
    list_filter = ("municipality",)


@admin.register(Petition)
class PetitionAdmin(TranslationAdmin):
    list_display = ("title", "channel", "state", "signature_count", "threshold", "deadline", "is_example")
    list_filter = ("channel", "state")
    search_fields = ("title_fr", "title_nl", "title_en")

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Signature)
class SignatureAdmin(admin.ModelAdmin):
    list_display = ("pk", "petition", "state", "source", "municipality", "created_at", "confirmed_at", "mail_sent_at",
                    "mail_attempts")
    list_filter = ("state", "source")
    exclude = ("person_key", "email_key", "register_key")

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(CountAlert)
class CountAlertAdmin(admin.ModelAdmin):
    list_display = ("petition", "found_at", "stored_count", "rows")

    def has_change_permission(self, request, obj=None):
        return False
