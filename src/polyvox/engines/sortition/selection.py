"""Selecting a panel: one call from pool and quotas to the lottery, its rounding and the seeded draw."""

from __future__ import annotations

import dataclasses
import time
from typing import Sequence

import numpy as np

from .draw import DEFAULT_LOTTERY_SIZE, draw_from_seed, round_lottery
from .io import check_pool_against_quotas
from .models import (MAX_LOTTERY_SEATS, MAX_LOTTERY_SIZE, MAX_PANEL_SIZE, MAX_POOL_SIZE, METHODS, InfeasibleQuotasError, Pool, ProgressCallback, Quotas, SelectionResult,
                     SortitionError, StageCertificate)
from .profiles import Profiles, build_profiles


def select_panel(
    pool: Pool,
    quotas: Quotas,
    panel_size: int,
    method: str = "leximin",
    *,
    households: Sequence[str] | None = None,
    progress: ProgressCallback | None = None,
    lottery_size: int = DEFAULT_LOTTERY_SIZE,
    seed: str | None = None,
    legacy_runs: int = 300,
) -> SelectionResult:
    """The fair lottery over quota-meeting panels, rounded to `lottery_size` equally likely panels.

    `households` names feature/address columns of the pool: people with equal values in all of them
    share a household, and at most one per household sits on a panel (the pool may also carry
    households already, see `read_pool_csv`). With a `seed`, the panel is drawn as well.
    Raises `InfeasibleQuotasError` (with a diagnosis) when no panel meets the quotas."""
    if method not in METHODS:
        raise SortitionError(f"unknown method {method!r} (choose from {', '.join(METHODS)})")
    check_sizes(panel_size, lottery_size, len(pool))
    if panel_size > len(pool):
        raise SortitionError(f"the panel size {panel_size} is larger than the pool ({len(pool)} people)")
    if households:
        pool = with_households(pool, households)
    check_pool_against_quotas(pool, quotas)
    started = time.perf_counter()
    profiles = build_profiles(pool, quotas, panel_size)
    certificate: list[StageCertificate] = []
    if method == "legacy":
        from .legacy import legacy_lottery

        panels, panel_probabilities, probabilities, stats = legacy_lottery(
            profiles, runs=legacy_runs, progress=progress)
        lottery = _legacy_rounding(panels, probabilities, lottery_size)
    else:
        if method == "nash":
            from .nash import nash

            result = nash(profiles, progress=progress)
        else:
            from .leximin import leximin

            result = leximin(profiles, progress=progress, first_stage_only=(method == "maximin"))
            if method == "leximin":
                certificate = _certificate(profiles, result.stages)
        from .realise import realise_lottery

        panels, panel_probabilities = realise_lottery(profiles, result.compositions, result.weights)
        probabilities = {pool.people[i].id: float(result.probabilities[profiles.profile_of[i]])
                         for i in range(len(pool))}
        lottery = round_lottery(profiles, result.compositions, result.weights, probabilities, lottery_size)
        stats = dict(result.stats)
    stats["total_seconds"] = round(time.perf_counter() - started, 3)
    stats["pool_size"] = len(pool)
    stats["profiles"] = profiles.count
    people = {p.id: {f: p.features[f] for f in quotas.features} for p in pool.people}
    shared = {pool.people[i].id: pool.people[i].household
              for group in profiles.household_groups for t in group for i in profiles.members[t]}
    result_obj = SelectionResult(
        method=method, panel_size=panel_size, probabilities=probabilities, panels=panels,
        panel_probabilities=panel_probabilities, quotas=quotas, people=people,
        households=_pseudonymous_households(shared) or None, certificate=certificate,
        lottery=lottery, stats=stats)
    if seed is not None:
        apply_seed(result_obj, seed)
    return result_obj


def check_sizes(panel_size: int, lottery_size: int | None = None, pool_size: int | None = None) -> None:
    """Refuse at once a panel size, lottery size or pool size beyond the engine's limits (see models)."""
    if isinstance(panel_size, bool) or not isinstance(panel_size, int) or panel_size <= 0:
        raise SortitionError("the panel size must be a positive whole number")
    if panel_size > MAX_PANEL_SIZE:
        raise SortitionError(f"the panel size {panel_size:,} is above the limit of {MAX_PANEL_SIZE:,} seats")
    if lottery_size is not None:
        if isinstance(lottery_size, bool) or not isinstance(lottery_size, int) or lottery_size <= 0:
            raise SortitionError("the lottery size must be a positive whole number")
        if lottery_size > MAX_LOTTERY_SIZE:
            raise SortitionError(f"the lottery size {lottery_size:,} is above the limit of {MAX_LOTTERY_SIZE:,} panels")
        if lottery_size * panel_size > MAX_LOTTERY_SEATS:
            raise SortitionError(f"{lottery_size:,} panels of {panel_size:,} seats would list {lottery_size * panel_size:,} "
                                 f"names, above the limit of {MAX_LOTTERY_SEATS:,} (choose a smaller lottery size)")
    if pool_size is not None and pool_size > MAX_POOL_SIZE:
        raise SortitionError(f"the pool of {pool_size:,} people is above the limit of {MAX_POOL_SIZE:,}")


def apply_seed(result: SelectionResult, seed: str) -> SelectionResult:
    """Draw the panel from the rounded lottery with the public seed."""
    if result.lottery is None:
        raise SortitionError("the result has no rounded lottery to draw from")
    index, panel = draw_from_seed(result.lottery.panels, seed)
    result.seed, result.panel_index, result.panel = seed, index, panel
    return result


def with_households(pool: Pool, columns: Sequence[str]) -> Pool:
    """The pool with households keyed by the values of `columns` (people with all of them empty have none)."""
    first = pool.people[0].features
    for col in columns:
        if col not in first:
            raise SortitionError(f"no household column {col!r} in the pool")
    people = []
    for p in pool.people:
        parts = [" ".join(p.features[c].split()).lower() for c in columns]
        people.append(dataclasses.replace(p, household="|".join(parts) if any(parts) else None))
    return Pool(people, pool.source)


def _certificate(profiles: Profiles, stages) -> list[StageCertificate]:
    ids = profiles.pool.ids
    sizes = profiles.sizes
    out = []
    for number, stage in enumerate(stages, start=1):
        duals: dict[str, float] = {}
        for t in np.nonzero(stage.duals > 0)[0]:
            share = float(stage.duals[t] / sizes[t])
            for i in profiles.members[t]:
                duals[ids[i]] = share
        fixed = [ids[i] for t in stage.fixed_now for i in profiles.members[t]]
        out.append(StageCertificate(number, stage.value, stage.mu, duals, fixed))
    return out


def _pseudonymous_households(shared: dict[str, str]) -> dict[str, str]:
    """Household keys replaced by numbers, so addresses are not published."""
    numbers: dict[str, str] = {}
    out = {}
    for pid, key in shared.items():
        numbers.setdefault(key, f"h{len(numbers) + 1}")
        out[pid] = numbers[key]
    return out


def _legacy_rounding(panels, probabilities, size):
    from .draw import _measure

    chosen = [panels[i % len(panels)] for i in range(size)]
    return _measure(chosen, probabilities, size)


__all__ = ["select_panel", "apply_seed", "with_households", "InfeasibleQuotasError"]
