from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from polyvox.organisations.models import Organisation, RoleAssignment


class RoleInline(admin.TabularInline):
    model = RoleAssignment
    extra = 1
    autocomplete_fields = ["user"]
    verbose_name = _("role held here")
    verbose_name_plural = _("people and their roles")


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "municipality", "member_count", "is_example"]
    list_filter = ["kind", "is_example", "municipality"]
    search_fields = ["name", "slug", "email"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["municipality"]
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "municipality")}),
        (_("Contact"), {"fields": ("website", "email")}),
        (_("Demo data"), {"fields": ("is_example",)}),
    )
    inlines = [RoleInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_member_count=Count("roles__user", distinct=True))

    @admin.display(description=_("people"), ordering="_member_count")
    def member_count(self, obj):
        return obj._member_count


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role"]
    list_filter = ["role", "organisation__kind"]
    search_fields = ["user__email", "user__display_name", "organisation__name"]
    autocomplete_fields = ["user", "organisation"]
    list_select_related = ["user", "organisation"]
