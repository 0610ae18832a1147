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
    feed_token = models.CharField(max_length=40, default=secrets.token_urlsafe, editable=False,
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
