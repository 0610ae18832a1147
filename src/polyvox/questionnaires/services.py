"""The use cases of questionnaires, one function each (the module's API; other apps call only these).

    q = create_from_template("oecd-participants", subject=panel, organisation=org, by=user)
    codes = issue_codes(q, 60)                 # tokens to hand out; each answers once
    apply(q, "open", by=user)                  # the workflow (questionnaires/workflow.py): open, close, reopen
    answer(code.token, {"purpose-clear": "4", ...}, language="nl")   # raises AnswerRefused(errors by key)
    results(q)                                 # per question: counts, percentages, mean, texts
    response_rate(q)                           # (responses, codes issued)
    export_rows(q)                             # CSV rows, one per response (write them with core.spreadsheet)
    for_subject(obj)                           # the questionnaires attached to obj
    entry_link(), code_link(code)              # the addresses to hand out (no language: the phone's is used)
    qr_svg(url, label)                         # a QR code of an address, as inline SVG for a page

Templates are YAML files in `questionnaires/data/templates/<key>.yaml` (the OECD's participants' and
organisers' questionnaires), read by `core.content`.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core import content
from polyvox.core.content import Field
from polyvox.questionnaires.models import (CHOICE_KINDS, AccessCode, Answer, Choice, Kind, Question, Questionnaire,
                                           Response, State)

TEMPLATES_DIR = Path(__file__).parent / "data" / "templates"
LANGUAGES = ("fr", "nl", "en")

# The five points of the agreement scale, in the interface's catalogues (copied into each question's choices).
AGREEMENT = [
    ("1", gettext_lazy("Strongly disagree")),
    ("2", gettext_lazy("Disagree")),
    ("3", gettext_lazy("Neither agree nor disagree")),
    ("4", gettext_lazy("Agree")),
    ("5", gettext_lazy("Strongly agree")),
]

_TEXT = Field("text")
_OPTIONAL_TEXT = Field("text", required=False, default=lambda: {"fr": "", "nl": "", "en": ""})
TEMPLATE_SCHEMA = {
    "title": _TEXT,
    "intro": _OPTIONAL_TEXT,
    "audience": Field("str"),
    "source": Field("str", required=False, default=""),
    "questions": Field("list", item=Field("map", schema={
        "key": Field("str"),
        "kind": Field("str", choices=frozenset(Kind.values)),
        "text": _TEXT,
        "help": _OPTIONAL_TEXT,
        "criterion": Field("str", required=False, default=""),
        "required": Field("bool", required=False, default=False),
        "minimum": Field("int", required=False, default=None, nullable=True),
        "maximum": Field("int", required=False, default=None, nullable=True),
        "choices": Field("list", required=False, default=list, item=Field("map", schema={
            "value": Field("str"), "label": _TEXT})),
        "show_if": Field("map", required=False, default=None, nullable=True, schema={
            "question": Field("str"), "values": Field("list", item=Field("str"))}),
    })),
}


class AnswerRefused(Exception):
    """A response that cannot be stored; `errors` maps a question key (or "" for the whole) to its message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))


# Creating -----------------------------------------------------------------------------------------------

def templates() -> dict[str, content.Item]:
    """The available templates by key (file name without .yaml)."""
    kind = content.Kind("questionnaire template", TEMPLATES_DIR, TEMPLATE_SCHEMA)
    items = {}
    for path in sorted(TEMPLATES_DIR.glob("*.yaml")):
        item = content.load_file(path, kind)
        keys = [q["key"] for q in item["questions"]]
        for position, question in enumerate(item["questions"]):
            condition = question["show_if"]
            if condition and condition["question"] not in keys[:position]:
                raise item.error(f"show_if: {condition['question']!r} is not an earlier question",
                                 "questions", position, "show_if")
        items[path.stem] = item
    return items


@transaction.atomic
def create_from_template(key: str, *, subject=None, organisation=None, title: dict | None = None,
                         by=None, is_example: bool = False) -> Questionnaire:
    """A new draft questionnaire holding the template's questions in FR, NL and EN."""
    found = templates()
    if key not in found:
        raise KeyError(key)
    item = found[key]
    titles = title or item["title"]
    questionnaire = Questionnaire(template=key, audience=item["audience"], organisation=organisation,
                                  is_example=is_example)
    _set_texts(questionnaire, "title", titles)
    _set_texts(questionnaire, "intro", item["intro"])
    if subject is not None:
        questionnaire.content_type = ContentType.objects.get_for_model(subject)
        questionnaire.object_id = subject.pk
    questionnaire.save()
    by_key: dict[str, Question] = {}
    for position, spec in enumerate(item["questions"]):
        question = Question(questionnaire=questionnaire, position=position, key=spec["key"], kind=spec["kind"],
                            criterion=spec["criterion"], required=spec["required"],
                            minimum=spec["minimum"], maximum=spec["maximum"])
        _set_texts(question, "text", spec["text"])
        _set_texts(question, "help", spec["help"])
        if spec["show_if"]:
            question.show_if = by_key[spec["show_if"]["question"]]
            question.show_if_values = list(spec["show_if"]["values"])
        question.save()
        by_key[question.key] = question
        choices = [(c["value"], c["label"]) for c in spec["choices"]]
        if spec["kind"] == Kind.SCALE and not choices:
            choices = [(value, _in_each_language(label)) for value, label in AGREEMENT]
        for order, (value, labels) in enumerate(choices):
            choice = Choice(question=question, position=order, value=value)
            _set_texts(choice, "label", labels)
            choice.save()
    from polyvox.core.transitions import record

    record(questionnaire, "create", actor=by or None, message=f"template {key}")
    return questionnaire


