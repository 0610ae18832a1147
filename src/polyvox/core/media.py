"""Uploaded files are served only through views that check who asks: never from a plain /media/ address.

MEDIA_ROOT is mapped by no URL (no /media/ route, and whitenoise serves STATIC_ROOT only): a project's
picture, an initiative's document, an offer or a signed protocol is answered by its app's view, which
first checks that the visitor may see the object it belongs to (404 otherwise), then calls `serve_upload`.
Files that hold someone's work before it is public are stored under random names (`unguessable_name`),
the original name kept in the database for the download.
"""

from __future__ import annotations

import secrets
from pathlib import PurePosixPath

from django.http import FileResponse, Http404

INERT = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"


def serve_upload(field_file, *, download_name: str | None = None, content_type: str | None = None,
                 attachment: bool = False, private: bool = True) -> FileResponse:
    """The file of a FileField/ImageField (404 when missing), with headers that keep it inert in the browser."""
    if not field_file:
        raise Http404("no file")
    try:
        handle = field_file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404("file missing") from None
    name = download_name or PurePosixPath(field_file.name).name
    response = FileResponse(handle, as_attachment=attachment, filename=name, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = INERT
    response["Cache-Control"] = "private, no-store" if private else "public, max-age=3600"
    return response


def unguessable_name(folder: str, filename: str, default_suffix: str = "") -> str:
    """`folder/<32 random hex>.<suffix>`: the stored name tells nothing and cannot be guessed."""
    suffix = PurePosixPath(filename or "").suffix.lower()
    if not suffix or len(suffix) > 8 or not suffix[1:].isalnum():
        suffix = default_suffix
    return f"{folder.rstrip('/')}/{secrets.token_hex(16)}{suffix}"
