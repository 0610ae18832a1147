"""Background work of petitions (django-tasks): the signature confirmation mail, sent by the worker (mailing.py
queues it). A failed send is recorded on the signature (attempts, last error) and tried again later (RETRY_SECONDS)
when the queue can wait; then the signer asks for it again."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core import mail
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from polyvox.petitions.models import Signature, SignatureState

logger = logging.getLogger(__name__)

RETRY_SECONDS = (60, 300, 1800)  # after the 1st, 2nd and 3rd failed attempt
SMTP_TIMEOUT = 20  # seconds; settings.PETITIONS_SMTP_TIMEOUT overrides it


@task()
def send_confirmation(signature_id: int, attempt: int = 1) -> str:
    """Send the confirmation mail of a pending signature; a failure is recorded and retried later."""
    return deliver(signature_id, attempt)


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
                                                         mail_error=short(f"{type(error).__name__}: {error}"))
        logger.warning("petitions: confirmation mail of signature %s failed (attempt %s): %s", signature.pk, attempt, error)
        return "failed, retry queued" if _retry(signature.pk, attempt) else "failed"
    Signature.objects.filter(pk=signature.pk).update(mail_attempts=F("mail_attempts") + 1, mail_sent_at=timezone.now(),
                                                     mail_error="")
    return "sent"


def short(text: str) -> str:
    """An error as one line of at most 300 characters (the signature's field)."""
    return " ".join(str(text).split())[:300]


def _retry(signature_id: int, attempt: int) -> bool:
    if attempt > len(RETRY_SECONDS) or not send_confirmation.get_backend().supports_defer:
        return False
    later = timezone.now() + timedelta(seconds=RETRY_SECONDS[attempt - 1])
    try:
        send_confirmation.using(run_after=later).enqueue(signature_id, attempt + 1)
    except Exception:  # noqa: BLE001 - recorded above; the signer may still ask again
        logger.exception("petitions: could not queue a new attempt for signature %s", signature_id)
        return False
    return True
