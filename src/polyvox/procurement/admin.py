"""The staff's back office for the framework contract. Offers are read-only, and invisible before their
deadline: the admin's queryset and view permission both go through `Offer.objects.unsealed()`."""

from django.contrib import admin, messages
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.urls import reverse
from django.utils.html import format_html
from modeltranslation.admin import TranslationAdmin

from polyvox.core.backoffice import ProtectedFileWidget

from polyvox.procurement.models import (
    ApiToken, Criterion, FrameworkContract, Invitation, Lot, LotHolding, Membership, Need, NeedsMeeting, Offer, Provider, Question,
    SpecificationTemplate, SpecificationVersion, SubsequentContract,
)


class LotInline(admin.TabularInline):
    model = Lot
    extra = 0
    fields = ["number", "title", "ceiling", "always_recompete", "max_providers"]


@admin.register(FrameworkContract)
class FrameworkContractAdmin(TranslationAdmin):
    list_display = ["name", "start_date", "duration_years", "ceiling", "cascade_threshold"]
    inlines = [LotInline]


class HoldingInline(admin.TabularInline):
    model = LotHolding
    extra = 0
    autocomplete_fields = ["provider"]


@admin.register(Lot)
class LotAdmin(TranslationAdmin):
    list_display = ["number", "title", "ceiling", "always_recompete", "framework"]
    inlines = [HoldingInline]


@admin.register(Provider)
class ProviderAdmin(TranslationAdmin):
    list_display = ["__str__", "languages", "contact_email"]
    search_fields = ["organisation__name"]
    autocomplete_fields = ["organisation"]
    # The logo links to its page (a provider's logo is public), not to /media/, which no route serves.
    formfield_overrides = {models.ImageField: {"widget": ProtectedFileWidget(
        lambda provider: reverse("procurement:provider_logo", args=[provider.slug]))}}


@admin.register(SpecificationTemplate)
class SpecificationTemplateAdmin(TranslationAdmin):
    list_display = ["name", "is_default"]


class MeetingInline(admin.TabularInline):
    model = NeedsMeeting
    extra = 0


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["organisation", "state", "signed_on", "language"]
    list_filter = ["state"]
    readonly_fields = ["state"]  # changes of state go through the pages, which audit them
    inlines = [MeetingInline]
    # The signed protocol links to its page, which checks who asks (the staff, the member's officials).
    formfield_overrides = {models.FileField: {"widget": ProtectedFileWidget(
        lambda membership: reverse("procurement:membership_signed_protocol", args=[membership.pk]),
        name_for=lambda membership: membership.signed_document_name)}}


@admin.register(NeedsMeeting)
class NeedsMeetingAdmin(admin.ModelAdmin):
    list_display = ["date", "organisation", "membership"]
    autocomplete_fields = ["organisation"]


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class InvitationInline(ReadOnlyInline):
    model = Invitation
    fields = ["rank", "provider", "status", "deadline", "decline_reason"]
    readonly_fields = fields


class QuestionInline(ReadOnlyInline):
    model = Question
    fields = ["provider", "text", "answer"]
    readonly_fields = fields


class CriterionInline(ReadOnlyInline):
    model = Criterion
    fields = ["name", "kind", "weight"]
    readonly_fields = fields


class SpecificationInline(ReadOnlyInline):
    model = SpecificationVersion
    fields = ["number", "note", "created_at"]
    readonly_fields = fields


@admin.register(SubsequentContract)
class SubsequentContractAdmin(admin.ModelAdmin):
    list_display = ["__str__", "organisation", "lot", "procedure", "state", "estimated_amount"]
    list_filter = ["state", "procedure", "lot__number"]
    search_fields = ["title", "organisation__name"]
    # State, award and offers change only through the workflow (audited, sealed): read-only here.
    inlines = [SpecificationInline, CriterionInline, InvitationInline, QuestionInline]

    # Amounts, states and awards go through the workflow's checks (ceilings, sealing, audit): view only here.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class NeedContractInline(admin.TabularInline):
    model = SubsequentContract
    fk_name = "need_record"
    extra = 0
    fields = ["title", "lot", "estimated_amount", "procedure", "state"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Need)
class NeedAdmin(admin.ModelAdmin):
    """A need and the subsequent contracts opened from it (one per lot); recorded through the workflow only."""

    list_display = ["__str__", "organisation", "created_at"]
    search_fields = ["title", "organisation__name"]
    inlines = [NeedContractInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    """Offers are sealed until their deadline: not listed, not viewable, never editable here."""

    list_display = ["contract", "provider", "price", "submitted_at", "revision"]
    exclude = ["document"]  # shown as document_link: the stored file has no public address
    readonly_fields = ["contract", "provider", "price", "proposal", "document_link", "submitted_at", "revision", "rejection_reason", "notified_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).unsealed()

    @admin.display(description=_("document (PDF)"))
    def document_link(self, offer):
        """Uploads have no public address: the link goes to the view that checks the seal and who asks."""
        if not offer.document:
            return "-"
        return format_html('<a href="{}">{}</a>', reverse("procurement:offer_document", args=[offer.pk]),
                           offer.document_name or f"offer-{offer.pk}.pdf")

    def has_view_permission(self, request, obj=None):
        if obj is not None and obj.is_sealed():
            return False
        return super().has_view_permission(request, obj)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens for /api/procurement/stats; the key is shown once, when the token is created."""

    list_display = ["name", "user", "created_at", "last_used_at"]
    fields = ["user", "name"]
    autocomplete_fields = ["user"]

    def has_change_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        token, key = ApiToken.issue(obj.user, obj.name)
        obj.pk = token.pk
        obj.key_hash = token.key_hash
        messages.warning(request, _("Copy this token now, it will not be shown again: %(key)s") % {"key": key})
