"""Events of the Service: network meetings, the Forum, atelier sessions, field visits, training days; the atelier
modules they belong to; registrations with a capacity and a waiting list; check-in at the door."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud at the door


class ModuleKind(models.TextChoices):
    PHASE = "phase", _("phase of a participatory process")
    THEME = "theme", _("transversal theme")


class Module(models.Model):
    """A module of the "ateliers de la participation": a phase (cadrage, mobilisation, facilitation of dialogues,
    evaluation) or a transversal theme (inclusion, environment), each a series of sessions."""

    slug = models.SlugField(_("slug"), unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=ModuleKind.choices)
    title = models.CharField(_("title"), max_length=200)
    question = models.TextField(_("guiding question"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("atelier module")
        verbose_name_plural = _("atelier modules")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:module", args=[self.slug])


class EventKind(models.TextChoices):
    NETWORK_MEETING = "network_meeting", _("network meeting")
    FORUM = "forum", _("Forum of actors")
    ATELIER_SESSION = "atelier_session", _("atelier session")
    FIELD_VISIT = "field_visit", _("field visit")
    TRAINING_DAY = "training_day", _("training day")


class MeetingType(models.TextChoices):
    """The five kinds of actions of the network's meetings (seed, part 04)."""

    EXCHANGE = "exchange", _("exchange of practices and experiences")
    TOOLING = "tooling", _("tooling")
    TRAINING = "training", _("training of agents")
    DEBATE = "debate", _("debate on general issues")
    ADVOCACY = "advocacy", _("advocacy and visibility")


class Audience(models.TextChoices):
    AGENTS = "agents", _("public agents only")
    EVERYONE = "everyone", _("everyone")


class EventState(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")
    CANCELLED = "cancelled", _("cancelled")


LANGUAGE_CHOICES = [("fr", _("French")), ("nl", _("Dutch")), ("en", _("English"))]


class Event(models.Model):
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    meeting_type = models.CharField(_("type of action"), max_length=20, choices=MeetingType.choices, blank=True)
    module = models.ForeignKey(Module, null=True, blank=True, on_delete=models.SET_NULL, related_name="events",
                               verbose_name=_("module"))
    working_group = models.ForeignKey("network.WorkingGroup", null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="events", verbose_name=_("working group"))
    organiser = models.ForeignKey("organisations.Organisation", null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="events", verbose_name=_("organiser"))
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=300, blank=True)
    municipality = models.ForeignKey("places.Municipality", null=True, blank=True, on_delete=models.SET_NULL,
                                     verbose_name=_("municipality"))
    online_url = models.URLField(_("online link"), blank=True)
    languages = models.CharField(_("languages"), max_length=20, default="fr,nl",
                                 help_text=_("Language codes separated by commas: fr, nl, en."))
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True,
                                           help_text=_("Empty: no limit."))
    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices, default=Audience.EVERYONE)
    state = models.CharField(_("state"), max_length=10, choices=EventState.choices, default=EventState.DRAFT)
    minutes = models.TextField(_("minutes"), blank=True, help_text=_("Published after the session (Markdown)."))
    is_example = models.BooleanField(_("invented example"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")),
                                              name="event_ends_after_start")]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The event must end after it starts.")})
        codes = self.language_codes
        if not codes or any(code not in {"fr", "nl", "en"} for code in codes):
            raise ValidationError({"languages": _("Give one or more of fr, nl, en, separated by commas.")})

    def get_absolute_url(self) -> str:
        return reverse("events:detail", args=[self.pk])

    @property
    def language_codes(self) -> list[str]:
        return [code.strip() for code in (self.languages or "").split(",") if code.strip()]

    @property
    def language_names(self) -> list[str]:
        names = dict(LANGUAGE_CHOICES)
        return [str(names.get(code, code)) for code in self.language_codes]

    @property
    def is_public(self) -> bool:
        return self.state == EventState.PUBLISHED and self.audience == Audience.EVERYONE

    @property
    def is_past(self) -> bool:
        return self.ends_at <= timezone.now()

    def registered_count(self) -> int:
        return self.registrations.filter(state__in=[RegistrationState.REGISTERED, RegistrationState.ATTENDED]).count()

    def places_left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.registered_count(), 0)

    def waiting_count(self) -> int:
        return self.registrations.filter(state=RegistrationState.WAITING).count()


class Speaker(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=200)
    affiliation = models.CharField(_("organisation"), max_length=200, blank=True)
    topic = models.CharField(_("topic"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self) -> str:
        return self.name


class Resource(models.Model):
    """A document or link published with an event, usually after the session."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="resources")
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"))

    class Meta:
        ordering = ["id"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def __str__(self) -> str:
        return self.title


class RegistrationState(models.TextChoices):
    REGISTERED = "registered", _("registered")
    WAITING = "waiting", _("on the waiting list")
    CANCELLED = "cancelled", _("cancelled")
    ATTENDED = "attended", _("attended")


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Registration(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_registrations")
    state = models.CharField(_("state"), max_length=12, choices=RegistrationState.choices)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    code = models.CharField(_("check-in code"), max_length=6, default=new_code)
    token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    satisfaction_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(fields=["event", "user"], name="one_registration_per_person"),
            models.UniqueConstraint(fields=["event", "code"], name="one_code_per_event"),
        ]

    def __str__(self) -> str:
        return f"{self.event} · {self.user}"

    @property
    def is_active(self) -> bool:
        return self.state in (RegistrationState.REGISTERED, RegistrationState.WAITING, RegistrationState.ATTENDED)
