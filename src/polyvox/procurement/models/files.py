"""Where the framework contract's uploads are stored: under names no one can guess (the original name is kept
in the database for the download)."""

from pathlib import PurePosixPath

from polyvox.core.media import unguessable_name

def original_name(filename: str) -> str:
    """The uploaded file's own name (no folder), kept in the database for the download."""
    return PurePosixPath((filename or "").replace("\\", "/")).name[:255]


def offer_path(instance, filename):
    """Offers are stored under a random name no one can guess; the original name stays in `document_name`."""
    instance.document_name = original_name(filename)
    return unguessable_name("procurement/offers", filename, ".pdf")


def protocol_path(instance, filename):
    instance.signed_document_name = original_name(filename)
    return unguessable_name("procurement/protocols", filename, ".pdf")
