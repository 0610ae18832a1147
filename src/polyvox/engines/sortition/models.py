"""The sortition engine's vocabulary: people, pools, quotas, lotteries and results (plain dataclasses)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

# The phases of a selection the engine reports, in one place. An application shows each in its reader's
# language from the code; `Progress.describe()` gives the English line for the terminal.
COVERING = "covering"  # finding panels that include every volunteer
RELAXATION = "relaxation"  # solving the relaxed LEXIMIN programs
PEELING = "peeling"  # peeling panels off the optimum; numbers: panels
CHECKING = "checking"  # decomposing the optimum into panels; numbers: reached, panels (when known)
STAGES = "stages"  # exact column generation, stage by stage; numbers: stage, fixed, level, panels, searches
NASH = "nash"  # maximising Nash welfare; numbers: panels
LEGACY = "legacy"  # simulating the legacy draw; numbers: run, runs
DONE = "done"  # the lottery is computed
PHASES = (COVERING, RELAXATION, PEELING, CHECKING, STAGES, NASH, LEGACY, DONE)

_DESCRIPTIONS = {
    COVERING: "finding panels that cover every volunteer",
    RELAXATION: "solving the relaxed LEXIMIN programs",
    PEELING: "peeling panels off the optimum",
    CHECKING: "decomposing the optimum into panels",
    STAGES: "exact column generation, stage by stage",
    NASH: "Nash welfare",
    LEGACY: "legacy draw",
    DONE: "done",
}


@dataclass(frozen=True)
class Progress:
    """One progress event of a long run: its phase (one of `PHASES`), how far the run is (0 to 1) and the
    phase's numbers (e.g. {"panels": 12}). Applications render it; the engine writes no sentence for people."""

    phase: str
    fraction: float
    numbers: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.phase not in PHASES:
            raise ValueError(f"unknown progress phase {self.phase!r}")

    def describe(self) -> str:
        """A short English line for the terminal and logs."""
        details = ", ".join(f"{key} {value:.4g}" if isinstance(value, float) else f"{key} {value}"
                            for key, value in self.numbers.items())
        return _DESCRIPTIONS[self.phase] + (f" ({details})" if details else "")


#: progress(event) — how the web application and the terminal follow a long run (see `Progress`).
ProgressCallback = Callable[[Progress], None]

METHODS = ("leximin", "maximin", "nash", "legacy")

#: The largest numbers a file or an option may give; anything beyond is refused at once, with the limit.
#: Generous for any real panel (the Brussels deliberative committee: 45 seats from a few hundred volunteers).
MAX_POOL_SIZE = 50_000  # people in the pool
MAX_PANEL_SIZE = 1_000  # seats
MAX_LOTTERY_SIZE = 100_000  # equally likely panels of the published lottery
MAX_LOTTERY_SEATS = 5_000_000  # lottery size x panel size: the names the published lottery lists
MAX_QUOTA_NUMBER = 100_000  # a quota's min, max, min_flex or max_flex
MAX_QUOTAS = 2_000  # quota rows
MAX_COLUMNS = 500  # columns of a CSV file
MAX_FIELD_CHARACTERS = 1_000  # characters of one CSV field (ids, feature values, addresses)
MAX_FILE_BYTES = 64 * 1024 * 1024  # any file read


class SortitionError(Exception):
    """Any problem the engine reports to its user (bad input, impossible quotas, ...)."""


class InputError(SortitionError):
    """A malformed input file or value; the message names the file, the line and the problem."""

    def __init__(self, problem: str, *, file: str | None = None, line: int | None = None):
        self.problem, self.file, self.line = problem, file, line
        where = ""
        if file is not None:
            where = f"{file}, line {line}: " if line is not None else f"{file}: "
        super().__init__(where + problem)


class InfeasibleQuotasError(SortitionError):
    """No panel meets the quotas; `diagnosis` says which quotas conflict and the smallest relaxation."""

    def __init__(self, diagnosis: "InfeasibilityDiagnosis"):
        self.diagnosis = diagnosis
        super().__init__(diagnosis.explain())


@dataclass(frozen=True)
class Person:
    id: str
    features: dict[str, str]
    household: str | None = None  # people with the same household key may not sit together
    line: int | None = field(default=None, compare=False)  # where the person was read, for messages


