"""What every workshop use case shares: the refusal it raises, its short write transaction, the checks of a
written text and of an open activity. Below `services.py` and `decisions.py`, which both use them."""

from __future__ import annotations

import threading
from contextlib import contextmanager

from django.db import connection, transaction
from django.utils.translation import gettext as _

from polyvox.workshops.models import IDEA_MAX_LENGTH, Activity, ActivityState, WorkshopStatus


class WorkshopError(Exception):
    """A refused action; the message is translated and shown as is."""


_sqlite_writer = threading.RLock()


@contextmanager
def writing():
    """One short write transaction; on SQLite the process's writers queue here instead of busy-waiting."""
    if connection.vendor == "sqlite":
        with _sqlite_writer, transaction.atomic():
            yield
    else:
        with transaction.atomic():
            yield


def clean_text(text: str, limit: int = IDEA_MAX_LENGTH) -> str:
    text = (text or "").strip()
    if not text:
        raise WorkshopError(_("Write something first: an empty note cannot be posted."))
    if len(text) > limit:
        raise WorkshopError(_("This text is too long: %(length)s characters, at most %(limit)s.") % {"length": len(text), "limit": limit})
    return text


def require_open(activity: Activity) -> None:
    if activity.state != ActivityState.OPEN or activity.workshop.status == WorkshopStatus.FINISHED:
        raise WorkshopError(_("This activity is closed: nothing was changed."))
