"""The waiting period before the same subject may come back, one rule for every channel that has one
(`Channel.same_subject_months`): the 12 months of a citizens' suggestion, the 3 months of a communal interpellation.

A request of the channel refused, answered or closed less than that many months ago, on the same subject, blocks a
new one: its filing (the author is warned before) and its admissibility. The subject is the same when the
secretariat recorded it ("same subject as", at admissibility) or when the FR/NL/EN search finds it
(`similar.subject_share` at or above its threshold). A refusal *because* the subject was treated recently is not a
treatment of the subject: it starts no new waiting period. The workflow's guards and the pages call this module."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from polyvox.petitions import clocks, similar
from polyvox.petitions.models import Petition, RefusalGround, State

TREATED_STATES = (State.REFUSED, State.ANSWERED, State.CLOSED)
LANGUAGES = ("fr", "nl", "en")


@dataclass(frozen=True)
class Earlier:
    """An earlier request on the same subject whose waiting period still runs."""

    petition: Petition
    treated_on: datetime
    may_return_on: date
    recorded: bool  # the secretariat recorded it; otherwise the search found it
    share: float = 1.0


def blocking(petition: Petition, *, now=None) -> Earlier | None:
    """The earlier request that keeps this one waiting the longest, or None."""
    found = earlier(petition, now=now)
    return found[0] if found else None


def earlier(petition: Petition, *, now=None) -> list[Earlier]:
    """Every earlier request on the same subject whose waiting period still runs, the one ending last first."""
    texts = {code: (getattr(petition, f"title_{code}", "") or "", getattr(petition, f"body_{code}", "") or "")
             for code in LANGUAGES}
    return earlier_for_text(petition.channel, texts, municipality=_council(petition), exclude=petition.pk,
                            linked=petition.same_subject_as, now=now)


def earlier_for_text(channel, texts: dict[str, tuple[str, str]], *, municipality=None, exclude=None, linked=None,
                     now=None) -> list[Earlier]:
    """The same, for a text not saved yet: `texts` maps a language to its (title, body). For a communal
    interpellation, only the same municipality's council counts."""
    months = channel.same_subject_months if channel is not None else 0
    if not months:
        return []
    now = now or timezone.now()
    found: dict[int, Earlier] = {}
    if linked is not None and linked.pk != exclude and linked.channel_id == channel.pk:
        treated = treated_on(linked)
        if treated is not None and _may_return_on(treated, months) > timezone.localdate(now):
            found[linked.pk] = Earlier(linked, treated, _may_return_on(treated, months), recorded=True)
    skip = [pk for pk in (exclude, *found) if pk]
    for other in treated_within(channel, municipality=municipality, now=now).exclude(pk__in=skip):
        theirs = similar.petition_stems(other)
        best = max((similar.subject_share(title, body, theirs) for title, body in texts.values() if title or body),
                   default=(0.0, 0))
        if similar.is_same_subject(*best):
            treated = treated_on(other)
            found[other.pk] = Earlier(other, treated, _may_return_on(treated, months), recorded=False, share=best[0])
    return sorted(found.values(), key=lambda item: (item.may_return_on, item.recorded), reverse=True)


def treated_within(channel, *, municipality=None, now=None):
    """The channel's requests treated (refused, answered, closed) within its waiting period: the ones that may block
    (for a communal interpellation, those of the same municipality)."""
    now = now or timezone.now()
    since = clocks.add_months(now, -channel.same_subject_months)
    refused = Q(state=State.REFUSED, decided_at__gte=since) & ~Q(refusal_ground=RefusalGround.RECENT_SUBJECT)
    answered = Q(state=State.ANSWERED, answered_at__gte=since)
    closed = Q(state=State.CLOSED) & (Q(closed_at__gte=since) | Q(closed_at__isnull=True, answered_at__gte=since))
    found = Petition.objects.filter(channel=channel).filter(refused | answered | closed)
    if municipality is not None:
        found = found.filter(municipality=municipality)
    return found.order_by("-pk")


def treated_on(petition: Petition) -> datetime | None:
    """When a request treated its subject: its refusal (unless for this very rule), its answer, or its closing."""
    if petition.state == State.REFUSED:
        return None if petition.refusal_ground == RefusalGround.RECENT_SUBJECT else petition.decided_at
    if petition.state == State.ANSWERED:
        return petition.answered_at
    if petition.state == State.CLOSED:
        return petition.closed_at or petition.answered_at
    return None


def reason(item: Earlier) -> str:
    """Why the request must wait, with the date from which it may come back (in the reader's language)."""
    return _("The same subject was treated on %(treated)s (“%(title)s”): a request of this channel on it may come back "
             "from %(date)s.") % {"treated": _day(item.treated_on), "title": item.petition.title,
                                  "date": _day(item.may_return_on)}


def public_reasons(item: Earlier) -> dict[str, str]:
    """The public reasons of a refusal on this ground, in French, Dutch and English."""
    from django.utils import translation

    texts = {}
    for code in LANGUAGES:
        with translation.override(code):
            texts[code] = _("A request on the same subject was treated on %(treated)s; under the channel's rules, the "
                            "same subject may come back from %(date)s.") % {
                "treated": _day(item.treated_on), "date": _day(item.may_return_on)}
    return texts


def _council(petition):
    """The municipality whose council receives it (a communal interpellation), else None."""
    return petition.municipality if petition.level == "commune" and petition.municipality_id else None


def _may_return_on(treated: datetime, months: int) -> date:
    return clocks.add_months(timezone.localtime(treated).date(), months)


def _day(value) -> str:
    if isinstance(value, datetime):
        value = timezone.localtime(value).date()
    return formats.date_format(value, "DATE_FORMAT")
