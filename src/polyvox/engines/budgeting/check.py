"""Does the count reproduce a city's recorded outcome? One verdict per pabulib file.

`check_file(path)` reads the file, counts it with the rule its META names (`rule="auto"`) and
compares the funded projects with the file's `selected` column (1 = funded; 2 and 3, which
pabulib uses for projects funded for another reason told in the comment, are reported apart).
When they differ, it names the first difference in the order the rule decided (greedy: from the
highest score down; MES: the purchase order, then the rest) and why: what the count did with
that project, and what in the file explains the gap when something does (a votes or score column
that its ballots do not add up to, a tie, META keys whose constraints the file does not hold).
A greedy file whose ballots do not add up to its votes / score column is also counted from the
column, as pabulib's checker does, and the verdict says which one reproduces.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from .counting import META_KEYS_NOT_APPLIED, BallotTypeNotSupported, CountResult, RuleNotUnderstood, count
from .election import Election
from .pabulib import PabulibError, read_pabulib


@dataclass
class CheckLine:
    file: str
    status: str
    """``reproduced``, ``differs``, ``not_checked`` (rule unknown, no `selected` column, ...), ``unreadable``."""
    meta_rule: str = ""
    vote_type: str = ""
    rule: str = ""
    """The rule as counted (label)."""
    difference: str = ""
    """The first difference and why (``differs``), or why the file was not checked."""
    notes: list[str] = field(default_factory=list)
    warnings: int = 0

    def to_text(self) -> str:
        head = f"{self.file}: rule {self.meta_rule or '(none)'}, {self.vote_type or '?'} ballots"
        verdict = {
            "reproduced": "reproduced",
            "differs": "NOT reproduced",
            "not_checked": "not checked",
            "unreadable": "unreadable",
        }[self.status]
        text = f"{head}: {verdict}"
        if self.difference:
            text += f"; {self.difference}"
        if self.notes:
            text += " [" + "; ".join(self.notes) + "]"
        if self.warnings:
            text += f" ({self.warnings} reading warning{'s' if self.warnings > 1 else ''})"
        return text

    def to_json(self) -> dict:
        return {
            "file": self.file, "status": self.status, "meta_rule": self.meta_rule, "vote_type": self.vote_type,
            "rule": self.rule, "difference": self.difference, "notes": self.notes, "warnings": self.warnings,
        }


def check_file(path: str | os.PathLike) -> CheckLine:
    name = Path(path).name
    try:
        election = read_pabulib(Path(path))
    except PabulibError as exc:
        return CheckLine(name, "unreadable", difference=f"line {exc.line}: {exc.message}")
    except OSError as exc:
        return CheckLine(name, "unreadable", difference=exc.strerror or str(exc))
    return check_election(election, name)


def check_election(election: Election, name: str = "") -> CheckLine:
    line = CheckLine(name, "not_checked", meta_rule=(election.meta.get("rule") or "").strip(),
                     vote_type=election.vote_type, warnings=len(election.warnings))
    recorded = {pid: (p.extra.get("selected") or "").strip() for pid, p in election.projects.items()}
    try:
        result = count(election, rule="auto")
    except RuleNotUnderstood as exc:
        line.difference = str(exc).split(": choose a rule")[0]
        if not any(recorded.values()):
            line.notes.append("no selected column either")
        return line
    except BallotTypeNotSupported as exc:
        line.difference = f"the file's rule cannot count its ballots: {exc}"
        return line
    if not any(recorded.values()):
        line.difference = "the file has no selected column: nothing to reproduce"
        return line
    line.rule = result.label
    if result.note:
        line.notes.append(result.note)
    funded = {pid for pid, v in recorded.items() if v == "1"}
    other = {pid for pid, v in recorded.items() if v not in ("", "0", "1")}
    if other:
        line.notes.append(
            f"{len(other)} project(s) with selected {', '.join(sorted({recorded[p] for p in other}))} "
            f"(funded for a reason told in the comment: {', '.join(sorted(other)[:5])}) not compared")
    ignored = [key for key in META_KEYS_NOT_APPLIED if (election.meta.get(key) or "").strip()]
    mismatched = _column_mismatches(election)
    if set(result.selected) - other == funded:
        line.status = "reproduced"
        return line
    if result.rule == "greedy" and mismatched:
        from_column = _greedy_from_columns(election, result)
        if from_column is not None and set(from_column) - other == funded:
            line.status = "reproduced"
            line.notes.append(
                f"reproduced from the file's {mismatched[0][1]} column, not from its ballots: "
                + _mismatch_text(mismatched))
            return line
    line.status = "differs"
    line.difference = _first_difference(election, result, funded, other)
    if mismatched:
        line.notes.append(_mismatch_text(mismatched))
    if ignored:
        line.notes.append("META " + ", ".join(ignored) + " constrain the city's count in ways the file does not fully hold")
    return line


# --- the first difference ------------------------------------------------------------------------


def _first_difference(election: Election, result: CountResult, funded: set[str], other: set[str]) -> str:
    prof = result.profile
    ids = prof.project_ids
    order: list[int] = []
    status: dict[int, str] = {}
    if result.greedy_outcome is not None:
        for step in result.greedy_outcome.steps:
            order.append(step.project)
            status[step.project] = _greedy_why(step, result)
    else:
        if result.mes_outcome is not None:
            for k, purchase in enumerate(result.mes_outcome.purchases, start=1):
                order.append(purchase.project)
                status[purchase.project] = f"the count funds it (MES round {k})"
            if result.fill is not None:
                for step in result.fill.steps:
                    if step.status == "funded":
                        order.append(step.project)
                        status[step.project] = "the count funds it in the greedy fill"
        elif result.phragmen_outcome is not None:
            for k, purchase in enumerate(result.phragmen_outcome.purchases, start=1):
                order.append(purchase.project)
                status[purchase.project] = f"the count funds it (Phragmén round {k})"
        rest = sorted((c for c in range(prof.m) if c not in status), key=lambda c: (-int(prof.votes[c]), int(prof.rank[c])))
        for c in rest:
            order.append(c)
            status[c] = _unfunded_why(result, c)
        if result.comparison_outcome is not None and result.comparison_outcome.greedy_kept:
            status = {c: ("the count funds it (greedy kept by the comparison)" if ids[c] in result.selected
                          else "the count does not fund it (greedy kept by the comparison)") for c in order}
    chosen = set(result.selected)
    for c in order:
        pid = ids[c]
        if pid in other or (pid in chosen) == (pid in funded):
            continue
        p = election.projects[pid]
        who = f"project {pid} ({_money(p.cost)}, {int(prof.votes[c])} votes"
        if prof.cardinal:
            who += f", score {_money(prof.scores[c])}"
        who += ")"
        side = "the file funds it, the count does not" if pid in funded else "the count funds it, the file does not"
        why = status.get(c, "")
        tie = _tie_note(result, c)
        return f"first difference: {who}: {side}: {why}{tie}"
    return "the funded sets differ"


def _greedy_why(step, result: CountResult) -> str:
    remaining = _money(step.remaining_before)
    score = _money(step.score)
    if step.status == "funded":
        return f"the count funds it (score {score}, {remaining} left before it)"
    if step.status == "funded_over":
        return f"the count funds it over the budget by the overrun rule ({remaining} left)"
    if step.status == "did_not_fit":
        return f"the count passes it over: it did not fit ({remaining} left)"
    if step.status == "below_threshold":
        return f"the count leaves it out: score {score} below the threshold {_money(result.threshold or 0)}"
    if step.status == "not_reached":
        return "the count stopped before it (no-skip)"
    if step.status == "withdrawn":
        return "the count passes it over as withdrawn (cost 999,999,999)"
    return step.status


def _unfunded_why(result: CountResult, c: int) -> str:
    prof = result.profile
    if prof.votes[c] == 0:
        return "the count cannot fund it: no supporter"
    if result.mes_outcome is not None:
        money = result.mes_outcome.supporters_money(prof, c)
        return (f"the count does not fund it: its supporters had {_money(money)} left of their shares, "
                f"less than its cost")
    return "the count does not fund it"


def _tie_note(result: CountResult, c: int) -> str:
    if result.greedy_outcome is None:
        return ""
    prof = result.profile
    scores = {s.project: s.score for s in result.greedy_outcome.steps}
    tied = [prof.project_ids[d] for d in range(prof.m) if d != c and scores.get(d) == scores.get(c)]
    if tied:
        return f" (tied on score with {', '.join(tied[:3])}: the order among them decides)"
    return ""


# --- the file's own columns ------------------------------------------------------------------------


def _column_mismatches(election: Election) -> list[tuple[str, str, Fraction, Fraction]]:
    """Projects whose `score` (or `votes`, for approval) column differs from what the ballots give."""
    column = "score" if not election.is_approval and any(p.extra.get("score") for p in election.projects.values()) else "votes"
    computed = election.scores() if column == "score" else {k: Fraction(v) for k, v in election.votes().items()}
    out = []
    for pid, p in election.projects.items():
        raw = (p.extra.get(column) or "").strip()
        if not raw:
            continue
        try:
            written = Fraction(raw.replace(",", "."))
        except (ValueError, ZeroDivisionError):
            continue
        if written != computed[pid]:
            out.append((pid, column, written, computed[pid]))
    return out


def _mismatch_text(mismatched) -> str:
    pid, column, written, computed = mismatched[0]
    return (f"the {column} column differs from the ballots for {len(mismatched)} project(s) "
            f"(first: {pid}, column {_money(written)}, ballots {_money(computed)})")


def _greedy_from_columns(election: Election, result: CountResult) -> list[str] | None:
    from .rules.greedy import greedy

    prof = result.profile
    column = "score" if not election.is_approval and any(p.extra.get("score") for p in election.projects.values()) else "votes"
    scores = []
    for pid in prof.project_ids:
        raw = (election.projects[pid].extra.get(column) or "").strip()
        try:
            scores.append(Fraction(raw.replace(",", ".")) if raw else Fraction(0))
        except (ValueError, ZeroDivisionError):
            return None
    withdrawn = frozenset(c for c in range(prof.m) if prof.costs[c] == 999_999_999)
    outcome = greedy(prof, scores=scores, skip=result.skip, threshold=result.threshold, withdrawn=withdrawn,
                     overrun=result.overrun)
    return [prof.project_ids[c] for c in outcome.selected]


def _money(x) -> str:
    x = Fraction(x)
    return f"{int(x):,}" if x.denominator == 1 else f"{float(x):,.2f}"
