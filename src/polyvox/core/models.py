"""What every part of the site shares: the audit trail of changes of state."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from polyvox.core.messages import render_message


class AuditEntry(models.Model):
    """One recorded change: who did what to which object, when, and from which state to which."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64, db_index=True)
    subject = GenericForeignKey("content_type", "object_id")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("by"),
    )
    action = models.CharField(_("action"), max_length=80)
    from_state = models.CharField(_("from"), max_length=40, blank=True)
    to_state = models.CharField(_("to"), max_length=40, blank=True)
    message = models.TextField(_("message"), blank=True)
    # A line rendered in the reader's language at display time: the English msgid and its parameters
    # (see polyvox.core.transitions.Msg). `message` keeps the English text for exports and old entries.
    message_id = models.TextField(_("message code"), blank=True)
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    created = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created", "id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")

    def __str__(self):
        return f"{self.created:%Y-%m-%d %H:%M} {self.action} {self.from_state}→{self.to_state}"

    @property
    def text(self) -> str:
        """The entry's message in the active language (entries recorded as plain text are shown as they are)."""
        if self.message_id:
            return render_message(self.message_id, self.params)
        return self.message
