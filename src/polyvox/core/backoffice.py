"""The staff's back office (the Django admin) answers to roles, never to Django's `is_staff` or `is_superuser`.

- `BackOffice`, the admin site: only people holding the Service's staff role (the `core.enter_back_office`
  permission, which organisations' rules.py grants to that role) enter; anyone else signed in gets 403, anyone signed out goes to the site's sign-in.
- `RoleBackend` replaces Django's ModelBackend: it signs people in, but grants nothing from Django's
  permission tables nor from the superuser flag. Every permission comes from the apps' `rules.py`;
  an admin permission (view/add/change/delete of a model) that no rules.py names is granted to the
  Service's staff role, and `rules.py` narrows it where a record must not change (ballots, votes...).
- `ReadOnlyAdmin`: a model admin that shows and never adds, changes or deletes (its history stays true).
"""

from __future__ import annotations

import rules
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

ADMIN_ACTIONS = ("view", "add", "change", "delete")


BACK_OFFICE_PERMISSION = "core.enter_back_office"  # granted by the app that knows the roles (organisations' rules.py)


def holds_staff_role(user) -> bool:
    """Asked of the rules registry directly: `user.has_perm` would let a superuser in whatever their role."""
    return bool(getattr(user, "is_active", False) and rules.has_perm(BACK_OFFICE_PERMISSION, user))


class BackOffice(admin.AdminSite):
    site_header = "Polyvox · participation.brussels"
    site_title = "Polyvox"
    index_title = "Back office"

    def has_permission(self, request):
        return holds_staff_role(request.user)

    def login(self, request, extra_context=None):
        """The back office has no sign-in of its own: the site's (with its throttling and second factor)."""
        if request.user.is_authenticated:
            raise PermissionDenied
        target = request.GET.get("next") or reverse("admin:index", current_app=self.name)
        return redirect(f"{reverse('accounts:login')}?{urlencode({'next': target})}")


class RoleBackend(ModelBackend):
    """Authentication by ModelBackend; permissions from roles only (see the module's docstring)."""

    def get_user_permissions(self, user_obj, obj=None):
        return set()

    def get_group_permissions(self, user_obj, obj=None):
        return set()

    def get_all_permissions(self, user_obj, obj=None):
        return set()

    def has_perm(self, user_obj, perm, obj=None):
        if rules.perm_exists(perm) or not holds_staff_role(user_obj):
            return False  # a rule named in rules.py decides alone (the rules backend answers it)
        app_label, _dot, codename = perm.partition(".")
        action, _sep, model_name = codename.partition("_")
        if action not in ADMIN_ACTIONS:
            return False
        try:
            apps.get_model(app_label, model_name)
        except (LookupError, ValueError):
            return False
        return True

    def has_module_perms(self, user_obj, app_label):
        return holds_staff_role(user_obj)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Shown to the staff, never added, changed or deleted through the back office."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyTabularInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
