"""The network's entry in the main menu, for its members."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import MenuEntry


def entries(request) -> list[MenuEntry]:
    return [MenuEntry(label=_("Network"), url=reverse("network:home"), key="network", order=45)]
