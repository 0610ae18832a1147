"""An answer feeds the follow-up tracker (polyvox.followup): the request becomes a commitment of the follow-up plan
of the petition's initiative, answered with the institution's answer, so that what becomes of it is followed
like any other process's recommendations."""

from __future__ import annotations

from django.utils.translation import gettext as _

OUTCOMES = ("adopt", "adopt_in_part", "reject", "study")


def commitments_from_answer(petition, *, by, outcome: str = "study") -> str:
    """Create the commitment of an answered petition; return a note for the secretariat when it could not be made."""
    from polyvox.core.workflow import SYSTEM
    from polyvox.followup import services as followup
    from polyvox.followup.models import Commitment, ProcessKind, SourceKind

    if petition.initiative_id is None:
        return _("This request belongs to no initiative: link it to one to follow its answer up in the follow-up tracker.")
    if Commitment.objects.filter(source_kind=SourceKind.PETITION_REQUEST, source_id=petition.pk,
                                 plan__initiative_id=petition.initiative_id).exists():
        return ""
    plan = followup.open_plan(petition.initiative, authority=petition.receiver, kind=ProcessKind.PETITION, by=SYSTEM)
    texts = {code: getattr(petition, f"title_{code}") or "" for code in ("fr", "nl", "en")}
    commitment = followup.add_commitment(plan, texts, by=SYSTEM, reference=f"P{petition.pk}", authority=petition.receiver,
                                         source=petition, source_kind=SourceKind.PETITION_REQUEST,
                                         is_example=petition.is_example)
    reasons = {code: getattr(petition, f"answer_{code}") or "" for code in ("fr", "nl", "en")}
    try:
        followup.answer(commitment, outcome if outcome in OUTCOMES else "study", reasons, by=SYSTEM)
    except followup.FollowUpError as error:
        return _("The commitment is in the follow-up tracker; its answer is not recorded there yet: %(reason)s") % {
            "reason": error}
    return ""
