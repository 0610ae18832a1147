"""Demo data of follow-up (part 8 of issue 14): the Bockstael open jury's recommendations, imported from its
panel's published report (the panels' demo publishes it), with the City's answers and implementation; the
deliberative committees' recommendations with the Parliament's answers, one overdue; the Bizet budget's funded
projects with their progress; the evaluation of the three-day citizens' deliberation on climate resilience with
questionnaire responses. Texts in FR, NL and EN in
`data/content/processes/*.yaml`; every invented detail is marked as an example. Runs in `link`, after the
budgets' demo has built the Bizet budget and the panels' demo has published the Bockstael report. Idempotent: a
process that already has its plan is left alone (one whose panel report is missing gets none, so that a later run
makes it)."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from polyvox.core import content
from polyvox.core.content import Field
from polyvox.core.workflow import SYSTEM

TEXT = Field("text")
OPTIONAL_TEXT = Field("text", required=False, default=lambda: {"fr": "", "nl": "", "en": ""})
UPDATE = Field("map", schema={"date": Field("date"), "text": TEXT, "progress": Field("int", required=False)})
CHILD = Field("map", schema={"reference": Field("str"), "weight": Field("int"), "progress": Field("int", required=False, default=0),
                             "text": TEXT})
COMMITMENT = Field("map", schema={
    # `text` is the commitment's own when it is entered here; none when it comes from the panel's report.
    "reference": Field("str"), "text": Field("text", required=False, default=None, nullable=True), "service": OPTIONAL_TEXT,
    "answer": Field("str", required=False, default="", choices=frozenset({"", "adopt", "adopt_in_part", "reject", "study"})),
    "answered_on": Field("date", required=False), "reasons": OPTIONAL_TEXT,
    "status": Field("str", required=False, default="planned", choices=frozenset({"planned", "in_progress", "done", "abandoned"})),
    "progress": Field("int", required=False, default=None, nullable=True),
    "children": Field("list", required=False, default=list, item=CHILD),
    "updates": Field("list", required=False, default=list, item=UPDATE),
})
PROCESS = content.Kind("follow-up process", Path(__file__).parent / "data" / "content" / "processes", {
    "initiative": Field("str"), "kind": Field("str"), "authority": Field("str"), "report_date": Field("date"),
    "example": Field("bool", required=False, default=True), "from_budget": Field("bool", required=False, default=False),
    "from_panels": Field("bool", required=False, default=False),
    "commitments": Field("list", item=COMMITMENT),
    "process_updates": Field("list", required=False, default=list, item=UPDATE),
    "evaluation": Field("map", required=False, default=None, nullable=True, schema={
        "criteria_set_on": Field("date"), "criteria_note": OPTIONAL_TEXT,
        "criteria": Field("list", item=Field("map", schema={
            "dimension": Field("str", choices=frozenset({"design_integrity", "deliberative_experience",
                                                         "pathways_to_impact"})),
            "text": TEXT})),
        "participants": Field("int"), "codes": Field("int"), "organisers": Field("int")}),
})


def load(out, options) -> None:
    """Nothing here: the processes belong to inventory initiatives and the Bizet budget, ready in `link`."""


def link(out, options) -> None:
    from polyvox.followup.models import Plan
    from polyvox.initiatives.models import Initiative
    from polyvox.organisations.models import Organisation

    items = content.load(PROCESS)
    for item in items:
        initiative = Initiative.objects.filter(slug=item["initiative"]).first()
        authority = Organisation.objects.filter(slug=item["authority"]).first()
        if initiative is None or authority is None:
            out.write(f"  followup: {item['initiative']} or {item['authority']} is missing; skipped\n")
            continue
        if Plan.objects.filter(initiative=initiative).exists():
            out.write(f"  followup: {item['initiative']} already has its follow-up\n")
            continue
        if item["from_panels"] and not _has_published_report(initiative):
            out.write(f"  followup: {item['initiative']} has no published panel report yet; skipped\n")
            continue
        _check_texts(item)
        plan = _process(item, initiative, authority, out)
        out.write(f"  followup: {item['initiative']}: {plan.commitments.count()} commitments\n")


def _has_published_report(initiative) -> bool:
    from polyvox.panels.models import Recommendation, ReportState

    return Recommendation.objects.filter(report__panel__initiative=initiative, report__state=ReportState.PUBLISHED).exists()


def _check_texts(item) -> None:
    """A commitment entered here (not imported from a panel's report) needs its text."""
    if item["from_panels"]:
        return
    for number, spec in enumerate(item["commitments"]):
        if spec["text"] is None:
            raise item.error("text: required unless the commitments come from a panel's report (from_panels)",
                             "commitments", number)


def _process(item, initiative, authority, out):
    from polyvox.followup import clocks, imports, services

    plan = services.open_plan(initiative, authority=authority, kind=item["kind"], report_date=item["report_date"])
    if item["from_panels"]:
        imported = {commitment.reference: commitment for commitment in imports.from_panels(plan, by=SYSTEM)}
        for spec in item["commitments"]:
            commitment = imported.get(spec["reference"])
            if commitment is None:
                out.write(f"  followup: {item['initiative']}: no recommendation {spec['reference']} in the panel's report\n")
                continue
            if any(spec["service"].values()):
                services.set_responsible_service(commitment, spec["service"], by=SYSTEM)
            _story(commitment, spec)
    else:
        for spec in item["commitments"]:
            _commitment(plan, spec, item["example"])
    if item["from_budget"]:
        _from_budget(plan)
    first = plan.commitments.filter(parent__isnull=True).exclude(status="done").first()
    for update in item["process_updates"]:
        if first is not None:
            services.add_update(first, update["date"], update["text"], by=SYSTEM, is_example=True)
    if item["evaluation"]:
        _evaluation(plan, item["evaluation"])
    for commitment in plan.commitments.all():
        clocks.refresh(commitment)
    return plan


def _commitment(plan, spec, example):
    from polyvox.followup import services

    commitment = services.add_commitment(plan, spec["text"], reference=spec["reference"],
                                         responsible_service=spec["service"], is_example=example,
                                         source_kind="recommendation")
    return _story(commitment, spec)


def _story(commitment, spec):
    """What became of a commitment: its answer, its parts, its updates and its implementation."""
    from polyvox.followup import services

    if spec["answer"]:
        services.answer(commitment, spec["answer"], spec["reasons"], by=SYSTEM, answered_on=spec["answered_on"])
    for child in spec["children"]:
        part = services.add_child(commitment, child["text"], weight=child["weight"], reference=child["reference"])
        if child["progress"]:
            services.set_progress(part, child["progress"], by=SYSTEM)
    for update in spec["updates"]:
        services.add_update(commitment, update["date"], update["text"], by=SYSTEM, progress=update.get("progress"),
                            is_example=True)
    if spec["status"] in ("in_progress", "done"):
        services.move(commitment, "start", by=SYSTEM)
    if spec["progress"] is not None and not spec["children"] and spec["status"] != "done":
        services.set_progress(commitment, spec["progress"], by=SYSTEM)
    if spec["status"] == "done":
        services.move(commitment, "finish", by=SYSTEM)
    return commitment


BUDGET_REASONS = {
    "fr": "Le vote des habitant·es a décidé : le projet est financé par le budget du contrat de quartier.",
    "nl": "De stemming van de bewoners besliste: het project wordt gefinancierd uit het budget van het wijkcontract.",
    "en": "The residents' vote decided: the project is funded from the neighbourhood contract's budget.",
}


def _from_budget(plan):
    from polyvox.followup import imports, services

    progress_of = {"planned": 0, "in_progress": 50, "done": 100}
    for commitment in imports.from_budget(plan, is_example=True):
        project = commitment.source
        services.answer(commitment, "adopt", BUDGET_REASONS, by=SYSTEM, answered_on=plan.report_date)
        for update in project.updates.order_by("date"):
            services.add_update(commitment, update.date, {lang: getattr(update, f"text_{lang}") or "" for lang in
                                                          ("fr", "nl", "en")}, by=SYSTEM, is_example=True)
        if project.implementation in ("in_progress", "done"):
            services.move(commitment, "start", by=SYSTEM)
            if project.implementation == "in_progress":
                services.set_progress(commitment, progress_of["in_progress"], by=SYSTEM)
            else:
                services.move(commitment, "finish", by=SYSTEM)


def _evaluation(plan, spec):
    from polyvox.core.workflow import apply
    from polyvox.questionnaires import services as questionnaires

    from polyvox.followup.models import Criterion

    # Criteria set before this past process started (its history, loaded as it was): the criteria page's lock
    # concerns changes made now, so they are written here with the day they were set.
    plan.criteria_note_fr, plan.criteria_note_nl, plan.criteria_note_en = (
        spec["criteria_note"][lang] for lang in ("fr", "nl", "en"))
    plan.criteria_set_on = spec["criteria_set_on"]
    plan.save()
    for position, criterion in enumerate(spec["criteria"], start=1):
        Criterion.objects.create(plan=plan, dimension=criterion["dimension"], position=position,
                                 **{f"text_{lang}": criterion["text"][lang] for lang in ("fr", "nl", "en")})
    rng = random.Random(2022)
    owner = plan.initiative.organiser
    participants = questionnaires.create_from_template("oecd-participants", subject=plan.initiative,
                                                       organisation=owner, is_example=True)
    organisers = questionnaires.create_from_template("oecd-organisers", subject=plan.initiative,
                                                     organisation=owner, is_example=True)
    for questionnaire, codes, answers, make in ((participants, spec["codes"], spec["participants"], _participant),
                                               (organisers, spec["organisers"] + 2, spec["organisers"], _organiser)):
        questionnaire.results_public = True
        questionnaire.save(update_fields=["results_public"])
        apply(questionnaire, "open", by=SYSTEM)
        issued = questionnaires.issue_codes(questionnaire, codes)
        for code in issued[:answers]:
            questionnaires.answer(code.token, make(rng), language=rng.choice("ffffnne"), is_example=True)
        apply(questionnaire, "close", by=SYSTEM)
    apply(plan, "publish_evaluation", by=SYSTEM)


COMMUNES = {"21001": 12, "21004": 18, "21015": 13, "21012": 10, "21009": 9, "21016": 8, "21013": 5, "21007": 6,
            "21018": 6, "21010": 5, "21005": 5, "21006": 4, "21002": 4, "21019": 4, "21014": 3, "21003": 3,
            "21008": 3, "21011": 2, "21017": 3}


def _scale(rng, centre: float) -> str:
    return str(max(1, min(5, round(rng.gauss(centre, 0.9)))))


def _participant(rng) -> dict:
    centres = {"purpose-clear": 3.6, "selection-fair": 4.2, "group-diverse": 3.4, "information-balanced": 3.9,
               "experts-diverse": 3.7, "could-speak": 4.4, "was-heard": 4.3, "facilitation-neutral": 4.1,
               "enough-time": 3.0, "recommendations-own": 4.0, "expects-response": 3.1, "would-again": 4.5}
    answers = {key: _scale(rng, centre) for key, centre in centres.items()}
    difficulty = rng.random() < 0.3
    answers["had-difficulty"] = "yes" if difficulty else "no"
    if difficulty:
        answers["difficulties"] = rng.sample(["language", "schedule", "childcare", "documents"], rng.choice([1, 1, 2]))
    answers["age-band"] = rng.choices(["16-24", "25-39", "40-54", "55-69", "70+"], [6, 11, 9, 7, 3])[0]
    answers["gender"] = rng.choices(["woman", "man", "other"], [18, 17, 1])[0]
    answers["language"] = rng.choices(["fr", "nl", "both", "other"], [20, 5, 4, 7])[0]
    answers["commune"] = rng.choices(list(COMMUNES), list(COMMUNES.values()))[0]
    return answers


def _organiser(rng) -> dict:
    answers = {key: _scale(rng, centre) for key, centre in (("question-clear", 4.2), ("mandate-clear", 3.3),
                                                               ("independent", 4.0), ("resources", 2.8),
                                                               ("quality-deliberation", 4.3),
                                                               ("recommendations-usable", 3.6))}
    answers["role"] = rng.choice(["authority", "organiser", "facilitator", "expert"])
    answers["answer-planned"] = rng.choice(["yes", "partly"])
    answers["participants-count"] = "36"
    return answers
