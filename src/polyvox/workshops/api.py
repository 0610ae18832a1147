"""Workshop records in the read-only JSON API (/api/workshops/): the finished workshops attached to an
initiative of the inventory, as their public record (no names: what was said, not who said it)."""

from __future__ import annotations

from django.http import Http404
from ninja import Router

from polyvox.workshops import report
from polyvox.workshops.models import Workshop, WorkshopStatus

router = Router(tags=["workshops"])


def public_workshops():
    return Workshop.objects.filter(status=WorkshopStatus.FINISHED, initiative__isnull=False).select_related("initiative")


@router.get("/", summary="Finished workshops attached to initiatives")
def list_workshops(request):
    return [_summary(workshop) for workshop in public_workshops().order_by("-finished_at")[:200]]


@router.get("/{code}", summary="A workshop's record: agenda, ideas by cluster, votes, canvases, decisions, forecasts")
def workshop_record(request, code: str):
    workshop = public_workshops().filter(code=code.upper()).first()
    if workshop is None:
        raise Http404
    data = report.record(workshop)
    activities = []
    for entry in data["activities"]:
        item = {"title": entry["title"], "kind": entry["activity"].kind, "state": entry["activity"].state}
        if "clusters" in entry:
            item["clusters"] = [{"name": name, "ideas": [{"text": i.text, "language": i.language, "answer": i.answer or None,
                                                          "group": i.group.number if i.group_id else None} for i in ideas]}
                                for name, ideas in entry["clusters"]]
        if "votes" in entry and entry.get("revealed"):
            item["votes"] = [{"idea": r.text, "cluster": r.cluster, "dots": r.dots, "voters": r.voters, "minority_view": r.minority}
                             for r in entry["votes"]]
        if entry.get("canvases"):
            item["canvases"] = [{"idea": c.idea.text, "who": c.who, "what": c.what, "first_step": c.first_step, "risks": c.risks}
                                for c in entry["canvases"]]
        if entry.get("actions"):
            item["actions"] = [{"action": a.text, "owner": a.owner, "date": a.due_date.isoformat()} for a in entry["actions"]]
        if "decision" in entry:
            decision = entry["decision"]["decision"]
            item["decision"] = {
                "proposal": decision.proposal, "state": decision.state, "final_text": decision.final_text or None,
                "decided_at": decision.decided_at.isoformat() if decision.decided_at else None,
                "objections": [{"objection": o.text, "reason": o.reason, "status": o.status, "how_it_was_met": o.resolution}
                               for o in entry["decision"]["objections"]],
                "amendments": [{"text": a.text, "accepted": a.accepted} for a in entry["decision"]["amendments"]],
            }
        if "questions" in entry:
            item["questions"] = [{"question": q["question"].text, "kind": q["question"].kind, "unit": q["question"].unit,
                                  "rounds": q["rows"]} for q in entry["questions"]]
        activities.append(item)
    return {**_summary(workshop), "challenge": workshop.challenge, "participants": data["participants"], "activities": activities}


def _summary(workshop) -> dict:
    return {
        "code": workshop.code,
        "title": {code: getattr(workshop, f"title_{code}") or workshop.title for code in ("fr", "nl", "en")},
        "template": workshop.template,
        "finished_at": workshop.finished_at.isoformat() if workshop.finished_at else None,
        "initiative": workshop.initiative.slug,
        "record": f"/fr/workshops/{workshop.code}/record/",
    }
