"""The use cases of follow-up, one function each; states move through `workflow.py`, everything is audited.

    plan = open_plan(initiative, authority=org, kind="deliberative", report_date=date(2025, 3, 1), by=user)
    c = add_commitment(plan, {"fr": ..., "nl": ..., "en": ...}, by=user, reference="R1")
    child = add_child(c, {"fr": ...}, weight=40, by=user)      # weights of the children: at most 100 in all
    set_responsible_service(c, {"fr": ..., "nl": ...}, by=user)
    answer(c, "adopt", {"fr": ..., "nl": ...}, by=user)         # adopt, adopt_in_part, reject, study
    move(c, "start", by=user)                                  # start, finish, abandon(reason=...), resume
    set_progress(child, 60, by=user)                           # 0-100; parents roll up by weight
    add_update(c, date, {"fr": ...}, by=user, progress=70, document=upload)
    listen(plan, "a@b.be", "nl", source="panel member")        # agreed to hear back
    gather(plan)                                               # those who said yes when voting, joining, signing
    stop(listener)                                             # no more news (the stop link of every e-mail)
    rate(listener, c, 4, "comment")                            # once per listener and commitment
"""

from __future__ import annotations

from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import Avg, Count, Sum
from django.utils.translation import gettext as _

from polyvox.core.messages import Msg
from polyvox.core.transitions import record
from polyvox.core.workflow import SYSTEM, Refused, apply
from polyvox.followup import clocks
from polyvox.followup.hearing import email_hash, gather, gather_all, hear_back_days, purge_hear_back, stop  # noqa: F401
from polyvox.followup.models import Answer, Commitment, Listener, Plan, Rating, SourceKind, StoppedListening, Update

LANGUAGES = ("fr", "nl", "en")


class FollowUpError(Exception):
    """A use case refused, with a message for the person who tried it."""


def _check(user, perm: str, obj) -> None:
    if user is not SYSTEM and not (getattr(user, "is_authenticated", False) and user.has_perm(perm, obj)):
        raise FollowUpError(_("You may not do this."))


def _texts(obj, name: str, texts: dict) -> None:
    for lang in LANGUAGES:
        setattr(obj, f"{name}_{lang}", str(texts.get(lang, "") or "").strip())


def _actor(by):
    return None if by is SYSTEM else by


# Plans and commitments ------------------------------------------------------------------------------------

def open_plan(initiative, *, authority, kind: str = "other", report_date: date | None = None, by=SYSTEM) -> Plan:
    """The follow-up plan of an initiative, with the default clocks of its type of process (editable later)."""
    if by is not SYSTEM and not by.has_perm("followup.create_plan", initiative):
        raise FollowUpError(_("You may not do this."))
    plan = Plan.objects.filter(initiative=initiative).first()
    if plan is None:
        plan = Plan(initiative=initiative, authority=authority, kind=kind, report_date=report_date)
        clocks.apply_defaults(plan)
        plan.save()
        record(plan, "open_plan", actor=_actor(by))
    return plan


def set_clocks(plan: Plan, *, report_date=None, answer_months=None, first_report_months=None,
               report_every_months=None, by=SYSTEM) -> Plan:
    _check(by, "followup.manage_followup", plan)
    for name, value in (("answer_months", answer_months), ("first_report_months", first_report_months),
                        ("report_every_months", report_every_months)):
        if value is not None:
            if not 1 <= int(value) <= 60:
                raise FollowUpError(_("A number of months is between 1 and 60."))
            setattr(plan, name, int(value))
    if report_date is not None:
        plan.report_date = report_date
    plan.save()
    record(plan, "set_clocks", actor=_actor(by), message=Msg(
        "Clocks: answer %(a)s months, first report %(f)s months, then every %(e)s months.",
        a=plan.answer_months, f=plan.first_report_months, e=plan.report_every_months))
    for commitment in plan.commitments.all():
        clocks.refresh(commitment)
    return plan


