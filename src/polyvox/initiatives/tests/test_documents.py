"""An initiative's documents are served by a view that checks the initiative is visible: a draft's documents
are seen by its editors and the staff only, and no document is reachable at a plain /media/ address."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from polyvox.initiatives.models import Document
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


def attach(initiative, text=b"%PDF-1.4 minutes of the meeting"):
    document = Document(initiative=initiative, title="Compte rendu")
    document.file.save("compte-rendu.pdf", ContentFile(text), save=True)
    return document


def test_document_of_a_draft_is_hidden_from_the_public(client, inventory, people):
    draft = attach(inventory["items"]["draft"])
    url = draft.get_absolute_url()
    assert client.get(url).status_code == 404
    assert client.get("/media/" + draft.file.name).status_code == 404
    sign_in(client, people["citizen"])
    assert client.get(url).status_code == 404
    sign_in(client, people["editor_b"])  # another organisation
    assert client.get(url).status_code == 404
    sign_in(client, people["editor_a"])  # the draft's own organisation
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["X-Content-Type-Options"] == "nosniff" and "no-store" in response["Cache-Control"]
    sign_in(client, people["staff"])
    assert client.get(url).status_code == 200


def test_document_of_a_published_initiative_is_public_and_linked_from_its_page(client, inventory):
    bizet = inventory["items"]["bizet"]
    document = attach(bizet)
    page = client.get(bizet.get_absolute_url()).content.decode()
    assert f'href="{document.get_absolute_url()}"' in page and "/media/" not in page
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200 and "filename=\"compte-rendu" in response["Content-Disposition"]
    assert client.get("/media/" + document.file.name).status_code == 404
    other = inventory["items"]["bockstael"]
    assert client.get(reverse("initiatives:document", args=[other.pk, document.pk])).status_code == 404


def test_edit_form_links_the_current_file_to_the_checked_view(client, inventory, people):
    draft = inventory["items"]["draft"]
    document = attach(draft)
    sign_in(client, people["editor_a"])
    page = client.get(reverse("initiatives:edit", args=[draft.pk])).content.decode()
    assert f'href="{document.get_absolute_url()}"' in page and "/media/" not in page
