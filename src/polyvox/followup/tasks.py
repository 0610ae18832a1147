"""Background work of follow-up (django-tasks): tell the listeners of a published answer or update; the clocks."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from polyvox.followup import clocks
from polyvox.followup.models import Commitment


@task()
def tell_listeners(commitment_id: int, what: str) -> int:
    """One e-mail per listener of the commitment's process, in their language, with the link to rate the answer."""
    commitment = Commitment.objects.select_related("plan", "plan__initiative").filter(pk=commitment_id).first()
    if commitment is None or not commitment.plan.initiative.is_published:
        return 0
    from polyvox.followup.hearing import gather

    gather(commitment.plan)  # those who said yes when they voted, joined or signed, and have not stopped
    sent = 0
    base = getattr(settings, "SITE_URL", "").rstrip("/")
    for listener in commitment.plan.listeners.all():
        with translation.override(listener.language):
            title = commitment.plan.initiative.title
            if what == "answer":
                subject = _("The authority answered a recommendation of “%(title)s”") % {"title": title}
                lead = _("Answer: %(answer)s.") % {"answer": commitment.get_answer_display()}
            else:
                subject = _("News on a commitment of “%(title)s”") % {"title": title}
                lead = _("Implementation: %(status)s, %(progress)s%% done.") % {
                    "status": commitment.get_status_display(), "progress": commitment.progress}
            link = base + reverse("followup:commitment", args=[commitment.pk])
            rate = base + reverse("followup:rate", args=[listener.token, commitment.pk])
            stop = base + reverse("followup:stop", args=[listener.token])
            body = "\n\n".join([
                f"{commitment.reference} {commitment.text}".strip(), lead,
                _("Read it: %(link)s") % {"link": link},
                _("Did the institution answer seriously? Give your rating from 1 to 5: %(link)s") % {"link": rate},
                _("You receive this because you took part and asked to hear back."),
                _("To hear nothing more about this process: %(link)s") % {"link": stop},
            ])
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [listener.email])
        sent += 1
    return sent


@task()
def gather_listeners() -> int:
    """Daily: the consents given when voting, joining or signing taken up by each plan (before the apps erase them)."""
    from polyvox.followup.hearing import gather_all

    return gather_all()


@task()
def purge_hear_back() -> list[str]:
    """Daily: the addresses of those who asked to hear back deleted when the retention period ends."""
    from polyvox.followup.hearing import purge_hear_back as purge

    return purge()


@task()
def keep_clocks() -> dict:
    """Recompute due dates and overdue flags, then send the owners' reminders (hourly)."""
    return {"changed": clocks.refresh_all(), "reminders": clocks.send_reminders()}