def add_commitment(plan: Plan, texts: dict, *, by=SYSTEM, reference: str = "", authority=None,
                   responsible_service: dict | None = None, source=None, source_kind: str = SourceKind.MANUAL,
                   is_example: bool = False, parent: Commitment | None = None, weight: int | None = None) -> Commitment:
    """A new commitment (planned, awaiting its answer); its text needs at least one language."""
    _check(by, "followup.manage_followup", plan)
    if not any(str(texts.get(lang, "") or "").strip() for lang in LANGUAGES):
        raise FollowUpError(_("Write the commitment's text in at least one language."))
    with transaction.atomic():
        if parent is not None:
            _check_weight(parent, weight)
        commitment = Commitment(plan=plan, reference=reference[:30], authority=authority or plan.authority,
                                source_kind=source_kind, is_example=is_example, parent=parent, weight=weight,
                                position=plan.commitments.count())
        _texts(commitment, "text", texts)
        _texts(commitment, "responsible_service", responsible_service or {})
        if source is not None:
            from django.contrib.contenttypes.models import ContentType

            commitment.source_type = ContentType.objects.get_for_model(source)
            commitment.source_id = source.pk
        commitment.save()
        record(commitment, "create", actor=_actor(by), message=Msg("Commitment %(ref)s created.",
                                                                   ref=commitment.reference or commitment.pk))
        clocks.refresh(commitment)
        if parent is not None:
            _roll_up(parent)
    return commitment


def add_child(parent: Commitment, texts: dict, *, weight, by=SYSTEM, reference: str = "") -> Commitment:
    return add_commitment(parent.plan, texts, by=by, reference=reference, authority=parent.authority,
                          parent=parent, weight=weight, is_example=parent.is_example)


def set_responsible_service(commitment: Commitment, texts: dict, *, by=SYSTEM) -> Commitment:
    """The service in charge of a commitment, in its languages (one imported from its source names none)."""
    _check(by, "followup.manage_followup", commitment)
    _texts(commitment, "responsible_service", texts)
    commitment.save()
    record(commitment, "set_service", actor=_actor(by), message=Msg("Responsible service: %(service)s.",
                                                                    service=commitment.responsible_service or "—"))
    return commitment


def _check_weight(parent: Commitment, weight, *, excluding: int | None = None) -> None:
    try:
        weight = int(weight)
    except (TypeError, ValueError):
        raise FollowUpError(_("A part's weight is a whole number from 1 to 100.")) from None
    if not 1 <= weight <= 100:
        raise FollowUpError(_("A part's weight is a whole number from 1 to 100."))
    others = parent.children.exclude(pk=excluding).aggregate(total=Sum("weight"))["total"] or 0
    if others + weight > 100:
        raise FollowUpError(_("The weights of the parts would sum to %(total)s%%; they must sum to 100%%.")
                            % {"total": others + weight})


def weights_total(commitment: Commitment) -> int:
    return commitment.children.aggregate(total=Sum("weight"))["total"] or 0


# Answer and implementation --------------------------------------------------------------------------------

def answer(commitment: Commitment, how: str, reasons: dict, *, by, answered_on: date | None = None) -> Commitment:
    """The authority's answer ("adopt", "adopt_in_part", "reject", "study") with its reasons in FR and NL."""
    if how not in ("adopt", "adopt_in_part", "reject", "study"):
        raise FollowUpError(_("Choose an answer."))
    data = {"reasons": reasons}
    if answered_on:
        data["answered_on"] = answered_on
    _move(commitment, how, by, **data)
    clocks.refresh(commitment)
    return commitment


def move(commitment: Commitment, name: str, *, by, reason: dict | None = None) -> Commitment:
    """An implementation step: start, finish, abandon (with its public reason), resume."""
    if name not in ("start", "finish", "abandon", "resume"):
        raise FollowUpError(_("This step does not exist."))
    _move(commitment, name, by, reason=reason or {})
    clocks.refresh(commitment)
    if commitment.parent_id:
        _roll_up(commitment.parent)
    return commitment


def _move(commitment, name, by, **data):
    from polyvox.core.workflow import TransitionNotAllowed

    try:
        apply(commitment, name, by=by, **data)
    except (Refused, TransitionNotAllowed) as error:
        raise FollowUpError(str(error)) from None


