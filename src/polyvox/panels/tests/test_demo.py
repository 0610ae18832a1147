"""The demo panel: a realistic register extract and skewed registrations, quotas from population shares, a
LEXIMIN draw of 45 with a published seed that verifies; idempotent (the second run draws nothing again)."""

from __future__ import annotations

import io
from collections import Counter
from unittest import mock

from django.urls import reverse

from polyvox.initiatives.tests import factories as f
from polyvox.panels import demo
from polyvox.panels.models import Panel, PanelState, VolunteerStatus
from polyvox.panels.tests.conftest import client_for


def test_demo_panel_of_the_deliberative_committee(world):
    world.initiative.slug = demo.INITIATIVE_SLUG
    world.initiative.save()
    f.user(demo.ACTOR_EMAIL, staff=True)
    out = io.StringIO()
    demo.link(out, {})
    with mock.patch("polyvox.engines.sortition.select_panel", side_effect=AssertionError("drawn twice")):
        demo.link(out, {})  # idempotent
    assert Panel.objects.count() == 2
    panel = Panel.objects.get(title_fr=demo.TITLE[0])
    assert panel.state == PanelState.SELECTED and panel.seed == demo.SEED
    assert panel.invitations.count() == 3000 and panel.register_entries.count() == 6000
    volunteers = list(panel.volunteers.all())
    assert 250 <= len(volunteers) <= 400
    # Registrations skew older and more educated than the population.
    ages = Counter(v.features["age"] for v in volunteers)
    education = Counter(v.features["education"] for v in volunteers)
    assert ages["65+"] / len(volunteers) > 0.19 > ages["16-24"] / len(volunteers) * 2
    assert education["high"] / len(volunteers) > 0.5 and education["low"] / len(volunteers) < 0.2
    members = [v for v in volunteers if v.status == VolunteerStatus.SELECTED]
    assert len(members) == 45
    for feature in panel.features.all():
        for value in feature.values.all():
            assert value.min_seats <= sum(1 for m in members if m.features[feature.key] == value.key) <= value.max_seats
    assert panel.result_json["method"] == "leximin" and panel.result_json["lottery_size"] == 1000
    assert panel.result_json["stats"]["route"] == "relaxation attained"  # the exact LEXIMIN, certified
    page = client_for(None).get(reverse("panels:result", args=[panel.pk]), {"seed": demo.SEED}).content.decode()
    assert "Le tirage est vérifié" in page


def test_demo_panel_open_for_registration_with_known_codes(world):
    world.initiative.slug = demo.INITIATIVE_SLUG
    world.initiative.save()
    f.user(demo.ACTOR_EMAIL, staff=True)
    panel = demo.build_open(world.initiative)
    assert panel.state == PanelState.REGISTRATION_OPEN and panel.invitations.count() == 400
    assert 15 <= panel.volunteers.count() <= 80
    client = client_for(None)
    response = client.post(reverse("panels:register"), {"code": "demx-caf3"})
    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert "Commune" in page and ("Niveau d&#x27;éducation" in page or "Niveau d'éducation" in page)
