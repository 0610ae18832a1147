"""Profiles: the pool grouped into interchangeable people, so the optimisation's size is the number of profiles.

Two people are interchangeable when they have the same value for every quota feature and neither shares
a household with anyone: swapping them maps every quota-meeting panel to another one. LEXIMIN, maximin
and Nash welfare are symmetric and their optima form convex sets, so averaging an optimal lottery over
all these swaps keeps it optimal and gives equal probabilities within a profile. The optimisation can
therefore work on how many people of each profile sit on a panel (a "composition"), and realise each
composition with individuals afterwards (see `realise.py`). People who share a household are each their
own profile, with at most one of each household on a panel.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .models import Pool, Quotas


@dataclass
class ProfileStage:
    """One stage of a LEXIMIN computation over profiles: the level reached, the dual that proves it, who is fixed."""

    value: float
    mu: float
    duals: np.ndarray  # per profile (dual of the profile's row, i.e. summed over its members)
    fixed_now: list[int]


@dataclass
class Profiles:
    pool: Pool
    quotas: Quotas
    panel_size: int
    members: list[list[int]]  # profile -> indices of its people in the pool (pool order)
    values: list[tuple[str, ...]]  # profile -> its value for each quota feature
    quota_keys: list[tuple[str, str]]  # row -> (feature, value)
    incidence: np.ndarray  # rows x profiles, 1 when the profile has the row's value
    lower: np.ndarray  # rows: quota minimum
    upper: np.ndarray  # rows: quota maximum
    household_groups: list[list[int]]  # lists of profiles of which at most one may sit
    profile_of: np.ndarray  # pool index -> profile

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def sizes(self) -> np.ndarray:
        return np.array([len(m) for m in self.members], dtype=float)

    def capacity(self) -> np.ndarray:
        """Most people of each profile a panel can hold (its size, the panel size, its quotas' maxima)."""
        cap = np.minimum(self.sizes, self.panel_size)
        for r in range(len(self.quota_keys)):
            cols = self.incidence[r] > 0
            cap[cols] = np.minimum(cap[cols], self.upper[r])
        if self.household_groups:
            for group in self.household_groups:
                cap[group] = np.minimum(cap[group], 1)
        return cap

    def with_quotas(self, quotas: Quotas) -> "Profiles":
        return build_profiles(self.pool, quotas, self.panel_size)


def build_profiles(pool: Pool, quotas: Quotas, panel_size: int, split: Sequence | None = None) -> Profiles:
    """The pool's profiles; `split` (one key per person) keeps apart people whose keys differ even when
    their quota values are the same (the certificate check splits by dual value)."""
    features = quotas.features
    household_size = Counter(p.household for p in pool.people if p.household is not None)
    key_to_profile: dict[object, int] = {}
    members: list[list[int]] = []
    values: list[tuple[str, ...]] = []
    profile_of = np.empty(len(pool), dtype=np.int64)
    households: dict[str, list[int]] = {}
    for i, person in enumerate(pool.people):
        vals = tuple(person.features[f] for f in features)
        shared = person.household is not None and household_size[person.household] > 1
        key: object = ("person", i) if shared else (vals if split is None else (vals, split[i]))
        t = key_to_profile.get(key)
        if t is None:
            t = key_to_profile[key] = len(members)
            members.append([])
            values.append(vals)
        members[t].append(i)
        profile_of[i] = t
        if shared:
            households.setdefault(person.household, []).append(t)  # type: ignore[arg-type]
    quota_keys = [(q.feature, q.value) for q in quotas]
    position = {f: j for j, f in enumerate(features)}
    incidence = np.zeros((len(quota_keys), len(members)))
    for r, (feature, value) in enumerate(quota_keys):
        j = position[feature]
        for t, vals in enumerate(values):
            if vals[j] == value:
                incidence[r, t] = 1.0
    lower = np.array([q.min for q in quotas], dtype=float)
    upper = np.array([q.max for q in quotas], dtype=float)
    return Profiles(pool, quotas, panel_size, members, values, quota_keys, incidence, lower, upper,
                    list(households.values()), profile_of)
