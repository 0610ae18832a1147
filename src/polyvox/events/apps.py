from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class EventsConfig(AppConfig):
    name = "polyvox.events"
    label = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"
    contributes = (
        Contribution("workflows", "polyvox.events.workflow"),
        Contribution("demo", "polyvox.events.demo", order=220),
        Contribution("menu", "polyvox.events.menu.entries"),
        Contribution("take_part", "polyvox.events.opportunities.items"),
    )

    def ready(self):
        from polyvox.events import workflow  # noqa: F401  (registers the registration and event workflows)
