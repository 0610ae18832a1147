"""The lifecycle of a petition, suggestion or interpellation, written once:

draft → filed → admissibility (accepted: open for signatures, or refused with public reasons) → threshold
reached → hearing or council sitting scheduled → answered → closed. An open one whose deadline passes without
its threshold closes by itself. Guards carry the channels' rules (slots per sitting, days before it, the
period before communal elections)."""

from __future__ import annotations


from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from polyvox.core.workflow import Transition, Workflow
from polyvox.petitions import clocks, same_subject
from polyvox.petitions.models import ChannelKind, RefusalGround, State

# Guards -------------------------------------------------------------------------------------------------------


def not_before_elections(petition, step):
    channel = petition.channel
    day = timezone.localdate()
    if channel.kind == ChannelKind.INTERPELLATION and clocks.in_election_quiet_period(
            day, channel.next_communal_elections, channel.quiet_months_before_elections):
        return _("No interpellation may be filed in the %(months)s months before the communal elections of %(date)s.") % {
            "months": channel.quiet_months_before_elections, "date": channel.next_communal_elections.strftime("%d/%m/%Y")}
    return None


def subject_not_recently_treated(petition, step):
    """The channel's waiting period (12 months for a citizens' suggestion, 3 for an interpellation): a request on the
    same subject as one refused, answered or closed within it waits, and is told until when."""
    earlier = same_subject.blocking(petition)
    return same_subject.reason(earlier) if earlier is not None else None


def refusal_is_reasoned(petition, step):
    if not step.data.get("ground"):
        return _("Choose the ground of the refusal.")
    reasons = step.data.get("reasons") or {}
    if not any((text or "").strip() for text in reasons.values()):
        if step.data["ground"] == RefusalGround.RECENT_SUBJECT and same_subject.blocking(petition) is not None:
            return None  # the public reasons, with the date the subject may come back, are written by the effect
        return _("A refusal needs its public reasons.")
    return None


def threshold_met(petition, step):
    if petition.signature_count < petition.threshold:
        return _("The threshold is not reached yet.")
    return None


def hearing_is_set(petition, step):
    """A hearing in the future for the Parliament; a council sitting with a free slot, far enough, for a commune."""
    channel = petition.channel
    if channel.kind != ChannelKind.INTERPELLATION:
        when = step.data.get("hearing_at")
        if when is None:
            return _("Give the date of the hearing.")
        if when <= timezone.now():
            return _("The hearing must be in the future.")
        return None
    sitting = step.data.get("sitting")
    if sitting is None:
        return _("Choose a council sitting.")
    reasons = []
    if sitting.municipality_id != petition.municipality_id:
        reasons.append(_("This sitting is not one of the municipality's council."))
    days = petition.required_days_before_sitting()
    complete = max(filter(None, [petition.filed_at, petition.threshold_reached_at, timezone.now()]))
    if clocks.days_between(complete, sitting.starts_at) < days:
        reasons.append(_("The sitting is too close: an interpellation must be complete at least %(days)s days before "
                         "the council sitting.") % {"days": days})
    limit = channel.max_per_sitting
    if limit and sitting.interpellations.exclude(pk=petition.pk).count() >= limit:
        reasons.append(_("This sitting already has its %(limit)s interpellations; choose another sitting.") % {"limit": limit})
    if clocks.in_election_quiet_period(timezone.localtime(sitting.starts_at).date(), channel.next_communal_elections,
                                       channel.quiet_months_before_elections):
        reasons.append(_("No interpellation is heard in the %(months)s months before the communal elections.") % {
            "months": channel.quiet_months_before_elections})
    return reasons


def answer_is_written(petition, step):
    answer = step.data.get("answer") or {}
    if not any((text or "").strip() for text in answer.values()):
        return _("Write the answer in at least one language.")
    return None


def deadline_passed(petition, step):
    if petition.deadline is None or timezone.now() < petition.deadline:
        return _("The signatures are still open.")
    return None


# Effects ------------------------------------------------------------------------------------------------------


def on_file(petition, step):
    petition.filed_at = timezone.now()


