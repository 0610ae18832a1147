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
        Contribution("take_part", "polyvox.consultations.opportunities.items"),
        Contribution("search", "polyvox.consultations.search.group", order=45),
        Contribution("initiative_page", "polyvox.consultations.views.consultations_of_initiative", order=45),
    )
