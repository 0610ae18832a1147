"""The signature confirmation mail goes through the task worker: the request that takes a signature only queues it,
so a slow or broken SMTP server never slows or fails a signature. The worker sends it; a failed send is recorded on
the signature (attempts, last error) and tried again later (RETRY_SECONDS) when the queue can wait; the signer may
ask for the mail again (`resend`), a few times and not too often."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core import mail
from django.db.models import F
from django.utils import timezone

from polyvox.petitions import identity
from polyvox.petitions.models import Petition, Signature, SignatureState

logger = logging.getLogger(__name__)

RETRY_SECONDS = (60, 300, 1800)  # after the 1st, 2nd and 3rd failed attempt; then the signer asks again
MAX_MAILS = 5  # confirmation mails a signer may ask for, per signature
RESEND_AFTER_SECONDS = 60  # the shortest time between two mails asked for
SMTP_TIMEOUT = 20  # seconds; settings.PETITIONS_SMTP_TIMEOUT overrides it


def queue(signature: Signature) -> bool:
    """Ask the task worker to send the confirmation mail (at most MAX_MAILS per signature). Never raises: when even
    the queue fails, the error is recorded and the signer may ask again. Returns whether it was queued."""
    from polyvox.petitions.tasks import send_confirmation

    asked = Signature.objects.filter(pk=signature.pk, mails_requested__lt=MAX_MAILS).update(
        mails_requested=F("mails_requested") + 1, mail_requested_at=timezone.now())
    if not asked:
        return False
    try:
        send_confirmation.enqueue(signature.pk)
    except Exception as error:  # noqa: BLE001 - the signature is taken; only its mail is late
        logger.exception("petitions: could not queue the confirmation mail of signature %s", signature.pk)
        Signature.objects.filter(pk=signature.pk).update(mail_error=_short(f"queue: {error}"))
        return False
    return True


def deliver(signature_id: int, attempt: int = 1) -> str:
    """Send the confirmation mail of a pending signature (what the task runs); record the outcome."""
    from polyvox.petitions import notifications, services

    signature = Signature.objects.select_related("petition", "petition__channel").filter(pk=signature_id).first()
    if signature is None or signature.state != SignatureState.PENDING or not signature.email:
        return "nothing to send"
    token = services.confirmation_token(signature)
    try:
        connection = mail.get_connection(timeout=getattr(settings, "PETITIONS_SMTP_TIMEOUT", SMTP_TIMEOUT))
        notifications.confirmation(signature, token, settings.SITE_URL.rstrip("/"), connection=connection)
    except Exception as error:  # noqa: BLE001 - SMTP refusals, timeouts, DNS: all recorded, then retried
        Signature.objects.filter(pk=signature.pk).update(mail_attempts=F("mail_attempts") + 1,
                                                         mail_error=_short(f"{type(error).__name__}: {error}"))
        logger.warning("petitions: confirmation mail of signature %s failed (attempt %s): %s", signature.pk, attempt, error)
        return "failed, retry queued" if _retry(signature.pk, attempt) else "failed"
    Signature.objects.filter(pk=signature.pk).update(mail_attempts=F("mail_attempts") + 1, mail_sent_at=timezone.now(),
                                                     mail_error="")
    return "sent"


def resend(petition: Petition, email: str) -> bool:
    """The signer asks for the mail again: queued when a signature of this address awaits confirmation, fewer than
    MAX_MAILS were asked for and the last one is not too recent. The caller answers the same whatever the outcome
    (nobody learns who signed)."""
    key = identity.email_key(email) if email else None
    if not key:
        return False
    signature = Signature.objects.filter(petition=petition, email_key=key, state=SignatureState.PENDING).first()
    if signature is None or not petition.is_open:
        return False
    if signature.mail_requested_at and timezone.now() - signature.mail_requested_at < timedelta(seconds=RESEND_AFTER_SECONDS):
        return False
    return queue(signature)


def _retry(signature_id: int, attempt: int) -> bool:
    from polyvox.petitions.tasks import send_confirmation

    if attempt > len(RETRY_SECONDS) or not send_confirmation.get_backend().supports_defer:
        return False
    later = timezone.now() + timedelta(seconds=RETRY_SECONDS[attempt - 1])
    try:
        send_confirmation.using(run_after=later).enqueue(signature_id, attempt + 1)
    except Exception:  # noqa: BLE001 - recorded above; the signer may still ask again
        logger.exception("petitions: could not queue a new attempt for signature %s", signature_id)
        return False
    return True


def _short(text: str) -> str:
    return " ".join(str(text).split())[:300]
