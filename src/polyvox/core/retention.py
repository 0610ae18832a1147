"""The retention periods the platform enforces, read from the constants of the code that enforces them.

Each app declares its periods (`Contribution("retention_periods", "polyvox.<app>.schedule.retention_periods")`); each
period names the periodic job (in the app's schedule.py) that deletes the data when it ends. The
privacy page shows this table in the reader's language, so that what it promises is what the code does;
a test ties the privacy notice's texts and the schedule's purge jobs to these figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from polyvox.core.registry import collect_flat


@dataclass(frozen=True)
class Period:
    key: str
    days: int
    job: str
    what: str
    after: str


def periods() -> list[Period]:
    """Every app's periods (the `retention_periods` contributions), in their order."""
    return collect_flat("retention_periods")