@dataclass
class Pool:
    """The volunteers a panel is drawn from."""

    people: list[Person]
    source: str | None = None

    def __post_init__(self) -> None:
        self._index = {p.id: i for i, p in enumerate(self.people)}
        if len(self._index) != len(self.people):
            seen: set[str] = set()
            for p in self.people:
                if p.id in seen:
                    raise InputError(f"the id {p.id!r} appears twice", file=self.source)
                seen.add(p.id)

    def __len__(self) -> int:
        return len(self.people)

    def __iter__(self):
        return iter(self.people)

    def index(self, person_id: str) -> int:
        try:
            return self._index[person_id]
        except KeyError:
            raise SortitionError(f"no person with id {person_id!r} in the pool") from None

    def get(self, person_id: str) -> Person:
        return self.people[self.index(person_id)]

    @property
    def ids(self) -> list[str]:
        return [p.id for p in self.people]


@dataclass(frozen=True)
class Quota:
    """Bounds on how many panel members have `value` for `feature`.

    `min_flex` and `max_flex` only bound the relaxations suggested when the quotas are infeasible
    (the minimum may go down to `min_flex`, the maximum up to `max_flex`)."""

    feature: str
    value: str
    min: int
    max: int
    min_flex: int | None = None
    max_flex: int | None = None


@dataclass
class Quotas:
    """All the quotas of a panel, one per (feature, value)."""

    items: list[Quota]
    source: str | None = None

    def __post_init__(self) -> None:
        self._by_key = {(q.feature, q.value): q for q in self.items}

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @property
    def features(self) -> list[str]:
        out: list[str] = []
        for q in self.items:
            if q.feature not in out:
                out.append(q.feature)
        return out

    def values(self, feature: str) -> list[str]:
        return [q.value for q in self.items if q.feature == feature]

    def get(self, feature: str, value: str) -> Quota | None:
        return self._by_key.get((feature, value))

    def replaced(self, changes: dict[tuple[str, str], tuple[int, int]]) -> "Quotas":
        """A copy with new (min, max) for some (feature, value)."""
        items = []
        for q in self.items:
            lo, hi = changes.get((q.feature, q.value), (q.min, q.max))
            items.append(Quota(q.feature, q.value, lo, hi, q.min_flex, q.max_flex))
        return Quotas(items, self.source)

    def to_json(self) -> list[dict[str, Any]]:
        out = []
        for q in self.items:
            d: dict[str, Any] = {"feature": q.feature, "value": q.value, "min": q.min, "max": q.max}
            if q.min_flex is not None:
                d["min_flex"] = q.min_flex
            if q.max_flex is not None:
                d["max_flex"] = q.max_flex
            out.append(d)
        return out


@dataclass
class QuotaChange:
    feature: str
    value: str
    old_min: int
    old_max: int
    new_min: int
    new_max: int

    @property
    def size(self) -> int:
        return (self.old_min - self.new_min) + (self.new_max - self.old_max)

    def explain(self) -> str:
        parts = []
        if self.new_min != self.old_min:
            parts.append(f"lower its minimum from {self.old_min} to {self.new_min}")
        if self.new_max != self.old_max:
            parts.append(f"raise its maximum from {self.old_max} to {self.new_max}")
        return f"{self.feature}={self.value}: " + " and ".join(parts)


@dataclass
class InfeasibilityDiagnosis:
    """Why no panel meets the quotas, and the smallest change that would make one possible."""

    feasible: bool
    problems: list[str] = field(default_factory=list)  # plain-language conflicts
    conflicting: list[tuple[str, str]] = field(default_factory=list)  # the quotas in conflict
    relaxation: list[QuotaChange] = field(default_factory=list)  # smallest total change, within flex
    relaxation_found: bool = False  # False when even the flex bounds do not allow a panel

    def explain(self) -> str:
        if self.feasible:
            return "The quotas can be met."
        lines = ["No panel meets the quotas."]
        lines += [f"  - {p}" for p in self.problems]
        if self.relaxation_found:
            total = sum(c.size for c in self.relaxation)
            lines.append(f"Smallest change that makes a panel possible ({total} seat(s) in all):")
            lines += [f"  - {c.explain()}" for c in self.relaxation]
        else:
            lines.append("No change within the quotas' min_flex/max_flex bounds makes a panel possible.")
        lines.append("No quota was relaxed: change the quotas file and run again.")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "feasible": self.feasible,
            "problems": self.problems,
            "conflicting": [list(k) for k in self.conflicting],
            "relaxation_found": self.relaxation_found,
            "relaxation": [c.__dict__ for c in self.relaxation],
        }


