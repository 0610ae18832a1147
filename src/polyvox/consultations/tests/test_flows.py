"""A conversation as participants and organisers live it: vote one statement at a time, add statements, moderate,
see the opinion map; and every bad input refused with a message, nothing stored."""

from __future__ import annotations

import io
import random
import zipfile

import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.accounts.testing import sign_in
from polyvox.consultations import mapping, services
from polyvox.consultations.models import Consultation, Participant, Statement, StatementState, Vote
from polyvox.consultations.tests.conftest import make_consultation
from polyvox.consultations.views import KEY_COOKIE
from polyvox.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def url(name, *args, lang="fr"):
    with translation.override(lang):
        return reverse(f"consultations:{name}", args=args)


def shown_statement(client, consultation) -> int:
    page = client.get(url("detail", consultation.slug))
    assert page.status_code == 200
    return page.context["statement"].number


def test_a_visitor_without_account_votes_one_statement_after_another(client, consultation, django_capture_on_commit_callbacks):
    first = shown_statement(client, consultation)
    assert KEY_COOKIE in client.cookies
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(url("vote", consultation.slug), {"statement": first, "vote": "agree"})
    assert answer.status_code == 302
    participant = Participant.objects.get(consultation=consultation)
    assert participant.user is None and participant.key_hash and KEY_COOKIE not in participant.key_hash
    assert list(participant.votes.values_list("statement__number", "value")) == [(first, 1)]
    second = shown_statement(client, consultation)
    assert second != first
    # voting again on the same statement replaces the vote
    client.post(url("vote", consultation.slug), {"statement": first, "vote": "disagree"})
    assert list(participant.votes.values_list("statement__number", "value")) == [(first, -1)]
    for _ in range(3):
        client.post(url("vote", consultation.slug), {"statement": shown_statement(client, consultation), "vote": "pass"})
    page = client.get(url("detail", consultation.slug))
    assert page.context["statement"] is None
    assert "Vous avez voté sur tous les énoncés" in page.content.decode() or "every statement" in page.content.decode()


@pytest.mark.parametrize("value", ["maybe", "", "1", "agree "])
def test_a_vote_other_than_agree_disagree_or_pass_is_refused(client, consultation, value):
    number = shown_statement(client, consultation)
    answer = client.post(url("vote", consultation.slug), {"statement": number, "vote": value},
                         HTTP_ACCEPT="application/json")
    assert answer.status_code == 400 and answer.json()["error"]
    assert not Vote.objects.exists()


def test_no_vote_on_a_hidden_pending_or_unknown_statement(client, consultation, editor):
    hidden = consultation.statements.first()
    services.moderate(hidden, "hide", by=editor, reason="Hors sujet")
    participant = services.join(consultation, browser_key="k" * 20)
    pending = services.submit_statement(consultation, participant, text="Un énoncé en attente de modération.", language="fr")
    assert pending.state == StatementState.PENDING
    client.get(url("detail", consultation.slug))
    for number in (hidden.number, pending.number, 999, "x", "²"):
        answer = client.post(url("vote", consultation.slug), {"statement": number, "vote": "agree"}, HTTP_ACCEPT="application/json")
        assert answer.status_code == 400, number
    assert not Vote.objects.exists()


def test_a_forged_browser_key_is_refused_and_nothing_is_stored(client, consultation):
    number = shown_statement(client, consultation)
    client.cookies[KEY_COOKIE] = "made-up-key:signature"
    answer = client.post(url("vote", consultation.slug), {"statement": number, "vote": "agree"})
    assert answer.status_code == 400
    assert "cookies" in answer.content.decode()
    assert not Participant.objects.exists() and not Vote.objects.exists()


def test_signed_in_only_consultations_refuse_visitors_without_account(client, initiative, editor, citizen):
    consultation = make_consultation(initiative, editor, admission="account")
    number = shown_statement(client, consultation)
    answer = client.post(url("vote", consultation.slug), {"statement": number, "vote": "agree"}, HTTP_ACCEPT="application/json")
    assert answer.status_code == 400 and not Vote.objects.exists()
    sign_in(client, citizen)
    client.post(url("vote", consultation.slug), {"statement": number, "vote": "agree"})
    assert Participant.objects.get().user == citizen and Vote.objects.count() == 1


def test_statements_wait_for_moderation_or_appear_at_once_as_the_organiser_chose(client, initiative, editor):
    strict = make_consultation(initiative, editor)
    open_one = make_consultation(initiative, editor, moderation="open")
    for consultation, expected in ((strict, StatementState.PENDING), (open_one, StatementState.APPROVED)):
        client.get(url("detail", consultation.slug))
        client.post(url("submit", consultation.slug), {"text": "Il faut des horaires de livraison fixes le matin.", "language": "fr"})
        statement = consultation.statements.get(original_language="fr", seeded=False)
        assert statement.state == expected
        assert statement.author is not None


