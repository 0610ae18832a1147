"""Commitments: the answer (reasons required), the implementation, progress 0-100, parts with weights that
roll up, updates with documents, every change audited; bad input refused with nothing changed."""

from __future__ import annotations

from datetime import date

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from polyvox.accounts.testing import sign_in
from polyvox.core.models import AuditEntry
from polyvox.core.workflow import SYSTEM
from polyvox.followup import services
from polyvox.followup.models import Answer, Commitment, Status, Update

pytestmark = pytest.mark.django_db

REASONS = {"fr": "Le budget 2026 le prévoit.", "nl": "De begroting 2026 voorziet het.", "en": ""}


def url(name, *args, lang="fr"):
    with translation.override(lang):
        return reverse(f"followup:{name}", args=args)


def test_answer_needs_reasons_in_french_and_dutch(commitment, authority_editor):
    with pytest.raises(services.FollowUpError) as refused:
        services.answer(commitment, "adopt", {"fr": "Oui", "nl": ""}, by=authority_editor)
    assert "NL" in str(refused.value)
    commitment.refresh_from_db()
    assert commitment.answer == Answer.AWAITING and commitment.answered_on is None
    services.answer(commitment, "adopt", REASONS, by=authority_editor)
    commitment.refresh_from_db()
    assert commitment.answer == Answer.ADOPTED and commitment.reasons_nl == REASONS["nl"]
    assert AuditEntry.objects.filter(action="adopt", object_id=str(commitment.pk)).exists()


def test_only_the_authority_or_staff_answers(commitment, organiser, stranger, staff):
    for who in (organiser, stranger):
        with pytest.raises(services.FollowUpError):
            services.answer(commitment, "reject", REASONS, by=who)
    services.answer(commitment, "study", REASONS, by=staff)
    services.answer(commitment, "adopt_in_part", REASONS, by=staff)
    commitment.refresh_from_db()
    assert commitment.answer == Answer.PARTLY


def test_implementation_moves_and_abandon_needs_a_reason(commitment, organiser, authority_editor):
    with pytest.raises(services.FollowUpError):
        services.move(commitment, "start", by=organiser)  # not adopted yet
    services.answer(commitment, "adopt", REASONS, by=authority_editor)
    services.move(commitment, "start", by=organiser)
    with pytest.raises(services.FollowUpError):
        services.move(commitment, "abandon", by=organiser, reason={})
    services.move(commitment, "finish", by=organiser)
    commitment.refresh_from_db()
    assert commitment.status == Status.DONE and commitment.progress == 100


@pytest.mark.parametrize("bad", ["-1", "101", "abc", "", "50.5"])
def test_progress_outside_0_100_is_refused(commitment, organiser, bad):
    with pytest.raises(services.FollowUpError):
        services.set_progress(commitment, bad, by=organiser)
    commitment.refresh_from_db()
    assert commitment.progress == 0


def test_parts_roll_up_by_weight_and_weights_cannot_pass_100(commitment, organiser):
    a = services.add_child(commitment, {"fr": "Tronçon A"}, weight=60, by=organiser)
    b = services.add_child(commitment, {"fr": "Tronçon B"}, weight=40, by=organiser)
    with pytest.raises(services.FollowUpError) as refused:
        services.add_child(commitment, {"fr": "Tronçon C"}, weight=10, by=organiser)
    assert "110" in str(refused.value)
    assert commitment.children.count() == 2
    services.set_progress(a, 50, by=organiser)
    services.set_progress(b, 100, by=organiser)
    commitment.refresh_from_db()
    assert commitment.progress == 70  # 0.6 * 50 + 0.4 * 100
    with pytest.raises(services.FollowUpError):
        services.set_progress(commitment, 10, by=organiser)  # a parent's progress comes from its parts


def test_update_with_a_pdf_served_after_the_access_check(client, commitment, organiser, initiative):
    pdf = SimpleUploadedFile("rapport.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    update = services.add_update(commitment, date(2025, 6, 1), {"fr": "Étude lancée"}, by=organiser, progress=20,
                                 document=pdf)
    commitment.refresh_from_db()
    assert commitment.progress == 20 and update.progress == 20
    response = client.get(url("document", update.pk))
    assert response.status_code == 200 and response["X-Content-Type-Options"] == "nosniff"
    initiative.publication_state = "draft"
    initiative.save()
    assert client.get(url("document", update.pk)).status_code == 404


