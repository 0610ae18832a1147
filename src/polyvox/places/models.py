"""The territory: the 19 municipalities of the Brussels-Capital Region."""

import json
from functools import cached_property

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Municipality(models.Model):
    nis_code = models.CharField(_("NIS code"), max_length=5, unique=True)
    name_fr = models.CharField(_("name (French)"), max_length=80)
    name_nl = models.CharField(_("name (Dutch)"), max_length=80)
    population = models.PositiveIntegerField(_("population"), default=0)
    latitude = models.FloatField(_("latitude of the centroid"))
    longitude = models.FloatField(_("longitude of the centroid"))
    boundary = models.TextField(_("boundary (GeoJSON geometry)"), blank=True)

    class Meta:
        ordering = ["name_fr"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        """The name in the reader's language; Brussels municipalities have FR and NL names."""
        if get_language() == "nl":
            return self.name_nl
        if get_language() == "en":
            return self.name_fr if self.name_fr == self.name_nl else f"{self.name_fr} / {self.name_nl}"
        return self.name_fr

    @cached_property
    def geometry(self) -> dict | None:
        return json.loads(self.boundary) if self.boundary else None
