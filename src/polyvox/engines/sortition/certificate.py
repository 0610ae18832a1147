"""Checking a published LEXIMIN certificate: the lottery is the fairest there is, not just a valid one.

The checker trusts nothing of the engine: it reads the published JSON, re-derives the lottery's selection
probabilities from its panels, and proves every stage with its own exact panel oracle (enumeration of
every panel for small pools, otherwise an integer program written here over individuals, solved by
HiGHS through SciPy and read by its proven dual bound). It never calls the engine's search code, so a
bug there is not repeated here.

The mathematics. Stage t of LEXIMIN is the linear program, over lotteries lambda of quota-meeting panels,

    maximise z   subject to   sum_S lambda_S = 1,                     (dual mu, free)
                              p_i(lambda) - z >= 0   for i open,      (dual y_i >= 0)
                              p_i(lambda) >= level_i for i fixed,     (dual y_i >= 0)

where p_i(lambda) = sum of lambda_S over the panels S holding i. Its dual is: minimise
mu - sum_{i fixed} y_i level_i subject to sum_{i open} y_i >= 1 and sum_{i in S} y_i <= mu for every
panel S. A stage of the certificate gives y (`duals`), mu and its `value`; it proves that no lottery
keeping every earlier-fixed person at their level gives all open people more than `value` when

  (a) y_i >= 0 for everyone, and the open people's y sum to 1;
  (b) every quota-meeting panel S has sum_{i in S} y_i <= mu (the oracle's proven bound M <= mu);
  (c) value = mu - sum_{i fixed} y_i level_i.

Indeed, for any such lottery q: min_{open} q_i <= sum_{open} y_i q_i = sum_i y_i q_i - sum_{fixed} y_i q_i
<= M - sum_{fixed} y_i level_i <= value. When the value is 1 no dual is needed (no probability exceeds 1).
It fixes a person i at `value` only if

  (d) y_i > 0 (where value < 1): if a lottery reaches `value` for every open person, every inequality
      above is tight, so y_i (q_i - value) = 0 and q_i = value for every open i with y_i > 0
      (complementary slackness). A person with weight 0 is not proven fixed, whatever a file says.

The published lottery then has to attain each stage: (e) everyone fixed at the stage has probability
`value`, every person still open has at least `value`, and people carrying dual weight are at `value`
(complementary slackness on the lottery's side); (f) the values never decrease from stage to stage and
stay within [0, 1]; (g) every person is fixed by some stage, or never selected and fits in no
quota-meeting panel at all (checked with the oracle). Together, stage after stage, no lottery gives the
worst-off more, then the next worst-off more, and so on: the lottery is LEXIMIN (within `TOLERANCE`).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from typing import Any

import numpy as np

from .draw import Verification

TOLERANCE = 1e-6
ENUMERATION_LIMIT = 20_000  # panels: below this, every panel is listed instead of solving a program
SIGNIFICANT_WEIGHT = 1e-9  # a dual weight above this on an open person must meet its lottery at the value


class CertificateError(Exception):
    """The published JSON cannot even be read as a lottery with a certificate."""


def check_certificate(published: dict[str, Any]) -> Verification:
    """Check the LEXIMIN certificate of a published selection (see the module docstring)."""
    try:
        instance = _Instance(published)
    except CertificateError as exc:
        return Verification(False, problems=[str(exc)])
    problems: list[str] = []
    checks: list[str] = []
    p = instance.lottery_probabilities(problems)
    if p is None:
        return Verification(False, problems=problems)
    stages = published["leximin_certificate"]
    level: dict[str, float] = {}
    named = set()
    for stage in stages:
        if isinstance(stage, dict):
            named.update(str(i) for i in stage.get("fixed_now") or [] if isinstance(i, (str, int)))
    never = [i for i in instance.ids if i not in named and p[i] <= TOLERANCE]
    if never:
        most = instance.oracle({i: 1.0 for i in never})
        if most is None:
            problems.append("(g) no quota-meeting panel exists at all")
        elif most > 0.5:
            problems.append(f"(g) {len(never)} person(s) are never selected and named by no stage, although a "
                            f"quota-meeting panel can include one of them, e.g. {never[0]!r}")
        level.update({i: 0.0 for i in never})
    previous = -math.inf
    proved = 0
    for position, stage in enumerate(stages, start=1):
        before = len(problems)
        _check_stage(instance, stage, position, p, level, previous, problems)
        if len(problems) > before:
            break  # later stages rest on this one's levels
        previous = float(stage["value"])
        proved += 1
    left = [i for i in instance.ids if i not in level]
    if left and not problems:
        problems.append(f"(g) {len(left)} person(s) are fixed by no stage, e.g. {left[0]!r}")
    if not problems:
        checks.append(f"LEXIMIN optimality: {proved} stage(s), each proved with the checker's own exact oracle "
                      f"({instance.oracle_kind}): weights >= 0 summing to 1 over the open people, no quota-meeting "
                      f"panel above mu, value = mu - fixed levels, every person fixed carries a positive weight, "
                      f"values non-decreasing, and the lottery's panels reach every value "
                      f"(tolerance {TOLERANCE:g})")
        if never:
            checks.append(f"{len(never)} person(s) with probability 0: no quota-meeting panel can include them")
    return Verification(not problems, problems=problems, checks=checks)


def heaviest_panel(people: dict[str, dict[str, str]], quotas: list[dict[str, Any]], k: int,
                   households: dict[str, str], weights: dict[str, float]) -> float | None:
    """An upper bound, proven, on the total weight of a quota-meeting panel (None: no such panel).

    Exact for small pools (every panel listed); otherwise the integer program's dual bound."""
    instance = _Instance.from_parts(people, quotas, k, households)
    return instance.oracle(weights)


