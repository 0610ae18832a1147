from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class OrganisationsConfig(AppConfig):
    name = "polyvox.organisations"
    label = "organisations"
    verbose_name = _("Organisations")
    contributes = (
        Contribution("demo", "polyvox.organisations.demo", order=20),
    )
