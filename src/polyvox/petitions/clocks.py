"""The legal clocks of a petition: months added to a moment, the election quiet period, the days before a sitting."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta


def add_months(moment: datetime | date, months: int):
    """The same day `months` later (the month's last day when it has fewer days)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def in_election_quiet_period(day: date, elections: date | None, quiet_months: int) -> bool:
    """True when `day` falls in the months before communal elections (elections day included)."""
    if elections is None or not quiet_months:
        return False
    return add_months(elections, -quiet_months) <= day <= elections


def days_between(earlier: datetime, later: datetime) -> float:
    return (later - earlier) / timedelta(days=1)
