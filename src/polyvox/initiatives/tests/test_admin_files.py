"""The back office links an initiative's documents to the page that serves them after checking who asks,
never to a /media/ address (no route serves one: core/media.py)."""

import pytest
from django.urls import reverse

from polyvox.accounts.testing import sign_in
from polyvox.core.testing import admin_file_links
from polyvox.initiatives.tests.test_documents import attach

pytestmark = pytest.mark.django_db


def test_the_admin_links_a_document_to_its_checked_page(client, inventory, people):
    draft = inventory["items"]["draft"]
    document = attach(draft)
    sign_in(client, people["staff"])
    page = client.get(reverse("admin:initiatives_initiative_change", args=[draft.pk])).content.decode()
    assert admin_file_links(page) == [reverse("initiatives:document", args=[draft.pk, document.pk])]
    assert "/media/" not in page
    response = client.get(admin_file_links(page)[0])
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    client.logout()
    assert client.get(admin_file_links(page)[0]).status_code == 404  # a draft's document: not to the public
