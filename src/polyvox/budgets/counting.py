"""Counting a budget with the engine (`polyvox.engines.budgeting`): elections from the ballots, the count
with its progress written on the budget row, the result and its explanation stored, pabulib export.

A budget with districts is counted pot by pot (one election per district, as pabulib does).
"""

from __future__ import annotations

import time
from fractions import Fraction

from django.db import transaction
from django.utils import timezone

from polyvox.budgets.models import Ballot, BallotState, Budget, CountingRule, Phase, ReviewState
from polyvox.budgets.workflow import PHASES
from polyvox.core.workflow import SYSTEM
from polyvox.engines.budgeting import Ballot as EngineBallot
from polyvox.engines.budgeting import ADD1_ROUND, CountProgress, Election, Project as EngineProject, count, explain, write_pabulib

RULE_ARGUMENTS = {
    # utilities left to the engine: cost for approval ballots, the points or ranks' scores otherwise
    CountingRule.MES_ADD1: {"rule": "mes", "completion": "add1"},
    CountingRule.MES: {"rule": "mes", "completion": "none"},
    CountingRule.MES_ADD1U: {"rule": "mes", "completion": "add1u"},
    CountingRule.GREEDY: {"rule": "greedy"},
    CountingRule.PHRAGMEN: {"rule": "phragmen"},
}
MAX_ACCOUNTS = 20000
"""Up to this many ballots in a pot, each voter's MES account is stored for the results page."""
META_RULE = {
    CountingRule.MES_ADD1: "equalshares/add1",
    CountingRule.MES: "equalshares",
    CountingRule.MES_ADD1U: "equalshares/add1u",
    CountingRule.GREEDY: "greedy",
    CountingRule.PHRAGMEN: "phragmen",
}


def pots(budget: Budget) -> list:
    """The pots counted apart: each district, or the whole budget (None)."""
    districts = list(budget.districts.all())
    return districts or [None]


def election_for(budget: Budget, district=None, *, with_results: bool = False) -> Election:
    """The election of one pot as the engine sees it (project ids are the projects' numbers)."""
    projects = budget.projects.filter(review_state=ReviewState.ACCEPTED).order_by("id")
    ballots = Ballot.objects.filter(budget=budget, state=BallotState.VALID).order_by("id")  # annulled ones do not count
    if district is not None:
        projects = projects.filter(district=district)
        ballots = ballots.filter(district=district)
    engine_projects = {}
    for p in projects:
        extra = {"latitude": f"{p.latitude:.6f}", "longitude": f"{p.longitude:.6f}"}
        if with_results:
            extra["votes"] = str(p.votes)
            extra["selected"] = "1" if p.funded else "0"
        engine_projects[str(p.pk)] = EngineProject(
            id=str(p.pk), cost=Fraction(str(p.final_cost)), name=p.title_fr or p.title, category=(p.category,),
            district=district.name_fr if district is not None else None, extra=extra,
        )
    points = budget.vote_method == "cumulative"
    ranking = budget.vote_method == "ranking"
    engine_ballots = []
    for b in ballots.iterator(chunk_size=2000):
        # ranking ballots store [project, points] with points = places from the bottom: the order is theirs
        choices = sorted(b.choices, key=lambda c: -c[1]) if ranking else b.choices
        ids = tuple(str(pid) for pid, _p in choices if str(pid) in engine_projects)
        pts = tuple(p for pid, p in choices if str(pid) in engine_projects) if points else None
        engine_ballots.append(EngineBallot(voter_id=str(b.pk), projects=ids, points=pts, extra={"channel": b.channel}))
    amount = district.amount if district is not None else budget.amount
    meta = {
        "description": budget.title_fr or budget.title,
        "country": "Belgium",
        "unit": budget.initiative.municipality.name_fr if budget.initiative.municipality_id else "Brussels-Capital Region",
        "instance": str(timezone.localtime(budget.vote_closes_at).year if budget.vote_closes_at else timezone.now().year),
        "subunit": district.name_fr if district is not None else "",
        "rule": META_RULE[budget.rule],
        "date_begin": timezone.localtime(budget.vote_opens_at).date().isoformat() if budget.vote_opens_at else "",
        "date_end": timezone.localtime(budget.vote_closes_at).date().isoformat() if budget.vote_closes_at else "",
        "language": "fr",
        "currency": "EUR",
    }
    if budget.vote_method == "cumulative":
        meta["max_sum_points"] = str(budget.points_per_voter)
    if budget.vote_method == "ranking":
        meta["max_length"] = str(budget.max_ranked)
    meta = {k: v for k, v in meta.items() if v}
    return Election(
        meta=meta, projects=engine_projects, ballots=engine_ballots, budget=Fraction(str(amount)),
        vote_type=budget.pabulib_vote_type, project_columns=["name", "category", "votes", "selected", "latitude", "longitude"]
        if with_results else ["name", "category", "latitude", "longitude"],
        vote_columns=["channel"],
    )


