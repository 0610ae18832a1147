"""The staff's back office (the Django admin) answers to roles, never to Django's `is_staff` or `is_superuser`.

- `BackOffice`, the admin site: only people holding the Service's staff role (the `core.enter_back_office`
  permission, which organisations' rules.py grants to that role) enter; anyone else signed in gets 403, anyone signed out goes to the site's sign-in.
- `RoleBackend` replaces Django's ModelBackend: it signs people in, but grants nothing from Django's
  permission tables nor from the superuser flag. Every permission comes from the apps' `rules.py`;
  an admin permission (view/add/change/delete of a model) that no rules.py names is granted to the
  Service's staff role, and `rules.py` narrows it where a record must not change (ballots, votes...).
- `ReadOnlyAdmin`: a model admin that shows and never adds, changes or deletes (its history stays true).
- `ProtectedFileWidget`: an uploaded file's widget that links to the app's access-checked view (no file
  has a /media/ address, see core/media.py), not to the storage's URL.
"""

from __future__ import annotations

import rules
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.widgets import AdminFileWidget
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

    def get_user(self, user_id):
        """The account of the session, loaded once per request the way its user model loads it for requests
        (`for_request`, when it has one: with the role and second-factor checks in the same statement)."""
        from django.contrib.auth import get_user_model

        manager = get_user_model()._default_manager
        if hasattr(manager, "for_request"):
            user = manager.for_request(user_id)
        else:
            user = manager.filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None

    async def aget_user(self, user_id):
        from asgiref.sync import sync_to_async

        return await sync_to_async(self.get_user)(user_id)

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


class _LinkedFile:
    """What the file widget's template shows: the file's name, linked to `url`."""

    def __init__(self, name: str, url: str):
        self.name, self.url = name, url

    def __str__(self):
        return self.name


class ProtectedFileWidget(AdminFileWidget):
    """The admin's file widget, linking the current file to the view that serves it after checking who
    asks (`url_for(instance)`, e.g. the project picture's page), never to MEDIA_URL, which no route serves.
    `name_for(instance)` gives the name shown (default: the stored file's name)."""

    def __init__(self, url_for, name_for=None, attrs=None):
        super().__init__(attrs)
        self.url_for, self.name_for = url_for, name_for

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        instance = getattr(value, "instance", None)
        if context["widget"]["is_initial"] and instance is not None and instance.pk is not None:
            shown = (self.name_for(instance) if self.name_for else "") or str(value.name).rsplit("/", 1)[-1]
            context["widget"]["value"] = _LinkedFile(shown, self.url_for(instance))
        return context
