"""The back office pages of the frame's models open for the staff (list, add, change)."""

import pytest

from polyvox.accounts.models import User
from polyvox.organisations.models import Organisation, RoleAssignment
from polyvox.pages.models import FaqEntry, NewsItem, Page
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    from polyvox.core.tests.factories import give_staff_role

    staff = give_staff_role(User.objects.create_user(email="staff@example.org", password="x"))
    sign_in(client, staff)
    return client


def test_admin_pages_open(staff_client):
    organisation = Organisation.objects.create(slug="o", name="O", kind="municipality")
    user = User.objects.create_user(email="u@example.org", password="x")
    RoleAssignment.objects.create(user=user, organisation=organisation, role="editor")
    page = Page.objects.create(key="about", title_fr="À propos", body_fr="x")
    from datetime import date

    news = NewsItem.objects.create(slug="n", title_fr="N", summary_fr="s", body_fr="b", published=date(2025, 1, 1))
    faq = FaqEntry.objects.create(question_fr="Q ?", answer_fr="R.")
    for url in [
        "/admin/accounts/user/", "/admin/accounts/user/add/", f"/admin/accounts/user/{user.pk}/change/",
        "/admin/organisations/organisation/", f"/admin/organisations/organisation/{organisation.pk}/change/",
        "/admin/organisations/roleassignment/",
        "/admin/pages/page/", f"/admin/pages/page/{page.pk}/change/", "/admin/pages/newsitem/add/",
        f"/admin/pages/newsitem/{news.pk}/change/", f"/admin/pages/faqentry/{faq.pk}/change/", "/admin/pages/faqentry/",
    ]:
        assert staff_client.get(url).status_code == 200, url


def test_staff_can_add_a_user_in_the_admin(staff_client):
    response = staff_client.post(
        "/admin/accounts/user/add/",
        {"email": "new@example.org", "password1": "Un-long-secret-2026", "password2": "Un-long-secret-2026", "usable_password": "true", "_save": "1",
         "roles-TOTAL_FORMS": "0", "roles-INITIAL_FORMS": "0"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert User.objects.filter(email="new@example.org").exists()
