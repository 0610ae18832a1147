"""State machines written once, as a table of allowed transitions, each change audited.

    PUBLICATION = StateMachine("publication_state", {
        ("draft", "submit"): "submitted",
        ("submitted", "publish"): "published",
    })
    PUBLICATION.apply(initiative, "submit", actor=user, message="...")
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from polyvox.core.messages import Msg, render_message  # noqa: F401 (render_message: kept importable from here)
from polyvox.core.models import AuditEntry


class TransitionNotAllowed(Exception):
    """The table has no such transition from the object's current state."""


@dataclass(frozen=True)
class StateMachine:
    field: str
    table: dict[tuple[str, str], str]

    def allowed(self, obj) -> list[str]:
        """The actions the table allows from the object's current state."""
        state = getattr(obj, self.field)
        return [action for (source, action) in self.table if source == state]

    def can(self, obj, action: str) -> bool:
        return (getattr(obj, self.field), action) in self.table

    def target(self, obj, action: str) -> str:
        state = getattr(obj, self.field)
        try:
            return self.table[(state, action)]
        except KeyError:
            raise TransitionNotAllowed(
                _("“%(action)s” is not allowed from the state “%(state)s”.") % {"action": action, "state": state}
            ) from None

    def apply(self, obj, action: str, *, actor=None, message: "str | Msg" = "", save_fields: tuple[str, ...] = ()) -> AuditEntry:
        """Move obj along the table and record who did it; raises TransitionNotAllowed otherwise."""
        with transaction.atomic():
            if obj.pk:
                # Re-read under a row lock so that two concurrent moves cannot both pass the check.
                locked = type(obj).objects.select_for_update().get(pk=obj.pk)
                setattr(obj, self.field, getattr(locked, self.field))
            source = getattr(obj, self.field)
            target = self.target(obj, action)
            setattr(obj, self.field, target)
            obj.save(update_fields=[self.field, *save_fields] if obj.pk else None)
            return record(obj, action, actor=actor, from_state=source, to_state=target, message=message)


def record(obj, action: str, *, actor=None, from_state: str = "", to_state: str = "",
           message: "str | Msg" = "") -> AuditEntry:
    """Leave an audit entry about obj. A Msg is stored as its msgid and parameters and shown in the reader's
    language; a plain string is shown as it is (user content: reasons, notes)."""
    from django.contrib.contenttypes.models import ContentType

    message_id, params = "", {}
    if isinstance(message, Msg):
        message_id, params, message = message.msgid, message.params, message.english()

    return AuditEntry.objects.create(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=str(obj.pk),
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        from_state=from_state,
        to_state=to_state,
        message=message,
        message_id=message_id,
        params=params,
    )


def history(obj):
    """The audit entries about obj, oldest first."""
    from django.contrib.contenttypes.models import ContentType

    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True), object_id=str(obj.pk)
    ).select_related("actor")
