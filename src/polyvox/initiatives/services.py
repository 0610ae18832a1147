"""The publication workflow of an initiative: one table of transitions, every change audited and notified.

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
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from polyvox.core.transitions import StateMachine, TransitionNotAllowed, history, record
from polyvox.initiatives.models import Initiative, PublicationState
from polyvox.organisations.models import Role

log = logging.getLogger(__name__)

D, S, P, R = PublicationState.DRAFT, PublicationState.SUBMITTED, PublicationState.PUBLISHED, PublicationState.RETURNED
PUBLICATION = StateMachine(
    "publication_state",
    {
        (D, "submit"): S,
        (R, "submit"): S,
        (S, "publish"): P,
        (D, "publish"): P,  # staff entering an initiative themselves
        (S, "return"): R,
        (P, "return"): R,
        # Edits leave the state as it is, but go through the table so that each one is audited.
        (D, "edit"): D,
        (S, "edit"): S,
        (R, "edit"): R,
        (P, "edit"): P,
    },
)


class WorkflowError(Exception):
    """A step refused, with a message for the person who asked (translated)."""


__all__ = ["PUBLICATION", "WorkflowError", "TransitionNotAllowed", "history"]


def missing_languages_message(initiative: Initiative) -> str:
    """'... Still missing: title (Dutch) and summary (Dutch).' or '' when French and Dutch are complete."""
    missing = missing_texts(initiative)
    if not missing:
        return ""
    return _(
        "An initiative is published only with its French and Dutch title, summary and description. Still missing: %(list)s."
    ) % {"list": missing}


def missing_texts(initiative: Initiative) -> str:
    """The French and Dutch texts still empty, named in the reader's language ('' when none)."""
    fields = {"title": _("title"), "summary": _("summary"), "body": _("description")}
    languages = {"fr": _("French"), "nl": _("Dutch"), "en": _("English")}
    parts = []
    for item in initiative.missing_languages():
        name, lang = item.rsplit("_", 1)
        parts.append(_("%(field)s (%(language)s)") % {"field": fields[name], "language": languages[lang]})
    return str(get_text_list(parts, _("and"))) if parts else ""


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
    """Audit an edit; an edit of a published initiative by a non-staff editor is reported to staff."""
    from polyvox.organisations.rules import is_service_staff

    message = ", ".join(changed) if changed else ""
    if initiative.is_published and initiative.missing_languages():
        raise WorkflowError(missing_languages_message(initiative))
    PUBLICATION.apply(initiative, "edit", actor=actor, message=message)
    if initiative.is_published and not is_service_staff(actor):
        notify(initiative, "edited", staff_recipients(exclude=actor), actor=actor)


def submit(initiative: Initiative, actor) -> None:
    _require_languages(initiative)
    PUBLICATION.apply(initiative, "submit", actor=actor)
    notify(initiative, "submitted", staff_recipients(exclude=actor), actor=actor)


def publish(initiative: Initiative, actor) -> None:
    _require_languages(initiative)
    initiative.return_reason = ""
    PUBLICATION.apply(initiative, "publish", actor=actor, save_fields=("return_reason",))
    notify(initiative, "published", editor_recipients(initiative, exclude=actor), actor=actor)


def send_back(initiative: Initiative, actor, reason: str) -> None:
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError(_("Say why the initiative is sent back: the reason is required."))
    initiative.return_reason = reason
    PUBLICATION.apply(initiative, "return", actor=actor, message=reason, save_fields=("return_reason",))
    notify(initiative, "returned", editor_recipients(initiative, exclude=actor), actor=actor, reason=reason)


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


def _require_languages(initiative: Initiative) -> None:
    message = missing_languages_message(initiative)
    if message:
        raise WorkflowError(message)


def _without(users, exclude):
    if exclude is not None and getattr(exclude, "pk", None):
        users = users.exclude(pk=exclude.pk)
    return users


def _reverse(name: str, *args) -> str:
    from django.urls import reverse

    return reverse(name, args=args)
