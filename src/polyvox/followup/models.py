"""Follow-up records: a process's plan (its legal clocks), its commitments (answer, implementation, progress,
children with weights), dated updates with documents, the people who asked to hear back and their ratings.

States move only through `workflow.py` (answer and implementation); progress and texts through `services.py`;
both leave audit entries.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ProcessKind(models.TextChoices):
    DELIBERATIVE = "deliberative", _("deliberative committee or citizens' panel")
    BUDGET = "budget", _("participatory budget")
    WORKSHOP = "workshop", _("workshop or co-creation")
    PETITION = "petition", _("petition or interpellation")
    OTHER = "other", _("other process")


class SourceKind(models.TextChoices):
    RECOMMENDATION = "recommendation", _("recommendation of a panel or committee")
    BUDGET_PROJECT = "budget_project", _("funded project of a participatory budget")
    WORKSHOP_DECISION = "workshop_decision", _("idea or decision retained by a workshop")
    PETITION_REQUEST = "petition_request", _("request of a petition")
    MANUAL = "manual", _("entered by hand")


class Answer(models.TextChoices):
    AWAITING = "awaiting", pgettext_lazy("answer", "awaiting an answer")
    ADOPTED = "adopted", pgettext_lazy("answer", "adopted")
    PARTLY = "partly", pgettext_lazy("answer", "adopted in part")
    REJECTED = "rejected", pgettext_lazy("answer", "rejected")
    UNDER_STUDY = "under_study", pgettext_lazy("answer", "under study")


class Status(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("implementation", "planned")
    IN_PROGRESS = "in_progress", pgettext_lazy("implementation", "in progress")
    DONE = "done", pgettext_lazy("implementation", "done")
    ABANDONED = "abandoned", pgettext_lazy("implementation", "abandoned")


class EvaluationState(models.TextChoices):
    PREPARING = "preparing", pgettext_lazy("evaluation", "being prepared")
    PUBLISHED = "published", pgettext_lazy("evaluation", "published")


class Dimension(models.TextChoices):
    """The three dimensions of the OECD's Evaluation Guidelines for Representative Deliberative Processes (2021)."""

    DESIGN_INTEGRITY = "design_integrity", _("Design integrity")
    DELIBERATIVE_EXPERIENCE = "deliberative_experience", _("Deliberative experience")
    PATHWAYS_TO_IMPACT = "pathways_to_impact", _("Pathways to impact")


