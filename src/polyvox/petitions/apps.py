from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class PetitionsConfig(AppConfig):
    name = "polyvox.petitions"
    label = "petitions"
    verbose_name = _("Petitions and interpellations")
    contributes = (
        Contribution("workflows", "polyvox.petitions.workflow"),
        Contribution("demo", "polyvox.petitions.demo", order=200),
        Contribution("retention", "polyvox.petitions.retention.purge"),
        Contribution("retention_periods", "polyvox.petitions.schedule.retention_periods", order=40),
        Contribution("take_part", "polyvox.petitions.contributions.items"),
        Contribution("search", "polyvox.petitions.contributions.group", order=60),
        Contribution("menu", "polyvox.petitions.contributions.menu"),
        Contribution("export", "polyvox.petitions.contributions.exports"),
        Contribution("listeners", "polyvox.petitions.contributions.listeners"),
    )

    def ready(self):
        from polyvox.petitions import rules  # noqa: F401
