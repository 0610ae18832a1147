"""The use cases of petitions: drafting and filing, signing and confirming, paper sheets, invalidation, counts.

Every change of a petition's state goes through `workflow.LIFECYCLE`. The count of valid signatures is kept on the
petition row and changed only under that row's lock, in the transaction that changes the signature, together
with the per-municipality tally; `reconcile` compares it with the stored rows and alerts staff when they differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Count, F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from polyvox.core.messages import Msg
from polyvox.core.transitions import record
from polyvox.core.workflow import SYSTEM
from polyvox.organisations.models import Organisation, OrganisationKind
from polyvox.petitions import identity
from polyvox.petitions.models import (ChannelKind, CountAlert, IdentityLevel, Level, PaperEntry, Petition, Residence,
                                      Signature, SignatureState, Source, State, Tally)
from polyvox.petitions.workflow import LIFECYCLE

CONFIRM_SALT = "polyvox.petitions.confirm"


class SigningRefused(Exception):
    """A signature that cannot be taken; the message is in the signer's language."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.message = message
        self.field = field


# Drafting and filing -----------------------------------------------------------------------------------------


def create_draft(*, author, channel, level: str, municipality, title: str, body: str, language: str,
                 author_name: str) -> Petition:
    if channel.kind == ChannelKind.INTERPELLATION:
        level = Level.COMMUNE
    petition = Petition(channel=channel, level=level, municipality=municipality if level == Level.COMMUNE else None,
                        author=author, author_name=author_name, original_language=language,
                        receiver=receiver_for(level, municipality))
    setattr(petition, f"title_{language}", title)
    setattr(petition, f"body_{language}", body)
    petition.save()
    record(petition, "create", actor=author, to_state=State.DRAFT, message=Msg(gettext_noop("Draft written")))
    return petition


def receiver_for(level: str, municipality) -> Organisation | None:
    """The institution that receives it: the municipality for an interpellation, the Parliament otherwise."""
    if level == Level.COMMUNE:
        return Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY, municipality=municipality).first()
    return Organisation.objects.filter(kind=OrganisationKind.PARLIAMENT).order_by("id").first()


def file(petition: Petition, *, by) -> None:
    LIFECYCLE.apply(petition, "file", by=by, message=Msg(gettext_noop("Filed with the receiving institution")))


def record_same_subject(petition: Petition, other: Petition | None, *, by) -> None:
    """The secretariat records, at admissibility, that a filed request is on the same subject as an earlier one of
    the channel (or clears it): within the channel's waiting period it then cannot be declared admissible, and a
    refusal on that ground gives the date from which the subject may come back."""
    from polyvox.core.workflow import Refused

    if not by.has_perm("petitions.decide_admissibility", petition):
        raise Refused([_("You may not do this.")])
    if petition.state != State.FILED:
        raise Refused([_("The same subject is recorded while admissibility is being decided.")])
    if other is not None and (other.pk == petition.pk or other.channel_id != petition.channel_id or not other.is_public):
        raise Refused([_("Choose an earlier request of the same channel.")])
    with transaction.atomic():
        Petition.objects.filter(pk=petition.pk).update(same_subject_as=other)
        petition.same_subject_as = other
        if other is None:
            message = Msg(gettext_noop("No longer recorded as the same subject as an earlier request"))
        else:
            message = Msg(gettext_noop("Recorded as the same subject as “%(title)s” (no. %(number)s)"),
                          title=other.title, number=other.pk)
        record(petition, "same_subject", actor=by, message=message)


# Signing ----------------------------------------------------------------------------------------------------------


@dataclass
class SignerDetails:
    full_name: str
    email: str
    date_of_birth: date
    municipality: object  # places.Municipality or None (outside the Region)
    language: str = "fr"
    hear_back: bool = False  # ticked "tell me what becomes of this process"


