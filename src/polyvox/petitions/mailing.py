"""The signature confirmation mail goes through the task worker: the request that takes a signature only queues it
(`queue`), so a slow or broken SMTP server never slows or fails a signature. The worker sends it, records the
outcome and retries (tasks.py); the signer may ask for the mail again (`resend`), a few times and not too often."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db.models import F
from django.utils import timezone

from polyvox.petitions import identity
from polyvox.petitions.models import Petition, Signature, SignatureState
from polyvox.petitions.tasks import send_confirmation, short

logger = logging.getLogger(__name__)

MAX_MAILS = 5  # confirmation mails a signer may ask for, per signature
RESEND_AFTER_SECONDS = 60  # the shortest time between two mails asked for


def queue(signature: Signature) -> bool:
    """Ask the task worker to send the confirmation mail (at most MAX_MAILS per signature). Never raises: when even
    the queue fails, the error is recorded and the signer may ask again. Returns whether it was queued."""
    asked = Signature.objects.filter(pk=signature.pk, mails_requested__lt=MAX_MAILS).update(
        mails_requested=F("mails_requested") + 1, mail_requested_at=timezone.now())
    if not asked:
        return False
    try:
        send_confirmation.enqueue(signature.pk)
    except Exception as error:  # noqa: BLE001 - the signature is taken; only its mail is late
        logger.exception("petitions: could not queue the confirmation mail of signature %s", signature.pk)
        Signature.objects.filter(pk=signature.pk).update(mail_error=short(f"queue: {error}"))
        return False
    return True


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
