from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class ConsultationsConfig(AppConfig):
    name = "polyvox.consultations"
    label = "consultations"
    verbose_name = _("Online consultations")
    contributes = (
        Contribution("workflows", "polyvox.consultations.workflow"),
        Contribution("demo", "polyvox.consultations.demo", order=120),
    )