# -- the instance and its oracle -------------------------------------------------------------------------


class _Instance:
    def __init__(self, published: dict[str, Any]):
        if not isinstance(published, dict):
            raise CertificateError("the JSON is not an object")
        stages = published.get("leximin_certificate")
        if published.get("method") != "leximin" or not isinstance(stages, list) or not stages:
            raise CertificateError("the JSON has no LEXIMIN certificate ('leximin_certificate')")
        for number, stage in enumerate(stages, start=1):
            if not isinstance(stage, dict) or not all(key in stage for key in ("value", "mu", "duals", "fixed_now")):
                raise CertificateError(f"stage {number} lacks 'value', 'mu', 'duals' or 'fixed_now'")
        people = published.get("people")
        if not isinstance(people, dict) or not people:
            raise CertificateError("the JSON lacks 'people'")
        self._setup(people, published.get("quotas"), published.get("panel_size"), published.get("households"))
        self.panels = published.get("panels")
        self.weights = published.get("panel_probabilities")
        self.claimed = published.get("probabilities")

    @classmethod
    def from_parts(cls, people, quotas, k, households) -> "_Instance":
        instance = cls.__new__(cls)
        instance._setup(people, quotas, k, households)
        return instance

    def _setup(self, people, quotas, k, households) -> None:
        if not isinstance(k, int) or isinstance(k, bool) or k <= 0:
            raise CertificateError("the JSON lacks a positive whole 'panel_size'")
        if not isinstance(quotas, list) or not quotas:
            raise CertificateError("the JSON lacks 'quotas'")
        self.ids = [str(i) for i in people]
        self.features = {str(i): dict(f) if isinstance(f, dict) else {} for i, f in people.items()}
        self.k = k
        self.quotas = []
        for q in quotas:
            try:
                self.quotas.append((str(q["feature"]), str(q["value"]), int(q["min"]), int(q["max"])))
            except (KeyError, TypeError, ValueError):
                raise CertificateError(f"a quota is not feature/value/min/max: {q!r}") from None
        self.households = {str(i): str(h) for i, h in (households or {}).items()} if isinstance(
            households, dict) else {}
        shared = Counter(self.households.values())
        self.households = {i: h for i, h in self.households.items() if shared[h] > 1 and i in self.features}
        n = len(self.ids)
        self.oracle_kind = ("every panel enumerated" if math.comb(n, k) <= ENUMERATION_LIMIT
                            else "integer program over individuals, its proven bound")
        self._panels: list[tuple[str, ...]] | None = None

    # the lottery

    def feasible(self, panel) -> str | None:
        """Why `panel` is not a quota-meeting panel (None when it is)."""
        if not isinstance(panel, list) or len(panel) != self.k:
            return f"does not list {self.k} people"
        members = [str(i) for i in panel]
        if len(set(members)) != len(members):
            return "lists someone twice"
        unknown = [i for i in members if i not in self.features]
        if unknown:
            return f"lists {unknown[0]!r}, who is not in the pool"
        for feature, value, lo, hi in self.quotas:
            count = sum(1 for i in members if self.features[i].get(feature) == value)
            if not lo <= count <= hi:
                return f"has {count} people with {feature}={value}, outside [{lo}, {hi}]"
        seats = [self.households[i] for i in members if i in self.households]
        if len(seats) != len(set(seats)):
            return "seats two people of one household"
        return None

    def lottery_probabilities(self, problems: list[str]) -> dict[str, float] | None:
        """Each person's probability in the published lottery, computed from its panels and their weights."""
        panels, weights = self.panels, self.weights
        if not isinstance(panels, list) or not isinstance(weights, list) or not panels or len(panels) != len(weights):
            problems.append("the JSON lacks the lottery: 'panels' and 'panel_probabilities' of the same length")
            return None
        try:
            w = [float(x) for x in weights]
        except (TypeError, ValueError):
            problems.append("'panel_probabilities' are not numbers")
            return None
        if any(not math.isfinite(x) or x < -1e-12 for x in w):
            problems.append("a panel probability is negative or not a number")
            return None
        if abs(sum(w) - 1) > TOLERANCE:
            problems.append(f"the panel probabilities sum to {sum(w):.9f}, not 1")
            return None
        p = {i: 0.0 for i in self.ids}
        for number, (panel, x) in enumerate(zip(panels, w)):
            why = self.feasible(panel)
            if why:
                problems.append(f"panel {number} of the lottery {why}")
                return None
            for i in panel:
                p[str(i)] += x
        if isinstance(self.claimed, dict):
            for i in self.ids:
                try:
                    stated = float(self.claimed.get(i, math.nan))
                except (TypeError, ValueError):
                    stated = math.nan
                if not abs(stated - p[i]) <= TOLERANCE:
                    problems.append(f"'probabilities' gives {i!r} {stated}, but the lottery's panels give {p[i]:.9f}")
                    return None
        return p

    # the oracle

    def oracle(self, weights: dict[str, float]) -> float | None:
        if self.oracle_kind.startswith("every"):
            return self._enumerate(weights)
        return self._integer_program(weights)

    def _enumerate(self, weights: dict[str, float]) -> float | None:
        if self._panels is None:
            self._panels = [panel for panel in itertools.combinations(self.ids, self.k)
                            if self.feasible(list(panel)) is None]
        if not self._panels:
            return None
        return max(sum(weights.get(i, 0.0) for i in panel) for panel in self._panels)

    def _integer_program(self, weights: dict[str, float]) -> float | None:
        """Maximise the panel's weight over people grouped by (features, weight) when they share no household."""
        from scipy.optimize import Bounds, LinearConstraint, milp

        groups: dict[tuple, list[str]] = {}
        for i in self.ids:
            if i in self.households:
                key: tuple = ("household", i)
            else:
                key = ("same", tuple(sorted(self.features[i].items())), float(weights.get(i, 0.0)))
            groups.setdefault(key, []).append(i)
        columns = list(groups.values())
        m = len(columns)
        cost = -np.array([float(weights.get(c[0], 0.0)) for c in columns])
        upper = np.array([min(len(c), self.k) for c in columns], dtype=float)
        rows, lo, hi = [np.ones(m)], [self.k], [self.k]
        for feature, value, qmin, qmax in self.quotas:
            rows.append(np.array([1.0 if self.features[c[0]].get(feature) == value else 0.0 for c in columns]))
            lo.append(qmin)
            hi.append(qmax)
        seats: dict[str, list[int]] = {}
        for j, c in enumerate(columns):
            if c[0] in self.households:
                seats.setdefault(self.households[c[0]], []).append(j)
        for members in seats.values():
            row = np.zeros(m)
            row[members] = 1.0
            rows.append(row)
            lo.append(-np.inf)
            hi.append(1)
        result = milp(cost, integrality=np.ones(m), bounds=Bounds(np.zeros(m), upper),
                      constraints=LinearConstraint(np.array(rows), np.array(lo, dtype=float),
                                                   np.array(hi, dtype=float)),
                      options={"mip_rel_gap": 1e-9, "presolve": True})
        if result.status == 2:  # infeasible
            return None
        if result.status != 0:
            raise CertificateError(f"the checker's integer program did not finish ({result.message})")
        bound = getattr(result, "mip_dual_bound", None)
        best = -float(result.fun)
        if bound is None or not math.isfinite(bound):
            return best
        return max(best, -float(bound))


