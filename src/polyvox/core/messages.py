"""History lines in the reader's language: kept as an English msgid and its parameters, rendered when shown.

Below both the audit model (which renders its lines) and the state machines (which record them)."""

from __future__ import annotations

from dataclasses import dataclass


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