def sign(petition: Petition, details: SignerDetails, *, verified_register_number: str = "") -> tuple[Signature, str]:
    """Take a signature: checks, then a pending row and its confirmation token (or, verified, a valid row at once).

    Returns (signature, token); the token is "" when no e-mail confirmation is needed. A second attempt with the
    same e-mail while the first awaits confirmation returns the waiting row with a fresh token (sent again).
    Raises SigningRefused with a message in the active language; nothing is stored then."""
    check_signer(petition, details, verified=bool(verified_register_number))
    keys = {
        "person_key": identity.person_key(details.full_name, details.date_of_birth,
                                          details.municipality.pk if details.municipality else None),
        "email_key": identity.email_key(details.email) if details.email else None,
        "register_key": identity.register_key(verified_register_number) if verified_register_number else None,
    }
    existing = _existing(petition, keys)
    if existing is not None:
        if existing.state == SignatureState.PENDING and existing.email_key == keys["email_key"] and not verified_register_number:
            if details.hear_back and not existing.hear_back:
                Signature.objects.filter(pk=existing.pk).update(hear_back=True)
            return existing, confirmation_token(existing)
        raise SigningRefused(_("You have already signed this one: each person signs once."))
    signature = Signature(petition=petition, full_name=details.full_name.strip(), email=details.email.strip(),
                          date_of_birth=details.date_of_birth, municipality=details.municipality,
                          language=details.language, hear_back=bool(details.hear_back and details.email), **keys)
    if verified_register_number:
        signature.source = Source.VERIFIED
        try:
            with transaction.atomic():
                signature.save()
                _count_in(petition, signature)
        except IntegrityError:
            raise SigningRefused(_("You have already signed this one: each person signs once.")) from None
        return signature, ""
    try:
        with transaction.atomic():
            signature.save()
    except IntegrityError:  # a concurrent twin won the race
        raise SigningRefused(_("You have already signed this one: each person signs once.")) from None
    return signature, confirmation_token(signature)


def check_signer(petition: Petition, details: SignerDetails, *, verified: bool = False) -> None:
    channel = petition.channel
    if not petition.is_open:
        raise SigningRefused(_("This one is not open for signatures."))
    if channel.identity_level == IdentityLevel.VERIFIED and not verified:
        raise SigningRefused(_("This channel asks signers to prove their identity: sign with an identity provider."))
    today = timezone.localdate()
    if details.date_of_birth > today:
        raise SigningRefused(_("The date of birth is in the future."), "date_of_birth")
    age = today.year - details.date_of_birth.year - ((today.month, today.day) < (details.date_of_birth.month, details.date_of_birth.day))
    if age < channel.minimum_age:
        raise SigningRefused(_("Signers must be at least %(age)s years old.") % {"age": channel.minimum_age}, "date_of_birth")
    if age > 130:
        raise SigningRefused(_("Check the date of birth."), "date_of_birth")
    if details.municipality is None:
        raise SigningRefused(_("Only people domiciled in the Brussels-Capital Region may sign."), "municipality")
    if channel.residence == Residence.COMMUNE or petition.level == Level.COMMUNE:
        if details.municipality.pk != petition.municipality_id:
            raise SigningRefused(_("Only inhabitants of %(municipality)s may sign this interpellation.") % {
                "municipality": petition.municipality.name}, "municipality")
    if details.email and identity.is_disposable(details.email):
        raise SigningRefused(_("Throw-away e-mail addresses are not accepted: use an address you keep."), "email")
    if not verified and not details.email:
        raise SigningRefused(_("Give your e-mail address: you confirm your signature from it."), "email")


def _existing(petition, keys) -> Signature | None:
    for name in ("register_key", "email_key", "person_key"):
        if keys[name]:
            found = Signature.objects.filter(petition=petition, **{name: keys[name]}).first()
            if found is not None:
                return found
    return None


def confirmation_token(signature: Signature) -> str:
    return signing.dumps({"s": signature.pk, "p": signature.petition_id}, salt=CONFIRM_SALT, compress=True)


def signature_for_token(token: str) -> Signature:
    """The pending signature a token names; SigningRefused (forged, expired, used) otherwise."""
    max_age = getattr(settings, "PETITIONS_CONFIRMATION_DAYS", 7) * 86400
    try:
        payload = signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise SigningRefused(_("This confirmation link has expired: sign again to receive a new one.")) from None
    except signing.BadSignature:
        raise SigningRefused(_("This confirmation link is not valid. Copy the whole address from the e-mail.")) from None
    signature = Signature.objects.select_related("petition", "petition__channel").filter(
        pk=payload.get("s"), petition_id=payload.get("p")).first()
    if signature is None:
        raise SigningRefused(_("This confirmation link is not valid. Copy the whole address from the e-mail."))
    return signature


def confirm(token: str) -> Signature:
    """Confirm the signature a token names, once: the signature, the count and the tally in one transaction."""
    signature = signature_for_token(token)
    if signature.state != SignatureState.PENDING:
        raise SigningRefused(_("This confirmation was already used: your signature is counted once."))
    if not signature.petition.is_open:
        raise SigningRefused(_("This one is no longer open for signatures."))
    with transaction.atomic():
        petition = Petition.objects.select_for_update().get(pk=signature.petition_id)
        changed = Signature.objects.filter(pk=signature.pk, state=SignatureState.PENDING).update(
            state=SignatureState.VALID, confirmed_at=timezone.now())
        if not changed:
            raise SigningRefused(_("This confirmation was already used: your signature is counted once."))
        _add_to_count(petition, signature.municipality_id, +1)
    signature.refresh_from_db()
    return signature


