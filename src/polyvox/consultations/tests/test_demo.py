"""The demo conversation: its content file is complete in FR, NL and EN, and building it goes through the service
commands to an opinion map with groups; it is marked as an invented example."""

import pytest

from polyvox.consultations import demo
from polyvox.consultations.models import StatementState
from polyvox.core.content import load

pytestmark = pytest.mark.django_db


def test_every_statement_is_written_in_the_three_languages():
    for item in load(demo.CONVERSATIONS):
        for statement in item["statements"]:
            assert all(statement["text"][code].strip() for code in ("fr", "nl", "en")), statement
            assert len(statement["lean"]) == len(item["profiles"])


def test_the_demo_conversation_is_built_through_the_commands(initiative, editor):
    from polyvox.core.tests.factories import give_staff_role

    staff = give_staff_role(editor)
    item = load(demo.CONVERSATIONS)[0]
    item.data["participants"] = 80
    consultation = demo.build(item, initiative, staff)
    assert consultation.is_example and consultation.state == "open"
    assert consultation.statements.filter(state=StatementState.APPROVED).count() == len(item["statements"])
    assert consultation.statements.filter(state=StatementState.PENDING).count() == len(item["pending"])
    assert consultation.statements.filter(similar_to__isnull=False).count() >= 1  # the near-duplicate is held
    assert consultation.participants.count() == 80 + len(item["pending"])
    assert consultation.opinion_map.data["k"] >= 2
    assert consultation.statements.get(number=2).text_nl.startswith("Bestelwagens")
    questionnaire = consultation_questionnaire(consultation)
    assert questionnaire.state == "open" and questionnaire.responses.count() >= 5
    assert all(response.is_example for response in questionnaire.responses.all())


def consultation_questionnaire(consultation):
    from polyvox.consultations.services import questionnaire_of

    return questionnaire_of(consultation)


def test_the_imported_public_conversation_keeps_its_source_and_gets_its_map(initiative, editor):
    from polyvox.core.tests.factories import give_staff_role

    consultation = demo.import_public_conversation(initiative, give_staff_role(editor))
    assert consultation.state == "closed" and consultation.imported_from.endswith("CC BY 4.0")
    assert consultation.participants.count() > 300
    assert consultation.statements.filter(state=StatementState.HIDDEN).count() == 23  # Pol.is's moderated-out ones
    assert consultation.opinion_map.data["k"] >= 2
    assert demo.import_public_conversation(initiative, editor) is None  # once
