"""The back office answers to roles: Django's is_staff (or is_superuser) alone opens nothing; the Service's
staff role opens it, with the admin's action log read-only; state fields are read-only in every admin."""

from __future__ import annotations

import importlib

import pytest
from django.contrib import admin
from django.contrib.admin.models import ADDITION, LogEntry
from django.test import Client, RequestFactory

from polyvox.core.tests.factories import give_staff_role
from polyvox.core.transitions import StateMachine
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db

# State fields moved by service functions without a StateMachine table (the others are found in the tables).
SERVICE_STATE_FIELDS = {("workshops", "workshop", "status"), ("workshops", "activity", "state"), ("workshops", "idea", "status"),
                        ("panels", "volunteer", "status"), ("procurement", "invitation", "status")}
MACHINE_MODULES = ["polyvox.budgets.services", "polyvox.budgets.ballots", "polyvox.panels.models", "polyvox.procurement.workflow",
                   "polyvox.initiatives.services", "polyvox.workshops.decisions"]


def client_for(user):
    client = Client()
    sign_in(client, user)
    return client


def test_flags_alone_open_nothing(django_user_model):
    flags = django_user_model.objects.create_user(email="flags@test.example", password="x", is_staff=True, is_superuser=True)
    client = client_for(flags)
    for url in ("/admin/", "/admin/accounts/user/", "/admin/admin/logentry/", "/admin/budgets/ballot/"):
        assert client.get(url, follow=True).status_code == 403, url
    assert not flags.has_perm("accounts.view_user") and not flags.has_module_perms("accounts")
    assert not flags.has_perm("organisations.manage")


def test_signed_out_goes_to_the_sites_sign_in():
    response = Client().get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/fr/accounts/login/") or "/accounts/login/" in response.redirect_chain[-1][0]


def test_staff_role_opens_the_back_office_and_its_read_only_action_log(django_user_model):
    staff = give_staff_role(django_user_model.objects.create_user(email="staff@test.example", password="x"))
    client = client_for(staff)
    assert client.get("/admin/").status_code == 200
    entry = LogEntry.objects.log_actions(staff.pk, [staff], ADDITION, single_object=True)
    listing = client.get("/admin/admin/logentry/")
    assert listing.status_code == 200 and str(staff) in listing.content.decode()
    assert client.get(f"/admin/admin/logentry/{entry.pk}/change/").status_code == 200
    assert client.get("/admin/admin/logentry/add/").status_code == 403
    assert client.post(f"/admin/admin/logentry/{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    assert LogEntry.objects.filter(pk=entry.pk).exists()
    assert client.get("/admin/auth/group/").status_code == 404  # Django's groups are not a source of permissions


def _state_fields():
    """(app_label, model_name, field) of every field a StateMachine table drives, plus the service-driven ones."""
    fields = set(SERVICE_STATE_FIELDS)
    machines = []
    for name in MACHINE_MODULES:
        module = importlib.import_module(name)
        machines += [value for value in vars(module).values() if isinstance(value, StateMachine)]
    from polyvox.core.workflow import workflows

    assert len(machines) + len(workflows()) >= 8  # the tables still in StateMachine form, and those moved to workflow.py
    for model in admin.site._registry:
        candidates = [model, *[inline.model for inline in admin.site._registry[model].inlines]]
        for candidate in candidates:
            for machine in machines:
                try:
                    field = candidate._meta.get_field(machine.field)
                except Exception:  # noqa: BLE001 - the model has no such field
                    continue
                states = {str(source) for source, _action in machine.table} | {str(t) for t in machine.table.values()}
                if field.choices and states <= {str(value) for value, _label in field.choices}:
                    fields.add((candidate._meta.app_label, candidate._meta.model_name, machine.field))
    # The state fields the apps' workflow.py tables drive (core.workflow), as they move there from StateMachine.
    for workflow in workflows():
        app_label, _dot, model_name = workflow.model.partition(".")
        fields.add((app_label, model_name, workflow.field))
    return fields


def _editable(model_admin, request, field) -> bool:
    inline = isinstance(model_admin, admin.options.InlineModelAdmin)
    can_add = model_admin.has_add_permission(request, None) if inline else model_admin.has_add_permission(request)
    if not model_admin.has_change_permission(request) and not can_add:
        return False
    if field in model_admin.get_readonly_fields(request):
        return False
    if inline:
        form = model_admin.get_formset(request).form
    else:
        form = model_admin.get_form(request)
    return field in form.base_fields


def test_state_fields_are_read_only_in_every_admin(django_user_model):
    staff = give_staff_role(django_user_model.objects.create_user(email="staff2@test.example", password="x"))
    request = RequestFactory().get("/admin/")
    request.user = staff
    state_fields = _state_fields()
    assert ("budgets", "budget", "phase") in state_fields and ("panels", "panel", "state") in state_fields
    assert ("budgets", "ballot", "state") in state_fields and ("initiatives", "initiative", "publication_state") in state_fields
    editable = []
    for model, model_admin in admin.site._registry.items():
        admins = [model_admin, *[inline(model, admin.site) for inline in model_admin.inlines]]
        for each in admins:
            key = (each.model._meta.app_label, each.model._meta.model_name)
            for app_label, model_name, field in state_fields:
                if (app_label, model_name) == key and _editable(each, request, field):
                    editable.append(f"{type(each).__name__}.{field}")
    assert editable == []


def test_votes_draws_and_offers_are_not_editable_in_the_admin(django_user_model):
    staff = give_staff_role(django_user_model.objects.create_user(email="staff3@test.example", password="x"))
    request = RequestFactory().get("/admin/")
    request.user = staff
    from polyvox.budgets.models import Ballot
    from polyvox.panels.models import ReplacementRecord
    from polyvox.procurement.models import Offer

    for model in (Ballot, Offer, ReplacementRecord):
        model_admin = admin.site._registry[model]
        assert not model_admin.has_change_permission(request) and not model_admin.has_delete_permission(request)
        assert not model_admin.has_add_permission(request)
    panel_admin = admin.site._registry[__import__("polyvox.panels.models", fromlist=["Panel"]).Panel]
    from polyvox.panels.models import FROZEN_PANEL_FIELDS

    ceremony = ("seed_announcement", "seed_available_at", "draw_announced_at", "lottery_json", "draw_warnings")
    for field in ("seed", "result_json", "lottery_digest", "panel_index", "selected_at", *ceremony):
        assert field in panel_admin.get_readonly_fields(request), field
    # What the announcement froze is never editable in the back office (the panel size only before the lottery).
    assert set(FROZEN_PANEL_FIELDS) - {"panel_size"} <= set(panel_admin.get_readonly_fields(request))


def test_the_back_office_link_follows_the_role(django_user_model):
    flags = django_user_model.objects.create_user(email="flags2@test.example", password="x", is_staff=True, is_superuser=True)
    staff = give_staff_role(django_user_model.objects.create_user(email="staff4@test.example", password="x"))
    assert 'href="/admin/"' not in client_for(flags).get("/fr/").content.decode()
    assert 'href="/admin/"' in client_for(staff).get("/fr/").content.decode()