def issue_codes(questionnaire: Questionnaire, count: int) -> list[AccessCode]:
    """`count` new access codes (1 to 5,000 at a time)."""
    if not 1 <= int(count) <= 5000:
        raise ValueError(_("Ask for 1 to 5,000 codes at a time."))
    return AccessCode.objects.bulk_create([AccessCode(questionnaire=questionnaire) for _ in range(int(count))])


def for_subject(obj, audience: str | None = None):
    """The questionnaires attached to obj (optionally of one audience)."""
    found = Questionnaire.objects.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)
    return found.filter(audience=audience) if audience else found


# Handing out ---------------------------------------------------------------------------------------------

def _without_language(name: str, *args) -> str:
    """The site's address of a page without its language prefix: it opens in the language of the phone."""
    from django.conf import settings
    from django.urls import reverse

    with translation.override("fr"):
        path = reverse(name, args=args)
    path = path[len("/fr"):] if path.startswith("/fr/") else path
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def entry_link() -> str:
    """The page where a code written on a paper slip is typed."""
    return _without_language("questionnaires:code")


def code_link(code: AccessCode) -> str:
    """The personal link of one code: it opens the questionnaire, the code filled in."""
    return _without_language("questionnaires:answer", code.token)


def qr_svg(url: str, label: str) -> str:
    """A QR code of `url` as inline SVG (scaled by CSS), named `label` for screen readers."""
    import segno
    from django.utils.html import escape

    svg = segno.make(url, error="m").svg_inline(scale=4, border=2, svgclass="q-qr", lineclass=None, omitsize=True)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)


# Answering ----------------------------------------------------------------------------------------------

def shown(question: Question, values: dict) -> bool:
    """Whether `question` is asked, given the answers so far (key -> value): its condition, if any, holds."""
    if question.show_if_id is None:
        return True
    given = values.get(question.show_if.key)
    if given is None:
        return False
    given = given if isinstance(given, list) else [given]
    return any(str(value) in question.show_if_values for value in given)


def clean(questionnaire: Questionnaire, raw: dict) -> dict:
    """The answers of a submitted form (key -> str or list of str), checked: key -> stored value.
    Raises AnswerRefused with one message per faulty question. Answers to questions not shown are dropped."""
    questions = list(questionnaire.questions.select_related("show_if").prefetch_related("choices"))
    values: dict = {}
    errors: dict[str, str] = {}
    for question in questions:
        if not shown(question, values):
            continue
        given = raw.get(question.key)
        given = [str(v).strip() for v in given if str(v).strip()] if isinstance(given, list | tuple) else \
            ([str(given).strip()] if given is not None and str(given).strip() else [])
        if not given:
            if question.required:
                errors[question.key] = _("Please answer this question.")
            continue
        allowed = {choice.value for choice in question.choices.all()}
        if question.kind in (Kind.SINGLE, Kind.SCALE):
            if len(given) != 1 or given[0] not in allowed:
                errors[question.key] = _("Choose one of the answers offered.")
                continue
            values[question.key] = given[0]
        elif question.kind == Kind.MULTIPLE:
            if any(value not in allowed for value in given):
                errors[question.key] = _("Choose among the answers offered.")
                continue
            values[question.key] = sorted(set(given), key=[c.value for c in question.choices.all()].index)
        elif question.kind == Kind.NUMBER:
            try:
                number = Decimal(given[0].replace(",", "."))
                if not number.is_finite():
                    raise InvalidOperation
            except InvalidOperation:
                errors[question.key] = _("Write a number, for example 12 or 3.5.")
                continue
            if question.minimum is not None and number < question.minimum or \
                    question.maximum is not None and number > question.maximum:
                errors[question.key] = _("Write a number between %(low)s and %(high)s.") % {
                    "low": _plain(question.minimum), "high": _plain(question.maximum)}
                continue
            values[question.key] = float(number)
        else:
            if len(given[0]) > 5000:
                errors[question.key] = _("Write at most 5,000 characters.")
                continue
            values[question.key] = given[0]
    if errors:
        raise AnswerRefused(errors)
    return values