def set_progress(commitment: Commitment, value, *, by) -> Commitment:
    """Progress from 0 to 100 of a commitment without parts (a parent's is its parts' weighted progress)."""
    _check(by, "followup.manage_followup", commitment)
    try:
        value = int(str(value).strip())
    except (TypeError, ValueError):
        raise FollowUpError(_("Progress is a whole number from 0 to 100.")) from None
    if not 0 <= value <= 100:
        raise FollowUpError(_("Progress is a whole number from 0 to 100."))
    if commitment.children.exists():
        raise FollowUpError(_("This commitment's progress comes from its parts."))
    with transaction.atomic():
        before = commitment.progress
        commitment.progress = value
        commitment.save(update_fields=["progress", "updated"])
        record(commitment, "progress", actor=_actor(by), from_state=str(before), to_state=str(value))
        if commitment.parent_id:
            _roll_up(commitment.parent)
    return commitment


def _roll_up(parent: Commitment) -> None:
    """A parent's progress: its parts' progress weighted by their weights (over the weights given)."""
    rows = list(parent.children.values_list("progress", "weight"))
    total = sum(weight or 0 for _progress, weight in rows)
    if not total:
        return
    value = round(sum(progress * (weight or 0) for progress, weight in rows) / total)
    if value != parent.progress:
        before = parent.progress
        Commitment.objects.filter(pk=parent.pk).update(progress=value)
        parent.progress = value
        record(parent, "progress", actor=None, from_state=str(before), to_state=str(value),
               message=Msg("Rolled up from its parts."))
    if parent.parent_id:
        _roll_up(parent.parent)


def add_update(commitment: Commitment, when: date, texts: dict, *, by, progress=None, document=None,
               is_example: bool = False) -> Update:
    """A dated public update (with an optional document); it may set the progress; listeners are told."""
    _check(by, "followup.manage_followup", commitment)
    if not any(str(texts.get(lang, "") or "").strip() for lang in LANGUAGES):
        raise FollowUpError(_("Write what was done in at least one language."))
    if when is None or when > clocks.today():
        raise FollowUpError(_("The date of an update cannot be in the future."))
    with transaction.atomic():
        update = Update(commitment=commitment, date=when, author=_actor(by))
        _texts(update, "text", texts)
        if document is not None:
            update.document = document
            update.document_name = getattr(document, "name", "")[:200]
        if progress not in (None, ""):
            set_progress(commitment, progress, by=by)
            update.progress = commitment.progress
        update.save()
        record(commitment, "update", actor=_actor(by), message=Msg("Update of %(date)s published.", date=when.isoformat()))
        for other in commitment.plan.commitments.select_related("plan"):
            clocks.refresh(other)
        if not is_example:
            from polyvox.followup.workflow import _published

            transaction.on_commit(lambda: _published(commitment.pk, "update"))
    return update


# Participants heard ---------------------------------------------------------------------------------------

def listen(plan: Plan, email: str, language: str = "fr", *, source: str = "", user=None) -> Listener:
    """Someone who took part asks to hear back (idempotent by e-mail); asking again after stopping is a new yes."""
    language = language if language in LANGUAGES else "fr"
    email = email.strip().lower()
    StoppedListening.objects.filter(plan=plan, email_hash=email_hash(email)).delete()
    listener, created = Listener.objects.get_or_create(
        plan=plan, email=email, defaults={"language": language, "source": source[:40], "user": user})
    if not created and listener.language != language:
        listener.language = language
        listener.save(update_fields=["language"])
    return listener


def rate(listener: Listener, commitment: Commitment, score, comment: str = "") -> Rating:
    """Rate the answer to a commitment of the listener's process: 1 to 5, once (a second rating replaces it)."""
    if commitment.plan_id != listener.plan_id or not commitment.is_answered:
        raise FollowUpError(_("Only a published answer of your process can be rated."))
    try:
        score = int(score)
    except (TypeError, ValueError):
        raise FollowUpError(_("Choose a rating from 1 to 5.")) from None
    if not 1 <= score <= 5:
        raise FollowUpError(_("Choose a rating from 1 to 5."))
    if len(comment) > 2000:
        raise FollowUpError(_("Write at most 2,000 characters."))
    try:
        with transaction.atomic():
            rating, _created = Rating.objects.update_or_create(
                commitment=commitment, listener=listener, defaults={"score": score, "comment": comment.strip()})
    except IntegrityError:  # two submissions at once: the other one stands
        rating = Rating.objects.get(commitment=commitment, listener=listener)
    return rating


