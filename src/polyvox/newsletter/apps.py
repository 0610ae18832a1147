from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class NewsletterConfig(AppConfig):
    name = "polyvox.newsletter"
    label = "newsletter"
    verbose_name = _("Newsletter")
    contributes = (
        Contribution("workflows", "polyvox.newsletter.workflow"),
        Contribution("demo", "polyvox.newsletter.demo", order=230),
        Contribution("menu", "polyvox.newsletter.menu.entries"),
    )

    def ready(self):
        from polyvox.newsletter import workflow  # noqa: F401
