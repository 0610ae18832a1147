"""The back office: staff edit every toolbox model with one field per language."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from polyvox.toolbox.models import (
    ExternalResource, FocusArticle, FrameworkText, GlossaryTerm, Method, MethodFamily, PracticalCase,
)
from polyvox.accounts.testing import sign_in


@pytest.fixture
def staff_client(client, db):
    from polyvox.core.tests.factories import give_staff_role

    user = give_staff_role(get_user_model().objects.create_user(email="staff.toolbox@polyvox.example", password="x-pass-123"))
    sign_in(client, user)
    return client


def test_every_toolbox_model_has_a_translated_admin(staff_client, toolbox_demo):
    for model in (MethodFamily, Method, PracticalCase, FrameworkText, FocusArticle, ExternalResource, GlossaryTerm):
        opts = model._meta
        assert staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")).status_code == 200
        obj = model.objects.first()
        response = staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
        assert response.status_code == 200, model
        html = response.content.decode()
        assert "_nl" in html and "_en" in html and "_fr" in html


def test_only_staff_may_edit_the_toolbox(db):
    from polyvox.toolbox import rules  # noqa: F401 - registers the permissions

    citizen = get_user_model().objects.create_user(email="citizen.toolbox@polyvox.example", password="x-pass-123")
    from polyvox.core.tests.factories import give_staff_role

    staff = give_staff_role(get_user_model().objects.create_user(email="staff2.toolbox@polyvox.example", password="x-pass-123"))
    flag_only = get_user_model().objects.create_user(email="flag.toolbox@polyvox.example", password="x-pass-123", is_staff=True)
    assert not flag_only.has_perm("toolbox.edit_content")  # Django's is_staff alone grants nothing
    assert not citizen.has_perm("toolbox.edit_content")
    assert staff.has_perm("toolbox.edit_content")
    assert citizen.has_perm("toolbox.view")