def answer(token: str, raw: dict, *, language: str = "fr", is_example: bool = False) -> Response:
    """Store the response given with the access code `token`: one per code, only while the questionnaire is
    open. Raises AccessCode.DoesNotExist for an unknown code, AnswerRefused otherwise."""
    with transaction.atomic():
        code = AccessCode.objects.select_for_update().select_related("questionnaire").get(token=token)
        questionnaire = code.questionnaire
        if questionnaire.state != State.OPEN:
            raise AnswerRefused({"": _("This questionnaire is not open for answers.")})
        if code.used_at is not None:
            raise AnswerRefused({"": _("This code was already used: a code answers once.")})
        values = clean(questionnaire, raw)
        response = Response.objects.create(questionnaire=questionnaire, code=code, language=language[:2],
                                           submitted_on=timezone.localdate(), is_example=is_example)
        questions = {q.key: q for q in questionnaire.questions.all()}
        Answer.objects.bulk_create([Answer(response=response, question=questions[key], value=value)
                                    for key, value in values.items()])
        code.used_at = timezone.now()
        code.save(update_fields=["used_at"])
    return response


# Reading ------------------------------------------------------------------------------------------------

@dataclass
class Row:
    value: str
    label: str
    count: int
    percent: float


@dataclass
class QuestionResult:
    question: Question
    answered: int
    rows: list[Row] = field(default_factory=list)
    mean: float | None = None
    median: float | None = None
    low: float | None = None
    high: float | None = None
    texts: list[str] = field(default_factory=list)


def results(questionnaire: Questionnaire) -> list[QuestionResult]:
    """Per question, in order: how many answered, and counts with percentages (choices), the mean of a
    scale, the mean, median and range of a number, or the texts."""
    answers: dict[int, list] = {}
    for question_id, value in Answer.objects.filter(question__questionnaire=questionnaire).values_list(
            "question_id", "value").order_by("pk"):
        answers.setdefault(question_id, []).append(value)
    found = []
    for question in questionnaire.questions.prefetch_related("choices"):
        given = answers.get(question.pk, [])
        result = QuestionResult(question=question, answered=len(given))
        if question.kind in CHOICE_KINDS:
            counts: dict[str, int] = {}
            for value in given:
                for one in (value if isinstance(value, list) else [value]):
                    counts[str(one)] = counts.get(str(one), 0) + 1
            for choice in question.choices.all():
                count = counts.get(choice.value, 0)
                result.rows.append(Row(choice.value, choice.label, count,
                                       round(100 * count / len(given), 1) if given else 0.0))
            if question.kind == Kind.SCALE and given:
                result.mean = round(statistics.fmean(int(v) for v in given), 2)
        elif question.kind == Kind.NUMBER and given:
            numbers = [float(v) for v in given]
            result.mean, result.median = round(statistics.fmean(numbers), 2), statistics.median(numbers)
            result.low, result.high = min(numbers), max(numbers)
        elif question.kind == Kind.TEXT:
            result.texts = [str(v) for v in given]
        found.append(result)
    return found


def response_rate(questionnaire: Questionnaire) -> tuple[int, int]:
    """(responses received, codes issued)."""
    return questionnaire.responses.count(), questionnaire.codes.count()


def export_rows(questionnaire: Questionnaire) -> list[list]:
    """A header (response, date, language, example, then each question's key) and one row per response."""
    questions = list(questionnaire.questions.all())
    header = ["response", "submitted_on", "language", "is_example", *[q.key for q in questions]]
    rows = [header]
    by_response: dict[int, dict] = {}
    for response_id, question_id, value in Answer.objects.filter(response__questionnaire=questionnaire).values_list(
            "response_id", "question_id", "value"):
        by_response.setdefault(response_id, {})[question_id] = value
    for response in questionnaire.responses.order_by("pk"):
        given = by_response.get(response.pk, {})
        cells = []
        for question in questions:
            value = given.get(question.pk)
            cells.append("" if value is None else ";".join(map(str, value)) if isinstance(value, list) else value)
        rows.append([response.pk, response.submitted_on.isoformat(), response.language,
                     "yes" if response.is_example else "no", *cells])
    return rows


# Helpers -------------------------------------------------------------------------------------------------

def _set_texts(obj, name: str, texts: dict) -> None:
    for lang in LANGUAGES:
        setattr(obj, f"{name}_{lang}", texts.get(lang, "") or "")


def _in_each_language(label) -> dict:
    texts = {}
    for lang in LANGUAGES:
        with translation.override(lang):
            texts[lang] = str(label)
    return texts


def _plain(value) -> str:
    if value is None:
        return "…"
    return f"{value:f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{value:f}"
