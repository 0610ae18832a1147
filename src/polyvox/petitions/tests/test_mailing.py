"""The signature confirmation mail goes through the task worker: queued by the request, sent by the worker, retried
and recorded when the mail server fails, asked for again by the signer. End to end against a real SMTP server
started by the test (aiosmtpd on a free local port), and against a port where no server listens."""

from __future__ import annotations

import datetime
import email
import re
import socket

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from polyvox.petitions import mailing, services, tasks
from polyvox.petitions.models import Signature, SignatureState
from polyvox.petitions.tasks import send_confirmation
from polyvox.petitions.tests.conftest import client_for, make_open, signer
from polyvox.petitions.tests.test_views import form_data

pytestmark = pytest.mark.django_db


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's handler name
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.content)))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def use_smtp(settings, port):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""


@pytest.fixture
def smtp(settings):
    controller_module = pytest.importorskip("aiosmtpd.controller", reason="aiosmtpd is in the test extra")
    port = free_port()
    inbox = Inbox()
    controller = controller_module.Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    use_smtp(settings, port)
    yield inbox
    controller.stop()


@pytest.fixture
def queue_only(settings):
    """A queue that keeps what is enqueued (and may defer it), as the database backend does, without running it."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    backend = send_confirmation.get_backend()
    backend.clear()
    return backend


def _text(message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    return ""


def test_the_request_only_queues_the_mail(world, queue_only):
    petition = make_open(world)
    client = client_for()
    response = client.post(reverse("petitions:sign", args=[petition.pk]), form_data(client, petition, municipality=world.ixelles.pk))
    assert response.status_code == 200 and not mail.outbox  # nothing sent inside the request
    signature = Signature.objects.get()
    (queued,) = queue_only.results
    assert queued.task.name == send_confirmation.name and queued.args == [signature.pk]
    assert signature.mails_requested == 1 and signature.state == SignatureState.PENDING
    assert tasks.deliver(*queued.args) == "sent"  # what the worker does
    assert mail.outbox[0].to == ["lina@example.be"]
    signature.refresh_from_db()
    assert signature.mail_sent_at is not None and signature.mail_attempts == 1 and signature.mail_error == ""


def test_confirmation_over_smtp_end_to_end(world, smtp):
    petition = make_open(world)
    client = client_for()
    client.post(f"/nl/petitions/{petition.pk}/sign/", form_data(client, petition, municipality=world.ixelles.pk))
    ((recipients, message),) = smtp.messages
    assert recipients == ["lina@example.be"]
    path = "/" + re.search(r"https?://\S+/confirm/\S+/", _text(message)).group(0).split("://", 1)[1].split("/", 1)[1]
    assert client.post(path).status_code == 200
    petition.refresh_from_db()
    assert petition.signature_count == 1


def test_a_failing_mail_server_never_fails_the_signature_and_the_signer_asks_again(world, settings, smtp):
    petition = make_open(world)
    working_port = settings.EMAIL_PORT
    use_smtp(settings, free_port())  # nothing listens there: connection refused
    client = client_for()
    response = client.post(reverse("petitions:sign", args=[petition.pk]), form_data(client, petition, municipality=world.ixelles.pk))
    assert response.status_code == 200 and "lina@example.be" in response.content.decode()
    signature = Signature.objects.get()
    assert signature.state == SignatureState.PENDING and signature.mail_attempts == 1 and signature.mail_error
    assert signature.mail_sent_at is None and not smtp.messages
    # too soon: nothing is sent, and the answer says the same
    resend = reverse("petitions:resend", args=[petition.pk])
    again = client.post(resend, {"email": "lina@example.be"})
    assert again.status_code == 200 and "un nouveau message est en route" in again.content.decode()
    Signature.objects.filter(pk=signature.pk).update(mail_requested_at=timezone.now() - datetime.timedelta(minutes=5))
    settings.EMAIL_PORT = working_port
    client.post(resend, {"email": "lina@example.be"})
    assert [recipients for recipients, _message in smtp.messages] == [["lina@example.be"]]
    signature.refresh_from_db()
    assert signature.mail_sent_at is not None and signature.mail_error == "" and signature.mails_requested == 2
    # an address that did not sign gets the same answer and no mail
    other = client.post(resend, {"email": "nobody@example.be"})
    assert other.status_code == 200 and "un nouveau message est en route" in other.content.decode()
    assert len(smtp.messages) == 1
    assert client.post(resend, {"email": "not an address"}).status_code == 400


def test_a_failed_send_is_recorded_and_retried_later(world, settings, queue_only):
    petition = make_open(world)
    signature, _token = services.sign(petition, signer(world, 1))
    use_smtp(settings, free_port())
    settings.PETITIONS_SMTP_TIMEOUT = 2
    assert tasks.deliver(signature.pk, 1) == "failed, retry queued"
    (retry,) = queue_only.results
    assert retry.args == [signature.pk, 2] and retry.task.run_after > timezone.now()
    signature.refresh_from_db()
    assert signature.mail_attempts == 1 and "Error" in signature.mail_error
    assert tasks.deliver(signature.pk, len(tasks.RETRY_SECONDS) + 1) == "failed"  # the last attempt: no more
    assert len(queue_only.results) == 1


def test_resend_is_limited(world, queue_only):
    petition = make_open(world)
    signature, _token = services.sign(petition, signer(world, 1))
    Signature.objects.filter(pk=signature.pk).update(mails_requested=mailing.MAX_MAILS)
    assert mailing.resend(petition, "personne1@example.be") is False
    Signature.objects.filter(pk=signature.pk).update(mails_requested=1, mail_requested_at=None)
    assert mailing.resend(petition, "Personne1@Example.be") is True
    assert mailing.resend(petition, "personne1@example.be") is False  # again at once: too soon
    assert len(queue_only.results) == 1
