"""The back office's own records: the admin's action log, read-only for the Service's staff.

Django's groups are not offered: permissions come from roles (organisations' RoleAssignment)."""

from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from polyvox.core.backoffice import ReadOnlyAdmin

if admin.site.is_registered(Group):
    admin.site.unregister(Group)


@admin.register(LogEntry)
class LogEntryAdmin(ReadOnlyAdmin):
    list_display = ("action_time", "user", "content_type", "object_repr", "action_flag", "change_message_text")
    list_filter = ("action_flag", "content_type")
    search_fields = ("object_repr", "change_message", "user__email")
    date_hierarchy = "action_time"
    fields = ("action_time", "user", "content_type", "object_id", "object_repr", "action_flag", "change_message")
    readonly_fields = fields
    list_select_related = ("user", "content_type")

    @admin.display(description=_("change"))
    def change_message_text(self, obj):
        return obj.get_change_message()
