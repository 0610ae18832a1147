"""Count an election: pick the rule (or follow the file's META `rule`), run it, time it, report it.

`count(election, rule=..., ...)` returns a `CountResult` whose `to_json()` is the engine's JSON
contract: `rule` (the rule applied, with its completion and options), `selected`, `total_cost`,
`budget`, `seconds` (the count alone, not reading the file), plus details.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from fractions import Fraction

from .election import Election
from .rules.completion import (
    COMPLETIONS,
    Add1Outcome,
    ComparisonOutcome,
    compare_with_greedy,
    mes_add1,
)
from .rules.greedy import GreedyOutcome, greedy
from .rules.mes import UTILITIES, MESOutcome, method_of_equal_shares
from .rules.phragmen import PhragmenOutcome, sequential_phragmen
from .rules.profile import DEFAULT_TIE_BREAKING, CountingProfile, build_profile

RULES = ("auto", "greedy", "mes", "phragmen")


class RuleNotUnderstood(ValueError):
    """`rule="auto"` on a file whose META `rule` is `unknown`, missing or not understood."""


@dataclass
class RuleChoice:
    rule: str
    completion: str = "none"
    utilities: str = "cost"
    comparison: bool = False
    skip: bool = True
    threshold: Fraction | None = None


def rule_from_meta(meta: dict[str, str]) -> RuleChoice:
    """The rule a pabulib file says the city used: `greedy`, `equalshares`, `equalshares/add1`, ...

    Understood: greedy (also `greedy-no-skip`), `equalshares` with an optional completion after a
    slash (`add1`, `add1e` / `add1-exhaustive`, `add1u`) and an optional `+comparison`, Phragmén
    (`phragmen`, `seq-phragmen`, `sequential-phragmen`). META `min_project_score_threshold` sets
    greedy's threshold.
    """
    raw = (meta.get("rule") or "").strip()
    value = raw.lower().replace("_", "-").replace(" ", "")
    threshold = None
    if meta.get("min_project_score_threshold", "").strip():
        try:
            threshold = Fraction(meta["min_project_score_threshold"].strip())
        except ValueError:
            threshold = None
    comparison = False
    for suffix in ("+comparison", "/comparison"):
        if value.endswith(suffix):
            comparison = True
            value = value[: -len(suffix)]
    if value in ("greedy", "greedy-skip", "utilitarian-greedy"):
        return RuleChoice("greedy", skip=True, threshold=threshold)
    if value in ("greedy-no-skip", "greedy-noskip", "greedy-stop"):
        return RuleChoice("greedy", skip=False, threshold=threshold)
    if value in ("phragmen", "seq-phragmen", "sequential-phragmen", "seqphragmen"):
        return RuleChoice("phragmen")
    head, _, tail = value.partition("/")
    if head in ("equalshares", "equal-shares", "mes"):
        completions = {
            "": "none",
            "none": "none",
            "add1": "add1",
            "add1e": "add1-exhaustive",
            "add1-exhaustive": "add1-exhaustive",
            "add1u": "add1u",
        }
        if tail in completions:
            return RuleChoice("mes", completion=completions[tail], comparison=comparison)
    shown = raw or "(none)"
    raise RuleNotUnderstood(
        f"the file's META rule is {shown!r}, which does not say how to count: "
        "choose a rule with --rule greedy, --rule mes or --rule phragmen"
    )


@dataclass
class CountResult:
    """The outcome of a count, with what is needed to explain it."""

    rule: str
    completion: str
    utilities: str | None
    comparison: bool
    skip: bool
    threshold: Fraction | None
    tie_breaking: tuple[str, ...]
    selected: list[str]
    total_cost: Fraction
    budget: Fraction
    seconds: float
    profile: CountingProfile = field(repr=False)
    election: Election = field(repr=False)
    source: str = "explicit"
    """``explicit`` or ``meta`` (the rule came from the file's META `rule`)."""
    greedy_outcome: GreedyOutcome | None = field(default=None, repr=False)
    mes_outcome: MESOutcome | None = field(default=None, repr=False)
    add1: Add1Outcome | None = field(default=None, repr=False)
    fill: GreedyOutcome | None = field(default=None, repr=False)
    comparison_outcome: ComparisonOutcome | None = field(default=None, repr=False)
    phragmen_outcome: PhragmenOutcome | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        if self.rule == "greedy":
            label = "greedy" if self.skip else "greedy-no-skip"
            return label + (f" (threshold {_num(self.threshold)})" if self.threshold is not None else "")
        if self.rule == "mes":
            label = "mes" if self.completion == "none" else f"mes/{self.completion}"
            label += f" ({self.utilities} utilities)"
            return label + (" + comparison" if self.comparison else "")
        return "sequential phragmen"

    @property
    def exact_checks(self) -> int:
        if self.mes_outcome is not None:
            return self.mes_outcome.exact_checks
        if self.phragmen_outcome is not None:
            return self.phragmen_outcome.exact_checks
        return 0

    def to_json(self) -> dict:
        data = {
            "rule": {
                "name": self.rule,
                "label": self.label,
                "completion": self.completion if self.rule == "mes" else None,
                "utilities": self.utilities if self.rule == "mes" else None,
                "comparison": self.comparison,
                "skip": self.skip if self.rule == "greedy" else None,
                "threshold": _num(self.threshold) if self.threshold is not None else None,
                "tie_breaking": list(self.tie_breaking),
                "source": self.source,
            },
            "selected": self.selected,
            "total_cost": _num(self.total_cost),
            "budget": _num(self.budget),
            "leftover": _num(self.budget - self.total_cost),
            "seconds": round(self.seconds, 6),
            "voters": self.profile.n_voters,
            "projects": self.profile.m,
            "exact_rechecks": self.exact_checks,
        }
        if self.mes_outcome is not None:
            data["share_per_voter"] = _num(Fraction(self.budget, max(self.profile.n_voters, 1)))
            data["final_share_per_voter"] = _num(self.mes_outcome.share)
        if self.add1 is not None:
            data["add1"] = {
                "runs": self.add1.runs,
                "stop": self.add1.stop_reason,
                "next_cost": _num(self.add1.next_cost) if self.add1.next_cost is not None else None,
            }
        if self.comparison_outcome is not None:
            data["comparison"] = {
                "measure": self.comparison_outcome.measure,
                "prefer_mes": self.comparison_outcome.prefer_mes,
                "prefer_greedy": self.comparison_outcome.prefer_greedy,
                "greedy_kept": self.comparison_outcome.greedy_kept,
            }
        return data


def count(
    election: Election,
    rule: str = "auto",
    completion: str | None = None,
    utilities: str | None = None,
    comparison: bool | None = None,
    skip: bool | None = None,
    threshold: Fraction | int | float | str | None = None,
    tie_breaking=DEFAULT_TIE_BREAKING,
    progress=None,
) -> CountResult:
    """Count `election` with `rule` (``auto`` follows META `rule`); see the package docstring.

    Arguments left at None take the rule's default (MES: cost utilities, no completion, no
    comparison; greedy: skipping, no threshold) or, with ``auto``, what META says.
    `progress(runs, share, cost)` is called during the add1 completion.
    """
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r}; expected one of {RULES}")
    source = "explicit"
    if rule == "auto":
        choice = rule_from_meta(election.meta)
        source = "meta"
    else:
        choice = RuleChoice(rule)
    completion = choice.completion if completion is None else completion
    utilities = choice.utilities if utilities is None else utilities
    comparison = choice.comparison if comparison is None else comparison
    skip = choice.skip if skip is None else skip
    threshold = choice.threshold if threshold is None else Fraction(str(threshold))
    if completion not in COMPLETIONS:
        raise ValueError(f"unknown completion {completion!r}; expected one of {COMPLETIONS}")
    if utilities not in UTILITIES:
        raise ValueError(f"unknown utilities {utilities!r}; expected one of {UTILITIES}")

    start = time.perf_counter()
    profile = build_profile(election, tie_breaking)
    result = CountResult(
        rule=choice.rule,
        completion=completion,
        utilities=utilities,
        comparison=bool(comparison),
        skip=bool(skip),
        threshold=threshold,
        tie_breaking=tuple(tie_breaking),
        selected=[],
        total_cost=Fraction(0),
        budget=election.budget,
        seconds=0.0,
        profile=profile,
        election=election,
        source=source,
    )
    if choice.rule == "greedy":
        outcome = greedy(profile, skip=skip, threshold=threshold)
        result.greedy_outcome = outcome
        chosen = outcome.selected
    elif choice.rule == "phragmen":
        outcome = sequential_phragmen(profile)
        result.phragmen_outcome = outcome
        chosen = outcome.selected
    else:
        if completion == "none":
            mes = method_of_equal_shares(profile, utilities=utilities)
        else:
            result.add1 = mes_add1(
                profile, utilities=utilities, exhaustive=completion == "add1-exhaustive", progress=progress
            )
            mes = result.add1.mes
        result.mes_outcome = mes
        chosen = list(mes.selected)
        if completion == "add1u":
            votes = [Fraction(int(v)) for v in profile.votes]
            result.fill = greedy(profile, scores=votes, already=chosen)
            chosen = result.fill.selected
        if comparison:
            result.comparison_outcome = compare_with_greedy(profile, chosen)
            if result.comparison_outcome.greedy_kept:
                chosen = result.comparison_outcome.greedy.selected
    result.seconds = time.perf_counter() - start
    result.selected = [profile.project_ids[c] for c in chosen]
    result.total_cost = profile.total_cost(chosen)
    return result


def _num(x: Fraction | int | None):
    if x is None:
        return None
    x = Fraction(x)
    return int(x) if x.denominator == 1 else float(x)