# -- one stage --------------------------------------------------------------------------------------------


def _check_stage(instance: _Instance, stage: dict[str, Any], number: int, p: dict[str, float],
                 level: dict[str, float], previous: float, problems: list[str]) -> None:
    people = instance.features
    try:
        value, mu = float(stage["value"]), float(stage["mu"])
        duals = {str(i): float(y) for i, y in (stage["duals"] or {}).items()}
        fixed_now = [str(i) for i in stage["fixed_now"] or []]
    except (TypeError, ValueError, AttributeError):
        problems.append(f"stage {number}: 'value', 'mu', 'duals' or 'fixed_now' is malformed")
        return
    label = stage.get("stage", number)
    if label != number:
        problems.append(f"stage {number}: it says it is stage {label!r}; stages must come in order")
        return
    if not (math.isfinite(value) and math.isfinite(mu) and all(math.isfinite(y) for y in duals.values())):
        problems.append(f"stage {number}: a value, mu or dual weight is not a finite number")
        return
    unknown = [i for i in list(duals) + fixed_now if i not in people]
    if unknown:
        problems.append(f"stage {number}: {unknown[0]!r} is not in the pool")
        return
    if not fixed_now:
        problems.append(f"stage {number}: fixes nobody")
        return
    again = [i for i in fixed_now if i in level]
    if again or len(set(fixed_now)) != len(fixed_now):
        problems.append(f"stage {number}: {(again or fixed_now)[0]!r} was already fixed")
        return
    # (f) values within [0, 1], never decreasing
    if not -TOLERANCE <= value <= 1 + TOLERANCE:
        problems.append(f"(f) stage {number}: the value {value:.9f} is not a probability")
        return
    if value < previous - TOLERANCE:
        problems.append(f"(f) stage {number}: the value {value:.9f} is below the previous stage's {previous:.9f}; "
                        "values must never decrease")
        return
    open_people = [i for i in instance.ids if i not in level]
    if value < 1 - TOLERANCE:
        # (a) weights
        negative = [i for i, y in duals.items() if y < 0]
        if negative:
            problems.append(f"(a) stage {number}: {negative[0]!r} has a negative weight {duals[negative[0]]:g}")
            return
        open_weight = sum(duals.get(i, 0.0) for i in open_people)
        if abs(open_weight - 1) > TOLERANCE:
            problems.append(f"(a) stage {number}: the weights of the people not yet fixed sum to "
                            f"{open_weight:.9f}, not 1")
            return
        # (d) a person is fixed only with a positive weight
        weightless = [i for i in fixed_now if not duals.get(i, 0.0) > 0]
        if weightless:
            problems.append(f"(d) stage {number}: {weightless[0]!r} is listed as fixed at {value:.9f} but has "
                            "weight 0: nothing proves that every optimal lottery holds them there")
            return
        # (c) the value follows from mu and the earlier levels
        implied = mu - sum(y * level[i] for i, y in duals.items() if i in level)
        if abs(implied - value) > TOLERANCE:
            problems.append(f"(c) stage {number}: mu minus the weighted earlier levels is {implied:.9f}, "
                            f"not the value {value:.9f}")
            return
        # (b) the oracle's bound
        best = instance.oracle(duals)
        if best is None:
            problems.append(f"(b) stage {number}: no quota-meeting panel exists")
            return
        if best > mu + TOLERANCE:
            problems.append(f"(b) stage {number}: a quota-meeting panel has weight {best:.9f}, above "
                            f"mu = {mu:.9f}, so the stage's value is not proven optimal")
            return
    # (e) the lottery reaches the stage
    low = [i for i in open_people if p[i] < value - TOLERANCE]
    if low:
        problems.append(f"(e) stage {number}: {low[0]!r} has probability {p[low[0]]:.9f}, below the stage's "
                        f"value {value:.9f}")
        return
    off = [i for i in fixed_now if abs(p[i] - value) > TOLERANCE]
    if off:
        problems.append(f"(e) stage {number}: {off[0]!r} is fixed at {value:.9f} but the lottery gives "
                        f"{p[off[0]]:.9f}")
        return
    if value < 1 - TOLERANCE:
        slack = [i for i in open_people if duals.get(i, 0.0) > SIGNIFICANT_WEIGHT and p[i] > value + TOLERANCE]
        if slack:
            i = slack[0]
            problems.append(f"(e) stage {number}: {i!r} carries weight {duals[i]:.3g} but the lottery gives "
                            f"{p[i]:.9f}, above the stage's value {value:.9f} (complementary slackness fails)")
            return
    for i in fixed_now:
        level[i] = value
