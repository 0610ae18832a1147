"""What the panels app shows on an initiative's page: its panels (the public draw once published or announced,
the published report's recommendations; the dashboard for the panel's organisers)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def panels_of(initiative, request=None) -> list[dict]:
    from polyvox.panels.models import Panel

    user = getattr(request, "user", None)
    entries = []
    for panel in Panel.objects.filter(initiative=initiative).select_related("initiative").order_by("created"):
        organiser = user is not None and user.has_perm("panels.manage_panel", panel)
        report = panel.report if panel.has_published_report else None
        if organiser:
            url = reverse("panels:dashboard", args=[panel.pk])
        elif panel.is_drawn or panel.is_announced or report is not None:
            url = reverse("panels:result", args=[panel.pk])
        else:
            continue
        description = _("%(seats)d seats · %(state)s") % {"seats": panel.panel_size, "state": panel.get_state_display()}
        kind = _("Citizens' panel drawn by lot")
        if report is not None:
            count = report.recommendations.count()
            published = ngettext("Report published: %(n)d recommendation", "Report published: %(n)d recommendations",
                                 count) % {"n": count}
            # A panel recruited outside the platform (no draw here) is known by its report alone.
            if panel.is_drawn or panel.is_announced:
                description = f"{description} · {published}"
            else:
                description, kind = published, _("Citizens' panel")
            if not organiser:
                url += "#recommendations"
        entries.append({
            "kind": kind,
            "title": panel.title,
            "url": url,
            "description": description,
        })
    if user is not None and user.has_perm("panels.create_panel", initiative) and _offers_panels(initiative, user, entries):
        entries.append({
            "kind": _("Citizens' panel drawn by lot"),
            "title": _("Add a citizens' panel to this initiative"),
            "url": reverse("panels:create", args=[initiative.pk]),
            "description": _("Organisers only: register extract, invitations, registration, quotas and draw."),
        })
    return entries


def _offers_panels(initiative, user, entries) -> bool:
    """Editors of the organiser see the offer on each of their initiatives; the Service's staff on deliberative
    mini-publics and initiatives that already have a panel (not on every initiative of the inventory)."""
    from polyvox.organisations.models import Role
    from polyvox.organisations.rules import has_role_in

    if has_role_in(user, initiative.organiser_id, Role.EDITOR) or entries:
        return True
    family = getattr(initiative, "method_family", None)
    return family is not None and family.slug == "mini-publics"
