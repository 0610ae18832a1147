"""The toolbox's entry in the main menu."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import MenuEntry


def entries(request) -> list[MenuEntry]:
    return [MenuEntry(_("Toolbox"), reverse("toolbox:index"), key="toolbox", order=30)]
