"""A citizen-readable explanation of a count, as data (codes and numbers) and as English text.

`explain(result)` returns an `Explanation`: statements about the whole count, one line per funded
project and one per unfunded project (most voted first), each with a `code` and the `numbers` it
needs. The web app renders the codes in FR / NL / EN with its own catalogue; `to_text()` renders
them in English with `TEMPLATES` (the reference wording). `voter_account(result, voter_id)` (or `voter_accounts(result)`, every voter in one pass) tells
one voter what their share paid for under MES.

Codes:

- ``mes.share``: every voter got the same share of the budget (`share`, `voters`, `budget`).
- ``add1.raised``: the share was raised by one currency unit at a time (`initial_share`,
  `final_share`, `runs`, `stop`), keeping the last outcome that fits.
- ``fill.greedy``: the money left was then filled greedily by votes.
- ``greedy.rule`` / ``greedy.rule_no_skip`` (by votes), with ``_points`` (cumulative, scoring ballots)
  or ``_score`` (ordinal ballots) when counted by points or ranks.
- ``comparison.kept_mes`` / ``comparison.greedy_kept``: voters compared the outcome with greedy.
- funded: ``mes.funded`` (`round`, `price`, `supporters`, `full_payers`, `full_payers_paid`),
  ``mes.funded_points`` (the same for points / ordinal ballots: `price` is per point given),
  ``fill.funded``, ``greedy.funded`` (`position`, `score`, `remaining_before`), ``phragmen.funded`` (`load`),
  ``zero_cost.funded``.
- unfunded: ``mes.supporters_could_not_pay`` (`supporters`, `money_left`, `cost`, `shortfall`,
  `spent_elsewhere`), ``greedy.did_not_fit`` (`remaining_before`, `cost`), ``greedy.below_threshold``
  (`score`, `threshold`), ``greedy.not_reached`` (`stopped_at`), ``phragmen.stopped`` (`stopped_at`),
  ``phragmen.not_reached``, ``too_expensive`` (`cost`, `budget`), ``no_supporters``,
  ``comparison.not_in_greedy`` (greedy's outcome was kept and it does not hold this project).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from fractions import Fraction

from .counting import CountResult

TEMPLATES = {
    "mes.share": "Every one of the {voters} voters received an equal share of the budget: {share} each.",
    "add1.raised": (
        "The shares were raised one unit at a time, from {initial_share} to {final_share} ({runs} counts), "
        "keeping the last outcome that fits in the budget ({stop})."
    ),
    "fill.greedy": "The money left over was then given to the most voted projects that still fit.",
    "comparison.kept_mes": (
        "Compared with funding simply the most voted projects, {prefer_mes} voters preferred this outcome "
        "and {prefer_greedy} the other: this outcome was kept."
    ),
    "comparison.greedy_kept": (
        "More voters ({prefer_greedy}) preferred funding simply the most voted projects than this method's "
        "outcome ({prefer_mes}): the most voted projects were funded instead."
    ),
    "greedy.rule": "Projects were funded from the most voted down while the money lasted.",
    "greedy.rule_no_skip": "Projects were funded from the most voted down, stopping at the first that did not fit.",
    "greedy.rule_points": "Projects were funded from the most points down while the money lasted.",
    "greedy.rule_no_skip_points": "Projects were funded from the most points down, stopping at the first that did not fit.",
    "greedy.rule_score": "Projects were funded from the best ranked (highest score) down while the money lasted.",
    "greedy.rule_no_skip_score": (
        "Projects were funded from the best ranked (highest score) down, stopping at the first that did not fit."
    ),
    "phragmen.rule": "Sequential Phragmén: supporters earn money at the same pace and buy a project together as soon as they can.",
    "mes.funded": (
        "{name} ({cost}) was funded in round {round}: each of its {supporters} supporters paid {price}"
        "{full_payers_text}."
    ),
    "mes.funded_points": (
        "{name} ({cost}) was funded in round {round}: its {supporters} supporters paid {price} for each point "
        "they gave it{full_payers_text}."
    ),
    "fill.funded": "{name} ({cost}) was funded from the money left over ({remaining_before} remained).",
    "greedy.funded": "{name} ({cost}) was funded: {score} votes, {remaining_before} remained before it.",
    "phragmen.funded": "{name} ({cost}) was funded; its supporters' load became {load}.",
    "zero_cost.funded": "{name} costs nothing and is supported: funded.",
    "mes.supporters_could_not_pay": (
        "{name} ({cost}, {votes} votes) was not funded: its {supporters} supporters had only {money_left} "
        "left together, {shortfall} short, having spent {spent_elsewhere} on projects funded before."
    ),
    "greedy.did_not_fit": "{name} ({cost}, {votes} votes) was not funded: only {remaining_before} remained when its turn came.",
    "greedy.below_threshold": "{name} ({votes} votes) was not funded: its score {score} is below the threshold {threshold}.",
    "greedy.not_reached": "{name} ({votes} votes) was not funded: counting stopped at {stopped_at}, which did not fit.",
    "phragmen.stopped": "{name} ({cost}, {votes} votes) was not funded: counting stopped when {stopped_at} did not fit in the budget.",
    "phragmen.not_reached": "{name} ({votes} votes) was not funded: counting stopped before its turn.",
    "too_expensive": "{name} costs {cost}, more than the whole budget ({budget}).",
    "no_supporters": "{name} had no votes.",
    "comparison.not_in_greedy": "{name} ({votes} votes) was not among the most voted projects that fit.",
}


@dataclass
class Statement:
    code: str
    numbers: dict = field(default_factory=dict)

    def text(self) -> str:
        return _render(self.code, self.numbers)


@dataclass
class ProjectLine:
    project_id: str
    name: str
    cost: float | int
    votes: int
    funded: bool
    code: str
    numbers: dict = field(default_factory=dict)

    def text(self) -> str:
        values = {"name": self.name or f"Project {self.project_id}", "cost": _money(self.cost), "votes": self.votes}
        values.update(self.numbers)
        return _render(self.code, values)


@dataclass
class Explanation:
    rule: str
    budget: float | int
    total_cost: float | int
    voters: int
    statements: list[Statement]
    funded: list[ProjectLine]
    unfunded: list[ProjectLine]
    """Every unfunded project, most voted first."""

    def to_dict(self) -> dict:
        return asdict(self)

    def to_text(self, unfunded_limit: int | None = 10) -> str:
        lines = [f"Rule: {self.rule}. Budget {_money(self.budget)}, funded {_money(self.total_cost)}."]
        lines += [s.text() for s in self.statements]
        lines.append("")
        lines.append("Funded projects:")
        lines += [f"- {p.text()}" for p in self.funded] or ["- none"]
        shown = self.unfunded if unfunded_limit is None else self.unfunded[:unfunded_limit]
        if shown:
            lines.append("")
            lines.append("Not funded (most voted first):")
            lines += [f"- {p.text()}" for p in shown]
            if len(shown) < len(self.unfunded):
                lines.append(f"- ... and {len(self.unfunded) - len(shown)} more.")
        return "\n".join(lines)


@dataclass
class VoterPayment:
    project_id: str
    paid: float
    full_price: bool
    """False when the voter had less than the price left and paid all of it."""


@dataclass
class VoterAccount:
    voter_id: str
    share: float
    payments: list[VoterPayment]
    left: float


def explain(result: CountResult) -> Explanation:
    """Explain `result` (see the module docstring for the codes)."""
    prof = result.profile
    election = result.election
    statements: list[Statement] = []
    funded_lines: dict[int, ProjectLine] = {}
    reasons: dict[int, tuple[str, dict]] = {}
    index = {pid: c for c, pid in enumerate(prof.project_ids)}
    chosen = [index[pid] for pid in result.selected]

    def line(c: int, funded: bool, code: str, numbers: dict) -> ProjectLine:
        project = election.projects[prof.project_ids[c]]
        return ProjectLine(
            project_id=project.id,
            name=project.name,
            cost=_plain(project.cost),
            votes=int(prof.votes[c]),
            funded=funded,
            code=code,
            numbers=numbers,
        )

    if result.rule == "greedy":
        statements.append(Statement(_greedy_rule_code(result)))
        _greedy_lines(result.greedy_outcome, prof, funded_lines, reasons, line, result.threshold)
    elif result.rule == "phragmen":
        statements.append(Statement("phragmen.rule"))
        out = result.phragmen_outcome
        for purchase in out.purchases:
            funded_lines[purchase.project] = line(purchase.project, True, "phragmen.funded", {"load": _money(purchase.load)})
        stop_name = _name(election, prof, out.stopped_at) if out.stopped_at is not None else ""
        for c in range(prof.m):
            if prof.costs[c] > prof.budget:
                reasons[c] = ("too_expensive", {"budget": _money(prof.budget)})
            elif out.stopped_at is not None:
                reasons[c] = ("phragmen.stopped", {"stopped_at": stop_name})
            else:
                reasons[c] = ("phragmen.not_reached", {})
    else:
        mes = result.mes_outcome
        initial = Fraction(prof.budget, max(prof.n_voters, 1))
        statements.append(Statement("mes.share", {"voters": prof.n_voters, "share": _money(initial), "budget": _money(prof.budget)}))
        if result.add1 is not None and result.add1.runs > 1:
            statements.append(
                Statement(
                    "add1.raised",
                    {
                        "initial_share": _money(initial),
                        "final_share": _money(mes.share),
                        "runs": result.add1.runs,
                        "stop": result.add1.stop_reason,
                    },
                )
            )
        for purchase in mes.purchases:
            c = purchase.project
            if purchase.round < 0:
                funded_lines[c] = line(c, True, "zero_cost.funded", {})
                continue
            funded_lines[c] = line(
                c,
                True,
                "mes.funded_points" if prof.cardinal else "mes.funded",
                {
                    "round": purchase.round + 1,
                    "price": _money(purchase.price),
                    "supporters": purchase.supporters,
                    "full_payers": purchase.full_payers,
                    "full_payers_paid": _money(purchase.full_payers_paid),
                    "effective_votes": round(prof.costs_f[c] / purchase.price, 2)
                    if purchase.price and not prof.cardinal else None,
                },
            )
        for c in range(prof.m):
            if c in funded_lines:
                continue
            if prof.votes[c] == 0:
                reasons[c] = ("no_supporters", {})
                continue
            money = mes.supporters_money(prof, c)
            reasons[c] = (
                "mes.supporters_could_not_pay",
                {
                    "supporters": int(prof.votes[c]),
                    "money_left": _money(money),
                    "shortfall": _money(max(prof.costs_f[c] - money, 0.0)),
                    "spent_elsewhere": _money(float(prof.votes[c]) * float(mes.share) - money),
                },
            )
        if result.fill is not None:
            statements.append(Statement("fill.greedy"))
            for step in result.fill.steps:
                if step.status == "funded":
                    funded_lines[step.project] = line(
                        step.project, True, "fill.funded", {"remaining_before": _money(step.remaining_before)}
                    )
                elif step.status == "did_not_fit" and prof.votes[step.project] > 0:
                    reasons[step.project] = ("greedy.did_not_fit", {"remaining_before": _money(step.remaining_before)})
        comp = result.comparison_outcome
        if comp is not None:
            numbers = {"prefer_mes": comp.prefer_mes, "prefer_greedy": comp.prefer_greedy, "measure": comp.measure}
            if comp.greedy_kept:
                statements.append(Statement("comparison.greedy_kept", numbers))
                funded_lines = {}
                reasons = {}
                _greedy_lines(comp.greedy, prof, funded_lines, reasons, line, None)
            else:
                statements.append(Statement("comparison.kept_mes", numbers))

    funded = [funded_lines[c] for c in chosen if c in funded_lines]
    unfunded = []
    for c in sorted(set(range(prof.m)) - set(chosen), key=lambda c: (-int(prof.votes[c]), int(prof.rank[c]))):
        code, numbers = reasons.get(c, ("comparison.not_in_greedy", {}))
        unfunded.append(line(c, False, code, numbers))
    return Explanation(
        rule=result.label,
        budget=_plain(result.budget),
        total_cost=_plain(result.total_cost),
        voters=prof.n_voters,
        statements=statements,
        funded=funded,
        unfunded=unfunded,
    )


def _greedy_rule_code(result: CountResult) -> str:
    """``greedy.rule`` / ``greedy.rule_no_skip``, with ``_points`` (cumulative, scoring) or ``_score``
    (ordinal) when the ballots are counted by their points or scores rather than by votes."""
    code = "greedy.rule" if result.skip else "greedy.rule_no_skip"
    if result.profile.cardinal:
        code += "_score" if result.election.vote_type == "ordinal" else "_points"
    return code


def voter_account(result: CountResult, voter_id: str) -> VoterAccount:
    """What one voter's share paid for under MES (before any greedy fill or comparison)."""
    purchases, share = _mes_purchases(result)
    index = next((i for i, b in enumerate(result.election.ballots) if b.voter_id == str(voter_id)), None)
    if index is None:
        raise KeyError(f"no voter {voter_id!r}")
    given = _utilities(result)[index]
    return _account(str(voter_id), share, purchases, given)


