"""The consultations' use cases, one command each; views call these and nothing else changes the data.

Every refusal raises `ConsultationError` with a message for the person who tried, and changes nothing.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import unicodedata

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from polyvox.consultations import live
from polyvox.consultations.models import (
    STATEMENT_MAX_LENGTH,
    Consultation,
    ConsultationState,
    Moderation,
    Participant,
    Statement,
    StatementState,
    Vote,
)
from polyvox.consultations.workflow import CONSULTATION, STATEMENT
from polyvox.core.workflow import SYSTEM, Refused, TransitionNotAllowed

LANGUAGES = ("fr", "nl", "en")
SIMILARITY_FLAG = 0.55  # two statements at least this similar are flagged as saying the same thing


class ConsultationError(Exception):
    """A step refused, with a message for the person who tried it."""


# Participants -------------------------------------------------------------------------------------------


def key_hash(browser_key: str) -> str:
    """The keyed hash stored for a browser key: the key itself never reaches the database."""
    secret = hashlib.sha256(f"polyvox.consultations.key|{settings.SECRET_KEY}".encode()).digest()
    return hmac.new(secret, browser_key.encode(), hashlib.sha256).hexdigest()


def find_participant(consultation: Consultation, *, user=None, browser_key: str = "") -> Participant | None:
    if getattr(user, "is_authenticated", False):
        return consultation.participants.filter(user=user).first()
    if browser_key:
        return consultation.participants.filter(key_hash=key_hash(browser_key)).first()
    return None


def join(consultation: Consultation, *, user=None, browser_key: str = "") -> Participant:
    """The participant for this account or browser key, created on their first vote or statement."""
    if not user_may_take_part(consultation, user):
        raise ConsultationError(_("This consultation is not open for you to take part."))
    found = find_participant(consultation, user=user, browser_key=browser_key)
    if found:
        return found
    signed_in = getattr(user, "is_authenticated", False)
    if not signed_in and not browser_key:
        raise ConsultationError(_("Your browser did not keep the key that identifies you here: allow this site's cookies and try again."))
    for _attempt in range(5):
        try:
            with transaction.atomic():
                number = (consultation.participants.aggregate(m=Max("number"))["m"] or 0) + 1
                return Participant.objects.create(
                    consultation=consultation, number=number, user=user if signed_in else None,
                    key_hash="" if signed_in else key_hash(browser_key),
                )
        except IntegrityError:  # two first votes at once: the other one created it, or took the number
            found = find_participant(consultation, user=user, browser_key=browser_key)
            if found:
                return found
    raise ConsultationError(_("The server is busy; try again in a moment."))


def user_may_take_part(consultation: Consultation, user) -> bool:
    if consultation.state != ConsultationState.OPEN:
        return False
    if consultation.admission == "account" and not getattr(user, "is_authenticated", False):
        return False
    return consultation.initiative.is_published or (user is not None and user.has_perm("consultations.manage_consultation", consultation))


# Statements ---------------------------------------------------------------------------------------------


def clean_text(raw: str) -> str:
    """A statement as stored: one line, normalised (NFC), no control or bidirectional-override characters."""
    text = unicodedata.normalize("NFC", raw or "")
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch in "\n\r\t":
            kept.append(" ")
        elif category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())


def _check_text(text: str) -> None:
    if not text:
        raise ConsultationError(_("Write the statement first."))
    if len(text) > STATEMENT_MAX_LENGTH:
        raise ConsultationError(_("A statement has at most %(limit)s characters; this one has %(length)s.")
                                % {"limit": STATEMENT_MAX_LENGTH, "length": len(text)})


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ConsultationError(_("Choose the language the statement is written in: French, Dutch or English."))
    return language


def similar_statement(consultation: Consultation, text: str, language: str, *, exclude: int | None = None):
    """The published or pending statement that says the same thing as `text` (in any of its languages), or None."""
    candidates = list(consultation.statements.exclude(state=StatementState.REJECTED).exclude(pk=exclude))
    for statement in candidates:
        if _same_words(statement, text):
            return statement
    items, owners = [(0, text, language)], [None]
    for statement in candidates:
        for code in LANGUAGES:
            version = getattr(statement, f"text_{code}") or ""
            if version:
                items.append((len(items), version, code))
                owners.append(statement)
    if len(items) < 2:
        return None
    from polyvox.workshops.clustering import similarity_matrix

    row = similarity_matrix(items)[0]
    best = max(range(1, len(items)), key=lambda index: row[index])
    return owners[best] if row[best] >= SIMILARITY_FLAG else None


def _next_number(consultation: Consultation) -> int:
    return (consultation.statements.aggregate(m=Max("number"))["m"] or 0) + 1


def _new_statement(consultation, text, language, *, author=None, seeded=False, translations=None) -> Statement:
    statement = Statement(consultation=consultation, number=_next_number(consultation), original_language=language,
                          author=author, seeded=seeded)
    setattr(statement, f"text_{language}", text)
    for code, version in (translations or {}).items():
        if code != language and version:
            setattr(statement, f"text_{code}", version)
    statement.save()
    return statement


def seed_statement(consultation: Consultation, *, by, text: str, language: str, translations: dict | None = None) -> Statement:
    """An organiser's statement, published at once (it still passes the same checks)."""
    if not by.has_perm("consultations.manage_consultation", consultation):
        raise ConsultationError(_("You may not do this."))
    text, language = clean_text(text), _check_language(language)
    _check_text(text)
    translations = {code: clean_text(value) for code, value in (translations or {}).items() if code in LANGUAGES}
    for version in translations.values():
        if version:
            _check_text(version)
    with transaction.atomic():
        Consultation.objects.select_for_update().get(pk=consultation.pk)
        twin = similar_statement(consultation, text, language)
        if twin is not None and _same_words(twin, text):
            raise ConsultationError(_("This statement is already there (number %(number)s).") % {"number": twin.number})
        statement = _new_statement(consultation, text, language, seeded=True, translations=translations)
        STATEMENT.apply(statement, "approve", by=by)
    return statement


