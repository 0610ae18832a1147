"""Commitments from their sources: the recommendations of a panel's published report, a budget's funded projects,
a workshop's consented decisions, the petitions that reached their threshold, a CSV file.

A citizens' panel's recommendations come from its published report (`from_panels`; the panels app keeps the
report); a committee's, or a report kept nowhere on the platform, come by CSV or by hand. Each import is all or
nothing, idempotent on the source (a recommendation, project or decision already imported is skipped).

CSV columns (UTF-8, comma or semicolon, a header line; `text_fr` or `text_nl` or `text_en` required on each line):
    reference, text_fr, text_nl, text_en, authority, responsible_service_fr, responsible_service_nl,
    responsible_service_en, parent, weight
`authority` is an organisation's slug (empty: the plan's authority); `parent` the reference of an earlier
line (the line is then a part of it, with `weight` in percent; the parts of one parent sum to at most 100).
"""

from __future__ import annotations

import csv
import io

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext as _

from polyvox.core.messages import Msg
from polyvox.core.transitions import record
from polyvox.core.workflow import SYSTEM
from polyvox.followup import services
from polyvox.followup.models import Commitment, Plan, SourceKind

COLUMNS = ("reference", "text_fr", "text_nl", "text_en", "authority", "responsible_service_fr",
           "responsible_service_nl", "responsible_service_en", "parent", "weight")
MAX_BYTES = 2 * 1024 * 1024
MAX_LINES = 2000