def voter_accounts(result: CountResult) -> dict[str, VoterAccount]:
    """Every voter's account (as `voter_account` gives it), in one pass over the ballots."""
    purchases, share = _mes_purchases(result)
    return {ballot.voter_id: _account(ballot.voter_id, share, purchases, given)
            for ballot, given in zip(result.election.ballots, _utilities(result))}


def _utilities(result: CountResult) -> list[dict[str, float]]:
    """Each ballot's utility per supported project: 1 for approvals (the price is per supporter), the
    points or ordinal score for cardinal ballots (the price is then per point)."""
    if not result.profile.cardinal:
        return [{p: 1.0 for p in supported} for supported in result.election.supporters()]
    return [{p: float(v) for p, v in given.items() if v > 0} for given in result.election.ballot_scores()]


def _mes_purchases(result: CountResult) -> tuple[list[tuple[str, float]], float]:
    """(project id, price per supporter) of the projects MES bought from the shares, in order, and the share."""
    if result.mes_outcome is None:
        raise ValueError("voter accounts exist for the method of equal shares only")
    mes = result.mes_outcome
    ids = result.profile.project_ids
    return [(ids[p.project], float(p.price)) for p in mes.purchases if p.round >= 0], float(mes.share)


def _account(voter_id: str, share: float, purchases, given: dict[str, float]) -> VoterAccount:
    """A supporter pays the price (times their points, on cardinal ballots), or all they have left when
    that is less; once the share is spent a project they supported costs them nothing and is not listed
    (a zero is not a payment)."""
    money = share
    payments = []
    for pid, price in purchases:
        if pid in given and money > 0:
            due = price * given[pid]
            paid = min(money, due)
            payments.append(VoterPayment(pid, _money(paid), paid >= due))
            money -= paid
    return VoterAccount(voter_id, _money(share), payments, _money(max(money, 0.0)))


