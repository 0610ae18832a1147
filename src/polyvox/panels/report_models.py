"""A panel's report: its recommendations (text per language, number, theme, the panel's own vote), the report's
date and its document.

A report is written as a draft by the panel's organisers (by hand or from a CSV file), then published
(`panels/workflow.py`: draft -> published, and back to draft to correct it). Published recommendations show on
the panel's public page, and follow-up imports them as commitments (`followup.imports.from_panels`).
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ReportState(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("panel report", "draft")
    PUBLISHED = "published", pgettext_lazy("panel report", "published")


def _document_path(instance, filename):
    from polyvox.core.media import unguessable_name

    return unguessable_name(f"panels/reports/{instance.panel_id}", filename, ".pdf")


class Report(models.Model):
    """The report a panel hands over; one per panel."""

    panel = models.OneToOneField("panels.Panel", on_delete=models.CASCADE, related_name="report",
                                 verbose_name=_("citizens' panel"))
    state = models.CharField(_("state"), max_length=12, choices=ReportState.choices, default=ReportState.DRAFT,
                             db_index=True)
    date = models.DateField(_("date of the report"), null=True, blank=True)
    document = models.FileField(_("report document"), upload_to=_document_path, blank=True, max_length=200)
    document_name = models.CharField(_("document name"), max_length=200, blank=True)
    is_example = models.BooleanField(_("invented example"), default=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("panel report")
        verbose_name_plural = _("panel reports")

    def __str__(self):
        return str(self.panel)

    @property
    def is_published(self) -> bool:
        return self.state == ReportState.PUBLISHED


class Recommendation(models.Model):
    """One recommendation of a report, with its number, its theme or chapter and the panel's vote on it."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="recommendations",
                               verbose_name=_("panel report"))
    position = models.PositiveIntegerField(_("position"), default=0)
    reference = models.CharField(_("number or reference"), max_length=30, help_text=_("E.g. R3 or 2.1"))
    theme = models.CharField(_("theme or chapter"), max_length=200, blank=True)
    text = models.TextField(_("text"))
    support = models.DecimalField(
        _("support in the panel (%)"), max_digits=4, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("The share of the panel's members who voted for it, if the panel voted."))
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["report", "reference"], name="one_reference_per_report")]
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")

    def __str__(self):
        return f"{self.reference} {self.text[:60]}".strip()

    @property
    def public_url(self) -> str:
        """Where the public reads it (the panel's public page), or "" while its report is not published."""
        from django.urls import reverse

        if not self.report.is_published:
            return ""
        return reverse("panels:result", args=[self.report.panel_id]) + f"#recommendation-{self.pk}"

    @property
    def languages(self) -> list[str]:
        """The languages its text is written in."""
        return [lang for lang in ("fr", "nl", "en") if (getattr(self, f"text_{lang}", "") or "").strip()]