def submit_statement(consultation: Consultation, participant: Participant, *, text: str, language: str) -> Statement:
    """A participant's statement: into the moderation queue (strict), or published at once (open) unless it
    looks like one already there, in which case a moderator decides."""
    if consultation.state != ConsultationState.OPEN or not consultation.participants_submit:
        raise ConsultationError(_("This consultation does not take new statements."))
    if participant.consultation_id != consultation.pk:
        raise ConsultationError(_("You may not do this."))
    text, language = clean_text(text), _check_language(language)
    _check_text(text)
    with transaction.atomic():
        Consultation.objects.select_for_update().get(pk=consultation.pk)
        twin = similar_statement(consultation, text, language)
        if twin is not None and _same_words(twin, text):
            raise ConsultationError(_("This statement is already there (number %(number)s): vote on it instead.")
                                    % {"number": twin.number})
        statement = _new_statement(consultation, text, language, author=participant)
        if twin is not None:
            statement.similar_to = twin
            statement.save(update_fields=["similar_to"])
        elif consultation.moderation == Moderation.OPEN:
            STATEMENT.apply(statement, "publish_open", by=SYSTEM)
            live.statement_published(statement)
    return statement


def words_key(text: str) -> str:
    """A statement's words only, without case, accents or punctuation: two texts with the same key say the same."""
    from polyvox.core.text import search_key

    return " ".join(re.findall(r"\w+", search_key(text)))


def _same_words(statement: Statement, text: str) -> bool:
    return any(words_key(getattr(statement, f"text_{code}") or "") == words_key(text) for code in LANGUAGES)


def moderate(statement: Statement, action: str, *, by, reason: str = "") -> None:
    """Publish, reject (with the reason), hide (with the reason) or restore a statement."""
    if action not in ("approve", "reject", "hide", "restore"):
        raise ConsultationError(_("Unknown moderation step."))
    try:
        STATEMENT.apply(statement, action, by=by, message=clean_text(reason)[:500], reason=clean_text(reason))
    except Refused as refused:
        raise ConsultationError(str(refused)) from None
    except TransitionNotAllowed as error:
        raise ConsultationError(str(error)) from None
    live.statement_changed(statement)
    schedule_map(statement.consultation_id)


def translate_statement(statement: Statement, *, by=None, participant: Participant | None = None, language: str, text: str) -> None:
    """A translation written by the statement's author or by an organiser; the original stays marked."""
    language = _check_language(language)
    is_author = participant is not None and statement.author_id == participant.pk
    if not is_author and not (by is not None and by.has_perm("consultations.moderate_statement", statement)):
        raise ConsultationError(_("Only the author or the organisers translate a statement."))
    if language == statement.original_language:
        raise ConsultationError(_("This is the statement's own language: the original is not changed."))
    text = clean_text(text)
    _check_text(text)
    setattr(statement, f"text_{language}", text)
    statement.save(update_fields=[f"text_{language}"])


def schedule_map(consultation_id: int) -> None:
    """Ask, after commit, for the map to be computed again: once per transaction (a demo or an import casts
    thousands of votes in one), and once however many transactions ask before the worker runs it."""
    connection = transaction.get_connection()
    if any(isinstance(callback, functools.partial) and callback.func is _enqueue_map and callback.args == (consultation_id,)
           for _savepoints, callback, *_rest in connection.run_on_commit):
        return
    transaction.on_commit(functools.partial(_enqueue_map, consultation_id))


def _enqueue_map(consultation_id: int) -> None:
    from django.core.cache import cache

    if cache.add(live.PENDING_KEY.format(id=consultation_id), 1, live.PENDING_SECONDS):
        from polyvox.consultations.tasks import refresh_map

        refresh_map.enqueue(consultation_id)


