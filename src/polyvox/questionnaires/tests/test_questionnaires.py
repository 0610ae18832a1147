"""Questionnaires: templates in three languages, the workflow, answering by code (once), skip logic, bad
input answered in the reader's language with nothing stored, results, CSV export neutralised."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.accounts.testing import sign_in
from polyvox.core.models import AuditEntry
from polyvox.core.workflow import SYSTEM, NotPermitted, Refused, apply
from polyvox.questionnaires import services
from polyvox.questionnaires.models import Answer, Questionnaire, Response, State

pytestmark = pytest.mark.django_db


def url(name, *args, lang="fr"):
    with translation.override(lang):
        return reverse(f"questionnaires:{name}", args=args)


def test_both_oecd_templates_load_in_three_languages():
    found = services.templates()
    assert {"oecd-participants", "oecd-organisers"} <= set(found)
    for key in found:
        q = services.create_from_template(key)
        assert q.title_fr and q.title_nl and q.title_en
        for question in q.questions.all():
            assert question.text_fr and question.text_nl and question.text_en, question.key
            for choice in question.choices.all():
                assert choice.label_fr and choice.label_nl and choice.label_en, (question.key, choice.value)
        assert q.state == State.DRAFT


def test_scale_labels_come_in_each_language():
    q = services.create_from_template("oecd-participants")
    labels = q.questions.get(key="purpose-clear").choices.get(value="5")
    assert (labels.label_fr, labels.label_nl, labels.label_en) == ("Tout à fait d'accord", "Helemaal akkoord", "Strongly agree")


def test_workflow_needs_permission_and_leaves_an_audit(owner_org, editor, stranger):
    q = services.create_from_template("oecd-organisers", organisation=owner_org)
    with pytest.raises(NotPermitted):
        apply(q, "open", by=stranger)
    apply(q, "open", by=editor)
    q.refresh_from_db()
    assert q.state == State.OPEN and q.opened_at
    apply(q, "close", by=editor)
    assert AuditEntry.objects.filter(action="close").exists()


def test_empty_questionnaire_cannot_open(owner_org):
    q = Questionnaire.objects.create(title_fr="Vide", organisation=owner_org)
    with pytest.raises(Refused) as refused:
        apply(q, "open", by=SYSTEM)
    assert "pas encore de question" in str(refused.value)


def test_answer_once_by_code_and_skip_logic(client, questionnaire, code):
    data = {"purpose-clear": "4", "had-difficulty": "no", "difficulties": ["language"], "age-band": "25-39",
            "commune": "21001", "comment": "=HYPERLINK(\"x\")"}
    response = client.post(url("answer", code.token), data)
    assert response.status_code == 200 and "Merci" in response.content.decode()
    stored = Response.objects.get()
    given = {a.question.key: a.value for a in stored.answers.select_related("question")}
    assert given["purpose-clear"] == "4" and given["commune"] == "21001"
    assert "difficulties" not in given  # not shown: "no" to the question it depends on
    again = client.post(url("answer", code.token), data)
    assert "déjà été utilisé" in again.content.decode()
    assert Response.objects.count() == 1


def test_conditional_question_is_kept_when_its_condition_holds(questionnaire, code):
    services.answer(code.token, {"had-difficulty": "yes", "difficulties": ["language", "schedule"]})
    assert Answer.objects.get(question__key="difficulties").value == ["language", "schedule"]


def test_bad_input_in_dutch_stores_nothing(client, questionnaire, code):
    response = client.post(url("answer", code.token, lang="nl"), {"purpose-clear": "9", "difficulties": "x"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Kies een van de aangeboden antwoorden." in body
    assert Response.objects.count() == 0
    code.refresh_from_db()
    assert code.used_at is None


def test_number_out_of_range_is_refused(owner_org):
    q = services.create_from_template("oecd-organisers", organisation=owner_org)
    apply(q, "open", by=SYSTEM)
    code = services.issue_codes(q, 1)[0]
    for bad in ("abc", "-3", "1e9", "NaN"):
        with pytest.raises(services.AnswerRefused) as refused:
            services.answer(code.token, {"participants-count": bad})
        assert "participants-count" in refused.value.errors
    services.answer(code.token, {"participants-count": "42,0", "answer-planned": "no", "answer-obstacles": "Budget"})
    assert Answer.objects.get(question__key="participants-count").value == 42.0


def test_unknown_code_is_404_and_closed_questionnaire_says_so(client, questionnaire, code):
    assert client.get(url("answer", "nope")).status_code == 404
    apply(questionnaire, "close", by=SYSTEM)
    response = client.get(url("answer", code.token, lang="nl"))
    assert "niet open" in response.content.decode()
    with pytest.raises(services.AnswerRefused):
        services.answer(code.token, {"purpose-clear": "3"})


def test_code_typed_on_the_form_leads_to_the_questionnaire(client, code):
    response = client.post(url("code"), {"code": code.token})
    assert response.status_code == 302 and code.token in response["Location"]
    response = client.post(url("code"), {"code": "wrong"})
    assert "inconnu" in response.content.decode()


def test_results_and_csv(client, questionnaire, staff, stranger):
    codes = services.issue_codes(questionnaire, 4)
    for value, code in zip(["5", "4", "4"], codes):
        services.answer(code.token, {"purpose-clear": value, "comment": "=1+1"})
    results = {r.question.key: r for r in services.results(questionnaire)}
    clear = results["purpose-clear"]
    assert clear.answered == 3 and clear.mean == pytest.approx(4.33)
    assert [(row.value, row.count) for row in clear.rows][3:] == [("4", 2), ("5", 1)]
    assert services.response_rate(questionnaire) == (3, 4)

    sign_in(client, stranger)
    assert client.get(url("results", questionnaire.pk)).status_code == 404
    sign_in(client, staff)
    page = client.get(url("results", questionnaire.pk)).content.decode()
    assert "<svg" in page and "<table" in page and "75,0" in page  # 3 of 4 codes
    rows = list(csv.reader(io.StringIO(client.get(url("results-csv", questionnaire.pk)).content.decode())))
    assert rows[0][:4] == ["response", "submitted_on", "language", "is_example"]
    assert "'=1+1" in rows[1]


def test_manage_page_opens_closes_and_creates_codes(client, owner_org, editor, stranger):
    q = services.create_from_template("oecd-participants", organisation=owner_org)
    sign_in(client, stranger)
    assert client.get(url("manage", q.pk)).status_code == 404
    assert client.post(url("step", q.pk, "open")).status_code == 404
    sign_in(client, editor)
    assert client.get(url("manage", q.pk)).status_code == 200
    client.post(url("step", q.pk, "open"))
    q.refresh_from_db()
    assert q.state == State.OPEN
    assert client.post(url("manage", q.pk), {"count": "0"}).status_code == 400
    client.post(url("manage", q.pk), {"count": "3"})
    assert q.codes.count() == 3
    rows = client.get(url("codes-csv", q.pk)).content.decode().splitlines()
    assert len(rows) == 4
    response = client.post(url("step", q.pk, "reopen"))  # not allowed from open: a message, no change
    assert response.status_code == 302
    q.refresh_from_db()
    assert q.state == State.OPEN


def test_create_from_template_page(client, staff, stranger):
    sign_in(client, stranger)
    assert client.get(url("create")).status_code == 404
    sign_in(client, staff)
    assert client.post(url("create"), {"template": "nope"}).status_code == 400
    response = client.post(url("create"), {"template": "oecd-organisers"})
    assert response.status_code == 302
    assert Questionnaire.objects.get().template == "oecd-organisers"


def test_attached_generically(owner_org):
    q = services.create_from_template("oecd-participants", subject=owner_org, organisation=owner_org)
    assert list(services.for_subject(owner_org)) == [q]
    assert list(services.for_subject(owner_org, "organisers")) == []
