"""The use cases of a panel's report: its date and document, its recommendations entered by hand or imported
from a CSV file (every line or none), and its publication through `panels/workflow.py` (draft -> published,
and back to draft to correct it). The panel's organisers (`panels.manage_panel`) make them; every change is
recorded in the report's history. A published report is read-only until it is withdrawn.

CSV file of recommendations (UTF-8, comma or semicolon between cells, a header line naming the columns):

    reference                   number or reference of the recommendation (required, once per report), e.g. R3 or 2.1
    text_fr, text_nl, text_en   its text in each language: at least one per line (French or Dutch to publish)
    theme_fr, theme_nl, theme_en  its theme or chapter (optional): recommendations are shown grouped by it
    support                     the share of the panel who voted for it, in percent (optional): 87, 87.5, 87,5 or 87 %

    reference;theme_fr;text_fr;text_nl;support
    R1;Mobilité;Aménager des pistes cyclables séparées.;Gescheiden fietspaden aanleggen.;87
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from polyvox.core.transitions import Msg, record
from polyvox.core.workflow import SYSTEM, Refused, TransitionNotAllowed
from polyvox.panels.models import Panel, Recommendation, Report, ReportState
from polyvox.panels.services import PanelError
from polyvox.panels.workflow import REPORT

LANGUAGES = ("fr", "nl", "en")
COLUMNS = ("reference", "text_fr", "text_nl", "text_en", "theme_fr", "theme_nl", "theme_en", "support")
TEXT_COLUMNS = ("text_fr", "text_nl", "text_en")
MAX_BYTES = 2 * 1024 * 1024
MAX_LINES = 1000
MAX_TEXT = 20_000
MAX_THEME = 200
MAX_REFERENCE = 30
MAX_PROBLEMS_SHOWN = 50
_SUPPORT = re.compile(r"^(\d{1,3})(?:[.,](\d))?\s*%?$")


class ReportRefused(PanelError):
    """The change or the file was refused; `problems` lists what is wrong (with the line, for a file). Nothing
    was stored."""

    def __init__(self, problems: list[str]):
        self.problems = [str(problem) for problem in problems]
        super().__init__(" ".join(self.problems))


# --- reading ---------------------------------------------------------------------------------------------

def report_of(panel: Panel) -> Report | None:
    return Report.objects.filter(panel=panel).first()


def published_report(panel: Panel) -> Report | None:
    """The panel's report when it is published (what the public may read), else None."""
    return Report.objects.filter(panel=panel, state=ReportState.PUBLISHED).first()


def recommendations(report: Report | None) -> list[Recommendation]:
    return list(report.recommendations.order_by("position", "pk")) if report is not None else []


def by_theme(items: list[Recommendation]) -> list[tuple[str, list[Recommendation]]]:
    """The recommendations grouped by their theme in the reader's language, the themes in the order they first
    appear (recommendations without a theme form a group with an empty name)."""
    groups: dict[str, list[Recommendation]] = {}
    for recommendation in items:
        groups.setdefault((recommendation.theme or "").strip(), []).append(recommendation)
    return list(groups.items())


def blockers(report: Report | None, by) -> list[str]:
    """Why the report cannot be published now (empty when it can)."""
    if report is None:
        return [_("Add at least one recommendation first.")]
    return REPORT.blockers(report, "publish_report", by=by)


# --- checking a recommendation ---------------------------------------------------------------------------

def parse_support(raw) -> Decimal | None:
    """The support in percent ("87", "87.5", "87,5", "87 %"), None when empty; ValueError when not 0 to 100."""
    text = str(raw or "").strip()
    if not text:
        return None
    found = _SUPPORT.match(text)
    if not found:
        raise ValueError(text)
    value = Decimal(f"{found.group(1)}.{found.group(2) or 0}")
    if value > 100:
        raise ValueError(text)
    return value


def check_values(values: dict) -> tuple[dict, dict[str, str]]:
    """The cleaned fields of one recommendation, and {field: problem} for each field that is wrong.

    `values` holds strings: reference, text_fr, text_nl, text_en, theme_fr, theme_nl, theme_en, support."""
    cleaned: dict = {}
    problems: dict[str, str] = {}
    for name in COLUMNS:
        value = str(values.get(name) or "").strip()
        if "\x00" in value:
            problems[name] = _("This cell holds an invisible NUL character (code 0), which cannot be stored.")
        cleaned[name] = value
    reference = cleaned["reference"]
    if not reference:
        problems.setdefault("reference", _("Give the recommendation's number or reference."))
    elif len(reference) > MAX_REFERENCE:
        problems.setdefault("reference", _("A reference has at most %(n)s characters.") % {"n": MAX_REFERENCE})
    if not any(cleaned[name] for name in TEXT_COLUMNS):
        problems.setdefault("text_fr", _("Write the recommendation's text in at least one language."))
    for name in TEXT_COLUMNS:
        if len(cleaned[name]) > MAX_TEXT:
            problems.setdefault(name, _("A text has at most %(n)s characters.") % {"n": f"{MAX_TEXT:,}".replace(",", " ")})
    for lang in LANGUAGES:
        if len(cleaned[f"theme_{lang}"]) > MAX_THEME:
            problems.setdefault(f"theme_{lang}", _("A theme has at most %(n)s characters.") % {"n": MAX_THEME})
    try:
        cleaned["support"] = parse_support(cleaned["support"])
    except ValueError:
        problems.setdefault("support", _("The support is a percentage from 0 to 100, e.g. 87 or 87.5."))
    return cleaned, problems


