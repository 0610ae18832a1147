"""Documents of an answer uploaded by the receiving institution's secretariat: PDF, ODT or DOCX, recognised by their
bytes (never by their name or by what the browser says), at most settings.PETITIONS_DOCUMENT_MAX_BYTES (default
settings.UPLOAD_MAX_BYTES), stored under a random name in the media folder that no address maps (core/media.py), and
served by `views.document` once the answer is published (404 before, but to the secretariat)."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _

from polyvox.core.messages import Msg
from polyvox.core.transitions import record
from polyvox.petitions.models import AnswerDocument, Petition, State

KINDS = {
    "pdf": ("application/pdf", ".pdf"),
    "odt": ("application/vnd.oasis.opendocument.text", ".odt"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
}
UPLOAD_STATES = (State.THRESHOLD, State.SCHEDULED, State.ANSWERED, State.CLOSED)
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


class DocumentRefused(Exception):
    """The upload cannot be kept; the message says why, in the reader's language. Nothing was stored."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def max_bytes() -> int:
    return int(getattr(settings, "PETITIONS_DOCUMENT_MAX_BYTES", settings.UPLOAD_MAX_BYTES))


def may_upload(petition: Petition, user) -> bool:
    return petition.state in UPLOAD_STATES and bool(getattr(user, "is_authenticated", False)) \
        and user.has_perm("petitions.record_answer", petition)


def add(petition: Petition, upload, *, title: str, by) -> AnswerDocument:
    """Check and store one uploaded document of the answer; DocumentRefused (nothing stored) when it is not one."""
    if not may_upload(petition, by):
        raise DocumentRefused(_("You may not add documents to this answer now."))
    title = " ".join((title or "").split())
    if not title:
        raise DocumentRefused(_("Give the document a title."))
    kind = check(upload)
    content_type, suffix = KINDS[kind]
    document = AnswerDocument(petition=petition, title=title[:200], file_name=download_name(upload.name, suffix),
                              content_type=content_type, size=upload.size, uploaded_at=timezone.now(), uploaded_by=by)
    setattr(document, f"title_{(get_language() or 'fr')[:2]}", title[:200])
    upload.seek(0)
    with transaction.atomic():
        document.file.save(f"document{suffix}", upload, save=False)  # upload_to gives it a random name
        try:
            document.save()
            record(petition, "add_document", actor=by,
                   message=Msg(gettext_noop("Document of the answer added: %(title)s"), title=document.title))
        except Exception:
            document.file.delete(save=False)
            raise
    return document


def remove(document: AnswerDocument, *, by) -> None:
    petition = document.petition
    if not (getattr(by, "is_authenticated", False) and by.has_perm("petitions.record_answer", petition)):
        raise DocumentRefused(_("You may not do this."))
    title = document.title
    with transaction.atomic():
        stored = document.file.name if document.file else ""
        document.delete()
        record(petition, "remove_document", actor=by,
               message=Msg(gettext_noop("Document of the answer removed: %(title)s"), title=title))
        if stored:
            storage = AnswerDocument._meta.get_field("file").storage
            transaction.on_commit(lambda: storage.delete(stored))


def check(upload) -> str:
    """The kind of the upload ("pdf", "odt", "docx") read from its bytes; DocumentRefused otherwise."""
    if upload is None or not getattr(upload, "size", 0):
        raise DocumentRefused(_("Choose a file: a PDF, ODT or DOCX document."))
    if upload.size > max_bytes():
        raise DocumentRefused(_("The file is too large (%(size)s); the limit is %(limit)s.") % {
            "size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes())})
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    kind = None
    if head.startswith(b"%PDF-"):
        kind = "pdf"
    elif head.startswith(b"PK\x03\x04"):
        kind = _office_kind(upload)
    upload.seek(0)
    if kind is None:
        raise DocumentRefused(_("This file is not a PDF, ODT or DOCX document (its content was checked, not its name). "
                                "Save it in one of these formats and try again."))
    return kind


def download_name(name: str, suffix: str) -> str:
    """The uploaded file's own name, made safe to give back in a header: no folder, no control or direction
    characters, at most 100 characters, and the suffix of what the file really is."""
    base = PurePosixPath(str(name or "").replace("\\", "/")).name
    base = "".join(" " if unicodedata.category(char)[0] == "Z" else char for char in unicodedata.normalize("NFC", base)
                   if unicodedata.category(char)[0] != "C")
    stem = PurePosixPath(base).stem if PurePosixPath(base).suffix.lower() in {s for _c, s in KINDS.values()} else base
    stem = " ".join(stem.split()).strip(" .")[:100].strip(" .")
    return f"{stem or 'document'}{suffix}"


def _office_kind(upload) -> str | None:
    """ODT: an OpenDocument text (its first member "mimetype" says so); DOCX: a Word document without macros."""
    try:
        with zipfile.ZipFile(upload.file if hasattr(upload, "file") else upload) as archive:
            members = {info.filename: info for info in archive.infolist()}
            mimetype = members.get("mimetype")
            if mimetype is not None and mimetype.file_size <= 100 and archive.read(mimetype).strip() == ODT_MIMETYPE:
                return "odt"
            types = members.get("[Content_Types].xml")
            if types is not None and "word/document.xml" in members and types.file_size <= 256 * 1024:
                declared = archive.read(types)
                if DOCX_MAIN in declared and b"macroEnabled" not in declared:
                    return "docx"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, RuntimeError, NotImplementedError, EOFError):
        return None
    return None
