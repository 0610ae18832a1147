"""The draw as a ceremony: the lottery computed, then announced (digest, seed source, earliest time) and
frozen, then drawn once the seed exists; degenerate draws are said out loud and must be confirmed."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from polyvox.core.transitions import history
from polyvox.engines.sortition import lottery_digest, verify_draw
from polyvox.panels import services
from polyvox.panels.models import FeatureValue, Panel, PanelState
from polyvox.panels.tests.conftest import client_for, invited_panel, later, register_volunteers

SOURCE = "Les numéros du Lotto du 20 décembre"
SEED = "Lotto 20/12: 3 11 19 28 35 42"


def _computed(world, count=16, skew=None, quotas=None):
    panel = invited_panel(world)
    register_volunteers(panel, count, skew)
    for (feature, value), (low, high) in (quotas or {}).items():
        FeatureValue.objects.filter(feature__panel=panel, feature__key=feature, key=value).update(
            min_seats=low, max_seats=high)
    services.move(panel, world.editor, "close_registration")
    panel.refresh_from_db()
    services.start_selection(panel, world.editor)
    panel.refresh_from_db()
    assert panel.state == PanelState.LOTTERY_READY, panel.selection_error
    return panel


def _announce(panel, user, hours=1, confirm=True):
    services.announce_draw(panel, user, SOURCE, timezone.now() + timedelta(hours=hours), confirm_warnings=confirm)
    panel.refresh_from_db()


def test_the_lottery_exists_before_the_seed_and_is_public_only_once_announced(world):
    panel = _computed(world)
    assert "seed" not in panel.lottery_json and panel.lottery_digest == lottery_digest(panel.lottery_json["lottery_panels"])
    anonymous = client_for(None)
    assert anonymous.get(reverse("panels:result", args=[panel.pk])).status_code == 404
    assert anonymous.get(reverse("panels:result_json", args=[panel.pk])).status_code == 404
    _announce(panel, world.editor)
    assert panel.state == PanelState.ANNOUNCED and panel.draw_announced_at is not None
    page = anonymous.get(reverse("panels:result", args=[panel.pk])).content.decode()
    assert SOURCE in page and panel.lottery_digest in page
    assert panel.draw_announced_at.isoformat()[:16] in page or "Annoncé le" in page
    announced = json.loads(anonymous.get(reverse("panels:result_json", args=[panel.pk])).content)
    assert lottery_digest(announced["lottery_panels"]) == panel.lottery_digest and "seed" not in announced
    entry = history(panel).last()
    # The seed's source is the organiser's own words: kept on the panel (frozen from now on, shown on the public
    # page above), not inside the translated history line.
    assert entry.action == "announce_draw" and panel.lottery_digest in entry.message and panel.seed_announcement == SOURCE
    assert entry.actor == world.editor


def test_an_announcement_needs_a_source_and_a_time_still_to_come(world):
    panel = _computed(world)
    with pytest.raises(services.PanelError):
        services.announce_draw(panel, world.editor, "  ", timezone.now() + timedelta(hours=1), confirm_warnings=True)
    with pytest.raises(services.PanelError, match="futur"):
        services.announce_draw(panel, world.editor, SOURCE, timezone.now() - timedelta(minutes=1), confirm_warnings=True)
    panel.refresh_from_db()
    assert panel.state == PanelState.LOTTERY_READY and panel.draw_announced_at is None
    refused = client_for(world.other_editor).post(reverse("panels:announce_draw", args=[panel.pk]), {
        "source": SOURCE, "available_at": (timezone.localtime() + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        "confirm": "on"})
    assert refused.status_code == 404  # not announced: nothing tells an outsider the panel exists
    assert client_for(world.citizen).post(reverse("panels:draw", args=[panel.pk]), {"seed": "x"}).status_code == 404
    assert Panel.objects.get(pk=panel.pk).state == PanelState.LOTTERY_READY
    _announce(panel, world.editor)
    refused = client_for(world.other_editor).post(reverse("panels:draw", args=[panel.pk]), {"seed": "x"})
    assert refused.status_code == 403 and Panel.objects.get(pk=panel.pk).state == PanelState.ANNOUNCED  # public, not theirs


def test_once_announced_nothing_that_shapes_the_draw_can_change(world, editor_client):
    panel = _computed(world)
    _announce(panel, world.editor)
    value = FeatureValue.objects.filter(feature__panel=panel).first()
    before = (value.min_seats, value.max_seats)
    with pytest.raises(services.PanelError):
        services.update_quotas(panel, world.editor, {value.pk: (50.0, 0, 6)})
    with pytest.raises(services.PanelError):
        services.propose_quotas(panel, world.editor)
    editor_client.post(reverse("panels:quotas", args=[panel.pk]), {
        f"share_{value.pk}": "50", f"min_{value.pk}": "0", f"max_{value.pk}": "6"})
    value.refresh_from_db()
    assert (value.min_seats, value.max_seats) == before
    for action in ("reopen_registration", "open_registration"):
        with pytest.raises(services.PanelError):
            services.move(panel, world.editor, action)
    with pytest.raises(services.PanelError):
        services.discard_lottery(panel, world.editor)
    with pytest.raises(services.PanelError):
        services.start_selection(panel, world.editor)
    # A volunteer deleting their data after the announcement leaves the pool copy as announced.
    volunteer = panel.volunteers.first()
    services.erase_volunteer(volunteer)
    assert panel.volunteers.filter(pk=volunteer.pk).exists()
    panel.refresh_from_db()
    assert volunteer.pseudonym in panel.pool_copy and panel.state == PanelState.ANNOUNCED
    assert lottery_digest(panel.lottery_json["lottery_panels"]) == panel.lottery_digest


def test_before_the_announcement_the_lottery_can_be_discarded_then_quotas_change(world):
    panel = _computed(world)
    value = FeatureValue.objects.filter(feature__panel=panel).first()
    with pytest.raises(services.PanelError):
        services.update_quotas(panel, world.editor, {value.pk: (50.0, 1, 5)})
    services.discard_lottery(panel, world.editor)
    panel.refresh_from_db()
    assert panel.state == PanelState.REGISTRATION_CLOSED and panel.lottery_json is None and not panel.lottery_digest
    services.update_quotas(panel, world.editor, {value.pk: (50.0, 1, 5)})
    assert [e.action for e in history(panel)][-2:] == ["discard_lottery", "edit_quotas"]


def test_the_draw_waits_for_the_announced_time_and_shows_the_seed_beside_its_source(world, editor_client, tmp_path):
    panel = _computed(world)
    _announce(panel, world.editor, hours=3)
    with pytest.raises(services.PanelError, match="avant"):
        services.draw(panel, world.editor, SEED)
    with later(hours=2):
        with pytest.raises(services.PanelError):
            services.draw(panel, world.editor, SEED)
    assert Panel.objects.get(pk=panel.pk).state == PanelState.ANNOUNCED
    with later(hours=4):
        services.draw(panel, world.editor, SEED)
    panel.refresh_from_db()
    assert panel.state == PanelState.SELECTED and panel.seed == SEED
    published = panel.result_json
    assert verify_draw(published, SEED, announced_digest=panel.lottery_digest).ok
    with later(hours=5):
        with pytest.raises(services.PanelError):
            services.draw(panel, world.editor, "another seed")
    page = client_for(None).get(reverse("panels:result", args=[panel.pk])).content.decode()
    for text in (SOURCE, SEED, panel.lottery_digest, "Annonce", "Graine saisie", "Panel tiré"):
        assert text in page, text
    for moment in (panel.draw_announced_at, panel.seed_available_at, panel.selected_at):
        assert timezone.localtime(moment).isoformat()[:19] in page  # each step with its time (datetime="...")
    # The command the page shows, on the downloaded file, checks the announced digest.
    from polyvox.engines.sortition.cli import main

    path = tmp_path / "panel.json"
    path.write_bytes(client_for(None).get(reverse("panels:result_json", args=[panel.pk])).content)
    assert main(["verify", "--json", str(path), "--seed", SEED, "--announced-digest", panel.lottery_digest]) == 0
    assert main(["verify", "--json", str(path), "--seed", SEED, "--announced-digest", "0" * 64]) == 1


# -- degenerate draws ------------------------------------------------------------------------------------


def _kinds(panel):
    return [w["kind"] for w in panel.draw_warnings]


def test_someone_no_panel_can_hold_is_named_with_the_quota_that_shuts_them_out(world, editor_client):
    panel = _computed(world, quotas={("age", "old"): (0, 0), ("age", "young"): (6, 6)})
    assert "zero" in _kinds(panel) and "fixed_quota" in _kinds(panel)
    zero = next(w for w in panel.draw_warnings if w["kind"] == "zero")
    old = sorted(v.pseudonym for v in panel.volunteers.all() if v.features["age"] == "old")
    assert zero["count"] == len(old) and [p["pseudonym"] for p in zero["people"]] == old
    for person in zero["people"]:  # the smallest change that lets them in: one more "old" seat, one less "young"
        changes = {(q["feature"], q["value"]): (q["new_min"], q["new_max"]) for q in person["quotas"]}
        assert changes[("age", "old")][1] >= 1 and all(feature == "age" for feature, _ in changes)
    page = editor_client.get(reverse("panels:dashboard", args=[panel.pk])).content.decode()
    assert "aucune chance d" in page and f"{old[0]} est exclu·e par" in page and "Âgé" in page
    dutch = client_for(world.editor).get(f"/nl/panels/{panel.pk}/").content.decode()
    assert "geen enkele kans" in dutch and f"{old[0]} wordt uitgesloten door" in dutch and "Oud" in dutch
    english = client_for(world.editor).get(f"/en/panels/{panel.pk}/").content.decode()
    assert "no chance at all" in english and f"{old[0]} is shut out by" in english
    translation.activate("fr")  # the request above left English active in this thread
    # Nothing is published until the warnings are confirmed.
    with pytest.raises(services.PanelError, match="avertissements"):
        _announce(panel, world.editor, confirm=False)
    assert Panel.objects.get(pk=panel.pk).state == PanelState.LOTTERY_READY
    assert client_for(None).get(reverse("panels:result", args=[panel.pk])).status_code == 404
    _announce(panel, world.editor, confirm=True)
    assert panel.state == PanelState.ANNOUNCED
    assert "warnings confirmed: fixed_quota, zero" in history(panel).last().message


def test_every_volunteer_selected_is_said_out_loud(world, editor_client):
    panel = _computed(world, count=6)
    assert "everyone" in _kinds(panel)
    page = editor_client.get(reverse("panels:dashboard", args=[panel.pk])).content.decode()
    assert "Tous les volontaires sont sélectionnés" in page and 'role="alert"' in page
    response = editor_client.post(reverse("panels:announce_draw", args=[panel.pk]), {
        "source": SOURCE, "available_at": (timezone.localtime() + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")})
    assert Panel.objects.get(pk=panel.pk).state == PanelState.LOTTERY_READY
    assert "cochez la case" in editor_client.get(response.url).content.decode()


def test_equal_chances_are_said_out_loud_and_a_shaped_draw_has_no_warning(world):
    wide = {(f, v): (0, 6) for f, v in (("gender", "woman"), ("gender", "man"), ("age", "young"), ("age", "old"))}
    panel = _computed(world, quotas=wide)
    assert _kinds(panel) == ["equal"]
    shaped = _computed(world, count=16, skew=lambda n: (("woman", "man", "woman", "woman")[n % 4],
                                                        ("young", "old", "old")[n % 3]))
    assert shaped.draw_warnings == [], shaped.draw_warnings
    services.announce_draw(shaped, world.editor, SOURCE, timezone.now() + timedelta(hours=1))  # no confirmation needed
    shaped.refresh_from_db()
    assert shaped.state == PanelState.ANNOUNCED


def test_the_models_refuse_changes_to_a_frozen_draw_from_any_form(world):
    """The admin and any other model form run `full_clean`: once the lottery exists, it refuses the changes."""
    from django.core.exceptions import ValidationError

    panel = _computed(world)
    _announce(panel, world.editor)
    panel.panel_size = 7
    with pytest.raises(ValidationError):
        panel.full_clean()
    panel.refresh_from_db()
    panel.seed_available_at = panel.seed_available_at - timedelta(hours=2)
    with pytest.raises(ValidationError):
        panel.full_clean()
    panel.refresh_from_db()
    panel.retention_days = 90  # not part of the draw: still allowed
    panel.full_clean()
    value = FeatureValue.objects.filter(feature__panel=panel).first()
    value.max_seats += 1
    with pytest.raises(ValidationError):
        value.full_clean()
    volunteer = panel.volunteers.first()
    volunteer.features = {**volunteer.features, "age": "young" if volunteer.features["age"] == "old" else "old"}
    with pytest.raises(ValidationError):
        volunteer.full_clean()
    # Before the lottery is computed the same edits are fine.
    open_panel = invited_panel(world)
    open_panel.panel_size = 7
    open_panel.full_clean()
