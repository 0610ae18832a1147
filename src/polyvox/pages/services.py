"""Workflow steps of the editorial pages: sending a contact message to the Participation Service."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils.translation import gettext as _

SERVICE_ADDRESSES = {"fr": "participation@perspective.brussels", "nl": "participatie@perspective.brussels"}


def service_address(language: str) -> str:
    """The Service's mailbox for a language (Dutch speakers write to participatie@)."""
    configured = getattr(settings, "CONTACT_EMAIL", "")
    if configured:
        return configured
    return SERVICE_ADDRESSES.get((language or "fr")[:2], SERVICE_ADDRESSES["fr"])


def send_contact_message(data: dict, language: str, client_key: str) -> None:
    """E-mail the message to the Service, with a Reply-To the sender (the view throttles per client address)."""
    subject_label = dict(_subjects()).get(data["subject"], data["subject"])
    lines = [
        (_("Name"), data["name"]),
        (_("E-mail"), data["email"]),
        (_("Organisation"), data.get("organisation") or "-"),
        (_("Subject"), subject_label),
        (_("Language"), language),
    ]
    body = "\n".join(
        [_("Message sent from the contact form of participation.brussels"), ""]
        + [f"{label}: {value}" for label, value in lines]
        + ["", data["message"]]
    )
    EmailMessage(
        subject=f"[participation.brussels] {subject_label}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[service_address(language)],
        reply_to=[data["email"]],
    ).send()


def _subjects():
    from polyvox.pages.forms import ContactForm

    return ContactForm.SUBJECTS