def on_accept(petition, step):
    now = timezone.now()
    petition.decided_at = now
    petition.opens_at = now
    petition.deadline = clocks.add_months(now, petition.channel.signing_months)
    petition.threshold = petition.required_threshold()


def on_refuse(petition, step):
    petition.decided_at = timezone.now()
    petition.refusal_ground = step.data["ground"]
    reasons = {language: (text or "").strip() for language, text in (step.data.get("reasons") or {}).items()}
    if petition.refusal_ground == RefusalGround.RECENT_SUBJECT:
        earlier = same_subject.blocking(petition)
        if earlier is not None:
            petition.same_subject_as = earlier.petition
            petition.may_return_on = earlier.may_return_on
            if not any(reasons.values()):
                reasons = same_subject.public_reasons(earlier)
    for language, text in reasons.items():
        setattr(petition, f"refusal_reasons_{language}", text)


def on_threshold(petition, step):
    """The answer is due a number of months after the filing (the Parliament answers a petition at the latest 6 months
    after it was filed), whenever the threshold is reached."""
    now = timezone.now()
    petition.threshold_reached_at = now
    months = petition.channel.answer_months
    petition.answer_due = clocks.add_months(petition.filed_at or now, months) if months else None


def on_schedule(petition, step):
    sitting = step.data.get("sitting")
    if sitting is not None:
        petition.sitting = sitting
        petition.hearing_at = sitting.starts_at
        petition.hearing_place = sitting.place
    else:
        petition.hearing_at = step.data["hearing_at"]
        petition.hearing_place = step.data.get("place", "")


def on_answer(petition, step):
    petition.answered_at = timezone.now()
    for language, text in step.data["answer"].items():
        setattr(petition, f"answer_{language}", (text or "").strip())
    petition.answer_video_url = step.data.get("video_url", "") or ""


def on_close(petition, step):
    petition.closed_at = timezone.now()


LIFECYCLE = Workflow("petitions.Petition", "state", [
    Transition("file", State.DRAFT, State.FILED, permission="petitions.file_petition",
               guards=(not_before_elections, subject_not_recently_treated), effect=on_file, save_fields=("filed_at",),
               label=_("filed")),
    Transition("accept", State.FILED, State.OPEN, permission="petitions.decide_admissibility",
               guards=(subject_not_recently_treated,), effect=on_accept,
               save_fields=("decided_at", "opens_at", "deadline", "threshold"), label=_("declared admissible")),
    Transition("refuse", State.FILED, State.REFUSED, permission="petitions.decide_admissibility",
               guards=(refusal_is_reasoned,), effect=on_refuse,
               save_fields=("decided_at", "refusal_ground", "refusal_reasons_fr", "refusal_reasons_nl", "refusal_reasons_en",
                            "same_subject_as", "may_return_on"),
               label=_("refused")),
    Transition("reach_threshold", State.OPEN, State.THRESHOLD, guards=(threshold_met,), effect=on_threshold,
               save_fields=("threshold_reached_at", "answer_due"), label=_("threshold reached")),
    Transition("schedule", State.THRESHOLD, State.SCHEDULED, permission="petitions.schedule_hearing",
               guards=(hearing_is_set,), effect=on_schedule, save_fields=("sitting", "hearing_at", "hearing_place"),
               label=_("hearing scheduled")),
    Transition("answer", (State.THRESHOLD, State.SCHEDULED), State.ANSWERED, permission="petitions.record_answer",
               guards=(answer_is_written,), effect=on_answer,
               save_fields=("answered_at", "answer_fr", "answer_nl", "answer_en", "answer_video_url"), label=_("answered")),
    Transition("close", (State.ANSWERED, State.THRESHOLD, State.SCHEDULED), State.CLOSED,
               permission="petitions.close_petition", effect=on_close, save_fields=("closed_at",), label=_("closed")),
    Transition("expire", State.OPEN, State.CLOSED, guards=(deadline_passed,), effect=on_close, save_fields=("closed_at",),
               label=_("closed at its deadline")),
])