def _count_in(petition: Petition, signature: Signature) -> None:
    """A signature valid from the start (verified, paper): counted in the caller's transaction."""
    locked = Petition.objects.select_for_update().get(pk=petition.pk)
    Signature.objects.filter(pk=signature.pk).update(state=SignatureState.VALID, confirmed_at=timezone.now())
    signature.state = SignatureState.VALID
    _add_to_count(locked, signature.municipality_id, +1)


def _add_to_count(locked: Petition, municipality_id, delta: int) -> None:
    """Under the petition's row lock: the count, the tally, and the threshold when it is crossed."""
    Petition.objects.filter(pk=locked.pk).update(signature_count=F("signature_count") + delta)
    updated = Tally.objects.filter(petition=locked, municipality_id=municipality_id).update(count=F("count") + delta)
    if not updated:
        Tally.objects.create(petition=locked, municipality_id=municipality_id, count=max(0, delta))
    locked.signature_count += delta
    if delta > 0 and locked.state == State.OPEN and locked.signature_count >= locked.threshold:
        LIFECYCLE.apply(locked, "reach_threshold", by=SYSTEM, message=Msg(gettext_noop("Threshold of %(count)s signatures reached"),
                                                                           count=locked.threshold))
        transaction.on_commit(lambda pk=locked.pk: _tell_threshold(pk))


def _tell_threshold(pk: int) -> None:
    from polyvox.petitions import notifications

    notifications.threshold_reached(Petition.objects.get(pk=pk))


# Paper sheets -----------------------------------------------------------------------------------------------------


def key_paper_line(petition: Petition, *, by, sheet: str, line: int, full_name: str, date_of_birth: date,
                   municipality) -> PaperEntry:
    """One keying of a paper line. The second keying by another person must agree with the first; then the line
    is counted unless the person already signed (online or on paper)."""
    if not by.has_perm("petitions.key_paper", petition):
        raise SigningRefused(_("You may not do this."))
    entry_key = identity.person_key(full_name, date_of_birth, municipality.pk if municipality else None)
    with transaction.atomic():
        locked = Petition.objects.select_for_update().get(pk=petition.pk)
        earlier = PaperEntry.objects.filter(petition=locked, sheet=sheet.strip(), line=line).exclude(
            outcome=PaperEntry.Outcome.MISMATCH).order_by("keyed_at").first()
        entry = PaperEntry(petition=locked, sheet=sheet.strip(), line=line, keyed_by=by, entry_key=entry_key,
                           full_name=full_name.strip(), date_of_birth=date_of_birth, municipality=municipality)
        if earlier is None:
            entry.save()
            return entry
        if earlier.outcome != PaperEntry.Outcome.AWAITING:
            raise SigningRefused(_("This line was already keyed twice."))
        if earlier.keyed_by_id == by.pk:
            raise SigningRefused(_("The second keying must be done by another person."))
        if earlier.entry_key != entry_key:
            entry.outcome = PaperEntry.Outcome.MISMATCH
            entry.save()
            earlier.outcome = PaperEntry.Outcome.MISMATCH
            earlier.save(update_fields=["outcome"])
            return entry
        details = SignerDetails(full_name, "", date_of_birth, municipality)
        try:
            _check_paper(locked, details)
        except SigningRefused:
            entry.outcome = earlier.outcome = PaperEntry.Outcome.REFUSED
            entry.save()
            earlier.save(update_fields=["outcome"])
            raise
        if Signature.objects.filter(petition=locked, person_key=entry_key).exists():
            entry.outcome = earlier.outcome = PaperEntry.Outcome.DUPLICATE
        else:
            signature = Signature.objects.create(petition=locked, source=Source.PAPER, person_key=entry_key,
                                                 full_name=full_name.strip(), date_of_birth=date_of_birth,
                                                 municipality=municipality)
            _count_in(locked, signature)
            entry.signature = earlier.signature = signature
            entry.outcome = earlier.outcome = PaperEntry.Outcome.COUNTED
        entry.save()
        earlier.save(update_fields=["outcome", "signature"])
        return entry


def _check_paper(petition, details):
    """The rules of a paper line: age and residence (no e-mail, no confirmation)."""
    original = petition.channel.identity_level
    petition.channel.identity_level = IdentityLevel.EMAIL
    try:
        check_signer(petition, details, verified=True)
    finally:
        petition.channel.identity_level = original


