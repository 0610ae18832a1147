"""Vote pages: the ballot (running total), the voter's history, the live count (Server-Sent Events), the
results with their explanation, and the election as a pabulib file."""

from __future__ import annotations

import asyncio
import json

from asgiref.sync import sync_to_async
from django.contrib import messages
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from polyvox.accounts.throttling import throttle
from polyvox.budgets import ballots, counting, hear_back
from polyvox.budgets.forms import EligibilityForm
from polyvox.budgets.models import Budget, Phase, VoteMethod
from polyvox.budgets.views import _budget, _map_points
from polyvox.core.input_checks import InvalidInput, whole_number
from polyvox.core.streams import for_server

STREAM_SECONDS = 600
STREAM_STEP = 0.5


# --- the vote -------------------------------------------------------------------------------------


def _ballot_budget(request, pk) -> Budget:
    """The budget for a ballot POST, narrowed to what the ballot and the permission check read, with
    whether it has districts (one statement, `ballots.ballot_budget`); the same check as `_budget`."""
    budget = ballots.ballot_budget(pk)
    if budget is None or not request.user.has_perm("budgets.view_budget", budget):
        raise Http404
    return budget


@throttle("code_entry", targets=lambda request, pk: [f"budget:{pk}"])
def vote(request, pk):
    posted = request.method == "POST"
    budget = _ballot_budget(request, pk) if posted else _budget(request, pk)
    try:
        ballots.may_vote(budget, request.user)
    except ballots.SignInToVote:
        return redirect(f"{reverse('accounts:login')}?{urlencode({'next': request.get_full_path()})}")
    except ballots.BallotError as closed:
        messages.info(request, str(closed))
        return redirect(budget)
    mine = ballots.ballot_of(budget, request.user)
    districts = list(budget.districts.all()) if not posted or budget.districts_exist else []
    district = None
    raw = request.POST.get("district") or request.GET.get("district") or (mine.district_id if mine and mine.district_id else "")
    if districts:
        district = next((d for d in districts if str(d.pk) == str(raw)), None)
        if district is None:
            if posted:
                budget = _budget(request, pk)  # the whole budget, to show the page
            return render(request, "budgets/vote_district.html", {"budget": budget, "districts": districts, "mine": mine})
    eligibility_form = None if mine or not ballots.needs_proof(budget) else EligibilityForm(request.POST or None, budget=budget)
    hear_form = hear_back.HearBackForm(request.POST or None)
    chosen = {pid: pts for pid, pts in (mine.choices if mine and mine.district_id == (district.pk if district else None) else [])}
    error = None
    if request.method == "POST":
        # The ballot needs the projects' ids and costs only (one query); the projects with their
        # pictures are loaded below when the page is shown again, not for a ballot that is recorded.
        costs = ballots.ballot_costs(budget, district)
        choices = _choices_from_post(budget, request.POST, costs)
        chosen = dict(choices)
        try:
            if eligibility_form is not None and not eligibility_form.is_valid():
                raise ballots.BallotError(_("Check the fields that prove you may vote."))
            if not hear_form.is_valid():
                raise ballots.BallotError(hear_form.problem())
            data = eligibility_form.cleaned_data if eligibility_form is not None else {}
            ballots.cast_online(budget, request.user, choices, district=district, code=data.get("code", ""),
                                national_id=data.get("national_id", ""), birth=data.get("birth_date"),
                                mine=mine, costs=costs, has_districts=bool(districts))
        except ballots.BallotError as problem:
            error = str(problem)
        else:
            # After the ballot's transaction, in a row of its own that names the budget only (ballot secrecy).
            hear_back.remember(budget, hear_form.email, request.LANGUAGE_CODE[:2])
            if request.user.is_authenticated:
                messages.success(request, _("Your ballot was recorded. You may change it until the vote closes."))
                return redirect("budgets:vote", budget.pk)
            messages.success(request, _("Your ballot was recorded. To change it before the vote closes, vote again with the same code."))
            return redirect(budget)
        budget = _budget(request, pk)  # refused: the whole budget, to show the page again
    projects = list(ballots.ballot_projects(budget, district).prefetch_related("pictures"))
    pot = ballots.pot_of(budget, district)
    for p in projects:
        p.chosen_points = chosen.get(p.pk, 0)
    ranked = sorted((p for p in projects if p.chosen_points), key=lambda p: -p.chosen_points)
    ranks = {p.pk: i + 1 for i, p in enumerate(ranked)}
    for p in projects:
        p.rank = ranks.get(p.pk) if budget.vote_method == VoteMethod.RANKING else None
    return render(request, "budgets/vote.html", {
        "budget": budget, "district": district, "districts": districts, "projects": projects, "pot": pot,
        "mine": mine, "eligibility_form": eligibility_form, "hear_form": hear_form, "error": error,
        "rank_range": range(1, min(budget.max_ranked, len(projects)) + 1),
        "chosen_total": sum(p.final_cost for p in projects if p.chosen_points) if budget.vote_method == "approval" else 0,
        "points_used": sum(p.chosen_points for p in projects) if budget.vote_method == "cumulative" else 0,
        "total_template": _("Chosen: %(total)s € of %(pot)s €") if budget.vote_method == "approval"
        else _("Points given: %(total)s of %(pot)s"),
        "over_template": _("Over the budget by %(over)s €: untick a project.") if budget.vote_method == "approval"
        else _("Too many points by %(over)s."),
    }, status=400 if error else 200)


