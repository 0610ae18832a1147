"""The "Take part" page's workshops: those running now and open to join (of published initiatives)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.opportunities import Opportunity, Section

WORKSHOPS = Section("workshops", gettext_lazy("Join a workshop running now"), order=40)


def items(request) -> list[Opportunity]:
    from polyvox.initiatives.models import PublicationState
    from polyvox.workshops.models import Workshop, WorkshopStatus

    workshops = (Workshop.objects.filter(status=WorkshopStatus.RUNNING, locked=False,
                                         initiative__publication_state=PublicationState.PUBLISHED)
                 .select_related("initiative").prefetch_related("initiative__themes").order_by("-created_at"))
    return [
        Opportunity(WORKSHOPS, title=workshop.title, initiative=workshop.initiative,
                    action_url=reverse("workshops_join:join", args=[workshop.code]), action_label=_("Join"),
                    lines=[_("Running now (opened on %(when)s).") % {
                        "when": date_format(timezone.localtime(workshop.created_at), "DATE_FORMAT")}],
                    opens=workshop.created_at, municipality_id=workshop.initiative.municipality_id)
        for workshop in workshops
    ]
