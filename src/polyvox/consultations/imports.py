"""Conversations in and out in Pol.is's export format (comments.csv, votes.csv or participants-votes.csv), read and
written by the engine (`polyvox.engines.opinion`): an import is checked whole before anything is stored."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.db.models import Max
from django.utils.translation import gettext as _

from polyvox.consultations import mapping
from polyvox.consultations.models import ConsultationState, Participant, Statement, StatementState, Vote
from polyvox.consultations.services import ConsultationError, clean_text, schedule_map
from polyvox.core.spreadsheet import safe_cell
from polyvox.engines.opinion import PolisExportError, read_polis_export, write_polis_export

MAX_UPLOAD_BYTES = 50 * 1024 * 1024


def write_export(consultation, folder, *, language: str = "fr") -> None:
    statements = list(consultation.statements.exclude(state=StatementState.PENDING).order_by("number"))
    votes = (Vote.objects.filter(statement__consultation=consultation).exclude(statement__state=StatementState.PENDING)
             .order_by("updated_at", "pk").values_list("participant__number", "statement__number", "value", "updated_at"))
    write_polis_export(
        folder,
        statements=[s.number for s in statements],
        votes=[(p, s, v, int(when.timestamp() * 1000)) for p, s, v, when in votes],
        # Participants' own words: a statement read as a formula by a spreadsheet is neutralised (core.spreadsheet).
        texts={s.number: safe_cell(s.text_original) for s in statements},
        moderated={s.number: (1 if s.state == StatementState.APPROVED else -1) for s in statements},
    )


def import_export(consultation, *, by, comments, votes, source: str, language: str = "fr") -> dict:
    """Add an exported conversation's statements, participants and votes to a consultation in preparation."""
    if not by.has_perm("consultations.manage_consultation", consultation):
        raise ConsultationError(_("You may not do this."))
    if consultation.state != ConsultationState.DRAFT:
        raise ConsultationError(_("A conversation is imported into a consultation still in preparation."))
    if consultation.statements.exists():
        raise ConsultationError(_("This consultation already has statements: import into a new one."))
    for upload in (comments, votes):
        if upload.size > MAX_UPLOAD_BYTES:
            raise ConsultationError(_("%(name)s is larger than %(limit)s MB.") % {"name": upload.name, "limit": 50})
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "comments.csv").write_bytes(comments.read())
        name = "participants-votes.csv" if "participants" in (votes.name or "") else "votes.csv"
        (Path(folder) / name).write_bytes(votes.read())
        try:
            export = read_polis_export(folder)
        except PolisExportError as error:
            if error.line:
                raise ConsultationError(_("%(file)s, line %(line)s: %(problem)s") % {
                    "file": error.file, "line": error.line, "problem": error.message}) from None
            raise ConsultationError(_("%(file)s: %(problem)s") % {"file": error.file, "problem": error.message}) from None
    if language not in ("fr", "nl", "en"):
        raise ConsultationError(_("Choose the language the statements are written in: French, Dutch or English."))
    numbers = {}
    next_number = (consultation.statements.aggregate(m=Max("number"))["m"] or 0) + 1
    created = []
    for sid in export.statements:
        text = clean_text(export.texts.get(sid, ""))[:280] or f"#{sid}"
        state = StatementState.HIDDEN if export.moderated.get(sid, 1) == -1 else StatementState.APPROVED
        statement = Statement(consultation=consultation, number=next_number, original_language=language, seeded=True,
                              state=state)
        setattr(statement, f"text_{language}", text)
        numbers[sid] = next_number
        next_number += 1
        created.append(statement)
    Statement.objects.bulk_create(created)
    by_number = {s.number: s.pk for s in consultation.statements.all()}
    participants = {}
    for pid, _sid, _value in export.votes:
        participants.setdefault(pid, None)
    people = [Participant(consultation=consultation, number=index, external_id=str(pid)[:40])
              for index, pid in enumerate(participants, start=1)]
    Participant.objects.bulk_create(people)
    person = {p.external_id: p.pk for p in consultation.participants.all()}
    latest = {}
    for pid, sid, value in export.votes:
        latest[(pid, sid)] = value
    Vote.objects.bulk_create([Vote(participant_id=person[str(pid)[:40]], statement_id=by_number[numbers[sid]], value=value)
                              for (pid, sid), value in latest.items() if sid in numbers], batch_size=5000)
    consultation.imported_from = clean_text(source)[:300]
    consultation.save(update_fields=["imported_from"])
    from polyvox.core.transitions import record

    record(consultation, "import", actor=by, message=consultation.imported_from)
    mapping.forget(consultation.pk)
    schedule_map(consultation.pk)
    return {"statements": len(created), "participants": len(people), "votes": len(latest)}
