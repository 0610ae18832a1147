"""End to end against a real SMTP server started by the test (aiosmtpd on a free local port): subscribe, confirm by
the button, send an edition, and unsubscribe with the one-click POST read from the received message's headers."""

from __future__ import annotations

import email
import re
import socket

import pytest
from django.test import Client

from polyvox.accounts.testing import sign_in
from polyvox.initiatives.tests import factories as f
from polyvox.newsletter.models import Edition, Subscriber

pytestmark = pytest.mark.django_db


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's handler name
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.content)))
        return "250 OK"


@pytest.fixture
def smtp(settings):
    controller_module = pytest.importorskip("aiosmtpd.controller", reason="aiosmtpd is in the test extra")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = controller_module.Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield inbox
    controller.stop()


def _text(message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    return ""


def test_subscribe_confirm_send_and_unsubscribe_over_smtp(smtp, settings, django_capture_on_commit_callbacks):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/nl/newsletter/", {"email": "jan@example.org", "language": "nl", "audience": "citizens",
                                        "consent": "on"})
    (recipients, confirmation), = smtp.messages
    assert recipients == ["jan@example.org"] and "Bevestig" in confirmation["Subject"]
    link = re.search(r"https?://\S+", _text(confirmation)).group(0)
    client.post(link.split(settings.SITE_URL, 1)[1])
    assert Subscriber.objects.get().state == "confirmed"

    staff = sign_in(Client(), f.user("staff@test.example", staff=True))
    edition = Edition.objects.create(language="nl", subject="Nieuwsbrief december", intro="Hallo", blocks=["events"])
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(edition.get_absolute_url())
    (recipients, letter) = smtp.messages[-1]
    assert recipients == ["jan@example.org"] and letter["Subject"] == "Nieuwsbrief december"
    assert letter["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = letter["List-Unsubscribe"].strip("<>")
    assert letter.is_multipart() and "text/html" in [part.get_content_type() for part in letter.walk()]
    response = Client(enforce_csrf_checks=True).post(url.split(settings.SITE_URL, 1)[1],
                                                      {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Subscriber.objects.get().state == "unsubscribed"
