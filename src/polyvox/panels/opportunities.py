"""The "Take part" page's panels: those open for registration (of published initiatives), for the residents drawn."""

from __future__ import annotations

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.opportunities import Opportunity, Section
from polyvox.core.templatetags.polyvox import content_lang

PANELS = Section("panels", gettext_lazy("Register for a citizens' panel"), order=30,
                 intro=gettext_lazy("Panels are drawn by lot: only residents who received an invitation letter can "
                                    "register, with the code printed on it."))


def items(request) -> list[Opportunity]:
    from polyvox.initiatives.models import PublicationState
    from polyvox.panels.models import Panel, PanelState

    panels = (Panel.objects.filter(state=PanelState.REGISTRATION_OPEN, initiative__publication_state=PublicationState.PUBLISHED)
              .select_related("initiative").prefetch_related("initiative__themes").order_by("registration_deadline", "id"))
    register = reverse("panels:register")
    found = []
    for panel in panels:
        deadline = panel.registration_deadline
        when = (_("Registration open until %(when)s.") % {"when": date_format(deadline, "DATE_FORMAT")}
                if deadline else _("Registration open."))
        found.append(Opportunity(PANELS, title=panel.title, title_lang=content_lang(panel, "title"), initiative=panel.initiative,
                                 action_url=register, action_label=_("Register with my letter's code"), lines=[when],
                                 closes=deadline, municipality_id=panel.initiative.municipality_id))
    return found
