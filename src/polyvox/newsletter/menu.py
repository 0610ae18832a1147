"""The newsletter's entry in the main menu."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import MenuEntry


def entries(request) -> list[MenuEntry]:
    return [MenuEntry(label=_("Newsletter"), url=reverse("newsletter:subscribe"), key="newsletter", order=90)]
