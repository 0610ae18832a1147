from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class PlacesConfig(AppConfig):
    name = "polyvox.places"
    label = "places"
    verbose_name = _("Territory")
    contributes = (
        Contribution("demo", "polyvox.places.demo", order=10),
    )