def ratings_of(commitment: Commitment) -> dict:
    """The aggregate shown publicly: how many, the mean, the count per score, the comments."""
    found = commitment.ratings.aggregate(count=Count("pk"), mean=Avg("score"))
    per_score = dict(commitment.ratings.values_list("score").annotate(n=Count("pk")))
    return {"count": found["count"], "mean": round(found["mean"], 2) if found["mean"] else None,
            "per_score": [(score, per_score.get(score, 0)) for score in range(5, 0, -1)],
            "comments": list(commitment.ratings.exclude(comment="").values_list("comment", flat=True)[:50])}


# The history lines above, for the catalogues (they are rendered in each reader's language).
from django.utils.translation import gettext_noop  # noqa: E402

HISTORY_LINES = [
    gettext_noop("Clocks: answer %(a)s months, first report %(f)s months, then every %(e)s months."),
    gettext_noop("Commitment %(ref)s created."),
    gettext_noop("Rolled up from its parts."),
    gettext_noop("Update of %(date)s published."),
    gettext_noop("Imported from %(source)s: %(count)s commitments."),
]


# Asking those who took part whether they want to hear back ------------------------------------------------

INVITATION_SALT = "polyvox.followup.hear-back"


def panel_members(plan: Plan) -> list[tuple[str, str, str]]:
    """(e-mail, language, "panel member") of the members drawn for the initiative's panels who left an address."""
    from polyvox.panels.models import Volunteer, VolunteerStatus

    found = Volunteer.objects.filter(panel__initiative=plan.initiative, status=VolunteerStatus.SELECTED,
                                     personal_data_erased_at__isnull=True).exclude(email="")
    return [(v.email, v.language, "panel member") for v in found]


def invite(plan: Plan, people, *, by) -> int:
    """E-mail each person (e-mail, language, source) a link to say yes to hearing back; nothing is stored about
    them until they say yes. Those already listening are skipped. Returns the number of e-mails sent."""
    from django.conf import settings
    from django.core import signing
    from django.core.mail import send_mail
    from django.urls import reverse
    from django.utils import translation

    _check(by, "followup.manage_followup", plan)
    already = set(plan.listeners.values_list("email", flat=True))
    base = getattr(settings, "SITE_URL", "").rstrip("/")
    sent = 0
    for email, language, source in people:
        email = email.strip().lower()
        if not email or email in already:
            continue
        language = language if language in LANGUAGES else "fr"
        token = signing.dumps({"p": plan.pk, "e": email, "l": language, "s": source[:40]}, salt=INVITATION_SALT)
        with translation.override(language):
            link = base + reverse("followup:listen-confirm", args=[token])
            title = plan.initiative.title
            subject = _("What will become of “%(title)s”? Hear back if you wish") % {"title": title}
            body = "\n\n".join([
                _("You took part in “%(title)s”. The authority will answer each recommendation; the answers and "
                  "their implementation are published on the platform.") % {"title": title},
                _("To be told in your language of each answer and update, and to rate the answers, confirm here: "
                  "%(link)s") % {"link": link},
                _("Without your confirmation, nothing more is sent to you."),
            ])
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])
        already.add(email)
        sent += 1
    record(plan, "invite", actor=_actor(by), message=Msg("%(n)s people asked whether they want to hear back.", n=sent))
    return sent


def confirm_invitation(token: str) -> Listener:
    """The person said yes: they become a listener. Raises FollowUpError for a broken or expired link (90 days)."""
    from django.core import signing

    try:
        data = signing.loads(token, salt=INVITATION_SALT, max_age=90 * 24 * 3600)
        plan = Plan.objects.get(pk=data["p"])
    except (signing.BadSignature, Plan.DoesNotExist, KeyError, TypeError):
        raise FollowUpError(_("This link is not valid or has expired.")) from None
    return listen(plan, data["e"], data["l"], source=data.get("s", ""))


HISTORY_LINES.append(gettext_noop("%(n)s people asked whether they want to hear back."))