def _choices_from_post(budget, post, project_ids) -> list[tuple[int, int]]:
    """The choices posted, for the projects on the ballot (`project_ids`, in ballot order)."""
    if budget.vote_method == VoteMethod.APPROVAL:
        return [(whole_number(v), 1) for v in post.getlist("project") if whole_number(v) is not None]
    if budget.vote_method == VoteMethod.CUMULATIVE:
        out = []
        for pk in project_ids:
            value = (post.get(f"points-{pk}") or "").strip()
            if value:
                # Anything but a whole number counts as negative, which the ballot's check refuses.
                points = whole_number(value, max_digits=6)
                out.append((pk, points if points is not None else -1))
        return out
    ranked = []
    for pk in project_ids:
        value = (post.get(f"rank-{pk}") or "").strip()
        if whole_number(value, max_digits=6) is not None:
            ranked.append((int(value), pk))
    ranked.sort()
    positions = [r for r, _pid in ranked]
    if len(set(positions)) != len(positions):
        return [(pid, 1) for _r, pid in ranked] + [(ranked[0][1], 1)]  # reported as "chosen twice"
    return [(pid, 1) for _r, pid in ranked]


# --- counting and results -------------------------------------------------------------------------


@require_GET
def counting_page(request, pk):
    budget = _budget(request, pk)
    if budget.phase_reached(Phase.RESULTS):
        return redirect("budgets:results", budget.pk)
    return render(request, "budgets/counting.html", {
        "budget": budget, "status": counting.status_text(budget),
        "is_organiser": request.user.has_perm("budgets.manage_budget", budget),
    })


async def count_stream(request, pk):
    """Server-Sent Events: the count's progress as the task writes it on the budget row, then `done`."""
    budget = await sync_to_async(_budget)(request, pk)
    language = request.LANGUAGE_CODE
    results_url = reverse("budgets:results", args=[budget.pk])

    async def events():
        from django.utils import translation

        last = None
        waited = 0.0
        yield "retry: 3000\n\n"
        while waited < STREAM_SECONDS:
            current = await sync_to_async(Budget.objects.only("phase", "count_progress", "count_status", "count_detail", "count_error").get)(pk=pk)
            with translation.override(language):
                state = {"phase": current.phase, "progress": current.count_progress, "status": counting.status_text(current)}
            if current.phase != Phase.COUNTING:
                state["url"] = results_url if current.phase_reached(Phase.RESULTS) else reverse("budgets:counting", args=[pk])
                yield f"event: done\ndata: {json.dumps(state)}\n\n"
                return
            if state != last:
                last = state
                yield f"event: progress\ndata: {json.dumps(state)}\n\n"
            await asyncio.sleep(STREAM_STEP)
            waited += STREAM_STEP
        yield ": timeout\n\n"

    response = StreamingHttpResponse(for_server(request, events()), content_type="text/event-stream; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Buffering"] = "no"
    return response


@require_GET
def results(request, pk):
    budget = _budget(request, pk)
    if not budget.phase_reached(Phase.RESULTS):
        if budget.phase == Phase.COUNTING:
            return redirect("budgets:counting", budget.pk)
        raise Http404
    projects = {p.pk: p for p in budget.projects.select_related("district")}
    districts = {d.pk: d for d in budget.districts.all()}
    mine = ballots.ballot_of(budget, request.user)
    pots = []
    for stored in budget.result.get("pots", []):
        explanation = stored["explanation"]
        for key in ("funded", "unfunded"):
            for line in explanation[key]:
                line["project"] = projects.get(int(line["project_id"]))
                line["title"] = line["project"].title if line["project"] else line["name"]
                stop = str(line["numbers"].get("stopped_at") or "")
                stopped = projects.get(whole_number(stop)) if whole_number(stop) is not None else None
                line["stopped_name"] = stopped.title if stopped else stop
        pots.append({"district": districts.get(stored["district"]), "result": stored["result"], "explanation": explanation,
                     "account": _my_account(stored, mine, projects)})
    funded = [p for p in projects.values() if p.funded]
    return render(request, "budgets/results.html", {
        "budget": budget, "pots": pots, "funded": funded,
        "points": _map_points(funded),
        "total_ballots": budget.ballots.filter(state="valid").count(),
        "paper_ballots": budget.ballots.filter(state="valid", channel="paper").count(),
        "annulled_ballots": ballots.annulled_count(budget),
    })


def _my_account(stored, ballot, projects) -> dict | None:
    """The signed-in voter's MES account in this pot, with the projects' names."""
    if ballot is None:
        return None
    account = (stored.get("accounts") or {}).get(str(ballot.pk))
    if account is None:
        return None
    payments = [{"project": projects.get(int(pid)), "paid": paid} for pid, paid in account["payments"]]
    return {"share": account["share"], "left": account["left"], "payments": payments}


@require_GET
def pabulib(request, pk):
    budget = _budget(request, pk)
    if not budget.phase_reached(Phase.VOTE_CLOSED) and not request.user.has_perm("budgets.manage_budget", budget):
        raise Http404
    district = None
    if request.GET.get("district"):
        wanted = request.GET["district"]
        district = budget.districts.filter(pk=whole_number(wanted)).first() if whole_number(wanted) is not None else None
        if district is None:
            raise InvalidInput(_("There is no district “%(value)s” in this budget: choose one of its districts.")
                               % {"value": wanted[:40]})
    elif budget.has_districts:
        district = budget.districts.first()
    text = counting.pabulib_text(budget, district)
    suffix = f"-{district.pk}" if district else ""
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="budget-{budget.pk}{suffix}.pb"'
    return response


@require_GET
def my_ballot_history(request, pk):
    budget = _budget(request, pk)
    mine = ballots.ballot_of(budget, request.user)
    versions = mine.versions.all() if mine else []
    names = dict(budget.projects.values_list("pk", "title"))
    return render(request, "budgets/history.html", {"budget": budget, "versions": versions, "names": names, "mine": mine})

