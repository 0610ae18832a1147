"""The back office pages of the framework contract open for the staff."""

from decimal import Decimal

import pytest

from polyvox.procurement import services

from .conftest import lot
from polyvox.accounts.testing import sign_in


@pytest.mark.parametrize("model", ["frameworkcontract", "lot", "provider", "specificationtemplate", "membership", "needsmeeting", "need",
                                   "subsequentcontract", "offer", "apitoken"])
def test_admin_pages_open(client, framework, member, official, staff, model):
    services.record_need(member, lot(framework, 3), official, title="T", need="N", amount=Decimal("20000"))
    staff.is_superuser = True
    staff.save()
    sign_in(client, staff)
    assert client.get(f"/admin/procurement/{model}/").status_code == 200
    from django.apps import apps

    obj = apps.get_model("procurement", model).objects.first()
    if obj is not None:
        assert client.get(f"/admin/procurement/{model}/{obj.pk}/change/").status_code == 200