@dataclass
class StageCertificate:
    """One linear program of LEXIMIN: its optimum and the dual values that prove it.

    For every feasible panel S: sum(dual[i] for i in S) <= mu; sum(dual[i] for i not fixed before) = 1;
    hence no lottery keeping the earlier-fixed people at their levels gives every other person more
    than `value` = mu - sum(dual[i] * fixed_level[i] for i fixed before)."""

    stage: int
    value: float
    mu: float
    duals: dict[str, float]  # person id -> dual value (non-zero ones only)
    fixed_now: list[str]  # people whose probability this stage fixes at `value`

    def to_json(self) -> dict[str, Any]:
        return {"stage": self.stage, "value": self.value, "mu": self.mu,
                "duals": self.duals, "fixed_now": self.fixed_now}


@dataclass
class RoundedLottery:
    """M equally likely panels approximating the optimal lottery, for the public draw."""

    panels: list[list[str]]
    max_loss: float  # largest decrease of a selection probability due to rounding
    max_deviation: float  # largest change (up or down) of a selection probability
    probabilities: dict[str, float]  # selection probability in the rounded lottery

    @property
    def size(self) -> int:
        return len(self.panels)


@dataclass
class SelectionResult:
    method: str
    panel_size: int
    probabilities: dict[str, float]
    panels: list[list[str]]
    panel_probabilities: list[float]
    quotas: Quotas
    people: dict[str, dict[str, str]]  # id -> the features used (pseudonymous copy for verification)
    households: dict[str, str] | None = None  # id -> household key (only people sharing one)
    certificate: list[StageCertificate] = field(default_factory=list)
    lottery: RoundedLottery | None = None
    seed: str | None = None
    panel: list[str] | None = None
    panel_index: int | None = None
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def min_probability(self) -> float:
        return min(self.probabilities.values()) if self.probabilities else 0.0

    @property
    def max_probability(self) -> float:
        return max(self.probabilities.values()) if self.probabilities else 0.0

    @property
    def gini(self) -> float:
        return gini(self.probabilities.values())

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": "polyvox-sortition/1",
            "method": self.method,
            "panel_size": self.panel_size,
            "min_probability": self.min_probability,
            "max_probability": self.max_probability,
            "gini": self.gini,
            "probabilities": self.probabilities,
            "panels": self.panels,
            "panel_probabilities": self.panel_probabilities,
            "quotas": self.quotas.to_json(),
            "people": self.people,
        }
        if self.households:
            out["households"] = self.households
        if self.certificate:
            out["leximin_certificate"] = [c.to_json() for c in self.certificate]
        if self.lottery is not None:
            out["lottery_size"] = self.lottery.size
            out["lottery_panels"] = self.lottery.panels
            out["lottery_digest"] = lottery_digest(self.lottery.panels)
            out["lottery_max_loss"] = self.lottery.max_loss
            out["lottery_max_deviation"] = self.lottery.max_deviation
            out["lottery_probabilities"] = self.lottery.probabilities
        if self.seed is not None:
            out["seed"] = self.seed
            out["panel_index"] = self.panel_index
            out["panel"] = self.panel
        if self.stats:
            out["stats"] = self.stats
        return out

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=1)


def lottery_digest(lottery_panels: list[list[str]]) -> str:
    """SHA-256 of the list of panels (canonical JSON): publish it before the seed is known."""
    canonical = json.dumps([list(p) for p in lottery_panels], separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def gini(values: Iterable[float]) -> float:
    """Gini coefficient of the selection probabilities (0 = everyone equal)."""
    xs = sorted(values)
    n = len(xs)
    total = sum(xs)
    if n == 0 or total <= 0:
        return 0.0
    weighted = sum((i + 1) * x for i, x in enumerate(xs))
    return max(0.0, (2 * weighted) / (n * total) - (n + 1) / n)
