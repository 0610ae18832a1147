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
    run_mes,
)
from .rules.greedy import GreedyOutcome, greedy
from .rules.mes import UTILITIES, MESOutcome
from .rules.phragmen import PhragmenOutcome, sequential_phragmen
from .rules.profile import DEFAULT_TIE_BREAKING, CountingProfile, build_profile

RULES = ("auto", "greedy", "mes", "phragmen")
SENTINEL_COST = 999_999_999
"""The cost pabulib gives withdrawn projects (its checker passes over them)."""
POZNAN_OVERRUN = Fraction(4, 5)
META_KEYS_NOT_APPLIED = (
    "budget_per_category", "budget_per_neighborhood", "min_sum_cost_per_category", "max_sum_cost_per_category",
    "leftover_budget",
)
"""META keys that constrain a city's count in ways the file does not fully describe: named when present."""


class RuleNotUnderstood(ValueError):
    """`rule="auto"` on a file whose META `rule` is `unknown`, missing or not understood."""

    def __init__(self, message: str, closest: "RuleChoice | None" = None):
        super().__init__(message)
        self.closest = closest


class BallotTypeNotSupported(ValueError):
    """A rule (or one of its options) that is not defined for the election's ballot type.

    `code` names the case for translated messages: ``phragmen`` (Phragmén on points or ranks),
    ``utilities`` (cost / approval utilities on points or ranks), ``points_utilities`` (points
    utilities on approval ballots), ``comparison`` (the comparison step on points or ranks),
    ``scoring_fn`` (an ordinal scoring the engine does not know).
    """

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code


@dataclass
class RuleChoice:
    rule: str
    completion: str = "none"
    utilities: str | None = None
    comparison: bool = False
    skip: bool = True
    threshold: Fraction | None = None
    meta_rule: str = ""
    note: str = ""
    """How the file's META was read, for people (empty when plain)."""
    closest: bool = False
    """The file's rule could not be known exactly: this is the closest defined rule."""
    overrun: Fraction | None = None
    withdrawn_cost: Fraction | None = None


def ballot_kind(vote_type: str) -> str:
    """``approval`` (approval, choose-1) or ``cardinal`` (cumulative, scoring: points; ordinal: ranks)."""
    return "approval" if vote_type in ("approval", "choose-1") else "cardinal"


def check_combination(vote_type: str, rule: str, *, utilities: str | None = None, comparison: bool = False,
                      scoring_fn: str = "") -> None:
    """Raise `BallotTypeNotSupported` when `rule` (with its options) is not defined for `vote_type`.

    Greedy counts every ballot type by its score (votes; points; the ordinal ballots' scores).
    MES counts approval ballots with cost or approval utilities, and points / ordinal scores as
    cardinal utilities (``points``). Sequential Phragmén and the comparison step are defined for
    approval ballots only.
    """
    kind = ballot_kind(vote_type)
    if vote_type == "ordinal" and scoring_fn not in ("", "borda", "points") and rule in ("greedy", "mes"):
        raise BallotTypeNotSupported(
            f"the file scores its ordinal ballots with scoring_fn {scoring_fn!r}, which is not known here "
            "(known: Borda, or a points column in VOTES)", "scoring_fn")
    if kind == "approval":
        if rule == "mes" and utilities == "points":
            raise BallotTypeNotSupported(
                f"{vote_type} ballots give no points: MES counts them with cost or approval utilities",
                "points_utilities")
        return
    if rule == "phragmen":
        raise BallotTypeNotSupported(
            f"sequential Phragmén is defined for approval ballots only, not {vote_type} ones: "
            "count them with greedy or mes", "phragmen")
    if rule == "mes" and utilities not in (None, "points"):
        raise BallotTypeNotSupported(
            f"MES counts {vote_type} ballots with their {'scores' if vote_type == 'ordinal' else 'points'} as "
            f"utilities (points); {utilities!r} utilities would ignore them", "utilities")
    if rule == "mes" and comparison:
        raise BallotTypeNotSupported(
            f"the comparison step (equalshares.net) is defined for approval ballots only, not {vote_type} ones",
            "comparison")


