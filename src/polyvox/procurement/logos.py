"""Providers' logos: an uploaded image is checked (a real PNG or JPEG, at most 1 MB and 2,000 px a side),
re-encoded as a plain PNG (nothing of the uploaded file but its pixels is kept) under an unguessable name,
and served by a view with headers that keep it inert."""

from __future__ import annotations

import io
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from polyvox.core.media import unguessable_name
from polyvox.core.transitions import Msg, record

MAX_BYTES = 1_000_000
MAX_SIDE = 2000


class LogoError(Exception):
    """The upload is not an acceptable logo; the message says why, in the reader's language."""


def clean_logo(data: bytes) -> bytes:
    """The PNG bytes to store for an upload, or LogoError."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_BYTES:
        raise LogoError(_("The logo is too large: at most 1 MB."))
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind = probe.format
            probe.verify()
        if kind not in ("PNG", "JPEG"):
            raise LogoError(_("The logo must be a PNG or JPEG image."))
        with Image.open(io.BytesIO(data)) as image:
            if max(image.size) > MAX_SIDE:
                raise LogoError(_("The logo is too large: at most 2,000 pixels a side."))
            image = image.convert("RGBA")
            out = io.BytesIO()
            image.save(out, format="PNG", optimize=True)
    except LogoError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise LogoError(_("The logo must be a PNG or JPEG image.")) from None
    return out.getvalue()


def set_logo(provider, actor, data: bytes) -> None:
    """Replace the provider's logo (audited)."""
    png = clean_logo(data)
    old = provider.logo.name if provider.logo else ""
    name = PurePosixPath(unguessable_name("providers/logos", "logo.png")).name  # upload_to adds the folder
    provider.logo.save(name, ContentFile(png), save=True)
    if old:
        provider.logo.storage.delete(old)
    record(provider, "set_logo", actor=actor, message=Msg("Logo replaced" if old else "Logo added"))
