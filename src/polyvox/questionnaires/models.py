"""Questionnaires: questions of five kinds in three languages, skip logic, anonymous responses by code.

A questionnaire is attached to what it evaluates either generically (`content_type` + `object_id`) or by
a foreign key the using app holds. Responses carry no person: each comes from one access code (a random
token handed out on paper or in a link), and a code answers once.
"""

from __future__ import annotations

import secrets

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class State(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("questionnaire", "draft")
    OPEN = "open", pgettext_lazy("questionnaire", "open")
    CLOSED = "closed", pgettext_lazy("questionnaire", "closed")


class Kind(models.TextChoices):
    SINGLE = "single", _("single choice")
    MULTIPLE = "multiple", _("multiple choice")
    SCALE = "scale", _("scale from 1 to 5")
    NUMBER = "number", _("number")
    TEXT = "text", _("free text")


CHOICE_KINDS = (Kind.SINGLE, Kind.MULTIPLE, Kind.SCALE)


class Questionnaire(models.Model):
    title = models.CharField(_("title"), max_length=240)
    intro = models.TextField(_("introduction"), blank=True, help_text=_("Markdown"))
    template = models.CharField(_("created from the template"), max_length=60, blank=True)
    audience = models.CharField(_("audience"), max_length=30, blank=True,
                                help_text=_("E.g. participants, organisers: tells questionnaires of one process apart."))
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT, db_index=True)
    organisation = models.ForeignKey("organisations.Organisation", null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="questionnaires", verbose_name=_("owner organisation"))
    content_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.CASCADE)
    object_id = models.PositiveIntegerField(null=True, blank=True)
    subject = GenericForeignKey("content_type", "object_id")
    results_public = models.BooleanField(_("results public"), default=False)
    is_example = models.BooleanField(_("responses are invented examples"), default=False)
    opened_at = models.DateTimeField(_("opened at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("questionnaires:results", args=[self.pk])


class Question(models.Model):
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    key = models.SlugField(_("key"), max_length=60)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    text = models.CharField(_("question"), max_length=500)
    help = models.CharField(_("help text"), max_length=500, blank=True)
    required = models.BooleanField(_("required"), default=False)
    criterion = models.CharField(_("evaluation criterion"), max_length=60, blank=True)
    minimum = models.DecimalField(_("smallest number"), max_digits=12, decimal_places=2, null=True, blank=True)
    maximum = models.DecimalField(_("largest number"), max_digits=12, decimal_places=2, null=True, blank=True)
    show_if = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="dependents",
                                verbose_name=_("shown only if the answer to"))
    show_if_values = models.JSONField(_("is one of"), default=list, blank=True)

    class Meta:
        ordering = ["questionnaire", "position", "pk"]
        constraints = [models.UniqueConstraint(fields=["questionnaire", "key"], name="question_key_unique")]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text

    @property
    def has_choices(self) -> bool:
        return self.kind in CHOICE_KINDS


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    value = models.CharField(_("value"), max_length=60)
    label = models.CharField(_("label"), max_length=300)

    class Meta:
        ordering = ["question", "position", "pk"]
        constraints = [models.UniqueConstraint(fields=["question", "value"], name="choice_value_unique")]
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self):
        return self.label


def new_token() -> str:
    return secrets.token_urlsafe(12)


class AccessCode(models.Model):
    """One code, one response; the code is not tied to anybody in the database."""

    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="codes")
    token = models.CharField(_("code"), max_length=40, unique=True, default=new_token)
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("access code")
        verbose_name_plural = _("access codes")

    def get_absolute_url(self):
        return reverse("questionnaires:answer", args=[self.token])


class Response(models.Model):
    """An anonymous response: the day it came (no time, no person) and the language it was given in."""

    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="responses")
    code = models.OneToOneField(AccessCode, null=True, blank=True, on_delete=models.SET_NULL, related_name="response")
    submitted_on = models.DateField(_("submitted on"))
    language = models.CharField(_("language"), max_length=2, default="fr")
    is_example = models.BooleanField(_("invented example"), default=False)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("response")
        verbose_name_plural = _("responses")


class Answer(models.Model):
    """One answer: `value` is a choice value (single, scale), a list of them (multiple), a number or a text."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    value = models.JSONField(_("value"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["response", "question"], name="one_answer_per_question")]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