class ImportRefused(Exception):
    """The file cannot be imported; `problems` lists "line N: what" messages; nothing was stored."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def _already(plan: Plan, obj) -> bool:
    return plan.commitments.filter(source_type=ContentType.objects.get_for_model(obj), source_id=obj.pk).exists()


@transaction.atomic
def from_panels(plan: Plan, *, by) -> list[Commitment]:
    """One commitment per recommendation of the published reports of the initiative's panels: its text in its
    languages, its number as the reference (prefixed with the panel's when the initiative has several reports).
    The plan's clocks start on the report's date when the plan has none yet."""
    from polyvox.panels.models import Recommendation, ReportState

    services._check(by, "followup.manage_followup", plan)
    Plan.objects.select_for_update().filter(pk=plan.pk).first()  # two imports at once: the second waits, then skips
    found = list(Recommendation.objects.filter(report__panel__initiative=plan.initiative,
                                               report__state=ReportState.PUBLISHED)
                 .select_related("report", "report__panel").order_by("report__panel__created", "report__panel_id",
                                                                     "position", "pk"))
    several = len({recommendation.report_id for recommendation in found}) > 1
    made = []
    for recommendation in found:
        if _already(plan, recommendation):
            continue
        report = recommendation.report
        texts = {lang: getattr(recommendation, f"text_{lang}", "") or "" for lang in services.LANGUAGES}
        reference = f"P{report.panel_id}-{recommendation.reference}" if several else recommendation.reference
        made.append(services.add_commitment(
            plan, texts, by=by, reference=reference, source=recommendation, source_kind=SourceKind.RECOMMENDATION,
            is_example=report.is_example or plan.initiative.is_example))
    dates = [recommendation.report.date for recommendation in found if recommendation.report.date]
    if made and plan.report_date is None and dates:
        services.set_clocks(plan, report_date=min(dates), by=by)
    record(plan, "import", actor=services._actor(by), message=Msg("Imported from %(source)s: %(count)s commitments.",
                                                                   source="panels", count=len(made)))
    return made


@transaction.atomic
def from_budget(plan: Plan, *, by=SYSTEM, is_example: bool = False) -> list[Commitment]:
    """One commitment per funded project of the initiative's budgets (answer: adopted, the vote decided)."""
    from polyvox.budgets.models import Budget

    services._check(by, "followup.manage_followup", plan)
    made = []
    for budget in Budget.objects.filter(initiative=plan.initiative):
        for project in budget.projects.filter(funded=True).order_by("pk"):
            if _already(plan, project):
                continue
            texts = {lang: getattr(project, f"title_{lang}", "") or "" for lang in services.LANGUAGES}
            made.append(services.add_commitment(
                plan, texts, by=by, reference=f"P{project.pk}", source=project,
                source_kind=SourceKind.BUDGET_PROJECT, is_example=is_example or budget.initiative.is_example))
    record(plan, "import", actor=services._actor(by), message=Msg("Imported from %(source)s: %(count)s commitments.",
                                                                   source="budget", count=len(made)))
    return made


@transaction.atomic
def from_workshops(plan: Plan, *, by=SYSTEM) -> list[Commitment]:
    """One commitment per decision a workshop of the initiative took by consent."""
    from polyvox.workshops.models import Decision, DecisionState

    services._check(by, "followup.manage_followup", plan)
    made = []
    for decision in Decision.objects.filter(workshop__initiative=plan.initiative, state=DecisionState.CONSENTED):
        if _already(plan, decision):
            continue
        text = decision.final_text or decision.text
        made.append(services.add_commitment(plan, {"fr": text, "nl": "", "en": ""}, by=by, reference=f"D{decision.pk}",
                                            source=decision, source_kind=SourceKind.WORKSHOP_DECISION))
    record(plan, "import", actor=services._actor(by), message=Msg("Imported from %(source)s: %(count)s commitments.",
                                                                   source="workshops", count=len(made)))
    return made


@transaction.atomic
def from_petitions(plan: Plan, *, by=SYSTEM) -> list[Commitment]:
    """One commitment per petition of the initiative that reached its threshold (its request, in its languages;
    the authority is the institution that received it)."""
    from django.apps import apps

    # By name, not by import: petitions reads follow-up (its answers are followed up here), so no import back.
    Petition = apps.get_model("petitions", "Petition")
    services._check(by, "followup.manage_followup", plan)
    made = []
    reached = ("threshold", "scheduled", "answered", "closed")
    for petition in Petition.objects.filter(initiative=plan.initiative, state__in=reached).order_by("pk"):
        if _already(plan, petition):
            continue
        texts = {}
        for lang in services.LANGUAGES:
            title, body = getattr(petition, f"title_{lang}", "") or "", getattr(petition, f"body_{lang}", "") or ""
            texts[lang] = f"{title}\n\n{body}".strip() if title or body else ""
        made.append(services.add_commitment(plan, texts, by=by, reference=f"PT{petition.pk}", source=petition,
                                            source_kind=SourceKind.PETITION_REQUEST,
                                            authority=petition.receiver or plan.authority))
    record(plan, "import", actor=services._actor(by), message=Msg("Imported from %(source)s: %(count)s commitments.",
                                                                   source="petitions", count=len(made)))
    return made


def read_csv(data: bytes, *, columns: tuple = COLUMNS, required: tuple = (),
             one_of: tuple = ("text_fr", "text_nl", "text_en"), max_lines: int = MAX_LINES) -> list[dict]:
    """The rows of a CSV file as dicts (cells stripped, "line" added), or ImportRefused naming the line of each
    problem: `columns` are the known columns, `required` those every file has, `one_of` a set of which one at least."""
    if len(data) > MAX_BYTES:
        raise ImportRefused([_("The file is larger than 2 MB.")])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    problems = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(_("Line %(line)s: the file is not UTF-8 text; save it as “CSV UTF-8” and try again.")
                            % {"line": number})
            break
    if problems:
        raise ImportRefused(problems)
    text = data.decode("utf-8")
    if not text.strip():
        raise ImportRefused([_("The file is empty.")])
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [name.strip().lower() for name in (reader.fieldnames or [])]
    unknown = [name for name in header if name not in columns]
    if unknown:
        raise ImportRefused([_("Line 1: unknown column “%(column)s”; the columns are: %(columns)s.")
                             % {"column": unknown[0], "columns": ", ".join(columns)}])
    missing = [name for name in required if name not in header]
    if missing:
        raise ImportRefused([_("Line 1: the column “%(column)s” is missing; the columns are: %(columns)s.")
                             % {"column": missing[0], "columns": ", ".join(columns)}])
    if one_of and not set(one_of) & set(header):
        raise ImportRefused([_("Line 1: a column text_fr, text_nl or text_en is needed.")])
    reader.fieldnames = header
    rows = []
    for row in reader:
        if None in row:
            raise ImportRefused([_("Line %(line)s: more cells than columns.") % {"line": reader.line_num}])
        rows.append({"line": reader.line_num, **{key: (value or "").strip() for key, value in row.items()}})
        if len(rows) > max_lines:
            raise ImportRefused([_("The file has more than %(n)s lines.") % {"n": max_lines}])
    return rows


def from_csv(plan: Plan, data: bytes, *, by) -> list[Commitment]:
    """Import the commitments of a CSV file (see the module's docstring): every line or none."""
    from polyvox.organisations.models import Organisation

    services._check(by, "followup.manage_followup", plan)
    rows = read_csv(data)
    problems: list[str] = []
    references = {c.reference for c in plan.commitments.exclude(reference="")}
    seen: dict[str, int] = {}
    weights: dict[str, int] = {}
    over: set[str] = set()
    authorities = {}
    for row in rows:
        line = row["line"]
        if not any(row.get(f"text_{lang}") for lang in services.LANGUAGES):
            problems.append(_("Line %(line)s: the text is empty in every language.") % {"line": line})
        reference = row.get("reference", "")
        if reference and (reference in references or reference in seen):
            problems.append(_("Line %(line)s: the reference “%(ref)s” is already used.") % {"line": line, "ref": reference})
        if reference:
            seen[reference] = line
        slug = row.get("authority", "")
        if slug:
            authorities[slug] = authorities.get(slug) or Organisation.objects.filter(slug=slug).first()
            if authorities[slug] is None:
                problems.append(_("Line %(line)s: no organisation has the identifier “%(slug)s”.") % {"line": line, "slug": slug})
        parent = row.get("parent", "")
        if parent:
            if parent not in seen or seen[parent] == line:
                problems.append(_("Line %(line)s: the parent “%(ref)s” is not on an earlier line.") % {"line": line, "ref": parent})
            weight = row.get("weight", "")
            if not (weight.isascii() and weight.isdigit()) or not 1 <= int(weight) <= 100:
                problems.append(_("Line %(line)s: a part's weight is a whole number from 1 to 100.") % {"line": line})
            else:
                weights[parent] = weights.get(parent, 0) + int(weight)
                if weights[parent] > 100 and parent not in over:
                    over.add(parent)
                    problems.append(_("Line %(line)s: the weights of the parts of “%(ref)s” sum to %(total)s%%; "
                                      "they must sum to 100%%.") % {"line": line, "ref": parent, "total": weights[parent]})
        elif row.get("weight"):
            problems.append(_("Line %(line)s: a weight is only given to a part (with a parent).") % {"line": line})
    for parent, total in weights.items():
        if total != 100 and parent not in over:
            problems.append(_("Line %(line)s: the weights of the parts of “%(ref)s” sum to %(total)s%%; they must sum "
                              "to 100%%.") % {"line": seen.get(parent, 1), "ref": parent, "total": total})
    if problems:
        raise ImportRefused(problems)
    made: dict[str, Commitment] = {}
    created = []
    with transaction.atomic():
        for row in rows:
            texts = {lang: row.get(f"text_{lang}", "") for lang in services.LANGUAGES}
            service = {lang: row.get(f"responsible_service_{lang}", "") for lang in services.LANGUAGES}
            parent = made.get(row.get("parent", "")) if row.get("parent") else None
            commitment = services.add_commitment(
                plan, texts, by=by, reference=row.get("reference", ""), responsible_service=service,
                authority=authorities.get(row.get("authority", "")) or plan.authority,
                source_kind=SourceKind.RECOMMENDATION if plan.kind == "deliberative" else SourceKind.MANUAL,
                parent=parent, weight=int(row["weight"]) if parent else None)
            if commitment.reference:
                made[commitment.reference] = commitment
            created.append(commitment)
        record(plan, "import", actor=services._actor(by), message=Msg(
            "Imported from %(source)s: %(count)s commitments.", source="CSV", count=len(created)))
    return created

