"""The staff's back office for the inventory: initiatives with their steps, follow-up, links and documents;
themes, participation actions and democratic values. Publication goes through the workflow's actions."""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from polyvox.core.backoffice import ProtectedFileWidget
from polyvox.initiatives import services
from polyvox.initiatives.models import DemocraticValue, Document, FollowUp, Initiative, Link, ParticipationAction, Step, Theme


class StepInline(TranslationTabularInline):
    model = Step
    extra = 0


class FollowUpInline(TranslationTabularInline):
    model = FollowUp
    extra = 0


class LinkInline(TranslationTabularInline):
    model = Link
    extra = 0


class DocumentInline(admin.TabularInline):
    model = Document
    extra = 0
    # The current file links to the document's page, which checks who asks (a draft's: editors, staff).
    formfield_overrides = {models.FileField: {"widget": ProtectedFileWidget(
        lambda document: reverse("initiatives:document", args=[document.initiative_id, document.pk]))}}


class InitiativeAdminForm(forms.ModelForm):
    def clean(self):
        data = super().clean()
        if self.instance.pk and self.instance.is_published:
            probe = Initiative(**{f"{n}_{c}": data.get(f"{n}_{c}") or "" for n in ("title", "summary", "body") for c in ("fr", "nl")})
            message = services.missing_languages_message(probe)
            if message:
                raise forms.ValidationError(message)
        return data


@admin.register(Initiative)
class InitiativeAdmin(TranslationAdmin):
    form = InitiativeAdminForm
    list_display = ("title", "organiser", "start_date", "status", "publication_state", "municipality", "is_example")
    list_filter = ("publication_state", "status", "participation_level", "method_family", "governance_level", "is_example")
    search_fields = ("title_fr", "title_nl", "title_en", "search_text")
    date_hierarchy = "start_date"
    filter_horizontal = ("methods", "themes", "participation_actions", "democratic_values", "providers")
    readonly_fields = ("publication_state", "return_reason", "created_by", "created", "updated")
    list_select_related = ("organiser", "municipality")
    inlines = [StepInline, FollowUpInline, LinkInline, DocumentInline]
    actions = ["publish_selected", "send_back_selected"]

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if change:
            services.record_edit(obj, request.user, list(form.changed_data))
        else:
            services.create(obj, request.user)

    @admin.action(description=_("Publish the selected initiatives"))
    def publish_selected(self, request, queryset):
        done = 0
        for initiative in queryset:
            try:
                services.publish(initiative, request.user)
                done += 1
            except (services.WorkflowError, services.TransitionNotAllowed) as error:
                self.message_user(request, f"{initiative}: {error}", messages.ERROR)
        if done:
            self.message_user(request, _("%(count)d initiative(s) published.") % {"count": done}, messages.SUCCESS)

    @admin.action(description=_("Send back the selected initiatives (with a reason)"))
    def send_back_selected(self, request, queryset):
        reason = (request.POST.get("reason") or "").strip()
        if request.POST.get("apply") and reason:
            done = 0
            for initiative in queryset:
                try:
                    services.send_back(initiative, request.user, reason)
                    done += 1
                except (services.WorkflowError, services.TransitionNotAllowed) as error:
                    self.message_user(request, f"{initiative}: {error}", messages.ERROR)
            if done:
                self.message_user(request, _("%(count)d initiative(s) sent back.") % {"count": done}, messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Send back with a reason"),
            "initiatives": queryset,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "missing_reason": bool(request.POST.get("apply")),
            "opts": self.model._meta,
        }
        return render(request, "admin/initiatives/send_back.html", context)


@admin.register(Theme)
class ThemeAdmin(TranslationAdmin):
    list_display = ("name", "slug")
    search_fields = ("name_fr", "name_nl", "name_en", "slug")
    prepopulated_fields = {"slug": ("name_fr",)}


@admin.register(ParticipationAction)
class ParticipationActionAdmin(TranslationAdmin):
    list_display = ("name", "slug")
    search_fields = ("name_fr", "name_nl", "name_en", "slug")


@admin.register(DemocraticValue)
class DemocraticValueAdmin(TranslationAdmin):
    list_display = ("name", "slug")
    search_fields = ("name_fr", "name_nl", "name_en", "slug")
