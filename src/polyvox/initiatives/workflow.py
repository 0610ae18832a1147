"""An initiative's publication, written once: who moves it (initiatives/rules.py) and what each move needs.

    draft ──submit──▶ submitted ──publish──▶ published
      ▲                  │  ▲                    │
      │               return │ submit            │ return (staff withdraws it, with a reason)
      │                  ▼  │                    ▼
      └───────────── returned ◀──────────────────┘

`polyvox.core.workflow.apply` checks the permission and the guards, locks the row, changes and audits in
one transaction; `services.py` holds the use cases around it (the e-mails)."""

from __future__ import annotations

from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from polyvox.core.workflow import Transition, Workflow
from polyvox.initiatives.models import Initiative, PublicationState

D, S, P, R = PublicationState.DRAFT, PublicationState.SUBMITTED, PublicationState.PUBLISHED, PublicationState.RETURNED


def missing_texts(initiative: Initiative) -> str:
    """The French and Dutch texts still empty, named in the reader's language ('' when none)."""
    fields = {"title": _("title"), "summary": _("summary"), "body": _("description")}
    languages = {"fr": _("French"), "nl": _("Dutch"), "en": _("English")}
    parts = []
    for item in initiative.missing_languages():
        name, lang = item.rsplit("_", 1)
        parts.append(_("%(field)s (%(language)s)") % {"field": fields[name], "language": languages[lang]})
    return str(get_text_list(parts, _("and"))) if parts else ""


def missing_languages_message(initiative: Initiative) -> str:
    """'... Still missing: title (Dutch) and summary (Dutch).' or '' when French and Dutch are complete."""
    missing = missing_texts(initiative)
    if not missing:
        return ""
    return _(
        "An initiative is published only with its French and Dutch title, summary and description. Still missing: %(list)s."
    ) % {"list": missing}


def texts_complete(initiative: Initiative, step) -> str:
    """Nothing is submitted or published without its French and Dutch title, summary and body."""
    return missing_languages_message(initiative)


def reason_given(initiative: Initiative, step) -> str | None:
    if not (step.data.get("reason") or "").strip():
        return _("Say why the initiative is sent back: the reason is required.")
    return None


def clear_return_reason(initiative: Initiative, step) -> None:
    initiative.return_reason = ""


def write_return_reason(initiative: Initiative, step) -> None:
    initiative.return_reason = step.data["reason"].strip()


PUBLICATION = Workflow("initiatives.Initiative", "publication_state", [
    Transition("submit", (D, R), S, permission="initiatives.submit_initiative", guards=(texts_complete,)),
    # (D, publish): staff entering an initiative themselves.
    Transition("publish", (S, D), P, permission="initiatives.review_initiative", guards=(texts_complete,),
               effect=clear_return_reason, save_fields=("return_reason",)),
    Transition("return", (S, P), R, permission="initiatives.review_initiative", guards=(reason_given,),
               effect=write_return_reason, save_fields=("return_reason",)),
])
"""An edit leaves the state as it is: it is audited ("edit", with the fields changed) by `services.record_edit`,
which refuses an edit of a published initiative that would leave its French or Dutch texts incomplete."""
