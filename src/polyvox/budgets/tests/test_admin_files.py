"""The back office links a project's picture to the page that serves it after checking who asks, never to
a /media/ address (no route serves one: core/media.py)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from polyvox.accounts.testing import sign_in
from polyvox.budgets import services
from polyvox.budgets.tests.conftest import project_data
from polyvox.budgets.tests.test_call_and_review import png
from polyvox.core.testing import admin_file_links

pytestmark = pytest.mark.django_db


def test_the_admin_links_a_project_picture_to_its_checked_page(client, budget, citizen, staff):
    image = SimpleUploadedFile("terrain.png", png().getvalue(), content_type="image/png")
    project = services.submit_project(budget, citizen, project_data(), pictures=[(image, "Le terrain")])
    picture = project.pictures.get()
    sign_in(client, staff)
    page = client.get(reverse("admin:budgets_project_change", args=[project.pk])).content.decode()
    assert admin_file_links(page) == [reverse("budgets:picture", args=[picture.pk])]
    assert "/media/" not in page
    response = client.get(admin_file_links(page)[0])
    assert response.status_code == 200 and response["Content-Type"].startswith("image/")
    client.logout()
    assert client.get(admin_file_links(page)[0]).status_code == 404  # awaiting review: not to the public