def test_a_statement_already_there_is_refused_and_a_similar_one_is_held(client, consultation):
    client.get(url("detail", consultation.slug))
    before = Statement.objects.count()
    answer = client.post(url("submit", consultation.slug), {"text": "  les VÉLOS cargo doivent avoir des zones de livraison réservées ", "language": "fr"}, follow=True)
    assert Statement.objects.count() == before
    assert "1" in answer.content.decode()
    consultation.moderation = "open"
    consultation.save()
    client.post(url("submit", consultation.slug), {"text": "Des zones de livraison réservées aux vélos cargo, c'est nécessaire.", "language": "fr"})
    held = Statement.objects.get(seeded=False)
    assert held.state == StatementState.PENDING and held.similar_to.number == 1


@pytest.mark.parametrize("text", ["", "x" * 281, "\x00hostile", "   "])
def test_an_empty_or_too_long_statement_is_refused(client, consultation, text):
    client.get(url("detail", consultation.slug))
    before = Statement.objects.count()
    answer = client.post(url("submit", consultation.slug), {"text": text, "language": "fr"})
    assert answer.status_code in (302, 400)
    assert Statement.objects.count() == before


def test_moderation_needs_a_reason_to_reject_and_is_for_the_organisers(client, consultation, editor, other_editor):
    participant = services.join(consultation, browser_key="k" * 20)
    pending = services.submit_statement(consultation, participant, text="Les trottinettes aussi doivent livrer.", language="fr")
    sign_in(client, other_editor)
    assert client.post(url("moderate", consultation.slug, pending.number, "approve")).status_code == 404
    client.logout()
    sign_in(client, editor)
    client.post(url("moderate", consultation.slug, pending.number, "reject"), {"reason": ""})
    pending.refresh_from_db()
    assert pending.state == StatementState.PENDING
    assert not AuditEntry.objects.filter(action="reject").exists()
    client.post(url("moderate", consultation.slug, pending.number, "reject"), {"reason": "Hors sujet"})
    pending.refresh_from_db()
    assert pending.state == StatementState.REJECTED and pending.moderation_reason == "Hors sujet"
    assert AuditEntry.objects.filter(action="reject", actor=editor).count() == 1


def test_a_consultation_opens_only_with_statements_to_vote_on(client, initiative, editor):
    sign_in(client, editor)
    consultation = Consultation.objects.create(initiative=initiative, title_fr="Vide", question_fr="?")
    client.post(url("step", consultation.slug, "open"))
    consultation.refresh_from_db()
    assert consultation.state == "draft"
    assert not client.get(url("detail", consultation.slug)).status_code == 500


def test_a_draft_consultation_is_hidden_from_the_public(client, initiative, editor):
    consultation = make_consultation(initiative, editor, state="draft")
    assert client.get(url("detail", consultation.slug)).status_code == 404
    assert client.get(url("map", consultation.slug)).status_code == 404
    assert client.get(url("manage", consultation.slug)).status_code in (302, 404)


def two_camps(consultation, people=40, seed=3):
    """Two camps that vote opposite ways on the first two statements and alike on the rest."""
    rng = random.Random(seed)
    numbers = list(consultation.statements.filter(state=StatementState.APPROVED).values_list("number", flat=True))
    for person in range(people):
        participant = services.join(consultation, browser_key=f"camp-key-{person:04d}")
        camp = 1 if person % 2 else -1
        for number in numbers:
            if number <= 4:
                value = {1: "agree", -1: "disagree"}[camp if rng.random() > 0.05 else -camp]
            else:
                value = "agree" if rng.random() > 0.1 else "pass"
            services.vote(consultation, participant, statement_number=number, value=value)


def test_the_opinion_map_finds_the_camps_and_tells_a_participant_where_they_are(client, initiative, editor, django_capture_on_commit_callbacks):
    consultation = make_consultation(initiative, editor)
    for text in ("Il faut plus d'arceaux pour vélos cargo.", "Les riverains doivent être consultés.",
                 "Le stationnement en double file doit être sanctionné.", "Les livraisons de nuit sont une bonne idée."):
        services.seed_statement(consultation, by=editor, text=text, language="fr")
    two_camps(consultation)
    result = mapping.refresh(consultation.pk)
    assert result["k"] >= 2
    data = mapping.current(consultation)
    groups = {}
    for participant in consultation.participants.all():  # joined in order: number - 1 is the person's index
        groups.setdefault(data["participants"][str(participant.number)], set()).add((participant.number - 1) % 2)
    assert None not in groups
    assert all(len(camps) == 1 for camps in groups.values())  # no group mixes the two camps
    # the map page, its table alternative and "where am I"
    client.cookies.load({})
    page = client.get(url("map", consultation.slug))
    html = page.content.decode()
    assert page.status_code == 200 and "<table" in html and "<svg" in html
    assert len(page.context["groups"]) == result["k"]
    assert all(group["representative"] for group in page.context["groups"])
    me = consultation.participants.get(number=1)
    where = mapping.where_am_i(consultation, me)
    assert where["group"] == data["participants"]["1"]
    assert where["statements"] and any(row["same"] for row in where["statements"])
    payload = client.get(url("map-json", consultation.slug)).json()
    assert payload["k"] == result["k"] and len(payload["points"]) == 40


