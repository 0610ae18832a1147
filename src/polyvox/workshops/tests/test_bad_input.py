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