def pabulib_text(budget: Budget, district=None) -> str:
    """The pot's election as a pabulib file. Texts typed by people (project names, titles, districts) that a
    spreadsheet would run as formulas are written with a leading quote, as in every export (core.spreadsheet)."""
    from polyvox.core.spreadsheet import safe_cell

    election = election_for(budget, district, with_results=budget.phase_reached(Phase.RESULTS))
    for project in election.projects.values():
        project.name = safe_cell(project.name)
        project.district = safe_cell(project.district)
    election.meta = {key: safe_cell(value) for key, value in election.meta.items()}
    return write_pabulib(election)


def run_count(budget_id: int) -> dict:
    """The counting task's body: count every pot, store the result and explanation, move to results.

    Progress (per cent and a short status) is written on the budget row as it goes, outside any
    transaction, so that the live page reads it.
    """
    budget = Budget.objects.get(pk=budget_id)
    if budget.phase != Phase.COUNTING:
        return {"skipped": budget.phase}
    arguments = RULE_ARGUMENTS[budget.rule]
    all_pots = pots(budget)
    stored = []
    funded: set[int] = set()
    votes: dict[int, int] = {}
    try:
        for index, district in enumerate(all_pots):
            base = int(100 * index / len(all_pots))
            span = 100 / len(all_pots)
            _progress(budget_id, base, "reading")
            election = election_for(budget, district)
            last = [0.0]

            def progress(event: CountProgress, base=base, span=span, budget_total=float(election.budget)):
                now = time.monotonic()
                if now - last[0] < 0.3:
                    return
                last[0] = now
                # add1 raises the share one euro at a time until the outcome would overspend.
                fraction = min(float(event.cost) / budget_total, 0.99) if budget_total else 0
                _progress(budget_id, int(base + span * fraction * 0.95), event.kind, event.to_json())

            result = count(election, progress=progress, **arguments)
            explanation = explain(result)
            for pid, n in election.votes().items():
                votes[int(pid)] = n
            funded.update(int(pid) for pid in result.selected)
            stored.append({
                "district": district.pk if district is not None else None,
                "result": result.to_json(),
                "explanation": explanation.to_dict(),
                "accounts": voter_accounts(result) if len(election.ballots) <= MAX_ACCOUNTS else {},
            })
    except Exception as error:  # noqa: BLE001 - any failure is reported on the page and the count can be restarted
        Budget.objects.filter(pk=budget_id).update(count_error=str(error)[:2000], count_status="failed")
        budget.refresh_from_db()
        PHASES.apply(budget, "count_failed", by=SYSTEM, message=str(error)[:500])
        raise
    with transaction.atomic():
        budget = Budget.objects.select_for_update().get(pk=budget_id)
        for project in budget.projects.all():
            project.funded = project.pk in funded
            project.votes = votes.get(project.pk, 0)
            project.save(update_fields=["funded", "votes"])
        budget.result = {"pots": stored, "counted": timezone.now().isoformat()}
        budget.count_progress = 100
        budget.count_status = "counted"
        budget.count_finished = timezone.now()
        budget.save(update_fields=["result", "count_progress", "count_status", "count_finished"])
        PHASES.apply(budget, "finish_count", by=SYSTEM, message=", ".join(p["result"]["rule"]["label"] for p in stored))
    return {"pots": len(stored), "funded": sorted(funded)}


def status_text(budget: Budget) -> str:
    """The counting status for people: the code the task writes and its numbers, in the active language."""
    from django.utils.formats import number_format
    from django.utils.translation import gettext as _

    code = budget.count_status or ""
    if code == ADD1_ROUND:
        detail = budget.count_detail or {}
        return _("Round %(runs)s: each voter's share raised to %(share)s €") % {
            "runs": number_format(detail.get("round", 0), force_grouping=True),
            "share": number_format(detail.get("share", 0), 2, force_grouping=True)}
    return {
        "waiting": _("Waiting for the counting worker…"),
        "reading": _("Reading the ballots…"),
        "counted": _("Counted."),
        "failed": _("The count failed."),
    }.get(code, "")


def voter_accounts(result) -> dict[str, dict]:
    """What each ballot's equal share paid for under MES, stored with the result:
    {ballot id: {share, payments [[project, paid]], left}} (the engine's `voter_accounts`). Projects added
    by a greedy fill or kept by the comparison are not paid from the shares and do not appear."""
    from polyvox.engines.budgeting import voter_accounts as engine_accounts

    if result.mes_outcome is None:
        return {}
    return {voter: {"share": account.share, "payments": [[p.project_id, p.paid] for p in account.payments],
                    "left": account.left}
            for voter, account in engine_accounts(result).items()}


def _progress(budget_id: int, percent: int, status: str, detail: dict | None = None) -> None:
    """Writes the progress, the status's code and its numbers (JSON) on the budget row."""
    Budget.objects.filter(pk=budget_id).update(count_progress=max(0, min(percent, 100)), count_status=status[:200],
                                               count_detail=detail or {})
