"""What the panels app shows on an initiative's page: its panels (the public draw once published; the
dashboard for the panel's organisers)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _


def panels_of(initiative, request=None) -> list[dict]:
    from polyvox.panels.models import Panel

    user = getattr(request, "user", None)
    entries = []
    for panel in Panel.objects.filter(initiative=initiative).select_related("initiative").order_by("created"):
        organiser = user is not None and user.has_perm("panels.manage_panel", panel)
        if organiser:
            url = reverse("panels:dashboard", args=[panel.pk])
        elif panel.is_drawn or (panel.seed_announcement and panel.state != "setup"):
            url = reverse("panels:result", args=[panel.pk])
        else:
            continue
        entries.append({
            "kind": _("Citizens' panel drawn by lot"),
            "title": panel.title,
            "url": url,
            "description": _("%(seats)d seats · %(state)s") % {"seats": panel.panel_size, "state": panel.get_state_display()},
        })
    return entries
