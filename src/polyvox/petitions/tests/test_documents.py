"""Documents of the answer uploaded by the secretariat: recognised by their bytes, stored under random names in the
private media folder, served through a view only once the answer is published."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from polyvox.petitions.models import AnswerDocument
from polyvox.petitions.tests.conftest import client_for, make_open, sign_and_confirm, signer
from polyvox.petitions.workflow import LIFECYCLE

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def office_file(kind: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if kind == "odt":
            archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
            archive.writestr("content.xml", "<office:document-content/>")
        else:
            main = ("application/vnd.ms-word.document.macroEnabled.main+xml" if kind == "docm" else
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
            archive.writestr("[Content_Types].xml", f'<Types><Override PartName="/word/document.xml" ContentType="{main}"/></Types>')
            archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def heard(world):
    """A petition past its threshold: its answer is being prepared."""
    petition = make_open(world, threshold=1)
    sign_and_confirm(petition, signer(world, 1))
    petition.refresh_from_db()
    return petition


def stored(media: Path) -> list[Path]:
    return [path for path in media.rglob("*") if path.is_file()]


def upload(client, petition, name, content, title="Rapport de la commission", content_type="application/pdf"):
    return client.post(reverse("petitions:add_document", args=[petition.pk]),
                       {"title": title, "file": SimpleUploadedFile(name, content, content_type=content_type)})


def publish(world, petition):
    LIFECYCLE.apply(petition, "answer", by=world.clerk, answer={"fr": "Voici la réponse.", "nl": "", "en": ""})


def test_pdf_stored_under_an_unguessable_name_and_served_only_after_publication(world, heard, media):
    clerk = client_for(world.clerk)
    assert upload(clerk, heard, "rapport-final.pdf", PDF).status_code == 302
    assert upload(clerk, heard, "rapport-final.pdf", PDF, title="Annexe").status_code == 302
    first, second = AnswerDocument.objects.order_by("pk")
    for document in (first, second):
        assert re.fullmatch(r"petitions/answers/[0-9a-f]{32}\.pdf", document.file.name)
        assert "rapport" not in document.file.name and document.file_name == "rapport-final.pdf"
        assert document.content_type == "application/pdf" and document.size == len(PDF)
    assert first.file.name != second.file.name
    url = reverse("petitions:document", args=[first.pk])
    assert client_for().get(url).status_code == 404  # not published yet
    assert client_for(world.citizen).get(url).status_code == 404
    assert "Rapport de la commission" not in client_for().get(heard.get_absolute_url()).content.decode()
    preview = clerk.get(url)
    assert preview.status_code == 200 and preview["Cache-Control"] == "private, no-store"
    publish(world, heard)
    public = client_for().get(url)
    assert public.status_code == 200 and public["Content-Type"] == "application/pdf"
    assert public["X-Content-Type-Options"] == "nosniff" and b"".join(public.streaming_content) == PDF
    assert 'filename="rapport-final.pdf"' in public["Content-Disposition"]
    page = client_for().get(heard.get_absolute_url()).content.decode()
    assert "Rapport de la commission" in page and url in page


@pytest.mark.parametrize("name, content, expected", [
    ("photo.pdf", PNG, "pas un document PDF, ODT ou DOCX"),
    ("macro.docx", office_file("docm"), "pas un document PDF, ODT ou DOCX"),
    ("archive.odt", b"PK\x03\x04" + b"\x00" * 40, "pas un document PDF, ODT ou DOCX"),
    ("script.pdf", b"<script>alert(1)</script>", "pas un document PDF, ODT ou DOCX"),
])
def test_wrong_type_refused_with_a_clear_message_and_nothing_stored(world, heard, media, name, content, expected):
    response = upload(client_for(world.clerk), heard, name, content)
    assert response.status_code == 400 and expected in response.content.decode()
    assert not AnswerDocument.objects.exists() and stored(media) == []


def test_too_large_refused(world, heard, media, settings):
    settings.PETITIONS_DOCUMENT_MAX_BYTES = 50
    response = upload(client_for(world.clerk), heard, "long.pdf", PDF + b" " * 100)
    assert response.status_code == 400 and "trop volumineux" in response.content.decode()
    assert not AnswerDocument.objects.exists() and stored(media) == []


@pytest.mark.parametrize("kind, suffix", [("odt", ".odt"), ("docx", ".docx")])
def test_odt_and_docx_recognised_by_their_content(world, heard, media, kind, suffix):
    assert upload(client_for(world.clerk), heard, f"reponse{suffix}", office_file(kind),
                  content_type="application/octet-stream").status_code == 302
    document = AnswerDocument.objects.get()
    assert document.file.name.endswith(suffix) and document.file_name == f"reponse{suffix}"
    publish(world, heard)
    response = client_for().get(reverse("petitions:document", args=[document.pk]))
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]


@pytest.mark.parametrize("name", ["../../etc/passwd.pdf", "..\\..\\win.ini", "\u202egnp.exe\u202c.pdf",
                                  'x"; filename=evil.html;\r\nX-Evil: 1.pdf', "é" * 300 + ".pdf", ".pdf", "😀.docx.pdf"])
def test_hostile_names_give_no_error_and_a_safe_download_name(world, heard, media, name):
    response = upload(client_for(world.clerk), heard, name, PDF)
    assert response.status_code in (302, 400)
    document = AnswerDocument.objects.first()
    if document is None:  # refused by the form (a name Django's parser drops): said clearly, nothing stored
        assert stored(media) == []
        return
    assert re.fullmatch(r"petitions/answers/[0-9a-f]{32}\.pdf", document.file.name)
    assert document.file_name.endswith(".pdf") and len(document.file_name) <= 104
    assert not any(char in document.file_name for char in "/\\\r\n\u202e\u202c")
    publish(world, heard)
    served = client_for().get(reverse("petitions:document", args=[document.pk]))
    assert served.status_code == 200 and "\n" not in served["Content-Disposition"]


def test_only_the_secretariat_uploads_and_removes(world, heard, media, django_capture_on_commit_callbacks):
    assert upload(client_for(world.citizen), heard, "a.pdf", PDF).status_code == 404
    assert upload(client_for(world.council), heard, "a.pdf", PDF).status_code == 404  # another institution
    clerk = client_for(world.clerk)
    upload(clerk, heard, "a.pdf", PDF)
    document = AnswerDocument.objects.get()
    assert clerk.post(reverse("petitions:remove_document", args=[heard.pk]), {"document": "²"}).status_code == 404
    assert client_for(world.citizen).post(reverse("petitions:remove_document", args=[heard.pk]),
                                          {"document": document.pk}).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        clerk.post(reverse("petitions:remove_document", args=[heard.pk]), {"document": document.pk})
    assert not AnswerDocument.objects.exists() and stored(media) == []


def test_no_upload_while_signatures_are_open(world, media):
    petition = make_open(world)
    assert upload(client_for(world.clerk), petition, "a.pdf", PDF).status_code == 404
    assert "Ajouter le document" not in client_for(world.clerk).get(
        reverse("petitions:manage", args=[petition.pk])).content.decode()
