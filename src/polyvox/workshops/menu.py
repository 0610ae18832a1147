"""The workshops' entry in the main menu, for those who may run one."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import MenuEntry


def entries(request) -> list[MenuEntry]:
    user = getattr(request, "user", None)
    if user is None or not user.has_perm("workshops.create"):
        return []
    return [MenuEntry(_("Workshops"), reverse("workshops:index"), key="workshops", order=80)]
