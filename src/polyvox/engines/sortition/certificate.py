"""Checking a published LEXIMIN certificate: the lottery is the fairest there is, not just a valid one.

Each stage of the certificate gives a dual value y_i >= 0 for people, a bound `mu` and a `value`, and names
the people it fixes at `value`. It proves: among lotteries that give everyone fixed at an earlier stage at
least their level, none gives all the others more than `value`, because
  (1) for every quota-meeting panel S, sum of y_i over S <= mu (checked here with an integer program),
  (2) the duals of the people not fixed before sum to 1, and
  (3) value = mu - sum of y_i * level_i over the people fixed before;
so the others' probabilities average (weighted by y) at most `value`. The published lottery reaches every
stage's value for the people it fixes, and keeps everyone else at or above it: stage after stage, no lottery
can do better for the worst-off, which is what LEXIMIN means.

People the lottery never selects and no stage names must be people no quota-meeting panel can include
(checked with the same program). This needs a solver for (1) (the engine's panel oracle on HiGHS); the draw itself is checked without one (`draw.verify_draw`).
People with the same quota values, dual value and no shared household are interchangeable in (1), so the
oracle works on such groups (`build_profiles` with the duals as split).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .draw import Verification
from .models import Person, Pool, Quota, Quotas
from .panel_search import PanelOracle
from .profiles import build_profiles

TOLERANCE = 1e-6


def check_certificate(published: dict[str, Any]) -> Verification:
    """Check the LEXIMIN certificate of a published selection (see the module docstring)."""
    stages = published.get("leximin_certificate") or []
    people: dict[str, dict[str, str]] = published.get("people") or {}
    quotas = published.get("quotas") or []
    probabilities: dict[str, float] = published.get("probabilities") or {}
    k = published.get("panel_size")
    if published.get("method") != "leximin" or not stages:
        return Verification(False, problems=["the JSON has no LEXIMIN certificate ('leximin_certificate')"])
    if not people or not quotas or not probabilities or not isinstance(k, int):
        return Verification(False, problems=["the JSON lacks 'people', 'quotas', 'probabilities' or 'panel_size'"])
    households = published.get("households") or {}
    problems: list[str] = []
    level: dict[str, float] = {}
    # People no stage names and the lottery never selects must be people no quota-meeting panel can hold.
    named = {str(i) for stage in stages for i in stage.get("fixed_now") or []}
    never = [i for i in people if i not in named and probabilities.get(i, 0.0) <= TOLERANCE]
    if never:
        most = _heaviest_panel(people, quotas, k, households, {i: 1.0 for i in never})
        if most is not None and most > 0.5:
            problems.append(f"{len(never)} person(s) are never selected although a quota-meeting panel can include "
                            f"one of them, e.g. {never[0]!r}")
        level.update({i: 0.0 for i in never})
    for stage in stages:
        number, value, mu = stage.get("stage"), float(stage["value"]), float(stage["mu"])
        duals = {str(i): float(y) for i, y in (stage.get("duals") or {}).items()}
        unknown = [i for i in duals if i not in people]
        if unknown:
            problems.append(f"stage {number}: a dual value for {unknown[0]!r}, who is not in the pool")
            break
        if any(y < -1e-12 for y in duals.values()):
            problems.append(f"stage {number}: a negative dual value")
        if value >= 1 - TOLERANCE:  # certain selection: no probability exceeds 1, no dual needed
            _fix_stage(stage, value, people, level, probabilities, problems)
            continue
        open_weight = sum(y for i, y in duals.items() if i not in level)
        if abs(open_weight - 1) > TOLERANCE:
            problems.append(f"stage {number}: the duals of the people not yet fixed sum to {open_weight:.9f}, not 1")
        implied = mu - sum(y * level[i] for i, y in duals.items() if i in level)
        if abs(implied - value) > TOLERANCE:
            problems.append(f"stage {number}: mu and the earlier levels give {implied:.9f}, not the value {value:.9f}")
        best = _heaviest_panel(people, quotas, k, households, duals)
        if best is None:
            problems.append(f"stage {number}: no quota-meeting panel exists")
        elif best > mu + TOLERANCE:
            problems.append(f"stage {number}: a quota-meeting panel has dual weight {best:.9f}, above mu = {mu:.9f}")
        _fix_stage(stage, value, people, level, probabilities, problems)
    left = [i for i in people if i not in level]
    if left and not problems:
        problems.append(f"{len(left)} person(s) are fixed by no stage, e.g. {left[0]!r}")
    checks = [] if problems else [
        f"LEXIMIN optimality: {len(stages)} stage(s); at each, no quota-meeting panel has dual weight above mu "
        f"(integer program, HiGHS) and the lottery reaches the stage's value (tolerance {TOLERANCE:g})"]
    if never and not problems:
        checks.append(f"{len(never)} person(s) with probability 0: no quota-meeting panel can include them")
    return Verification(not problems, problems=problems, checks=checks)


def _fix_stage(stage, value, people, level, probabilities, problems) -> None:
    """The lottery reaches the stage's value: nobody still open is below it, those it fixes are at it."""
    number = stage.get("stage")
    low = [i for i in people if i not in level and probabilities.get(i, 0.0) < value - TOLERANCE]
    if low:
        problems.append(f"stage {number}: {low[0]!r} has probability {probabilities.get(low[0], 0.0):.9f}, "
                        f"below the stage's value {value:.9f}")
    fixed_now = [str(i) for i in stage.get("fixed_now") or []]
    off = [i for i in fixed_now if abs(probabilities.get(i, 0.0) - value) > TOLERANCE]
    if off:
        problems.append(f"stage {number}: {off[0]!r} is fixed at {value:.9f} but has probability "
                        f"{probabilities.get(off[0], 0.0):.9f}")
    for i in fixed_now:
        level[i] = value


def _heaviest_panel(people, quotas, k, households, duals) -> float | None:
    """The largest total dual value of a quota-meeting panel (the panel oracle's proven upper bound)."""
    pool = Pool([Person(i, dict(features), household=households.get(i)) for i, features in people.items()])
    quota_set = Quotas([Quota(q["feature"], q["value"], int(q["min"]), int(q["max"])) for q in quotas])
    profiles = build_profiles(pool, quota_set, k, split=[duals.get(i, 0.0) for i in people])
    weights = np.array([duals.get(pool.people[members[0]].id, 0.0) for members in profiles.members])
    found = PanelOracle(profiles).best(weights)
    return None if found.composition is None else found.bound
