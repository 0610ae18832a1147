"""What the workshops app shows on an initiative's page: the records of its finished workshops."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _


def workshop_reports(initiative, request=None) -> list[dict]:
    """One entry per finished workshop of the initiative: its title, its kind and the address of its record."""
    from polyvox.workshops.models import Workshop, WorkshopStatus

    entries = []
    for workshop in Workshop.objects.filter(initiative=initiative, status=WorkshopStatus.FINISHED).order_by("-finished_at"):
        entries.append({
            "kind": _("workshop"),
            "title": workshop.title,
            "description": _("Workshop report: %(template)s") % {"template": workshop.get_template_display()},
            "url": reverse("workshops:record", kwargs={"code": workshop.code}),
        })
    return entries