class Plan(models.Model):
    """The follow-up of one process (an initiative): when its report was handed over, its clocks, its authority."""

    initiative = models.OneToOneField("initiatives.Initiative", on_delete=models.CASCADE, related_name="follow_up_plan",
                                      verbose_name=_("initiative"))
    kind = models.CharField(_("type of process"), max_length=16, choices=ProcessKind.choices, default=ProcessKind.OTHER)
    authority = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="+",
                                  verbose_name=_("competent authority"))
    report_date = models.DateField(_("date the report was handed over"), null=True, blank=True,
                                   help_text=_("The clocks start on this day."))
    answer_months = models.PositiveSmallIntegerField(_("months to answer"), default=6,
                                                     validators=[MinValueValidator(1), MaxValueValidator(60)])
    first_report_months = models.PositiveSmallIntegerField(_("months to the first follow-up report"), default=9,
                                                           validators=[MinValueValidator(1), MaxValueValidator(60)])
    report_every_months = models.PositiveSmallIntegerField(_("months between follow-up reports"), default=6,
                                                           validators=[MinValueValidator(1), MaxValueValidator(60)])
    clock_source = models.CharField(_("source of the deadlines"), max_length=300, blank=True)
    criteria_note = models.TextField(_("introduction to the evaluation criteria"), blank=True, help_text=_("Markdown"))
    criteria_set_on = models.DateField(_("criteria set on"), null=True, blank=True,
                                       help_text=_("The day the criteria were last changed."))
    # Moves only through workflow.EVALUATION (criteria changes are its self-loop, locked once published).
    evaluation_state = models.CharField(_("evaluation"), max_length=12, choices=EvaluationState.choices,
                                        default=EvaluationState.PREPARING)
    evaluation_published_on = models.DateField(_("evaluation published on"), null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("follow-up plan")
        verbose_name_plural = _("follow-up plans")

    def __str__(self):
        return str(self.initiative)

    def get_absolute_url(self):
        return reverse("followup:initiative", args=[self.initiative_id])


class Criterion(models.Model):
    """One evaluation criterion set before the process starts, under one OECD dimension. Written only through
    the evaluation workflow's `set_criteria` step (locked once the process started or the evaluation is out)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("process"))
    dimension = models.CharField(_("OECD dimension"), max_length=30, choices=Dimension.choices)
    text = models.TextField(_("criterion"), max_length=1000)
    position = models.PositiveIntegerField(_("position"), default=0)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["plan", "position", "pk"]
        verbose_name = _("evaluation criterion")
        verbose_name_plural = _("evaluation criteria")

    def __str__(self):
        return self.text[:80]


class Commitment(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="commitments", verbose_name=_("process"))
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children",
                               verbose_name=_("part of"))
    weight = models.PositiveSmallIntegerField(
        _("weight in the parent (%)"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(100)])
    position = models.PositiveIntegerField(_("position"), default=0)
    reference = models.CharField(_("reference"), max_length=30, blank=True, help_text=_("E.g. R3 or 2.1"))
    text = models.TextField(_("text"))
    source_kind = models.CharField(_("comes from"), max_length=20, choices=SourceKind.choices, default=SourceKind.MANUAL)
    source_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    source_id = models.PositiveIntegerField(null=True, blank=True)
    source = GenericForeignKey("source_type", "source_id")
    authority = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="commitments",
                                  verbose_name=_("authority"))
    responsible_service = models.CharField(_("responsible service"), max_length=200, blank=True)
    answer = models.CharField(_("answer"), max_length=12, choices=Answer.choices, default=Answer.AWAITING, db_index=True)
    reasons = models.TextField(_("reasons of the answer"), blank=True)
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    status = models.CharField(_("implementation"), max_length=12, choices=Status.choices, default=Status.PLANNED,
                              db_index=True)
    status_reason = models.TextField(_("why it was abandoned"), blank=True)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0,
                                                validators=[MinValueValidator(0), MaxValueValidator(100)])
    # Written by the clocks (clocks.refresh), in Europe/Brussels dates.
    answer_due = models.DateField(_("answer due"), null=True, blank=True)
    report_due = models.DateField(_("next follow-up report due"), null=True, blank=True)
    overdue = models.BooleanField(_("overdue"), default=False, db_index=True)
    is_example = models.BooleanField(_("invented example"), default=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["plan", "parent_id", "position", "pk"]
        indexes = [models.Index(fields=["source_type", "source_id"])]
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")

    def __str__(self):
        return f"{self.reference} {self.text[:60]}".strip()

    def get_absolute_url(self):
        return reverse("followup:commitment", args=[self.pk])

    @property
    def initiative(self):
        return self.plan.initiative

    @property
    def is_answered(self) -> bool:
        return self.answer != Answer.AWAITING

    @property
    def answered_on_time(self) -> bool | None:
        if self.answered_on is None or self.answer_due is None:
            return None
        return self.answered_on <= self.answer_due


def _document_path(instance, filename):
    from polyvox.core.media import unguessable_name

    return unguessable_name(f"followup/{instance.commitment_id}", filename, ".pdf")


class Update(models.Model):
    """A dated, public account of what was done, with an optional document."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="updates")
    date = models.DateField(_("date"))
    text = models.TextField(_("what was done"))
    progress = models.PositiveSmallIntegerField(_("progress after this update (%)"), null=True, blank=True,
                                                validators=[MinValueValidator(0), MaxValueValidator(100)])
    document = models.FileField(_("document"), upload_to=_document_path, blank=True)
    document_name = models.CharField(_("document name"), max_length=200, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("follow-up update")
        verbose_name_plural = _("follow-up updates")

    def get_document_url(self):
        return reverse("followup:document", args=[self.pk]) if self.document else ""


def _token() -> str:
    return secrets.token_urlsafe(18)


def _today():
    from django.utils import timezone

    return timezone.localdate()


class Listener(models.Model):
    """Someone who took part and agreed to hear back: told in their language, and may rate each answer."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="listeners")
    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=2, default="fr")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    source = models.CharField(_("took part as"), max_length=40, blank=True)
    token = models.CharField(max_length=40, unique=True, default=_token, editable=False)
    # The day the person said yes (when voting, joining, signing, or here): the retention period runs from it.
    consented_on = models.DateField(_("agreed on"), default=_today)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["plan", "email"], name="one_listener_per_email")]
        verbose_name = _("person who asked to hear back")
        verbose_name_plural = _("people who asked to hear back")


class StoppedListening(models.Model):
    """Someone who stopped hearing back from a plan: a keyed hash of the address only, so that gathering the
    consents given in the apps again does not bring them back (kept as long as those consents may be)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="stopped")
    email_hash = models.CharField(max_length=64)
    stopped_on = models.DateField(default=_today)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["plan", "email_hash"], name="one_stop_per_email")]
        verbose_name = _("person who stopped hearing back")
        verbose_name_plural = _("people who stopped hearing back")