def test_a_vote_asks_for_a_new_map_which_the_stream_announces(client, consultation, django_capture_on_commit_callbacks):
    number = shown_statement(client, consultation)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("vote", consultation.slug), {"statement": number, "vote": "agree"})
    data = mapping.current(consultation)
    assert data["version"] >= 1 and data["n_votes"] == 1
    assert consultation.events.filter(type="map").exists()


@pytest.mark.django_db(transaction=True)
def test_the_stream_sends_the_latest_map_to_a_new_screen(client, consultation):
    from polyvox.core.testing import run_coroutine

    participant = services.join(consultation, browser_key="k" * 20)
    services.vote(consultation, participant, statement_number=1, value="agree")  # committed: the task ran
    stream = client.get(url("stream", consultation.slug))
    assert stream["Content-Type"].startswith("text/event-stream")

    async def read():  # a WSGI test server cuts the stream after two seconds (core.streams)
        return b"".join([chunk.encode() if isinstance(chunk, str) else chunk async for chunk in stream.streaming_content])

    body = run_coroutine(read()).decode()
    assert "event: map" in body and '"votes":1' in body


def test_export_and_import_in_polis_format(client, initiative, editor, consultation):
    two_camps(consultation, people=12)
    archive = client.get(url("export", consultation.slug))
    assert archive.status_code == 200
    files = zipfile.ZipFile(io.BytesIO(archive.content))
    assert set(files.namelist()) == {"comments.csv", "votes.csv"}
    target = make_consultation(initiative, editor, state="draft")
    target.statements.all().delete()
    sign_in(client, editor)
    comments = io.BytesIO(files.read("comments.csv"))
    comments.name = "comments.csv"
    votes = io.BytesIO(files.read("votes.csv"))
    votes.name = "votes.csv"
    client.post(url("import", target.slug), {"comments": comments, "votes": votes, "source": "test, CC BY 4.0", "language": "fr"})
    assert target.statements.count() == consultation.statements.count()
    assert Vote.objects.filter(statement__consultation=target).count() == Vote.objects.filter(statement__consultation=consultation).count()
    assert target.participants.count() == 12


@pytest.mark.parametrize("votes_text, where", [
    ("timestamp,datetime,comment-id,voter-id,vote\n1,,1,7,1\n2,,1,8,2\n", "votes.csv, ligne 3"),
    ("timestamp,datetime,comment-id,voter-id\n1,,1,7\n", "votes.csv"),
    ("timestamp,datetime,comment-id,voter-id,vote\n1,,1,7", None),
])
def test_a_malformed_export_is_refused_with_its_line_and_nothing_is_stored(client, initiative, editor, votes_text, where):
    target = make_consultation(initiative, editor, state="draft")
    target.statements.all().delete()
    sign_in(client, editor)
    comments = io.BytesIO(b"timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n0,,1,,0,0,1,Un\n")
    comments.name = "comments.csv"
    votes = io.BytesIO(votes_text.encode())
    votes.name = "votes.csv"
    answer = client.post(url("import", target.slug), {"comments": comments, "votes": votes, "source": "x", "language": "fr"},
                         follow=True)
    text = answer.content.decode()
    if where is None:  # a truncated last line that still reads as a whole row is accepted
        return
    assert where in text
    assert not target.statements.exists() and not Vote.objects.filter(statement__consultation=target).exists()


def test_many_votes_in_one_transaction_ask_for_one_map(initiative, editor, django_capture_on_commit_callbacks, monkeypatch):
    from django.db import transaction

    from polyvox.consultations import mapping as mapping_module

    consultation = make_consultation(initiative, editor)
    computed = []
    real = mapping_module.refresh
    monkeypatch.setattr(mapping_module, "refresh", lambda cid: computed.append(cid) or real(cid))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            for person in range(20):
                participant = services.join(consultation, browser_key=f"key-{person:04d}")
                services.vote(consultation, participant, statement_number=1, value="agree")
    asked = [c for c in callbacks if getattr(c, "func", None) is services._enqueue_map]
    assert len(asked) == 1 and computed == [consultation.pk]
    assert mapping.current(consultation)["n_votes"] == 20


def test_the_export_neutralises_a_statement_a_spreadsheet_would_run(client, consultation, editor):
    services.seed_statement(consultation, by=editor, text="=cmd|' /C calc'!A0", language="fr")
    archive = zipfile.ZipFile(io.BytesIO(client.get(url("export", consultation.slug)).content))
    comments = archive.read("comments.csv").decode()
    assert "'=cmd|" in comments and ",=cmd|" not in comments
