"""Delphi forecasts: anonymous rounds of figures or dates with rationales, and when to stop.

Between rounds everyone sees the median, the interquartile range (IQR = Q3 − Q1, quartiles by linear
interpolation) and the rationales. The facilitator may close a question after its last planned round,
or earlier once the range has stopped shrinking: the last round's IQR is more than
(1 − MIN_SHRINK) of the previous round's, i.e. it narrowed by less than 10 %.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from polyvox.workshops import live
from polyvox.workshops.identity import author_key
from polyvox.workshops.models import DelphiAnswer, DelphiQuestion, DelphiStatus, QuestionKind
from polyvox.workshops.guards import WorkshopError, clean_text, require_open, writing
from polyvox.workshops.workflow import DELPHI, move

MIN_SHRINK = 0.10


@dataclass
class RoundStats:
    round: int
    count: int
    median: float
    q1: float
    q3: float
    values: list[float] = field(default_factory=list)
    rationales: list[str] = field(default_factory=list)

    @property
    def iqr(self) -> float:
        return self.q3 - self.q1


def add_question(activity, text: str, kind: str = QuestionKind.NUMBER, unit: str = "", max_rounds: int = 3) -> DelphiQuestion:
    text = clean_text(text, 300)
    if kind not in QuestionKind.values:
        raise WorkshopError(_("A question asks for a number or a date."))
    if not 1 <= int(max_rounds) <= 10:
        raise WorkshopError(_("Plan between 1 and 10 rounds."))
    with writing():
        question = DelphiQuestion.objects.create(
            activity=activity, text=text, kind=kind, unit=(unit or "")[:30], max_rounds=int(max_rounds),
            position=activity.questions.count() + 1,
        )
        live.record(activity.workshop_id, "all", "refresh", {"reason": "delphi"})
    return question


def parse_value(question: DelphiQuestion, raw: str) -> float:
    raw = (raw or "").strip()
    if question.kind == QuestionKind.DATE:
        try:
            return float(dt.date.fromisoformat(raw).toordinal())
        except ValueError:
            raise WorkshopError(_("Give a date such as 2035-06-30.")) from None
    try:
        value = float(raw.replace(" ", "").replace("\u202f", "").replace(",", "."))
    except ValueError:
        raise WorkshopError(_("Give a number, such as 42 or 3.5.")) from None
    if value != value or abs(value) > 1e15:
        raise WorkshopError(_("Give a number, such as 42 or 3.5."))
    return value


def format_value(question: DelphiQuestion, value: float | None) -> str:
    if value is None:
        return ""
    if question.kind == QuestionKind.DATE:
        return dt.date.fromordinal(int(round(value))).isoformat()
    return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", "\u202f")


def answer(question: DelphiQuestion, participant, raw: str, rationale: str, *, secret: str = "") -> DelphiAnswer:
    """The participant's forecast for the current round (a second answer replaces the first). In an anonymous
    activity it is stored under the keyed hash of their `secret` only, never under their participant."""
    require_open(question.activity)
    if question.activity.workshop_id != participant.workshop_id:
        raise WorkshopError(_("You did not join this workshop."))
    if question.status != DelphiStatus.ANSWERING:
        raise WorkshopError(_("This round is closed: wait for the next one."))
    value = parse_value(question, raw)
    rationale = (rationale or "").strip()
    if len(rationale) > 500:
        raise WorkshopError(_("This text is too long: %(length)s characters, at most %(limit)s.") % {"length": len(rationale), "limit": 500})
    with writing():
        if question.activity.anonymous:
            who = {"participant": None, "author_key": author_key(secret or secrets.token_urlsafe(32), question.activity_id)}
        else:
            who = {"participant": participant}
        given, _created = DelphiAnswer.objects.update_or_create(
            question=question, round=question.round, **who, defaults={"value": value, "rationale": rationale}
        )
        count = question.answers.filter(round=question.round).count()
        live.record(question.activity.workshop_id, "facilitator", "delphi_progress",
                    {"question": question.pk, "round": question.round, "answers": count})
    return given


def close_round(question: DelphiQuestion, actor) -> None:
    _move(question, "close_round", actor, not_now=_("This round is already closed."))


def next_round(question: DelphiQuestion, actor) -> None:
    _move(question, "next_round", actor, not_now=_("Close the current round first."))


def close_question(question: DelphiQuestion, actor) -> None:
    still_shrinking = question.status == DelphiStatus.REVIEW and question.round < question.max_rounds \
        and not stopped_shrinking(round_stats(question))
    _move(question, "close_question", actor, not_now=_("Close the current round first."), still_shrinking=still_shrinking)


def round_stats(question: DelphiQuestion, include_current: bool | None = None) -> list[RoundStats]:
    """Statistics of each finished round (the current one too once it is closed)."""
    import numpy as np

    if include_current is None:
        include_current = question.status != DelphiStatus.ANSWERING
    last = question.round if include_current else question.round - 1
    stats = []
    for number in range(1, last + 1):
        answers = list(question.answers.filter(round=number).order_by("value"))
        if not answers:
            continue
        values = np.array([a.value for a in answers])
        q1, median, q3 = np.percentile(values, [25, 50, 75])
        stats.append(RoundStats(number, len(values), float(median), float(q1), float(q3), [float(v) for v in values],
                                [a.rationale for a in answers if a.rationale]))
    return stats


def stopped_shrinking(stats: list[RoundStats]) -> bool:
    if len(stats) < 2:
        return False
    previous, last = stats[-2], stats[-1]
    return last.iqr >= previous.iqr * (1 - MIN_SHRINK)


def _move(question: DelphiQuestion, name: str, actor, **data) -> None:
    """Through workflow.DELPHI (its guards say what the round needs), then the screens refresh."""
    with writing():
        move(DELPHI, question, name, actor, **data)
        live.record(question.activity.workshop_id, "all", "refresh", {"reason": "delphi"})