# --- changing the draft ----------------------------------------------------------------------------------

def _check(by, panel: Panel) -> None:
    if by is SYSTEM:
        return
    if not (getattr(by, "is_authenticated", False) and by.has_perm("panels.manage_panel", panel)):
        raise PanelError(_("You may not do this."))


def _actor(by):
    return None if by is SYSTEM else by


def _draft(panel: Panel) -> Report:
    """The panel's report, created when missing, locked for this transaction; refused once published."""
    report, _created = Report.objects.get_or_create(panel=panel)
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.state != ReportState.DRAFT:
        raise PanelError(_("The report is published: withdraw it first to correct it."))
    return report


def _fill(recommendation: Recommendation, cleaned: dict) -> None:
    recommendation.reference = cleaned["reference"]
    for lang in LANGUAGES:
        setattr(recommendation, f"text_{lang}", cleaned[f"text_{lang}"])
        setattr(recommendation, f"theme_{lang}", cleaned[f"theme_{lang}"])
    recommendation.support = cleaned["support"]


def _refuse_problems(problems: dict[str, str]) -> None:
    if problems:
        raise ReportRefused(list(dict.fromkeys(problems.values())))


def _reference_taken(report: Report, reference: str, excluding: int | None = None) -> bool:
    return report.recommendations.filter(reference=reference).exclude(pk=excluding).exists()


def set_report(panel: Panel, by, *, date, document=None, remove_document: bool = False,
               is_example: bool | None = None) -> Report:
    """The report's date and its document (a PDF checked by the form; stored under a random name)."""
    _check(by, panel)
    with transaction.atomic():
        report = _draft(panel)
        old = report.document.name if report.document else ""
        report.date = date
        if is_example is not None:
            report.is_example = is_example
        if document is not None:
            report.document = document
            report.document_name = (getattr(document, "name", "") or "report.pdf").rsplit("/", 1)[-1][:200]
        elif remove_document:
            report.document, report.document_name = None, ""
        report.save()
        record(report, "edit_report", actor=_actor(by), message=Msg(
            "Date of the report: %(date)s; document: %(document)s.", date={"date": date.isoformat()} if date else "—",
            document=report.document_name or "—"))
    if old and old != (report.document.name if report.document else ""):
        transaction.on_commit(lambda: report.document.storage.delete(old))
    return report


def add_recommendation(panel: Panel, by, values: dict) -> Recommendation:
    """A new recommendation at the end of the draft report; ReportRefused says what is wrong, storing nothing."""
    _check(by, panel)
    cleaned, problems = check_values(values)
    _refuse_problems(problems)
    with transaction.atomic():
        report = _draft(panel)
        if _reference_taken(report, cleaned["reference"]):
            raise ReportRefused([_("The reference “%(ref)s” is already used in this report.") % {"ref": cleaned["reference"]}])
        recommendation = Recommendation(report=report, position=_next_position(report))
        _fill(recommendation, cleaned)
        recommendation.save()
        record(report, "add_recommendation", actor=_actor(by), message=Msg("Recommendation %(ref)s.",
                                                                           ref=recommendation.reference))
    return recommendation


def edit_recommendation(recommendation: Recommendation, by, values: dict) -> Recommendation:
    panel = recommendation.report.panel
    _check(by, panel)
    cleaned, problems = check_values(values)
    _refuse_problems(problems)
    with transaction.atomic():
        report = _draft(panel)
        if _reference_taken(report, cleaned["reference"], excluding=recommendation.pk):
            raise ReportRefused([_("The reference “%(ref)s” is already used in this report.") % {"ref": cleaned["reference"]}])
        _fill(recommendation, cleaned)
        recommendation.save()
        record(report, "edit_recommendation", actor=_actor(by), message=Msg("Recommendation %(ref)s.",
                                                                            ref=recommendation.reference))
    return recommendation


def delete_recommendation(recommendation: Recommendation, by) -> None:
    panel = recommendation.report.panel
    _check(by, panel)
    with transaction.atomic():
        report = _draft(panel)
        reference = recommendation.reference
        recommendation.delete()
        record(report, "delete_recommendation", actor=_actor(by), message=Msg("Recommendation %(ref)s.", ref=reference))


def _next_position(report: Report) -> int:
    highest = report.recommendations.aggregate(highest=Max("position"))["highest"]
    return 0 if highest is None else highest + 1


# --- the CSV file ----------------------------------------------------------------------------------------

