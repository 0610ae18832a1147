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

from polyvox.core.models import AuditEntry


@dataclass(frozen=True)
class Msg:
    """A history line kept as its English msgid and parameters, rendered in the reader's language when shown.

    Parameters are strings or numbers (shown as they are) or small dicts: {"t": msgid} (translated),
    {"date": "2026-03-01"}, {"datetime": iso}, {"msg": msgid, "params": {...}} (a nested line) and
    {"join": [...], "sep": "; "}."""

    msgid: str
    params: dict

    def __init__(self, msgid: str, **params):
        object.__setattr__(self, "msgid", str(msgid))
        object.__setattr__(self, "params", {key: _storable(value) for key, value in params.items()})

    def english(self) -> str:
        from django.utils import translation

        with translation.override("en"):
            return render_message(self.msgid, self.params)


def _storable(value):
    """A parameter as JSON: dates and times kept as such (formatted for the reader), anything else as text."""
    from datetime import date, datetime

    from django.utils.functional import Promise

    if isinstance(value, Promise):  # a lazy label: kept as its msgid, translated for each reader
        from django.utils import translation

        with translation.override("en"):
            return {"t": str(value)}
    if isinstance(value, (str, int, float, dict)) or value is None:
        return value
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return str(value)


def render_message(msgid: str, params: dict) -> str:
    from django.utils.translation import gettext

    try:
        return gettext(msgid) % {key: _render_param(value) for key, value in (params or {}).items()}
    except (KeyError, TypeError, ValueError):
        return msgid


def _render_param(value):
    from datetime import date, datetime

    from django.utils import formats, timezone
    from django.utils.translation import gettext

    if not isinstance(value, dict):
        return value
    if "t" in value:
        return gettext(value["t"]) if value["t"] else ""
    if "date" in value:
        try:
            return formats.date_format(date.fromisoformat(value["date"]), "DATE_FORMAT")
        except (TypeError, ValueError):
            return value["date"]
    if "datetime" in value:
        try:
            moment = datetime.fromisoformat(value["datetime"])
            if timezone.is_aware(moment):
                moment = timezone.localtime(moment)
            return formats.date_format(moment, "SHORT_DATETIME_FORMAT")
        except (TypeError, ValueError):
            return value["datetime"]
    if "msg" in value:
        return render_message(value["msg"], value.get("params") or {})
    if "join" in value:
        return str(value.get("sep", ", ")).join(str(_render_param(item)) for item in value["join"])
    return str(value)


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
