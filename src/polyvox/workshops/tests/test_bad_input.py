"""A NUL character in a join name or an idea (PostgreSQL refuses it in any text) answers a clear 400 in the
participant's language and stores nothing, on SQLite as on PostgreSQL."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from polyvox.workshops.models import Idea, Participant

pytestmark = pytest.mark.django_db


def test_nul_in_a_join_name_is_refused(make_workshop):
    workshop = make_workshop()
    phone = Client()
    response = phone.post(f"/j/{workshop.code}", {"display_name": "Jan\x00", "language": "nl"})
    assert response.status_code == 400
    assert "NUL-teken" in response.content.decode() or "NUL" in response.content.decode()
    assert not Participant.objects.exists()


def test_nul_in_an_idea_is_refused_in_the_participants_language(make_workshop, facilitator_client, join_client):
    workshop = make_workshop()
    hmw = workshop.activities.get(kind="hmw")
    facilitator_client.post(reverse("workshops:run", kwargs={"code": workshop.code, "action": "open"}), {"activity": hmw.pk})
    phone, _participant = join_client(workshop, "Jan", "nl")
    phone.cookies["polyvox_language"] = "nl"
    url = reverse("workshops:act", kwargs={"code": workshop.code, "action": "idea"})
    response = phone.post(url, {"activity": hmw.pk, "text": "Stille\x00 sirenes"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and "NUL" in response.json()["error"]
    response = phone.post(url, {"activity": hmw.pk, "text": "\x00"})
    assert response.status_code == 400
    assert not Idea.objects.exists()
    ok = phone.post(url, {"activity": hmw.pk, "text": "Stille sirenes"}, HTTP_ACCEPT="application/json")
    assert ok.status_code == 200 and Idea.objects.count() == 1


def test_amendment_naming_an_objection_that_is_not_a_number_is_no_500(make_workshop, facilitator, join_client):
    from polyvox.workshops import decisions, services

    workshop = make_workshop("consent", "Télétravail", "Un jour commun par semaine.")
    phone, bob = join_client(workshop, "Bob", "nl")
    for kind in ("proposal", "clarifying", "reactions", "objections"):
        services.open_activity(workshop.activities.get(kind=kind), facilitator)
    objections = workshop.activities.get(kind="objections")
    decisions.raise_objection(objections.decision, objections, bob, "Pas pour tous", "Les temps partiels ne viennent pas.")
    amendments = workshop.activities.get(kind="amendments")
    services.open_activity(amendments, facilitator)
    url = reverse("workshops:act", kwargs={"code": workshop.code, "action": "amendment"})
    for value in ("abc", "1.5", "-1", "٣"):
        response = phone.post(url, {"activity": amendments.pk, "objection": value, "text": "Deux jours au choix"},
                              HTTP_ACCEPT="application/json")
        assert response.status_code < 500, value
