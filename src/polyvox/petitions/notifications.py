"""E-mails of petitions: the confirmation button's page (queued by mailing.py), the threshold reached, the staff's
count alerts."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from polyvox.organisations.models import Role


def confirmation(signature, token: str, base_url: str, *, connection=None) -> None:
    """The confirmation mail itself (queued by mailing.py, sent by the task worker: tasks.py)."""
    with translation.override(signature.language):
        url = base_url + reverse("petitions:confirm", args=[token])
        context = {"signature": signature, "petition": signature.petition, "url": url}
        subject = render_to_string("petitions/email/confirm_subject.txt", context).strip()
        body = render_to_string("petitions/email/confirm.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [signature.email], connection=connection)


def threshold_reached(petition) -> None:
    """The author and the receiving institution are told at once."""
    recipients = []
    if petition.author and petition.author.email:
        recipients.append((petition.author.email, getattr(petition.author, "preferred_language", "") or "fr"))
    if petition.receiver_id:
        for assignment in petition.receiver.roles.filter(role=Role.EDITOR).select_related("user"):
            recipients.append((assignment.user.email, getattr(assignment.user, "preferred_language", "") or "fr"))
        if petition.receiver.email:
            recipients.append((petition.receiver.email, "fr"))
    for email, language in dict(recipients).items():
        with translation.override(language):
            context = {"petition": petition}
            subject = render_to_string("petitions/email/threshold_subject.txt", context).strip()
            body = render_to_string("petitions/email/threshold.txt", context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])


def count_alerts(alerts) -> None:
    from polyvox.organisations.models import RoleAssignment

    emails = sorted(set(RoleAssignment.objects.filter(role=Role.STAFF).values_list("user__email", flat=True)))
    if not emails:
        return
    with translation.override("fr"):
        body = render_to_string("petitions/email/count_alert.txt", {"alerts": alerts})
        subject = render_to_string("petitions/email/count_alert_subject.txt", {}).strip()
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, emails)
