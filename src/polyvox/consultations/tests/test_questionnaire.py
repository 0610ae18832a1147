"""A consultation's questionnaire (the generic questionnaires app): the organiser attaches and opens one; each
participant receives one code, kept by their browser only, and answers anonymously once."""

import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.accounts.testing import sign_in
from polyvox.consultations import services
from polyvox.consultations.models import Participant

pytestmark = pytest.mark.django_db


def url(name, *args):
    with translation.override("fr"):
        return reverse(f"consultations:{name}", args=args)


def test_a_participant_gets_one_code_and_answers_once(client, consultation, editor):
    sign_in(client, editor)
    client.post(url("attach-questionnaire", consultation.slug), {"template": "online-consultation"})
    questionnaire = services.questionnaire_of(consultation)
    assert questionnaire is not None and questionnaire.state == "open"
    client.logout()

    visitor = client.__class__()
    page = visitor.get(url("detail", consultation.slug))
    assert "Répondre au questionnaire" in page.content.decode() or "questionnaire" in page.content.decode()
    first = visitor.post(url("questionnaire", consultation.slug))
    assert first.status_code == 302 and "/a/" in first["Location"]
    again = visitor.post(url("questionnaire", consultation.slug))
    assert again["Location"] == first["Location"]  # the same code, from the browser
    assert questionnaire.codes.count() == 1
    participant = Participant.objects.get(consultation=consultation)
    assert participant.questionnaire_code_issued
    # the questionnaire's code is nowhere beside the participant
    assert not any(code.token in str(participant.__dict__) for code in questionnaire.codes.all())
    # the same participant in a fresh browser state (cookie of the code lost) gets no second code
    visitor.cookies.pop(f"pvx_cv_q_{consultation.slug}")
    refused = visitor.post(url("questionnaire", consultation.slug), follow=True)
    assert questionnaire.codes.count() == 1
    assert refused.status_code == 200


def test_only_organisers_attach_a_questionnaire_and_only_a_known_one(client, consultation, editor, other_editor):
    sign_in(client, other_editor)
    assert client.post(url("attach-questionnaire", consultation.slug), {"template": "online-consultation"}).status_code == 404
    client.logout()
    sign_in(client, editor)
    client.post(url("attach-questionnaire", consultation.slug), {"template": "../../etc/passwd"})
    assert services.questionnaire_of(consultation) is None