# --- helpers -----------------------------------------------------------------------------------


def _greedy_lines(outcome, prof, funded_lines, reasons, line, threshold):
    position = 0
    stop_name = None
    for step in outcome.steps:
        c = step.project
        if step.status == "funded":
            position += 1
            funded_lines[c] = line(
                c,
                True,
                "greedy.funded",
                {"position": position, "score": _plain(step.score), "remaining_before": _money(step.remaining_before)},
            )
        elif step.status == "did_not_fit":
            reasons[c] = ("greedy.did_not_fit", {"remaining_before": _money(step.remaining_before)})
            if stop_name is None:
                stop_name = prof.project_ids[c]
        elif step.status == "below_threshold":
            reasons[c] = ("greedy.below_threshold", {"score": _plain(step.score), "threshold": _plain(threshold)})
        elif step.status == "not_reached":
            reasons[c] = ("greedy.not_reached", {"stopped_at": stop_name})


def _name(election, prof, c):
    project = election.projects[prof.project_ids[c]]
    return project.name or f"project {project.id}"


def _plain(x):
    if x is None:
        return None
    x = Fraction(x)
    return int(x) if x.denominator == 1 else float(x)


def _money(x) -> float | int:
    value = float(x)
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def _render(code: str, values: dict) -> str:
    values = dict(values)
    if code in ("mes.funded", "mes.funded_points"):
        payers = values.get("full_payers") or 0
        values["full_payers_text"] = (
            f" ({payers} of them had less left and paid all they had, {values.get('full_payers_paid')} together)"
            if payers
            else ""
        )
    template = TEMPLATES.get(code, code)
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return f"{code} {values}"
