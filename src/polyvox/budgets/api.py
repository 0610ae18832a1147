"""Participatory budgets in the read-only JSON API (/api/budgets/): public budgets with their phase, and each
budget's projects with review, cost, votes, funding and follow-up; texts in French, Dutch and English.
Ballots never appear here; the whole election is the pabulib download."""

from __future__ import annotations

from datetime import date

from django.http import Http404
from django.urls import reverse
from django.utils import translation
from ninja import Router, Schema

from polyvox.budgets.models import Budget, Phase

router = Router(tags=["budgets"])
LANGUAGES = ("fr", "nl", "en")


class Texts(Schema):
    fr: str
    nl: str
    en: str


class UpdateOut(Schema):
    date: date
    text: Texts


class ProjectOut(Schema):
    id: int
    title: Texts
    category: str
    district: int | None
    latitude: float
    longitude: float
    cost_estimate: float
    cost: float
    review: str
    rejection_reason: Texts
    votes: int | None
    funded: bool | None
    implementation: str
    updates: list[UpdateOut]


class BudgetOut(Schema):
    id: int
    title: Texts
    initiative: int
    amount: float
    phase: str
    vote_method: str
    rule: str
    url: Texts
    pabulib_url: str | None


class BudgetDetailOut(BudgetOut):
    districts: list[dict]
    projects: list[ProjectOut]


def _texts(obj, field) -> dict:
    return {lang: getattr(obj, f"{field}_{lang}", "") or "" for lang in LANGUAGES}


def _budget(budget: Budget) -> dict:
    urls = {}
    for lang in LANGUAGES:
        with translation.override(lang):
            urls[lang] = reverse("budgets:detail", args=[budget.pk])
    with translation.override("fr"):
        pabulib = reverse("budgets:pabulib", args=[budget.pk]) if budget.phase_reached(Phase.VOTE_CLOSED) else None
    return {
        "id": budget.pk, "title": _texts(budget, "title"), "initiative": budget.initiative_id, "amount": float(budget.amount),
        "phase": budget.phase, "vote_method": budget.vote_method, "rule": budget.rule, "url": urls, "pabulib_url": pabulib,
    }


def _public(request):
    return [b for b in Budget.objects.select_related("initiative").exclude(phase=Phase.PREPARATION)
            if request.user.has_perm("budgets.view_budget", b)]


@router.get("/", response=list[BudgetOut], summary="Public participatory budgets")
def budget_list(request):
    return [_budget(b) for b in _public(request)]


@router.get("/{budget_id}/", response=BudgetDetailOut, summary="A budget with its projects")
def budget_detail(request, budget_id: int):
    budget = Budget.objects.select_related("initiative").filter(pk=budget_id).first()
    if budget is None or budget.phase == Phase.PREPARATION or not request.user.has_perm("budgets.view_budget", budget):
        raise Http404
    counted = budget.phase_reached(Phase.RESULTS)
    projects = []
    for p in budget.projects.exclude(review_state="submitted").prefetch_related("updates"):
        projects.append({
            "id": p.pk, "title": _texts(p, "title"), "category": p.category, "district": p.district_id,
            "latitude": p.latitude, "longitude": p.longitude, "cost_estimate": float(p.cost_estimate),
            "cost": float(p.final_cost), "review": p.review_state, "rejection_reason": _texts(p, "rejection_reason"),
            "votes": p.votes if counted else None, "funded": p.funded if counted else None,
            "implementation": p.implementation,
            "updates": [{"date": u.date, "text": _texts(u, "text")} for u in p.updates.all()],
        })
    data = _budget(budget)
    data["districts"] = [{"id": d.pk, "name": _texts(d, "name"), "amount": float(d.amount)} for d in budget.districts.all()]
    data["projects"] = projects
    return data
