"""Replacement: when members withdraw, draw replacements who keep every quota met (or say which cannot be).

Candidates are the pool's people not on the panel (and not excluded, e.g. people who already declined),
not sharing a household with a remaining member. They are tried in an order fixed by the public seed
(sha256 of seed and id) or at random without one; the first who leaves a quota-meeting completion
possible is taken, seat after seat."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np

from .models import InfeasibilityDiagnosis, Pool, Quotas, SortitionError
from .panel_search import PanelOracle
from .profiles import build_profiles


@dataclass
class Replacement:
    ok: bool
    panel: list[str]  # the new panel (the old one if no replacement was possible)
    replacements: dict[str, str] = field(default_factory=dict)  # withdrawn id -> replacement id
    candidates: int = 0  # how many people were eligible at the first seat
    diagnosis: InfeasibilityDiagnosis | None = None

    def explain(self) -> str:
        if self.ok:
            return "\n".join(f"{old} is replaced by {new}" for old, new in self.replacements.items())
        return "No replacement keeps every quota met.\n" + (self.diagnosis.explain() if self.diagnosis else "")


def find_replacement(pool: Pool, quotas: Quotas, panel: Sequence[str], withdrawn: str | Iterable[str], *,
                     seed: str | None = None, exclude: Iterable[str] = ()) -> Replacement:
    withdrawn = [withdrawn] if isinstance(withdrawn, str) else list(withdrawn)
    panel = list(panel)
    for pid in withdrawn:
        if pid not in panel:
            raise SortitionError(f"{pid!r} is not on the panel")
    for pid in panel:
        pool.index(pid)
    k = len(panel)
    remaining = [pid for pid in panel if pid not in set(withdrawn)]
    excluded = set(panel) | set(exclude)
    households_taken = {pool.get(pid).household for pid in remaining} - {None}
    candidates = [p.id for p in pool.people
                  if p.id not in excluded and (p.household is None or p.household not in households_taken)]
    order = _order(candidates, seed)
    chosen: list[str] = []
    first_count = len(candidates)
    for old in withdrawn:
        kept = remaining + chosen
        taken = {pool.get(pid).household for pid in kept} - {None}
        found = None
        for pid in order:
            if pid in chosen:
                continue
            hh = pool.get(pid).household
            if hh is not None and hh in taken:
                continue
            if _completable(pool, quotas, k, kept + [pid], order):
                found = pid
                break
        if found is None:
            from .infeasibility import diagnose_infeasible

            sub = Pool([pool.get(pid) for pid in kept] + [pool.get(pid) for pid in order if pid not in chosen])
            diagnosis = diagnose_infeasible(sub, quotas, k, keep=kept)
            return Replacement(False, panel, {}, first_count, diagnosis)
        chosen.append(found)
    new_panel = remaining + chosen
    return Replacement(True, new_panel, dict(zip(withdrawn, chosen)), first_count)


def _completable(pool: Pool, quotas: Quotas, k: int, kept: list[str], candidates: list[str]) -> bool:
    """Whether `kept` can be completed to a quota-meeting panel of size k with candidates."""
    if len(kept) == k:
        counts: dict[tuple[str, str], int] = {}
        for pid in kept:
            person = pool.get(pid)
            for f in quotas.features:
                counts[f, person.features[f]] = counts.get((f, person.features[f]), 0) + 1
        return all(q.min <= counts.get((q.feature, q.value), 0) <= q.max for q in quotas)
    kept_set = set(kept)
    sub = Pool([pool.get(pid) for pid in kept] + [pool.get(pid) for pid in candidates if pid not in kept_set])
    profiles = build_profiles(sub, quotas, k)
    lower = np.zeros(profiles.count)
    for i in range(len(kept)):
        lower[profiles.profile_of[i]] += 1
    return PanelOracle(profiles, lower_counts=lower).any_panel() is not None


def _order(candidates: list[str], seed: str | None) -> list[str]:
    if seed is None:
        shuffled = list(candidates)
        random.SystemRandom().shuffle(shuffled)
        return shuffled
    return sorted(candidates, key=lambda pid: hashlib.sha256(f"{seed}\n{pid}".encode("utf-8")).hexdigest())
