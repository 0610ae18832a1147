"""The inventory: each participation initiative of the region, its steps, results and follow-up.

An initiative is the participatory process itself: workshops, panels and budgets belong to one.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from polyvox.core.text import search_key
from polyvox.toolbox.models import ParticipationLevel


class Status(models.TextChoices):
    PLANNED = "planned", _("planned")
    ONGOING = "ongoing", _("ongoing")
    FINISHED = "finished", _("finished")


class GovernanceLevel(models.TextChoices):
    REGIONAL = "regional", _("regional")
    MUNICIPAL = "municipal", _("municipal")
    NEIGHBOURHOOD = "neighbourhood", _("neighbourhood")
    COMMUNITY = "community", _("community")
    FEDERAL = "federal", _("federal")


class PublicationState(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted for publication")
    PUBLISHED = "published", _("published")
    RETURNED = "returned", _("sent back")


class Theme(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return self.name


class ParticipationAction(models.Model):
    """What participants do: give an opinion, vote, deliberate, submit a project..."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["name"]
        verbose_name = _("participation action")
        verbose_name_plural = _("participation actions")

    def __str__(self):
        return self.name


class DemocraticValue(models.Model):
    """Deliberation, duty to follow up, inclusion, transparency..."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["name"]
        verbose_name = _("democratic value")
        verbose_name_plural = _("democratic values")

    def __str__(self):
        return self.name


class Initiative(models.Model):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, blank=True)
    summary = models.TextField(_("summary"))
    body = models.TextField(_("description"), help_text=_("Markdown"))
    start_date = models.DateField(_("start date"), db_index=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PLANNED, db_index=True)
    method_family = models.ForeignKey(
        "toolbox.MethodFamily", null=True, blank=True, on_delete=models.SET_NULL, related_name="initiatives",
        verbose_name=_("method family"),
    )
    methods = models.ManyToManyField("toolbox.Method", blank=True, related_name="initiatives", verbose_name=_("methods"))
    themes = models.ManyToManyField(Theme, blank=True, related_name="initiatives", verbose_name=_("themes"))
    governance_level = models.CharField(_("governance level"), max_length=16, choices=GovernanceLevel.choices)
    municipality = models.ForeignKey(
        "places.Municipality", null=True, blank=True, on_delete=models.PROTECT, related_name="initiatives",
        verbose_name=_("municipality"), help_text=_("Empty: the whole region."),
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    participation_level = models.CharField(
        _("participation level"), max_length=20, choices=ParticipationLevel.choices, db_index=True
    )
    participation_actions = models.ManyToManyField(
        ParticipationAction, blank=True, related_name="initiatives", verbose_name=_("participation actions")
    )
    democratic_values = models.ManyToManyField(
        DemocraticValue, blank=True, related_name="initiatives", verbose_name=_("democratic values")
    )
    organiser = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="initiatives", verbose_name=_("organiser")
    )
    providers = models.ManyToManyField(
        "procurement.Provider", blank=True, related_name="initiatives", verbose_name=_("providers involved")
    )
    participants_count = models.PositiveIntegerField(_("number of participants"), null=True, blank=True)
    results = models.TextField(_("results"), blank=True, help_text=_("Markdown"))
    is_example = models.BooleanField(
        _("invented example"), default=False, help_text=_("Demo record that does not describe a real initiative.")
    )
    publication_state = models.CharField(
        _("publication"), max_length=12, choices=PublicationState.choices, default=PublicationState.DRAFT, db_index=True
    )
    return_reason = models.TextField(_("reason for sending back"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    search_text = models.TextField(editable=False, default="")

    class Meta:
        ordering = ["-start_date", "id"]
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        indexes = [
            models.Index(fields=["publication_state", "-start_date"]),
            # max(updated) + count is the inventory's version: cached lists are keyed on it.
            models.Index(fields=["updated"], name="initiatives_updated_idx"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title_fr or self.title)[:120] or "initiative"
        self.search_text = self.build_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            # `updated` always moves with any change: cached lists and exports are keyed on it.
            kwargs["update_fields"] = {*update_fields, "search_text", "updated"}
        super().save(*args, **kwargs)

    def build_search_text(self) -> str:
        """Every language version of the title, summary and body, without accents or case."""
        parts = []
        for field in ("title", "summary", "body", "results"):
            for lang in ("fr", "nl", "en"):
                parts.append(getattr(self, f"{field}_{lang}", "") or "")
        return search_key(" ".join(parts))

    def get_absolute_url(self):
        return reverse("initiatives:detail", args=[self.pk, self.slug or "initiative"])

    @property
    def year(self) -> int:
        return self.start_date.year

    @property
    def iap2_level(self) -> str:
        return ParticipationLevel.iap2(self.participation_level)

    @property
    def is_published(self) -> bool:
        return self.publication_state == PublicationState.PUBLISHED

    def missing_languages(self) -> list[str]:
        """The FR/NL versions of title, summary and body still empty (publication needs them)."""
        missing = []
        for field in ("title", "summary", "body"):
            for lang in ("fr", "nl"):
                if not (getattr(self, f"{field}_{lang}", "") or "").strip():
                    missing.append(f"{field}_{lang}")
        return missing


class Step(models.Model):
    """A dated step of the process; the steps show as a timeline."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="steps")
    date = models.DateField(_("date"))
    end_date = models.DateField(_("until"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=240)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["date", "id"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self):
        return f"{self.date} {self.title}"


class FollowUp(models.Model):
    """Duty to follow up: what was done with the results, and when."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="follow_ups")
    date = models.DateField(_("date"))
    text = models.TextField(_("what was done"))

    class Meta:
        ordering = ["date", "id"]
        verbose_name = _("follow-up entry")
        verbose_name_plural = _("follow-up")

    def __str__(self):
        return f"{self.date}"


class Link(models.Model):
    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(_("label"), max_length=200)
    url = models.URLField(_("address"))

    class Meta:
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self):
        return self.label


class Document(models.Model):
    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to="initiatives/documents/")
    uploaded = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        """The file, served by a view that checks the initiative is visible (never a plain /media/ address)."""
        return reverse("initiatives:document", args=[self.initiative_id, self.pk])
