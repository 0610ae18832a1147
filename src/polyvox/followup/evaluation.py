"""The evaluation of a process after the OECD's Evaluation Guidelines for Representative Deliberative Processes
(2021): what was promised (criteria set before the start), the questionnaires' response rates, results per
criterion, who took part against who lives there, what became of each recommendation. `report(plan)` gathers
it for the web page and the PDF (`pdf_report`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.followup import population
from polyvox.followup.models import Dimension, PopulationDimension
from polyvox.questionnaires import services as questionnaires
from polyvox.questionnaires.models import Kind

CRITERIA = dict(Dimension.choices)
AUDIENCES = {"participants": gettext_lazy("participants"), "organisers": gettext_lazy("organisers")}


def audience_label(audience: str) -> str:
    return str(AUDIENCES.get(audience, audience))


OECD_SOURCE = ("OECD (2021), Evaluation Guidelines for Representative Deliberative Processes, OECD Publishing, "
               "Paris, https://doi.org/10.1787/10ccbfcb-en")


@dataclass
class Line:
    label: str
    value: float  # what the bar shows (0-100)
    cells: list = field(default_factory=list)


@dataclass
class Table:
    title: str
    columns: list
    lines: list[Line]
    note: str = ""


@dataclass
class Report:
    plan: object
    initiative: object
    criteria_before_start: bool | None
    promised: list[dict]
    rates: list[dict]
    criteria: list[Table]
    inclusion: list[Table]
    commitments: list
    is_example: bool
    missing_reference: str


def report(plan) -> Report:
    initiative = plan.initiative
    attached = list(questionnaires.for_subject(initiative))
    rates = []
    for questionnaire in attached:
        received, issued = questionnaires.response_rate(questionnaire)
        rates.append({"questionnaire": questionnaire, "received": received, "issued": issued,
                      "rate": round(100 * received / issued, 1) if issued else None})
    results = {q.pk: questionnaires.results(q) for q in attached}
    tables = []
    for key, label in CRITERIA.items():
        lines = []
        for questionnaire in attached:
            for result in results[questionnaire.pk]:
                question = result.question
                if question.criterion != key or question.kind != Kind.SCALE or not result.answered:
                    continue
                agree = sum(row.count for row in result.rows if row.value in ("4", "5"))
                share = round(100 * agree / result.answered, 1)
                lines.append(Line(question.text, share, [audience_label(questionnaire.audience), result.answered,
                                                         result.mean, share]))
        if lines:
            tables.append(Table(str(label), [_("Statement"), _("Who answered"), _("Answers"), _("Mean (1-5)"),
                                             _("Agree or strongly agree (%)")], lines))
    participants = next((q for q in attached if q.audience == "participants"), None)
    inclusion, without = _inclusion(results[participants.pk], initiative) if participants else ([], [])
    criteria = list(plan.criteria.all())
    promised = [{"key": key, "dimension": label, "criteria": [c for c in criteria if c.dimension == key]}
                for key, label in Dimension.choices]
    return Report(plan=plan, initiative=initiative,
                  criteria_before_start=(plan.criteria_set_on <= initiative.start_date) if plan.criteria_set_on else None,
                  promised=promised, rates=rates, criteria=tables, inclusion=inclusion,
                  commitments=list(plan.commitments.filter(parent__isnull=True).select_related("authority")),
                  is_example=initiative.is_example or any(q.is_example for q in attached)
                  or plan.commitments.filter(is_example=True).exists(),
                  missing_reference=missing_reference(without))


def missing_reference(dimensions: list[str]) -> str:
    """What the inclusion section says of the dimensions that have no reference population figures."""
    if not dimensions:
        return ""
    labels = ", ".join(str(PopulationDimension(d).label) for d in dimensions)
    return _("No reference population figures with their source are loaded for: %(dimensions)s. For these, the "
             "participants' declared figures are shown alone, without a comparison.") % {"dimensions": labels}


def _gap_columns(first: str) -> list:
    return [first, _("Participants"), _("Participants (%)"), _("Population (%)"), _("Gap (points)")]


def _inclusion(results, initiative) -> tuple[list[Table], list[str]]:
    """The inclusion tables (participants against the population, each with the source and year of its
    reference figures) and the dimensions that have no reference figures."""
    by_key = {result.question.key: result for result in results}
    tables = []
    commune = by_key.get("commune")
    if commune and commune.answered:
        residents = population.residents_by_municipality()
        lines = [_gap_line(row, residents.share(row.value)) for row in commune.rows]
        tables.append(Table(_("Participants by municipality, against the population"), _gap_columns(_("Municipality")),
                            lines, note=residents.note))
    without = []
    for dimension, key, title in (
            (PopulationDimension.AGE_BAND, "age-band", _("Participants by age band, against the population")),
            (PopulationDimension.GENDER, "gender", _("Participants by gender, against the population")),
            (PopulationDimension.LANGUAGE, "language",
             _("Participants by language spoken at home, against the population"))):
        reference = population.reference(dimension, initiative.municipality)
        if reference is None:
            without.append(dimension)
        result = by_key.get(key)
        if not (result and result.answered):
            continue
        if reference is None:
            tables.append(Table(_declared_title(key),
                                [_("Answer"), _("Participants"), _("Participants (%)")],
                                [Line(row.label, row.percent, [row.count, row.percent]) for row in result.rows],
                                note=_("No reference population figures are loaded for this dimension: the "
                                       "participants' declared figures are shown alone.")))
        else:
            tables.append(Table(title, _gap_columns(_("Answer")),
                                [_gap_line(row, reference.share(row.value)) for row in result.rows],
                                note=reference.note()))
    return tables, without


def _declared_title(key: str) -> str:
    return {"age-band": _("Participants by age band (declared)"), "gender": _("Participants by gender (declared)"),
            "language": _("Participants by language spoken at home (declared)")}[key]


def _gap_line(row, share: float | None) -> Line:
    gap = round(row.percent - share, 1) if share is not None else None
    return Line(row.label, row.percent, [row.count, row.percent, share if share is not None else "–",
                                         gap if gap is not None else "–"])


def pdf_report(plan, language: str) -> bytes:
    from django.utils import translation
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib import colors
    from reportlab.platypus import Spacer

    from polyvox.core import pdf

    with translation.override(language):
        data = report(plan)
        initiative = data.initiative
        doc = pdf.Document(_("Evaluation report: %(title)s") % {"title": initiative.title}, language)
        story = [*doc.title_block(_("Evaluation report")), doc.p(initiative.title, "Heading2")]
        if data.is_example:
            story.append(doc.p(_("Example: the figures and answers of this report are invented to show the report.")))
        story.append(doc.p(_("After the OECD's Evaluation Guidelines for Representative Deliberative Processes (2021).")))

        def bar(value):
            drawing = Drawing(80, 8)
            drawing.add(Rect(0, 0, 80, 8, fillColor=colors.HexColor("#e3e7ee"), strokeColor=None))
            drawing.add(Rect(0, 0, 80 * max(0.0, min(100.0, float(value))) / 100, 8,
                             fillColor=colors.HexColor("#1f5fa6"), strokeColor=None))
            return drawing

        def cell(value):
            if isinstance(value, (int, float)):
                return pdf.Number(pdf.number(value, language, decimals=0 if isinstance(value, int) else 1))
            return str(value)

        story.append(doc.p(_("What was promised"), "Heading2"))
        for line in [line.strip() for line in (plan.criteria_note or "").splitlines() if line.strip()]:
            story.append(doc.p(("• " if line.startswith(("- ", "* ")) else "") + line.lstrip("-* ").replace("**", "")))
        if not any(group["criteria"] for group in data.promised):
            story.append(doc.p(_("No criteria were recorded.")))
        for group in data.promised:
            if group["criteria"]:
                story.append(doc.p(str(group["dimension"]), "Heading3"))
                story += [doc.p(f"• {criterion.text}") for criterion in group["criteria"]]
        if data.criteria_before_start is not None:
            story.append(doc.p(_("Criteria set before the start.") if data.criteria_before_start
                               else _("Criteria set after the start.")))
        story += [doc.p(_("Response rates"), "Heading2"),
                  doc.table([[_("Questionnaire"), _("Responses"), _("Codes handed out"), _("Response rate (%)")]] +
                            [[r["questionnaire"].title, cell(r["received"]), cell(r["issued"]),
                              cell(r["rate"]) if r["rate"] is not None else "–"] for r in data.rates], [3, 1, 1, 1])]
        story.append(doc.p(_("What participants and organisers said, per criterion"), "Heading2"))
        for table in data.criteria:
            story += [doc.p(table.title, "Heading3"),
                      doc.table([[table.columns[0], "", *table.columns[1:]]] +
                                [[line.label, bar(line.value), *[cell(c) for c in line.cells]] for line in table.lines],
                                [3, 1.2, 1.2, 1.1, 0.9, 1.2])]
        story.append(doc.p(_("Who took part, against who lives there"), "Heading2"))
        for table in data.inclusion:
            story += [doc.p(table.title, "Heading3"),
                      doc.table([[table.columns[0], "", *table.columns[1:]]] +
                                [[line.label, bar(line.value), *[cell(c) for c in line.cells]] for line in table.lines],
                                [2.4, 1.3, *[1] * (len(table.columns) - 1)])]
            if table.note:
                story.append(doc.p(table.note))
        if data.missing_reference:
            story.append(doc.p(data.missing_reference))
        story.append(doc.p(_("What became of each recommendation"), "Heading2"))
        story.append(doc.table([[_("Reference"), _("Recommendation"), _("Answer"), _("Implementation"), _("Progress (%)")]] +
                               [[c.reference, c.text, c.get_answer_display(), c.get_status_display(), cell(c.progress)]
                                for c in data.commitments], [0.8, 4, 1.3, 1.2, 0.8]))
        story += [Spacer(1, 8), doc.p(_("Source of the questionnaires and criteria: %(source)s") % {"source": OECD_SOURCE})]
        return doc.build(story)
