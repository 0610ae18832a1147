"""Organisations (administrations, municipalities, CPAS, collectives, providers) and who holds which role there."""

from django.conf import settings
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    REGIONAL_ADMINISTRATION = "regional", _("regional administration")
    MUNICIPALITY = "municipality", _("municipality")
    CPAS = "cpas", _("CPAS (public social welfare centre)")
    PARLIAMENT = "parliament", _("parliament")
    COMMUNITY_COMMISSION = "community_commission", _("community commission")
    SISP = "sisp", _("public housing company (SISP)")
    CITIZEN_COLLECTIVE = "collective", _("citizen collective")
    PROVIDER = "provider", _("provider")


class Role(models.TextChoices):
    STAFF = "staff", _("service staff")
    EDITOR = "editor", _("organisation editor")
    FACILITATOR = "facilitator", _("facilitator")
    PROVIDER = "provider", _("provider")
    CITIZEN = "citizen", _("citizen")


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=OrganisationKind.choices)
    municipality = models.ForeignKey(
        "places.Municipality", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("municipality")
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("contact e-mail"), blank=True)
    is_example = models.BooleanField(
        _("invented example"), default=False, help_text=_("Demo record that does not describe a real organisation.")
    )
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, through="RoleAssignment", related_name="organisations")

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:200] or "organisation"
        super().save(*args, **kwargs)

    @property
    def is_public_body(self) -> bool:
        return self.kind != OrganisationKind.PROVIDER


class RoleAssignment(models.Model):
    """A role held by a person in one organisation (an editor of one body is not an editor of all)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="roles")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)

    class Meta:
        unique_together = [("user", "organisation", "role")]
        verbose_name = _("role")
        verbose_name_plural = _("roles")

    def __str__(self):
        return f"{self.user} · {self.get_role_display()} · {self.organisation}"
