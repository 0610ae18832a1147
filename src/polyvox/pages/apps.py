from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import Contribution


class PagesConfig(AppConfig):
    name = "polyvox.pages"
    label = "pages"
    verbose_name = _("Pages")
    contributes = (
        Contribution("demo", "polyvox.pages.demo", order=70),
        Contribution("home", "polyvox.pages.home.news", order=40),
        Contribution("search", "polyvox.pages.search.news", order=50),
        Contribution("search", "polyvox.pages.search.information_pages", order=60),
    )