# Invalidation, reconciliation, retention ----------------------------------------------------------------------


def invalidate(petition: Petition, signature_ids, *, by, reason: str) -> int:
    """Staff invalidate signatures in bulk, with a reason; the count and tallies follow; one audit entry."""
    if not by.has_perm("petitions.invalidate_signatures", petition):
        raise SigningRefused(_("You may not do this."))
    if not (reason or "").strip():
        raise SigningRefused(_("Give the reason of the invalidation."))
    with transaction.atomic():
        locked = Petition.objects.select_for_update().get(pk=petition.pk)
        rows = list(Signature.objects.select_for_update().filter(petition=locked, pk__in=list(signature_ids))
                    .exclude(state=SignatureState.INVALIDATED))
        now = timezone.now()
        for signature in rows:
            was_valid = signature.state == SignatureState.VALID
            Signature.objects.filter(pk=signature.pk).update(state=SignatureState.INVALIDATED, invalidated_at=now,
                                                             invalid_reason=reason.strip()[:300])
            if was_valid:
                Petition.objects.filter(pk=locked.pk).update(signature_count=F("signature_count") - 1)
                Tally.objects.filter(petition=locked, municipality_id=signature.municipality_id).update(count=F("count") - 1)
        record(locked, "invalidate_signatures", actor=by,
               message=Msg(gettext_noop("%(count)s signatures invalidated: %(reason)s"), count=len(rows), reason=reason.strip()))
    return len(rows)


def reconcile() -> list[CountAlert]:
    """Compare every stored count with the stored valid signatures; alert staff (a row and an e-mail) on a difference."""
    alerts = []
    rows = dict(Signature.objects.filter(state=SignatureState.VALID).values_list("petition").annotate(n=Count("id")))
    for petition in Petition.objects.exclude(state=State.DRAFT).only("id", "signature_count"):
        counted = rows.get(petition.pk, 0)
        if counted != petition.signature_count:
            alerts.append(CountAlert.objects.create(petition=petition, stored_count=petition.signature_count, rows=counted))
    if alerts:
        from polyvox.petitions import notifications

        notifications.count_alerts(alerts)
    return alerts


def anonymise_closed(now=None) -> list[str]:
    """Signers' names, e-mails and dates of birth erased a set time after closing; counts and tallies kept."""
    now = now or timezone.now()
    months = getattr(settings, "PETITIONS_ANONYMISE_AFTER_DAYS", 183)
    done = []
    due = Petition.objects.filter(closed_at__lte=now - timedelta(days=months), personal_data_anonymised_at__isnull=True)
    for petition in due:
        with transaction.atomic():
            erased = Signature.objects.filter(petition=petition, anonymised=False).update(
                full_name="", email="", date_of_birth=None, mail_error="", anonymised=True, hear_back=False)
            PaperEntry.objects.filter(petition=petition).update(full_name="", date_of_birth=None)
            Petition.objects.filter(pk=petition.pk).update(personal_data_anonymised_at=now)
            record(petition, "anonymise", message=Msg(gettext_noop("Signers' personal data anonymised (%(count)s signatures)"), count=erased))
        done.append(f"petition {petition.pk}: {erased} signatures anonymised")
    return done


def close_expired(now=None) -> list[str]:
    """Open ones past their deadline without their threshold close by themselves."""
    now = now or timezone.now()
    done = []
    for petition in Petition.objects.filter(state=State.OPEN, deadline__lte=now):
        LIFECYCLE.apply(petition, "expire", by=SYSTEM, message=Msg(gettext_noop("Closed at its deadline")))
        done.append(f"petition {petition.pk} closed at its deadline")
    return done


def recent_similar(petition: Petition) -> list[Petition]:
    """Requests of the same channel on a similar subject decided within the channel's waiting period (the 12 months
    of a citizens' suggestion, the 3 months of an interpellation): what the secretariat weighs before admitting it."""
    from polyvox.petitions.clocks import add_months
    from polyvox.petitions.similar import similar

    months = petition.channel.same_subject_months
    if not months or petition.state != State.FILED:
        return []
    since = add_months(timezone.now(), -months)
    return [other for other in similar(f"{petition.title} {petition.body}", exclude=petition.pk, limit=10)
            if other.channel_id == petition.channel_id and other.decided_at and other.decided_at >= since]


def tallies(petition: Petition) -> list[Tally]:
    return list(petition.tallies.filter(count__gt=0).select_related("municipality").order_by("-count", "municipality__name_fr"))