def test_update_in_the_future_is_refused(commitment, organiser):
    with pytest.raises(services.FollowUpError):
        services.add_update(commitment, date(2999, 1, 1), {"fr": "x"}, by=organiser)
    assert not Update.objects.exists()


def test_manage_pages_bad_input_answers_400_in_dutch_and_changes_nothing(client, commitment, authority_editor, stranger):
    sign_in(client, stranger)
    assert client.get(url("manage-commitment", commitment.pk)).status_code == 404
    sign_in(client, authority_editor)
    response = client.post(url("manage-commitment", commitment.pk, lang="nl"),
                           {"form": "answer", "how": "adopt", "reasons_fr": "Oui"})
    assert response.status_code == 400
    assert "Geef de redenen van het antwoord" in response.content.decode()
    response = client.post(url("manage-commitment", commitment.pk, lang="nl"), {"form": "progress", "progress": "150"})
    assert response.status_code == 400 and "Voortgang is een geheel getal van 0 tot 100." in response.content.decode()
    commitment.refresh_from_db()
    assert commitment.answer == Answer.AWAITING and commitment.progress == 0
    response = client.post(url("manage-commitment", commitment.pk), {"form": "answer", "how": "adopt", **{f"reasons_{k}": v for k, v in REASONS.items()}})
    assert response.status_code == 302
    response = client.post(url("manage-commitment", commitment.pk), {"form": "update", "date": "2025-05-01",
                                                                        "text_fr": "x", "document": SimpleUploadedFile("a.pdf", b"MZ not a pdf")})
    assert response.status_code == 400 and not Update.objects.exists()


def test_listeners_told_in_their_language_and_rate(client, plan, commitment, authority_editor):
    nl = services.listen(plan, "Lid@Example.org", "nl", source="panel")
    services.listen(plan, "autre@example.org", "fr")
    with pytest.raises(services.FollowUpError):
        services.rate(nl, commitment, 4)  # not answered yet
    mail.outbox.clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.transaction.on_commit", lambda fn, using=None, robust=False: fn())
        services.answer(commitment, "adopt", REASONS, by=authority_editor)
    subjects = sorted(m.subject for m in mail.outbox)
    assert len(subjects) == 2
    assert any("antwoordde" in s for s in subjects) and any("répondu" in s for s in subjects)
    assert client.post(url("rate", nl.token, commitment.pk), {"score": "9"}).status_code == 400
    client.post(url("rate", nl.token, commitment.pk), {"score": "2", "comment": "Trop vague"})
    client.post(url("rate", nl.token, commitment.pk), {"score": "3", "comment": "Trop vague"})  # replaces
    ratings = services.ratings_of(commitment)
    assert ratings["count"] == 1 and ratings["mean"] == 3
    page = client.get(url("commitment", commitment.pk)).content.decode()
    assert "Trop vague" in page
    assert client.get(url("rate", "nope", commitment.pk)).status_code == 404


def test_listen_form(client, plan, initiative):
    response = client.post(url("listen", initiative.pk), {"email": "not-an-email", "language": "nl"})
    assert response.status_code == 302 and not plan.listeners.exists()
    client.post(url("listen", initiative.pk), {"email": "a@example.org", "language": "nl", "consent": "on"})
    assert plan.listeners.get().language == "nl"


def test_panel_members_asked_and_listening_only_after_yes(client, plan, initiative, organiser):
    from polyvox.followup.models import Listener
    from polyvox.panels.models import Panel, Volunteer

    panel = Panel.objects.create(initiative=initiative, title="Panel")
    Volunteer.objects.create(panel=panel, pseudonym="A1", email="Membre@Example.org", language="nl", status="selected")
    Volunteer.objects.create(panel=panel, pseudonym="A2", email="pas-tire@example.org", status="registered")
    mail.outbox.clear()
    assert services.invite(plan, services.panel_members(plan), by=organiser) == 1
    assert not Listener.objects.exists()
    message = mail.outbox[0]
    assert message.to == ["membre@example.org"] and "Wat gebeurt er met" in message.subject
    link = next(word for word in message.body.split() if "/hear-back/" in word)
    path = link[link.index("/nl/"):]
    assert client.get(path).status_code == 200 and not Listener.objects.exists()
    client.post(path)
    assert Listener.objects.get().language == "nl"
    assert client.get(path[:-5] + "xxxx/").status_code == 404
