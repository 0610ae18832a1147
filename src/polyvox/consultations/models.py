"""Online consultations: a conversation where participants vote agree, disagree or pass on each other's short
statements, and the opinion map computed from those votes (`polyvox.engines.opinion`).

A participant is a signed-in account or a browser key (a random secret kept in a signed cookie; only its
keyed hash is stored). Statements are shown in the reader's language with the original marked; translations
are written by their author or by staff. Every state change goes through `consultations/workflow.py`.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

STATEMENT_MAX_LENGTH = 280


def new_slug() -> str:
    return secrets.token_hex(5)


class ConsultationState(models.TextChoices):
    DRAFT = "draft", _("in preparation")
    OPEN = "open", _("open")
    CLOSED = "closed", _("closed")


class Admission(models.TextChoices):
    ANYONE = "anyone", _("anyone, without an account (a key kept by the browser)")
    ACCOUNT = "account", _("signed-in accounts only")


class Moderation(models.TextChoices):
    STRICT = "strict", _("strict: participants' statements are published after review")
    OPEN = "open", _("open: participants' statements are published at once and can be hidden")


class Consultation(models.Model):
    initiative = models.ForeignKey(
        "initiatives.Initiative", on_delete=models.PROTECT, related_name="consultations", verbose_name=_("initiative")
    )
    slug = models.SlugField(_("address"), max_length=20, unique=True, default=new_slug)
    title = models.CharField(_("title"), max_length=200)
    question = models.TextField(_("question put to participants"), max_length=2000)
    state = models.CharField(_("state"), max_length=10, choices=ConsultationState.choices, default=ConsultationState.DRAFT)
    admission = models.CharField(_("who takes part"), max_length=10, choices=Admission.choices, default=Admission.ANYONE)
    moderation = models.CharField(_("moderation"), max_length=10, choices=Moderation.choices, default=Moderation.STRICT)
    participants_submit = models.BooleanField(_("participants may submit statements"), default=True)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)
    is_example = models.BooleanField(_("invented example"), default=False)
    imported_from = models.CharField(_("imported from"), max_length=300, blank=True,
                                     help_text=_("Source and licence of an imported conversation."))
    created_at = models.DateTimeField(auto_now_add=True)
    map_version = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("online consultation")
        verbose_name_plural = _("online consultations")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("consultations:detail", kwargs={"slug": self.slug})

    @property
    def is_open(self) -> bool:
        return self.state == ConsultationState.OPEN


class StatementState(models.TextChoices):
    PENDING = "pending", _("awaiting moderation")
    APPROVED = "approved", _("published")
    REJECTED = "rejected", _("rejected")
    HIDDEN = "hidden", _("hidden")


class Participant(models.Model):
    """One person in one conversation: an account, or the keyed hash of a browser key."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="participants")
    number = models.PositiveIntegerField(_("number"), help_text=_("The participant's id in exports."))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")
    key_hash = models.CharField(max_length=64, blank=True, editable=False)
    external_id = models.CharField(max_length=40, blank=True, help_text=_("Id in an imported conversation."))
    # Whether this participant was given a code for the consultation's questionnaire: the code itself is kept
    # only by their browser, so no response can be traced back to a participant.
    questionnaire_code_issued = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["consultation", "number"], name="consultation_participant_number"),
            models.UniqueConstraint(fields=["consultation", "user"], condition=models.Q(user__isnull=False),
                                    name="consultation_participant_user"),
            models.UniqueConstraint(fields=["consultation", "key_hash"], condition=~models.Q(key_hash=""),
                                    name="consultation_participant_key"),
        ]

    def __str__(self):
        return f"#{self.number}"


class Statement(models.Model):
    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="statements")
    number = models.PositiveIntegerField(_("number"), help_text=_("The statement's id in exports."))
    text = models.CharField(_("statement"), max_length=STATEMENT_MAX_LENGTH)
    original_language = models.CharField(_("language of the original"), max_length=2,
                                         choices=[("fr", "Français"), ("nl", "Nederlands"), ("en", "English")])
    author = models.ForeignKey(Participant, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements",
                               verbose_name=_("author"))
    seeded = models.BooleanField(_("seeded by the organisers"), default=False)
    state = models.CharField(_("state"), max_length=10, choices=StatementState.choices, default=StatementState.PENDING)
    similar_to = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
                                   verbose_name=_("says the same as"))
    moderation_reason = models.CharField(_("reason"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["consultation", "number"], name="consultation_statement_number")]

    def __str__(self):
        return f"{self.number}: {self.text_original[:60]}"

    @property
    def text_original(self) -> str:
        return getattr(self, f"text_{self.original_language}", "") or self.text or ""


class Vote(models.Model):
    AGREE, PASS, DISAGREE = 1, 0, -1
    VALUES = {"agree": AGREE, "pass": PASS, "disagree": DISAGREE}

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="votes")
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="votes")
    value = models.SmallIntegerField(choices=[(1, _("agree")), (0, _("pass")), (-1, _("disagree"))])
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["participant", "statement"], name="consultation_one_vote"),
            models.CheckConstraint(condition=models.Q(value__in=[-1, 0, 1]), name="consultation_vote_value"),
        ]


class OpinionMap(models.Model):
    """The latest opinion map of a conversation, as the engine computed it (JSON), and which votes it saw."""

    consultation = models.OneToOneField(Consultation, on_delete=models.CASCADE, related_name="opinion_map")
    version = models.PositiveIntegerField(default=0)
    votes_seen = models.PositiveIntegerField(default=0)
    computed_at = models.DateTimeField(auto_now=True)
    seconds = models.FloatField(default=0)
    data = models.JSONField(default=dict)


class MapEvent(models.Model):
    """The live stream's log, so that a reconnecting screen misses nothing (Last-Event-ID)."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="events")
    type = models.CharField(max_length=30)
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["consultation", "id"])]
