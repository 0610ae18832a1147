"""The publication use cases of an initiative: every move through `workflow.PUBLICATION` (its permissions
and guards), audited and notified.

    draft ──submit──▶ submitted ──publish──▶ published
      ▲                  │  ▲                    │
      │               return │ submit            │ return (staff withdraws it, with a reason)
      │                  ▼  │                    ▼
      └───────────── returned ◀──────────────────┘

Rules:
- nothing is submitted or published without its French and Dutch title, summary and body
  (`Initiative.missing_languages()`); English may fall back;
- sending back always carries a reason, which the editors read by e-mail and on the form;
- an edit of a published initiative by its organisation's editors keeps it published (the public
  keeps seeing it) as long as the French and Dutch texts stay complete; the edit is recorded in the
  audit trail ("edit", with the fields changed) and the Service's staff are told by e-mail, so that
  they can review it and, if needed, send it back with a reason (which unpublishes it);
- each transition e-mails the people concerned, each in their preferred language: staff on submit
  and on an edit of a published initiative; the organisation's editors on publish and return.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from polyvox.core.transitions import TransitionNotAllowed, history, record
from polyvox.core.workflow import Refused
from polyvox.initiatives.models import Initiative, PublicationState
from polyvox.initiatives.workflow import PUBLICATION, missing_languages_message, missing_texts
from polyvox.organisations.models import Role

log = logging.getLogger(__name__)


class WorkflowError(Exception):
    """A step refused, with a message for the person who asked (translated)."""


__all__ = ["PUBLICATION", "WorkflowError", "TransitionNotAllowed", "history", "missing_languages_message",
           "missing_texts"]


def history_rows(initiative: Initiative) -> list[dict]:
    """The audit trail of an initiative with translated action and state names, oldest first."""
    actions = {"create": _("created"), "edit": _("edited"), "submit": _("submitted"), "publish": _("published"),
               "return": _("sent back")}
    states = dict(PublicationState.choices)
    return [
        {"created": entry.created, "actor": entry.actor, "action": actions.get(entry.action, entry.action),
         "from_state": states.get(entry.from_state, entry.from_state), "to_state": states.get(entry.to_state, entry.to_state),
         "message": entry.message}
        for entry in history(initiative)
    ]


def create(initiative: Initiative, actor) -> None:
    """Record the creation of a new (draft) initiative."""
    record(initiative, "create", actor=actor, to_state=initiative.publication_state)


def record_edit(initiative: Initiative, actor, changed: list[str]) -> None:
    """Audit an edit (the state stays as it is); an edit of a published initiative by a non-staff editor is
    reported to staff. Refused when the actor may not change it, or when it would leave a published
    initiative without its French or Dutch texts."""
    from polyvox.organisations.rules import is_service_staff

    if not actor.has_perm("initiatives.change_initiative", initiative):
        raise WorkflowError(_("You may not do this."))
    message = ", ".join(changed) if changed else ""
    with transaction.atomic():
        state = Initiative.objects.select_for_update().values_list("publication_state", flat=True).get(pk=initiative.pk)
        if state == PublicationState.PUBLISHED and initiative.missing_languages():
            raise WorkflowError(missing_languages_message(initiative))
        record(initiative, "edit", actor=actor, from_state=state, to_state=state, message=message)
    if initiative.is_published and not is_service_staff(actor):
        notify(initiative, "edited", staff_recipients(exclude=actor), actor=actor)


def submit(initiative: Initiative, actor) -> None:
    _move(initiative, "submit", actor)
    notify(initiative, "submitted", staff_recipients(exclude=actor), actor=actor)


def publish(initiative: Initiative, actor) -> None:
    _move(initiative, "publish", actor)
    notify(initiative, "published", editor_recipients(initiative, exclude=actor), actor=actor)


def send_back(initiative: Initiative, actor, reason: str) -> None:
    reason = (reason or "").strip()
    _move(initiative, "return", actor, message=reason, reason=reason)
    notify(initiative, "returned", editor_recipients(initiative, exclude=actor), actor=actor, reason=reason)


def _move(initiative: Initiative, name: str, actor, **data) -> None:
    """Through the publication table; a refused guard or permission becomes a WorkflowError with its reasons."""
    try:
        PUBLICATION.apply(initiative, name, by=actor, **data)
    except Refused as refused:
        raise WorkflowError(" ".join(refused.reasons)) from None


def staff_recipients(exclude=None):
    users = get_user_model().objects.filter(roles__role=Role.STAFF, is_active=True).distinct()
    return _without(users, exclude)


def editor_recipients(initiative: Initiative, exclude=None):
    users = get_user_model().objects.filter(
        roles__organisation_id=initiative.organiser_id, roles__role=Role.EDITOR, is_active=True
    ).distinct()
    return _without(users, exclude)


def notify(initiative: Initiative, event: str, recipients, *, actor=None, reason: str = "") -> int:
    """One e-mail per recipient, written in the recipient's preferred language; returns how many were sent."""
    sent = 0
    for user in recipients:
        if not user.email:
            continue
        language = user.preferred_language if user.preferred_language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        with translation.override(language):
            context = {
                "initiative": initiative,
                "recipient": user,
                "actor": actor,
                "reason": reason,
                "page_url": settings.SITE_URL.rstrip("/") + initiative.get_absolute_url(),
                "edit_url": settings.SITE_URL.rstrip("/") + _reverse("initiatives:edit", initiative.pk),
                "review_url": settings.SITE_URL.rstrip("/") + _reverse("initiatives:review"),
            }
            subject = " ".join(render_to_string(f"initiatives/email/{event}_subject.txt", context).split())
            body = render_to_string(f"initiatives/email/{event}_body.txt", context)
        try:
            EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email]).send()
            sent += 1
        except Exception:  # noqa: BLE001 - a mail server down must not undo the transition
            log.exception("could not send the %s notice of initiative %s to %s", event, initiative.pk, user.pk)
    return sent


def _without(users, exclude):
    if exclude is not None and getattr(exclude, "pk", None):
        users = users.exclude(pk=exclude.pk)
    return users


def _reverse(name: str, *args) -> str:
    from django.urls import reverse

    return reverse(name, args=args)
