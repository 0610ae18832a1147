"""The events' entry in the main menu."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import MenuEntry


def entries(request) -> list[MenuEntry]:
    return [MenuEntry(label=_("Events"), url=reverse("events:list"), key="events", order=40)]
