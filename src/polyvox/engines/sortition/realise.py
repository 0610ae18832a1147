"""From a lottery over compositions to a lottery over panels of named people, exactly.

For one composition, profile t sends c_t of its n_t members. Put its members on a circle and take the
window of c_t consecutive members starting at member (j * c_t) mod n_t, for j = 0 .. N_t - 1 with
N_t = n_t / gcd(n_t, c_t): these N_t windows cover the circle exactly c_t / gcd(n_t, c_t) times, so each
member sits on exactly a fraction c_t / n_t of them. Drawing one number u uniformly in [0, 1) and using
window floor(u * N_t) in every profile at once gives a lottery over whole panels whose panels all have
the composition (so meet every quota) and in which every member of profile t has probability c_t / n_t:
the composition lottery's probabilities are kept exactly.
"""

from __future__ import annotations

from fractions import Fraction
from math import gcd

import numpy as np

from .profiles import Profiles


def realise_lottery(profiles: Profiles, compositions: np.ndarray, weights: np.ndarray
                    ) -> tuple[list[list[str]], list[float]]:
    ids = profiles.pool.ids
    merged: dict[tuple[int, ...], float] = {}
    order: list[tuple[int, ...]] = []
    for comp, weight in zip(compositions, weights):
        for panel, share in _windows(profiles, comp):
            key = tuple(sorted(panel))
            if key not in merged:
                merged[key] = 0.0
                order.append(key)
            merged[key] += float(weight) * share
    panels = [[ids[i] for i in key] for key in order]
    return panels, [merged[key] for key in order]


def _windows(profiles: Profiles, comp: np.ndarray):
    members = profiles.members
    always: list[int] = []
    partial: list[tuple[int, int, int]] = []  # (profile, count, period)
    for t in np.nonzero(comp)[0]:
        c, n = int(comp[t]), len(members[t])
        if c >= n:
            always.extend(members[t])
        else:
            partial.append((int(t), c, n // gcd(n, c)))
    points = {Fraction(0), Fraction(1)}
    for _, _, period in partial:
        points.update(Fraction(j, period) for j in range(1, period))
    points_sorted = sorted(points)
    for a, b in zip(points_sorted, points_sorted[1:]):
        u = (a + b) / 2
        panel = list(always)
        for t, c, period in partial:
            n = len(members[t])
            j = int(u * period)
            start = (j * c) % n
            panel.extend(members[t][(start + r) % n] for r in range(c))
        yield panel, float(b - a)


def round_to_equal_panels(profiles: Profiles, compositions: np.ndarray, weights: np.ndarray, size: int
                          ) -> list[list[str]]:
    """`size` equally likely panels close to the lottery (see `draw.round_lottery`)."""
    counts = np.floor(weights * size + 1e-12).astype(np.int64)
    remainder = weights * size - counts
    missing = size - int(counts.sum())
    if missing > 0:
        counts[np.argsort(-remainder, kind="stable")[:missing]] += 1
    elif missing < 0:  # only through floating-point noise
        counts[np.argsort(-counts, kind="stable")[:-missing]] -= 1
    counts = _improve_rounding(profiles, compositions, weights, counts, size)
    ids = profiles.pool.ids
    rank = [0] * len(ids)  # each person's place in the natural order of ids, to sort panels quickly
    for place, i in enumerate(sorted(range(len(ids)), key=lambda i: _natural(ids[i]))):
        rank[i] = place
    members = profiles.members
    pointer = [0] * profiles.count
    panels: list[list[str]] = []
    for comp, m in zip(compositions, counts):
        if m == 0:
            continue
        parts = [(int(t), int(comp[t]), len(members[t])) for t in np.nonzero(comp)[0]]
        for _ in range(int(m)):
            panel: list[int] = []
            for t, c, n in parts:
                start = pointer[t]
                if start + c <= n:
                    panel.extend(members[t][start:start + c])
                else:
                    panel.extend(members[t][start:] + members[t][:start + c - n])
                pointer[t] = (start + c) % n
            panel.sort(key=rank.__getitem__)
            panels.append([ids[i] for i in panel])
    return panels


def _improve_rounding(profiles, compositions, weights, counts, size, rounds: int = 200):
    """Move single panels between compositions while that lowers the largest per-person loss."""
    sizes = profiles.sizes
    comps = compositions.astype(float) / sizes  # per-person probability contributed by one panel
    target = weights @ comps
    current = counts @ comps / size
    for _ in range(rounds):
        deficit = target - current
        worst = float(deficit.max())
        if worst <= 1e-12:
            break
        t = int(deficit.argmax())
        # add a panel that helps t, remove one that does not, when the worst loss goes down
        gains = comps[:, t]
        add = int(np.argmax(gains - 1e-9 * (weights * size - counts)))
        removable = np.nonzero((counts > 0) & (comps[:, t] < gains[add]))[0]
        if len(removable) == 0:
            break
        candidates = removable[np.argsort(comps[removable, t], kind="stable")][:25]
        trials = (target - current - comps[add] / size)[None, :] + comps[candidates] / size
        worst_after = trials.max(axis=1)
        k = int(np.argmin(worst_after))
        if not worst_after[k] < worst - 1e-15:
            break
        best = int(candidates[k])
        counts[add] += 1
        counts[best] -= 1
        current = counts @ comps / size
    return counts


def _natural(person_id: str):
    return (0, int(person_id), "") if person_id.isascii() and person_id.isdigit() else (1, 0, person_id)
