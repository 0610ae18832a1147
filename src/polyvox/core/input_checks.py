"""Hostile input answered with a clear 400 in the visitor's language, before it reaches a view or the database.

PostgreSQL refuses the NUL character (U+0000) in any text (psycopg raises before the query is sent),
while SQLite stores it: a NUL typed into a workshop's join name, an idea or any other field would be a 500
on one database and garbage on the other. Django's form fields already refuse it; views that read
`request.POST` or `request.GET` directly, addresses (`/workshops/<code>/`) and the API's query parameters
do not. `RefuseNulMiddleware` checks the path, every form value and field name once, for
every view, and answers 400 (HTML, or JSON for the API and for scripts asking `Accept: application/json`);
in a query string (searches, filters: reading changes nothing) a NUL becomes a space.
`DropNulCookiesMiddleware` forgets a cookie holding a NUL, before the session middleware looks it up.

Views raise `InvalidInput(message)` for other malformed input (a district that is not a number...): the
400 page shows the message.
"""

from __future__ import annotations

from asgiref.sync import iscoroutinefunction, markcoroutinefunction, sync_to_async
from django.core.exceptions import BadRequest
from django.http import JsonResponse, QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _

NUL = "\x00"


class InvalidInput(BadRequest):
    """Malformed input; the message (translated) is shown to the visitor on the 400 page."""


def whole_number(raw, *, max_digits: int = 18) -> int | None:
    """The whole number written with the digits 0-9 only, else None.

    `str.isdigit()` accepts "²" (which int() refuses: a 500) and "٣" (which int() reads as 3): never
    use it to check input; more than `max_digits` digits is no id or count either."""
    text = str(raw if raw is not None else "").strip()
    if not text or len(text) > max_digits or not (text.isascii() and text.isdigit()):
        return None
    return int(text)


def holds_nul(request) -> bool:
    """Whether the address, a form value or a field name holds a NUL (Django's upload parser already drops
    it from file names).

    A query string's NUL (a search, a filter: reading changes nothing) is replaced by a space instead,
    as the site search always did."""
    _clean_query(request)
    if NUL in request.path:
        return True
    if request.method == "POST":
        for key, values in request.POST.lists():
            if NUL in key or any(NUL in value for value in values if isinstance(value, str)):
                return True
    return False


def _clean_query(request) -> None:
    if not any(NUL in key or any(NUL in v for v in values) for key, values in request.GET.lists()):
        return
    cleaned = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        cleaned.setlist(key.replace(NUL, " "), [value.replace(NUL, " ") for value in values])
    cleaned._mutable = False
    request.GET = cleaned


def nul_message() -> str:
    return _("What you sent contains an invisible NUL character (code 0), which cannot be stored. "
             "Remove it (retype the text rather than pasting it) and send it again. Nothing was changed.")


def refusal(request, message: str, status: int = 400):
    """The answer to input refused before any view ran: JSON for the API and scripts, else the 400 page."""
    if request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"detail": message, "error": message}, status=status)
    return render(request, "400.html", {"message": message}, status=status)


class _BothModes:
    """Sync and async capable: the live views (Server-Sent Events) stay on the event loop."""

    sync_capable = True
    async_capable = True

    def __init__(self, get_response):
        self.get_response = get_response
        self.is_async = iscoroutinefunction(get_response)
        if self.is_async:
            markcoroutinefunction(self)


class RefuseNulMiddleware(_BothModes):
    """400 with a translated message when the request holds a NUL anywhere a view could read it."""

    def __call__(self, request):
        if self.is_async:
            return self._acall(request)
        if holds_nul(request):
            return refusal(request, nul_message())
        return self.get_response(request)

    async def _acall(self, request):
        if await sync_to_async(holds_nul)(request):
            return await sync_to_async(refusal)(request, nul_message())
        return await self.get_response(request)


class DropNulCookiesMiddleware(_BothModes):
    """A cookie holding a NUL (no browser sends one) is dropped: the session and language lookups never see it."""

    def __call__(self, request):
        self._drop(request)
        return self.get_response(request)  # a coroutine in async mode, awaited by the caller

    @staticmethod
    def _drop(request) -> None:
        for name in [name for name, value in request.COOKIES.items() if NUL in name or NUL in value]:
            del request.COOKIES[name]
