"""A public body joining the framework contract, and the meetings about its needs."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from polyvox.procurement.models.files import protocol_path
from polyvox.procurement.models.framework import FrameworkContract

class Membership(models.Model):
    """A public body joining the framework contract: request, needs meeting, protocol signed."""

    class State(models.TextChoices):
        REQUESTED = "requested", _("requested")
        MEETING_HELD = "meeting_held", _("needs meeting held")
        MEMBER = "member", _("member (protocol signed)")
        WITHDRAWN = "withdrawn", _("withdrawn")

    framework = models.ForeignKey(FrameworkContract, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("framework contract"))
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="memberships", verbose_name=_("organisation"))
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.REQUESTED)
    language = models.CharField(_("language of the protocol"), max_length=2, choices=settings.LANGUAGES, default="fr")
    need = models.TextField(_("what the body needs"), blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("requested by"))
    requested_at = models.DateTimeField(_("requested on"), default=timezone.now)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    signatory_name = models.CharField(_("signatory"), max_length=160, blank=True)
    signatory_function = models.CharField(_("signatory's function"), max_length=160, blank=True)
    signed_document = models.FileField(_("signed protocol (PDF)"), upload_to=protocol_path, blank=True)
    signed_document_name = models.CharField(_("file name of the signed protocol"), max_length=255, blank=True, editable=False)

    class Meta:
        ordering = ["-requested_at"]
        unique_together = [("framework", "organisation")]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self):
        return f"{self.organisation} · {self.get_state_display()}"

    @property
    def number(self) -> str:
        return f"PA-{self.requested_at:%Y}-{self.pk:03d}"

    def get_absolute_url(self):
        return reverse("procurement:membership_detail", args=[self.pk])


class NeedsMeeting(models.Model):
    """A meeting of the Service with a public body about its needs (the seed's "rencontres")."""

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="needs_meetings", verbose_name=_("organisation"))
    membership = models.ForeignKey(Membership, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings", verbose_name=_("membership"))
    date = models.DateField(_("date"))
    notes = models.TextField(_("notes"), blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("recorded by"))

    class Meta:
        ordering = ["-date"]
        verbose_name = _("needs meeting")
        verbose_name_plural = _("needs meetings")

    def __str__(self):
        return f"{self.date} · {self.organisation}"
