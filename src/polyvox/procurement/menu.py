"""The framework contract's entries in the main menu: its providers for everyone, its work space for those
who use it."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from polyvox.core.registry import MenuEntry


def entries(request) -> list[MenuEntry]:
    found = [MenuEntry(_("Providers"), reverse("procurement:providers"), key="providers", order=50)]
    user = getattr(request, "user", None)
    if user is not None and user.has_perm("procurement.use_procurement"):
        found.append(MenuEntry(_("Framework contract"), reverse("procurement:home"), key="procurement", order=90))
    return found
