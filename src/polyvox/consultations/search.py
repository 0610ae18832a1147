"""The site search's online consultations: their titles, questions and published statements, in every language."""

from __future__ import annotations

from django.utils.translation import gettext as _

from polyvox.core.search import Group, Hit, excerpt, matching


def group(words: list[str], raw: str) -> Group:
    from polyvox.consultations.models import Consultation, ConsultationState
    from polyvox.initiatives.models import PublicationState

    found = Group("consultations", _("Online consultations"))
    public = (Consultation.objects.exclude(state=ConsultationState.DRAFT)
              .filter(initiative__publication_state=PublicationState.PUBLISHED))
    for consultation in matching(public, words, Consultation):
        found.hits.append(Hit(consultation.title, consultation.get_absolute_url(), excerpt(consultation.question),
                              consultation.get_state_display()))
    found.count = len(found.hits)
    return found
