"""The newsletter: subscribers confirmed by double opt-in, their consent log, segments (commune, theme, audience),
editions per language composed from blocks the platform fills, and one delivery per recipient."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

LANGUAGES = [("fr", _("French")), ("nl", _("Dutch")), ("en", _("English"))]


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Audience(models.TextChoices):
    CITIZENS = "citizens", _("residents and citizens")
    AGENTS = "agents", _("public agents")
    PROVIDERS = "providers", _("providers")


class SubscriberState(models.TextChoices):
    PENDING = "pending", _("waiting for confirmation")
    CONFIRMED = "confirmed", _("subscribed")
    UNSUBSCRIBED = "unsubscribed", _("unsubscribed")


class Subscriber(models.Model):
    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES, default="fr")
    municipality = models.ForeignKey("places.Municipality", null=True, blank=True, on_delete=models.SET_NULL,
                                     verbose_name=_("commune"))
    themes = models.ManyToManyField("initiatives.Theme", blank=True, verbose_name=_("themes"))
    audience = models.CharField(_("you are"), max_length=10, choices=Audience.choices, default=Audience.CITIZENS)
    state = models.CharField(_("state"), max_length=12, choices=SubscriberState.choices, default=SubscriberState.PENDING)
    confirm_token = models.CharField(max_length=64, unique=True, default=new_token)
    unsubscribe_token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    weekly_digest = models.BooleanField(_("weekly digest of what is open"), default=False)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["email"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self) -> str:
        return self.email


class ConsentEntry(models.Model):
    """What a person agreed to or withdrew, when, and the wording they saw: kept as evidence of consent."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consents")
    action = models.CharField(_("action"), max_length=20)
    wording = models.TextField(_("wording shown"), blank=True)
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("consent log entry")
        verbose_name_plural = _("consent log")


class Segment(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=200)
    municipality = models.ForeignKey("places.Municipality", null=True, blank=True, on_delete=models.SET_NULL,
                                     verbose_name=_("commune"))
    theme = models.ForeignKey("initiatives.Theme", null=True, blank=True, on_delete=models.SET_NULL,
                              verbose_name=_("theme"))
    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("segment")
        verbose_name_plural = _("segments")

    def __str__(self) -> str:
        return self.name


class Block(models.TextChoices):
    INITIATIVES = "initiatives", _("new initiatives")
    OPEN = "open", _("open calls: what you can take part in now")
    EVENTS = "events", _("coming events")
    FOLLOW_UP = "follow_up", _("results and follow-up answers")


class EditionState(models.TextChoices):
    DRAFT = "draft", _("draft")
    SENDING = "sending", _("sending")
    SENT = "sent", _("sent")


class Edition(models.Model):
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    subject = models.CharField(_("subject"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True, help_text=_("Markdown"))
    segment = models.ForeignKey(Segment, null=True, blank=True, on_delete=models.PROTECT, verbose_name=_("segment"),
                                help_text=_("Empty: every subscriber of the edition's language."))
    blocks = models.JSONField(_("blocks"), default=list)
    state = models.CharField(_("state"), max_length=10, choices=EditionState.choices, default=EditionState.DRAFT)
    body_html = models.TextField(blank=True, help_text="frozen when sending")
    body_text = models.TextField(blank=True)
    recipients = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    is_example = models.BooleanField(_("invented example"), default=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("edition")
        verbose_name_plural = _("editions")

    def __str__(self) -> str:
        return self.subject

    def get_absolute_url(self) -> str:
        return reverse("newsletter:edition", args=[self.pk])


class Delivery(models.Model):
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["edition", "subscriber"], name="one_delivery_per_recipient")]
