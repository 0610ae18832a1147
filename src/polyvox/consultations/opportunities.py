"""The "Take part" page's consultations: those open for votes (of published initiatives)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.opportunities import Opportunity, Section
from polyvox.core.templatetags.polyvox import content_lang

OPEN = Section("consultations", gettext_lazy("Give your opinion in an online consultation"), order=35)


def items(request) -> list[Opportunity]:
    from polyvox.consultations.models import Consultation, ConsultationState
    from polyvox.initiatives.models import PublicationState

    found = []
    consultations = (Consultation.objects.filter(state=ConsultationState.OPEN,
                                                 initiative__publication_state=PublicationState.PUBLISHED)
                     .select_related("initiative").prefetch_related("initiative__themes").order_by("closes_at", "-created_at"))
    for consultation in consultations:
        closes = consultation.closes_at
        lines = [_("Open until %(when)s.") % {"when": date_format(timezone.localtime(closes), "DATETIME_FORMAT")}
                 if closes else _("Open.")]
        lines.append(_("With your account.") if consultation.admission == "account" else _("No account needed."))
        found.append(Opportunity(
            OPEN, title=consultation.title, url=consultation.get_absolute_url(),
            title_lang=content_lang(consultation, "title"), initiative=consultation.initiative,
            action_url=consultation.get_absolute_url(), action_label=_("Vote on the statements"), lines=lines,
            closes=closes, municipality_id=consultation.initiative.municipality_id,
        ))
    return found