def rule_from_meta(meta: dict[str, str], *, closest: bool = False) -> RuleChoice:
    """The rule a pabulib file says the city used (META `rule`, with the META keys that change it).

    Understood exactly: ``greedy`` (with META `min_project_score_threshold` when the file has one),
    ``greedy-no-skip`` (withdrawn projects, cost 999,999,999, passed over), ``greedy-threshold``
    (needs `min_project_score_threshold`), ``greedy-custom`` for Poznań (pabulib's description:
    the first project that does not fit is funded when 80 % of its cost remains, then the count
    stops), ``equalshares`` with an optional completion after a slash (``add1``, ``add1e`` /
    ``add1-exhaustive``, ``add1u``) and an optional ``-comparison`` / ``+comparison``, and
    Phragmén (``phragmen``, ``seq-phragmen``). Not knowable from the file: ``unknown`` or no rule,
    ``greedy-exclusive`` (projects excluding one another by rules the file does not hold),
    ``greedy-custom`` elsewhere (a city's own rule, told in a comment), ``greedy-threshold``
    without its threshold, anything else: `RuleNotUnderstood`, unless `closest`, which returns
    the closest defined rule (greedy, the most common in pabulib) with `closest=True` and a note.
    """
    raw = (meta.get("rule") or "").strip()
    value = raw.lower().replace("_", "-").replace(" ", "")
    threshold = None
    raw_threshold = (meta.get("min_project_score_threshold") or "").strip()
    if raw_threshold and raw_threshold.lower() != "none":
        from .pabulib import MAX_AMOUNT, parse_number

        threshold = parse_number(raw_threshold, MAX_AMOUNT, negative=True)
    sentinel = Fraction(SENTINEL_COST)
    comparison = False
    for suffix in ("+comparison", "/comparison", "-comparison"):
        if value.endswith(suffix):
            comparison = True
            value = value[: -len(suffix)]
    with_threshold = f" with META min_project_score_threshold {raw_threshold}" if threshold is not None else ""
    if value in ("greedy", "greedy-skip", "utilitarian-greedy"):
        return RuleChoice("greedy", skip=True, threshold=threshold, meta_rule=raw, withdrawn_cost=sentinel,
                          note=f"greedy{with_threshold}" if threshold is not None else "")
    if value in ("greedy-no-skip", "greedy-noskip", "greedy-stop"):
        return RuleChoice("greedy", skip=False, threshold=threshold, meta_rule=raw, withdrawn_cost=sentinel,
                          note="greedy stopping at the first project that does not fit" + with_threshold)
    if value == "greedy-threshold" and threshold is not None:
        return RuleChoice("greedy", skip=True, threshold=threshold, meta_rule=raw, withdrawn_cost=sentinel,
                          note=f"greedy{with_threshold}")
    if value == "greedy-custom" and (meta.get("unit") or "").strip().lower() in ("poznań", "poznan"):
        return RuleChoice("greedy", skip=False, threshold=threshold, meta_rule=raw, overrun=POZNAN_OVERRUN,
                          withdrawn_cost=sentinel,
                          note="Poznań's greedy: the first project that does not fit is funded when 80 % of its "
                               "cost remains, then the count stops")
    if value in ("phragmen", "seq-phragmen", "sequential-phragmen", "seqphragmen"):
        return RuleChoice("phragmen", meta_rule=raw)
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
            return RuleChoice("mes", completion=completions[tail], comparison=comparison, meta_rule=raw)
    shown = raw or "(none)"
    if value in ("", "unknown"):
        why = "the file does not know which rule the city used"
    elif value == "greedy-threshold":
        why = "it needs META min_project_score_threshold, which the file does not give"
    elif value == "greedy-exclusive":
        why = "some projects exclude others by rules the file does not hold"
    elif value == "greedy-custom":
        why = "the city used its own variant of greedy, told only in the file's comment"
    else:
        why = "it is not a rule known here"
    near = RuleChoice("greedy", skip=True, threshold=threshold, meta_rule=raw, closest=True,
                      withdrawn_cost=sentinel,
                      note=f"META rule {shown!r} cannot be counted exactly ({why}): counted with greedy{with_threshold}, "
                           "the closest defined rule")
    if closest:
        return near
    raise RuleNotUnderstood(
        f"the file's META rule is {shown!r}, which does not say how to count ({why}): "
        "choose a rule with --rule greedy, --rule mes or --rule phragmen, or count with the closest "
        "defined rule with --closest",
        closest=near,
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
    meta_rule: str = ""
    note: str = ""
    closest: bool = False
    overrun: Fraction | None = None
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
            if self.overrun is not None:
                label = f"greedy-no-skip, funding the first that does not fit when {float(self.overrun):.0%} of its cost remains"
            if self.profile.cardinal:
                label += " by points" if self.election.vote_type in ("cumulative", "scoring") else " by score"
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
                "meta_rule": self.meta_rule or None,
                "closest": self.closest,
                "note": self.note or None,
            },
            "vote_type": self.election.vote_type,
            "selected": self.selected,
            "total_cost": _num(self.total_cost),
            "budget": _num(self.budget),
            "leftover": _num(self.budget - self.total_cost),
            "seconds": round(self.seconds, 6),
            "voters": self.profile.n_voters,
            "projects": self.profile.m,
            "exact_rechecks": self.exact_checks,
            "warnings": [w.to_json() for w in self.election.warnings],
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
    closest: bool = False,
) -> CountResult:
    """Count `election` with `rule` (``auto`` follows META `rule`); see the package docstring.

    Arguments left at None take the rule's default (MES: cost utilities for approval ballots, the
    points or ordinal scores otherwise, no completion, no comparison; greedy: skipping, no
    threshold) or, with ``auto``, what META says. `closest` lets ``auto`` count a file whose rule
    cannot be known with the closest defined rule (the result says so). A rule not defined for the
    ballot type raises `BallotTypeNotSupported`. `progress(event)` is called during
    the add1 completion with a `CountProgress` (its kind and numbers).
    """
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r}; expected one of {RULES}")
    source = "explicit"
    if rule == "auto":
        choice = rule_from_meta(election.meta, closest=closest)
        source = "meta"
    else:
        choice = RuleChoice(rule)
    completion = choice.completion if completion is None else completion
    utilities = choice.utilities if utilities is None else utilities
    comparison = choice.comparison if comparison is None else comparison
    skip = choice.skip if skip is None else skip
    if threshold is None:
        threshold = choice.threshold
    elif not isinstance(threshold, Fraction):
        from .pabulib import MAX_AMOUNT, NumberOutOfBounds, parse_number

        try:
            threshold = parse_number(str(threshold), MAX_AMOUNT, negative=True)
        except NumberOutOfBounds as exc:
            raise ValueError(f"threshold {str(threshold)[:40]!r} is out of bounds: {exc}") from None
        except (ValueError, ZeroDivisionError):
            raise ValueError(f"threshold {str(threshold)[:40]!r} is not a number") from None
    if completion not in COMPLETIONS:
        raise ValueError(f"unknown completion {completion!r}; expected one of {COMPLETIONS}")
    if utilities is not None and utilities not in UTILITIES + ("points",):
        raise ValueError(f"unknown utilities {utilities!r}; expected one of {UTILITIES + ('points',)}")
    check_combination(election.vote_type, choice.rule, utilities=utilities, comparison=bool(comparison),
                      scoring_fn=election.ordinal_scoring)
    if utilities is None:
        utilities = "cost" if election.is_approval else "points"

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
        meta_rule=choice.meta_rule,
        note=choice.note,
        closest=choice.closest,
        overrun=choice.overrun,
    )
    if choice.rule == "greedy":
        withdrawn = frozenset()
        if choice.withdrawn_cost is not None:
            withdrawn = frozenset(c for c in range(profile.m) if profile.costs[c] == choice.withdrawn_cost)
        outcome = greedy(profile, skip=skip, threshold=threshold, withdrawn=withdrawn, overrun=choice.overrun)
        result.greedy_outcome = outcome
        chosen = outcome.selected
    elif choice.rule == "phragmen":
        outcome = sequential_phragmen(profile)
        result.phragmen_outcome = outcome
        chosen = outcome.selected
    else:
        if completion == "none":
            mes = run_mes(profile, utilities=utilities)
        else:
            result.add1 = mes_add1(
                profile, utilities=utilities, exhaustive=completion == "add1-exhaustive", progress=progress
            )
            mes = result.add1.mes
        result.mes_outcome = mes
        chosen = list(mes.selected)
        if completion == "add1u":
            result.fill = greedy(profile, already=chosen)
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
