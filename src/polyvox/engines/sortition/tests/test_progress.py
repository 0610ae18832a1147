"""The engine reports progress as typed events (a phase code and its numbers), never as English sentences:
applications render the phase in their reader's language."""

from __future__ import annotations

import dataclasses

import pytest

from polyvox.engines.sortition import PROGRESS_PHASES, Progress, select_panel


@pytest.mark.parametrize("method, options", [("leximin", {}), ("maximin", {}), ("nash", {}),
                                             ("legacy", {"legacy_runs": 120})])
def test_a_selection_emits_only_typed_events_with_known_phases(examples, method, options):
    pool, quotas, k = examples["sortition_algorithms_fixture"]
    events: list = []
    select_panel(pool, quotas, k, method=method, progress=events.append, **options)
    assert events
    for event in events:
        assert type(event) is Progress, event
        assert event.phase in PROGRESS_PHASES
        assert 0.0 <= event.fraction <= 1.0
        assert all(isinstance(key, str) and isinstance(value, (int, float)) for key, value in event.numbers.items())
    fractions = [event.fraction for event in events]
    assert fractions[-1] == pytest.approx(1.0) or method == "legacy"


def test_events_are_frozen_and_refuse_an_unknown_phase():
    event = Progress("peeling", 0.5, {"panels": 12})
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.phase = "done"  # type: ignore[misc]
    with pytest.raises(ValueError):
        Progress("peeling panels off the optimum", 0.5)
    assert event.describe() == "peeling panels off the optimum (panels 12)"  # the terminal's English line
