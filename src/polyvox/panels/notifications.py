"""E-mails to volunteers, each in the volunteer's language."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation


def notify_selected(volunteers) -> int:
    """Tell each newly selected volunteer (with an e-mail address) that they sit on the panel."""
    sent = 0
    for volunteer in volunteers:
        if not volunteer.email or volunteer.notified_at:
            continue
        with translation.override(volunteer.language or "fr"):
            context = {
                "volunteer": volunteer, "panel": volunteer.panel,
                "result_url": settings.SITE_URL + reverse("panels:result", args=[volunteer.panel_id]),
                "data_url": settings.SITE_URL + reverse("panels:my_data"),
            }
            subject = render_to_string("panels/email/selected_subject.txt", context).strip()
            body = render_to_string("panels/email/selected_body.txt", context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [volunteer.email])
        volunteer.notified_at = timezone.now()
        volunteer.save(update_fields=["notified_at"])
        sent += 1
    return sent