# Votes --------------------------------------------------------------------------------------------------


def vote(consultation: Consultation, participant: Participant, *, statement_number, value: str) -> Vote:
    """Agree, disagree or pass on a published statement; a second vote on the same statement replaces the first."""
    if value not in Vote.VALUES:
        raise ConsultationError(_("A vote is “agree”, “disagree” or “pass”."))
    if consultation.state != ConsultationState.OPEN:
        raise ConsultationError(_("This consultation is closed: votes are no longer taken."))
    if participant.consultation_id != consultation.pk:
        raise ConsultationError(_("You may not do this."))
    from polyvox.core.input_checks import whole_number

    number = whole_number(statement_number, max_digits=9)
    statement = consultation.statements.filter(number=number).first() if number is not None else None
    if statement is None or statement.state != StatementState.APPROVED:
        raise ConsultationError(_("This statement cannot be voted on (it is unknown, not yet published or hidden)."))
    with transaction.atomic():
        saved, _created = Vote.objects.update_or_create(
            participant=participant, statement=statement, defaults={"value": Vote.VALUES[value]}
        )
        schedule_map(consultation.pk)
    return saved


# The consultation's own steps ---------------------------------------------------------------------------


def move(consultation: Consultation, action: str, *, by) -> None:
    """Open, close or reopen the consultation."""
    try:
        CONSULTATION.apply(consultation, action, by=by)
    except (Refused, TransitionNotAllowed) as error:
        raise ConsultationError(str(error)) from None
    live.refresh(consultation.pk, reason=action)


def create(initiative, *, by, form) -> Consultation:
    """A new consultation of this initiative, in preparation."""
    if not by.has_perm("consultations.create_consultation", initiative):
        raise ConsultationError(_("You may not do this."))
    consultation = form.save(commit=False)
    consultation.initiative = initiative
    with transaction.atomic():
        consultation.save()
        from polyvox.core.transitions import record

        record(consultation, "create", actor=by, to_state=consultation.state)
    return consultation


def update_settings(consultation: Consultation, *, by, form) -> None:
    """The organisers' settings; who takes part is fixed once the consultation has opened."""
    if not by.has_perm("consultations.manage_consultation", consultation):
        raise ConsultationError(_("You may not do this."))
    original = Consultation.objects.get(pk=consultation.pk)
    if original.state != ConsultationState.DRAFT and form.cleaned_data.get("admission") != original.admission:
        raise ConsultationError(_("Who takes part cannot change once the consultation has opened."))
    with transaction.atomic():
        form.save()
        from polyvox.core.transitions import record

        record(consultation, "settings", actor=by, message=", ".join(form.changed_data))


# The consultation's questionnaire (polyvox.questionnaires) ----------------------------------------------


def questionnaire_of(consultation: Consultation):
    from polyvox.questionnaires import services as questionnaires

    return questionnaires.for_subject(consultation).order_by("-pk").first()


def attach_questionnaire(consultation: Consultation, *, by, template: str):
    """A questionnaire from one of the templates, attached to the consultation and opened for its participants."""
    from polyvox.core.workflow import apply
    from polyvox.questionnaires import services as questionnaires

    if not by.has_perm("consultations.manage_consultation", consultation):
        raise ConsultationError(_("You may not do this."))
    if questionnaire_of(consultation) is not None:
        raise ConsultationError(_("This consultation already has a questionnaire."))
    if template not in questionnaires.templates():
        raise ConsultationError(_("Choose one of the questionnaires offered."))
    with transaction.atomic():
        questionnaire = questionnaires.create_from_template(template, subject=consultation,
                                                            organisation=consultation.initiative.organiser, by=by,
                                                            is_example=consultation.is_example)
        try:
            apply(questionnaire, "open", by=by)
        except (Refused, TransitionNotAllowed) as error:
            raise ConsultationError(str(error)) from None
    return questionnaire


def questionnaire_code(consultation: Consultation, participant: Participant) -> str:
    """A participant's one code for the consultation's questionnaire (the caller hands it to their browser only)."""
    from polyvox.questionnaires import services as questionnaires
    from polyvox.questionnaires.models import State

    questionnaire = questionnaire_of(consultation)
    if questionnaire is None or questionnaire.state != State.OPEN:
        raise ConsultationError(_("This consultation has no questionnaire open for answers."))
    with transaction.atomic():
        locked = Participant.objects.select_for_update().get(pk=participant.pk)
        if locked.questionnaire_code_issued:
            raise ConsultationError(_("You already received your code for this questionnaire in the browser you used then."))
        code = questionnaires.issue_codes(questionnaire, 1)[0]
        locked.questionnaire_code_issued = True
        locked.save(update_fields=["questionnaire_code_issued"])
    return code.token
