"""The network of the Region's public agents of participation: profiles (organisation, role, competences,
languages, commune, trainings followed), working groups with their members, resource library and message board."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Competence(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["name"]
        verbose_name = _("competence")
        verbose_name_plural = _("competences")

    def __str__(self) -> str:
        return self.name


class ProfileState(models.TextChoices):
    PENDING = "pending", _("waiting for the Service's approval")
    MEMBER = "member", _("member")
    LEFT = "left", _("left the network")


class AgentProfile(models.Model):
    """A public agent's membership of the network. Only members see the directory."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agent_profile")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="agents",
                                     verbose_name=_("organisation"))
    job_title = models.CharField(_("role in the organisation"), max_length=200)
    competences = models.ManyToManyField(Competence, blank=True, related_name="agents", verbose_name=_("competences"))
    languages = models.CharField(_("languages"), max_length=20, default="fr")
    municipality = models.ForeignKey("places.Municipality", null=True, blank=True, on_delete=models.SET_NULL,
                                     verbose_name=_("commune"))
    trainings = models.TextField(_("trainings followed"), blank=True)
    state = models.CharField(_("state"), max_length=10, choices=ProfileState.choices, default=ProfileState.PENDING)
    is_example = models.BooleanField(_("invented example"), default=False)
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)

    class Meta:
        ordering = ["user__display_name", "id"]
        verbose_name = _("agent profile")
        verbose_name_plural = _("agent profiles")

    def __str__(self) -> str:
        return self.user.public_name

    @property
    def language_codes(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]


class WorkingGroup(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, through="GroupMembership", related_name="working_groups")
    is_example = models.BooleanField(_("invented example"), default=False)
    feed_token = models.CharField(max_length=64, default=secrets.token_urlsafe, editable=False,
                                  help_text="the secret part of the group calendar's address, given to its members")

    class Meta:
        ordering = ["title"]
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("network:group", args=[self.slug])


class GroupMembership(models.Model):
    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_memberships")
    coordinator = models.BooleanField(_("coordinator"), default=False)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["group", "user"], name="one_membership_per_group")]
        verbose_name = _("group membership")
        verbose_name_plural = _("group memberships")


class GroupResource(models.Model):
    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="resources")
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"))
    note = models.CharField(_("note"), max_length=500, blank=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-added_at", "-id"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")


class Message(models.Model):
    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    body = models.TextField(_("message"), max_length=4000)
    posted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-posted_at", "-id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")


# Training programmes -------------------------------------------------------------------------------------------------

class TrainingProgramme(models.Model):
    """A programme that trains an administration's staff (e.g. collective intelligence and facilitation)."""

    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="trainings",
                                     verbose_name=_("administration trained"))
    trainer = models.CharField(_("trainer"), max_length=200, blank=True)
    skills = models.ManyToManyField(Competence, blank=True, related_name="programmes", verbose_name=_("skills covered"))
    completion_share = models.PositiveSmallIntegerField(_("attendance needed for the certificate (%)"), default=80)
    is_example = models.BooleanField(_("invented example"), default=False)

    class Meta:
        ordering = ["title"]
        verbose_name = _("training programme")
        verbose_name_plural = _("training programmes")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("network:programme", args=[self.slug])


class Cohort(models.Model):
    programme = models.ForeignKey(TrainingProgramme, on_delete=models.CASCADE, related_name="cohorts")
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["programme", "id"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self) -> str:
        return f"{self.programme} · {self.name}"


class SessionMode(models.TextChoices):
    ONLINE = "online", _("online")
    OFFLINE = "offline", _("on site")


class TrainingSession(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField(_("date"))
    mode = models.CharField(_("mode"), max_length=10, choices=SessionMode.choices, default=SessionMode.OFFLINE)
    topic = models.CharField(_("topic"), max_length=300, blank=True)
    attendees = models.ManyToManyField("Trainee", blank=True, related_name="sessions_attended")

    class Meta:
        ordering = ["date", "id"]
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")


class Trainee(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="trainees")
    name = models.CharField(_("name"), max_length=200)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="trainings_followed")
    department = models.CharField(_("department"), max_length=200, blank=True)
    certificate_number = models.CharField(_("certificate number"), max_length=40, blank=True)
    completed_at = models.DateField(_("completed on"), null=True, blank=True)

    class Meta:
        ordering = ["cohort", "name", "id"]
        verbose_name = _("trainee")
        verbose_name_plural = _("trainees")

    def __str__(self) -> str:
        return self.name