class Rating(models.Model):
    """Did the institution answer seriously? 1 to 5, with a comment; one per listener and commitment."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="ratings")
    # A listener who stops hearing back (or whose consent runs out) leaves their rating, no longer tied to anyone.
    listener = models.ForeignKey(Listener, null=True, blank=True, on_delete=models.SET_NULL, related_name="ratings")
    score = models.PositiveSmallIntegerField(_("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["commitment", "listener"], name="one_rating_per_listener")]
        verbose_name = _("rating of an answer")
        verbose_name_plural = _("ratings of answers")


class Reminder(models.Model):
    """A reminder sent to the owners before a deadline (kept so that each is sent once)."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="reminders")
    deadline = models.CharField(max_length=10)  # "answer" or "report"
    due = models.DateField()
    days_before = models.SmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["commitment", "deadline", "due", "days_before"],
                                               name="one_reminder_per_deadline")]




class PopulationDimension(models.TextChoices):
    """What reference population figures describe (the CSV's `dimension` column); the categories are the values
    of the participants' questionnaire's answers to the matching question (`question_key`)."""

    AGE_BAND = "age_band", _("age band")
    GENDER = "gender", _("gender")
    LANGUAGE = "language", _("language")


QUESTION_OF_DIMENSION = {"age_band": "age-band", "gender": "gender", "language": "language"}


class PopulationLoad(models.Model):
    """One CSV file of reference population figures loaded by the Service's staff (all its lines or none)."""

    file_name = models.CharField(_("file"), max_length=200)
    lines = models.PositiveIntegerField(_("lines"))
    summary = models.CharField(_("what it holds"), max_length=500, blank=True)
    loaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+", verbose_name=_("loaded by"))
    created = models.DateTimeField(_("loaded at"), auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("load of population figures")
        verbose_name_plural = _("loads of population figures")

    def __str__(self):
        return f"{self.file_name} ({self.lines})"


class PopulationFigure(models.Model):
    """How many residents of one municipality fall in one category (an age band, a gender, a language) in one
    year, with the figure's source. The evaluation's inclusion tables compare participants with these."""

    municipality = models.ForeignKey("places.Municipality", on_delete=models.CASCADE, related_name="+",
                                     verbose_name=_("municipality"))
    dimension = models.CharField(_("dimension"), max_length=12, choices=PopulationDimension.choices)
    category = models.CharField(_("category"), max_length=30)
    count = models.PositiveIntegerField(_("residents"))
    year = models.PositiveSmallIntegerField(_("year"))
    source = models.CharField(_("source"), max_length=300)
    load = models.ForeignKey(PopulationLoad, on_delete=models.CASCADE, related_name="figures")

    class Meta:
        ordering = ["dimension", "year", "municipality", "category"]
        constraints = [models.UniqueConstraint(fields=["municipality", "dimension", "category", "year"],
                                               name="one_population_figure_per_category_and_year")]
        verbose_name = _("population figure")
        verbose_name_plural = _("population figures")