def read_csv(data: bytes) -> list[dict]:
    """The lines of a CSV file of recommendations as dicts (with their `line`), or ReportRefused naming the line
    of each problem of the file's form (encoding, columns, cells)."""
    if len(data) > MAX_BYTES:
        raise ReportRefused([_("The file is larger than 2 MB.")])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ReportRefused([_("Line %(line)s: the file is not UTF-8 text; save it as “CSV UTF-8” and try again.")
                                 % {"line": number}]) from None
    text = data.decode("utf-8")
    if not text.strip():
        raise ReportRefused([_("The file is empty.")])
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(reader)]
        _check_header(header)
        rows = []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue  # an empty line (spreadsheets add some at the end)
            if len(rows) >= MAX_LINES:
                raise ReportRefused([_("The file has more than %(n)s recommendations.") % {"n": MAX_LINES}])
            if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header):]):
                rows.append({"line": reader.line_num, "extra": True})
                continue
            row = dict(zip(header, cells))
            rows.append({"line": reader.line_num, **{name: row.get(name, "") for name in COLUMNS}})
    except csv.Error:
        raise ReportRefused([_("Line %(line)s: this line cannot be read as CSV (check its quotation marks).")
                             % {"line": reader.line_num}]) from None
    if not rows:
        raise ReportRefused([_("The file holds no recommendation, only its header line.")])
    return rows


def _check_header(header: list[str]) -> None:
    seen = set()
    for name in header:
        if name not in COLUMNS:
            raise ReportRefused([_("Line 1: unknown column “%(column)s”; the columns are: %(columns)s.")
                                 % {"column": name[:40], "columns": ", ".join(COLUMNS)}])
        if name in seen:
            raise ReportRefused([_("Line 1: the column “%(column)s” appears twice.") % {"column": name}])
        seen.add(name)
    if "reference" not in seen:
        raise ReportRefused([_("Line 1: the column “reference” is missing.")])
    if not seen & set(TEXT_COLUMNS):
        raise ReportRefused([_("Line 1: a column text_fr, text_nl or text_en is needed.")])


def import_csv(panel: Panel, by, data: bytes) -> list[Recommendation]:
    """Add the recommendations of a CSV file (see the module's docstring) to the draft report: every line or none.
    ReportRefused lists each wrong line ("Line 4: ...")."""
    _check(by, panel)
    rows = read_csv(data)
    problems: list[tuple[int, str]] = []
    checked = []
    seen: dict[str, int] = {}
    for row in rows:
        line = row["line"]
        if row.get("extra"):
            problems.append((line, _("more cells than columns.")))
            continue
        cleaned, wrong = check_values(row)
        problems.extend((line, problem) for problem in dict.fromkeys(wrong.values()))
        reference = cleaned["reference"]
        if reference and reference in seen:
            problems.append((line, _("the reference “%(ref)s” is already on line %(first)s.")
                             % {"ref": reference[:40], "first": seen[reference]}))
        elif reference:
            seen[reference] = line
        checked.append((line, cleaned))
    with transaction.atomic():
        report = _draft(panel)
        taken = set(report.recommendations.filter(reference__in=list(seen)).values_list("reference", flat=True))
        problems.extend((line, _("the reference “%(ref)s” is already used in this report.") % {"ref": reference})
                        for reference, line in seen.items() if reference in taken)
        if problems:
            raise ReportRefused(_numbered(problems))
        position = _next_position(report)
        made = []
        for offset, (_line, cleaned) in enumerate(checked):
            recommendation = Recommendation(report=report, position=position + offset)
            _fill(recommendation, cleaned)
            recommendation.save()
            made.append(recommendation)
        record(report, "import_recommendations", actor=_actor(by), message=Msg(
            "%(count)s recommendations imported from a CSV file.", count=len(made)))
    return made


def _numbered(problems: list[tuple[int, str]]) -> list[str]:
    """ "Line N: problem" for each problem, in the order of the lines, at most MAX_PROBLEMS_SHOWN of them."""
    ordered = sorted(problems, key=lambda pair: pair[0])
    shown = [_("Line %(line)s: %(problem)s") % {"line": line, "problem": problem}
             for line, problem in ordered[:MAX_PROBLEMS_SHOWN]]
    if len(ordered) > MAX_PROBLEMS_SHOWN:
        shown.append(_("… and %(n)s more problems.") % {"n": len(ordered) - MAX_PROBLEMS_SHOWN})
    return shown


# --- publication -----------------------------------------------------------------------------------------

def publish(panel: Panel, by) -> Report:
    """Publish the report (the guards of `panels/workflow.py` say what is missing)."""
    return _move(panel, "publish_report", by)


def withdraw(panel: Panel, by) -> Report:
    """Back to draft, to correct it; follow-up keeps what it already imported."""
    return _move(panel, "withdraw_report", by)


def _move(panel: Panel, name: str, by) -> Report:
    from polyvox.core.workflow import apply

    _check(by, panel)
    report = report_of(panel)
    if report is None:
        raise PanelError(_("Add at least one recommendation first."))
    try:
        apply(report, name, by=by)
    except Refused as error:
        raise ReportRefused(error.reasons) from None
    except TransitionNotAllowed as error:
        raise PanelError(str(error)) from None
    return report
