from django.contrib import admin
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from polyvox.accounts.models import User
from polyvox.organisations.models import RoleAssignment


class RoleInline(admin.TabularInline):
    model = RoleAssignment
    extra = 0
    autocomplete_fields = ["organisation"]
    verbose_name = _("role")
    verbose_name_plural = _("roles in organisations")


class UserCreationForm(auth_forms.AdminUserCreationForm):
    """Django's admin creation form bound to our e-mail-based User (its own is bound to auth.User)."""

    class Meta(auth_forms.AdminUserCreationForm.Meta):
        model = User
        fields = ("email",)
        field_classes = {}


class UserChangeForm(auth_forms.UserChangeForm):
    class Meta(auth_forms.UserChangeForm.Meta):
        model = User
        fields = "__all__"
        field_classes = {}


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    add_form = UserCreationForm
    form = UserChangeForm
    ordering = ["email"]
    list_display = ["email", "display_name", "preferred_language", "email_confirmed", "is_active", "date_joined"]
    list_filter = ["roles__role", "is_active", "email_confirmed", "preferred_language"]
    search_fields = ["email", "display_name", "first_name", "last_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Person"), {"fields": ("first_name", "last_name", "display_name", "preferred_language", "email_confirmed")}),
        # What a person may do comes from their roles (below), never from Django's staff/superuser flags.
        (_("Access"), {"fields": ("is_active",)}),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "usable_password", "password1", "password2")}),)
    inlines = [RoleInline]
