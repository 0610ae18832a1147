"""What every step of the framework contract shares: the current framework, the one door for state changes
(`_move`, through `procurement/workflow.py`) and Brussels time."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from polyvox.core.workflow import SYSTEM, NotPermitted, Refused, apply
from polyvox.procurement.models import FrameworkContract


def _move(obj, name: str, actor, **data):
    """One move through the workflow (`procurement/workflow.py`); a guard's refusal is said as a ValidationError
    (the table's refusal and a missing permission stay TransitionNotAllowed / NotPermitted)."""
    try:
        return apply(obj, name, by=SYSTEM if actor is None else actor, **data)
    except NotPermitted:
        raise
    except Refused as error:
        raise ValidationError(error.reasons) from None


def current_framework() -> FrameworkContract | None:
    return FrameworkContract.objects.order_by("-start_date", "-pk").first()


def _brussels(moment) -> str:
    if moment is None:
        return "—"
    return timezone.localtime(moment, timezone.get_default_timezone()).strftime("%d/%m/%Y %H:%M")
