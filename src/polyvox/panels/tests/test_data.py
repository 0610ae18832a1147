"""Personal data: who sees it, the volunteer's own download and deletion, the deletion a set time after the
panel ends (with time moved forward), and the public verification that keeps working afterwards."""

from __future__ import annotations

import datetime
import json
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from polyvox.core.schedule import registered_jobs
from polyvox.panels import services
from polyvox.panels.models import Invitation, Panel, PanelState, RegisterEntry, Volunteer, VolunteerStatus
from polyvox.panels.tests.conftest import client_for, invited_panel, register_volunteers


@pytest.mark.parametrize("who", ["anonymous", "citizen", "other_editor"])
def test_outsiders_see_no_personal_data(world, drawn_panel, who):
    user = None if who == "anonymous" else getattr(world, who)
    client = client_for(user)
    member = drawn_panel.volunteers.filter(status=VolunteerStatus.SELECTED).first()
    for name in ("dashboard", "volunteers", "quotas", "letters"):
        response = client.get(reverse(f"panels:{name}", args=[drawn_panel.pk]))
        assert response.status_code in (302, 403), name
        assert member.email.encode() not in response.content
    for name, args in (("replace", {"pseudonym": member.pseudonym}), ("feasibility", {})):
        assert client.post(reverse(f"panels:{name}", args=[drawn_panel.pk]), args).status_code in (302, 403)
    member.refresh_from_db()
    assert member.status == VolunteerStatus.SELECTED
    public = client.get(reverse("panels:result", args=[drawn_panel.pk]))
    assert public.status_code == 200
    assert member.email.encode() not in public.content and member.first_name.encode() not in public.content
    assert member.pseudonym.encode() in public.content or member.is_replacement


@pytest.mark.parametrize("who", ["editor", "staff"])
def test_organisers_see_volunteers_with_probabilities(world, drawn_panel, who):
    client = client_for(getattr(world, who))
    page = client.get(reverse("panels:volunteers", args=[drawn_panel.pk])).content.decode()
    member = drawn_panel.volunteers.filter(status=VolunteerStatus.SELECTED).first()
    assert member.email in page and member.full_name in page
    assert f"{member.probability:.3f}".replace(".", ",") in page


def test_citizen_cannot_create_panel_and_other_editor_cannot_either(world):
    for user in (world.citizen, world.other_editor):
        response = client_for(user).post(reverse("panels:create", args=[world.initiative.pk]), {
            "title_fr": "x", "title_nl": "x", "preset": "blank"})
        assert response.status_code == 403
    assert not Panel.objects.exists()


def test_unpublished_draw_is_not_public(world, closed_panel):
    assert client_for(None).get(reverse("panels:result", args=[closed_panel.pk])).status_code == 404
    assert client_for(None).get(reverse("panels:result_json", args=[closed_panel.pk])).status_code == 404


def test_volunteer_downloads_and_deletes_own_data_before_the_draw(world):
    panel = invited_panel(world)
    volunteer = register_volunteers(panel, 3)[1]
    code = volunteer.invitation.code
    client = client_for(None)
    url = reverse("panels:my_data")
    wrong = client.post(url, {"code": code, "email": "someone@else.test", "action": "download"})
    assert wrong.status_code == 400 and b"Aucune inscription" in wrong.content
    download = client.post(url, {"code": code, "email": volunteer.email.upper(), "action": "download"})
    assert download["Content-Type"].startswith("application/json")
    data = json.loads(download.content)
    assert data["email"] == volunteer.email and data["pseudonym"] == volunteer.pseudonym
    assert data["features"] == {"Genre": "Homme", "Âge": "Jeune"}
    assert data["invitation_address"]["street"].startswith("Rue de la Loi")
    unconfirmed = client.post(url, {"code": code, "email": volunteer.email, "action": "delete"})
    assert unconfirmed.status_code == 400 and Volunteer.objects.filter(pk=volunteer.pk).exists()
    client.post(url, {"code": code, "email": volunteer.email, "action": "delete", "confirm": "yes"})
    assert not Volunteer.objects.filter(pk=volunteer.pk).exists()
    assert panel.volunteers.count() == 2


def test_member_deleting_data_after_the_draw_can_be_replaced(world, editor_client, drawn_panel):
    member = drawn_panel.volunteers.filter(status=VolunteerStatus.SELECTED).first()
    client_for(None).post(reverse("panels:my_data"), {"code": member.invitation.code, "email": member.email,
                                                      "action": "delete", "confirm": "yes"})
    member.refresh_from_db()
    assert member.personal_data_erased_at and not member.email and not member.first_name
    page = editor_client.get(reverse("panels:volunteers", args=[drawn_panel.pk])).content.decode()
    assert "données supprimées par la personne" in page
    editor_client.post(reverse("panels:replace", args=[drawn_panel.pk]), {"pseudonym": member.pseudonym})
    assert drawn_panel.replacements.get().ok


def test_purge_six_months_after_the_end_keeps_public_verification(world, editor_client, drawn_panel):
    assert ("polyvox.panels.tasks.purge_expired_personal_data", 3600.0) in [
        (j.path, j.every_seconds) for j in registered_jobs()]
    assert drawn_panel.retention_days == 183
    editor_client.post(reverse("panels:move", args=[drawn_panel.pk, "end"]))
    drawn_panel.refresh_from_db()
    assert drawn_panel.state == PanelState.ENDED and drawn_panel.ended_at
    from polyvox.panels.tasks import purge_expired_personal_data

    purge_expired_personal_data.enqueue()
    assert Volunteer.objects.exclude(email="").count() == 16  # nothing deleted before the time is up
    later = timezone.now() + datetime.timedelta(days=184)
    with mock.patch("django.utils.timezone.now", return_value=later):
        purge_expired_personal_data.enqueue()
        purge_expired_personal_data.enqueue()  # idempotent
    drawn_panel.refresh_from_db()
    assert drawn_panel.state == PanelState.PURGED and drawn_panel.personal_data_deleted_at == later
    assert not Volunteer.objects.exclude(email="").exists()
    assert not Volunteer.objects.exclude(first_name="").exists()
    assert not RegisterEntry.objects.exists() and not Invitation.objects.exists()
    # The public page and its verification still work from the pseudonymised copy.
    client = client_for(None)
    checked = client.get(reverse("panels:result", args=[drawn_panel.pk]), {"seed": drawn_panel.seed})
    assert checked.status_code == 200 and "Le tirage est vérifié" in checked.content.decode()
    from polyvox.panels.selection import verify

    assert verify(drawn_panel, drawn_panel.seed).ok
    # A volunteer's code no longer opens anything.
    assert client.post(reverse("panels:my_data"), {"code": "ACDEFGHJ", "email": "v1@example.test"}).status_code == 400


def test_custom_retention_period(world, drawn_panel):
    drawn_panel.retention_days = 30
    drawn_panel.save()
    services.move(drawn_panel, world.editor, "end")
    with mock.patch("django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(days=29)):
        assert services.purge_expired_personal_data() == 0
    with mock.patch("django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(days=31)):
        assert services.purge_expired_personal_data() == 1


def test_initiative_page_shows_the_panel(world, drawn_panel):
    from polyvox.initiatives import attachments

    class Request:
        user = world.citizen

    items = attachments.collect(world.initiative, Request())
    assert [i["url"] for i in items if "panels" in i["url"]] == [reverse("panels:result", args=[drawn_panel.pk])]
    Request.user = world.editor
    items = attachments.collect(world.initiative, Request())
    assert reverse("panels:dashboard", args=[drawn_panel.pk]) in [i["url"] for i in items]
    assert reverse("panels:create", args=[world.initiative.pk]) in [i["url"] for i in items]
    Request.user = world.citizen
    assert reverse("panels:create", args=[world.initiative.pk]) not in [
        i["url"] for i in attachments.collect(world.initiative, Request())]


def test_state_machine_refuses_skipping_steps(world, closed_panel):
    from polyvox.core.transitions import TransitionNotAllowed
    from polyvox.core.workflow import SYSTEM
    from polyvox.panels.workflow import LIFECYCLE

    with pytest.raises(TransitionNotAllowed):
        LIFECYCLE.apply(closed_panel, "end", by=SYSTEM)
    with pytest.raises(services.PanelError):
        services.draw_invitations(closed_panel, world.editor, 5, False)


def test_panel_list_offers_new_panel_for_own_initiatives(world, editor_client, drawn_panel):
    page = editor_client.get(reverse("panels:list")).content.decode()
    assert drawn_panel.get_absolute_url() in page
    assert reverse("panels:create", args=[world.initiative.pk]) in page
    other = client_for(world.other_editor).get(reverse("panels:list")).content.decode()
    assert drawn_panel.get_absolute_url() not in other
    assert reverse("panels:create", args=[world.initiative.pk]) not in other
    assert client_for(world.citizen).get(reverse("panels:list")).status_code == 403


def test_retention_setting_from_the_dashboard(world, editor_client, drawn_panel):
    editor_client.post(reverse("panels:retention", args=[drawn_panel.pk]), {"retention_days": "90"})
    drawn_panel.refresh_from_db()
    assert drawn_panel.retention_days == 90
    editor_client.post(reverse("panels:retention", args=[drawn_panel.pk]), {"retention_days": "0"})
    drawn_panel.refresh_from_db()
    assert drawn_panel.retention_days == 90
    assert client_for(world.other_editor).post(reverse("panels:retention", args=[drawn_panel.pk]),
                                               {"retention_days": "1"}).status_code == 403


def test_back_office_pages(world, drawn_panel):
    client = client_for(world.staff)
    for url in ("/admin/panels/panel/", f"/admin/panels/panel/{drawn_panel.pk}/change/", "/admin/panels/volunteer/",
                "/admin/panels/feature/", "/admin/panels/replacementrecord/"):
        assert client.get(url).status_code == 200, url
    assert client_for(world.editor).get("/admin/panels/volunteer/").status_code in (302, 403)


def test_code_before_registration_opens(world):
    panel = invited_panel(world)
    services.move(panel, world.editor, "close_registration")
    panel.state = PanelState.INVITED
    panel.save()
    response = client_for(None).post(reverse("panels:register"), {"code": panel.invitations.first().code})
    assert response.status_code == 400 and "pas encore ouvertes" in response.content.decode()


def test_open_data_api(world, drawn_panel):
    client = client_for(None)
    listing = client.get("/api/panels/").json()
    assert [p["id"] for p in listing] == [drawn_panel.pk]
    item = listing[0]
    assert item["seed"] == drawn_panel.seed and item["lottery_digest"] == drawn_panel.lottery_digest
    assert item["announced_at"] == drawn_panel.draw_announced_at.isoformat()
    assert item["seed_available_at"] == drawn_panel.seed_available_at.isoformat()
    assert {q["feature"] for q in item["quotas"]} == {"gender", "age"}
    draw = client.get(f"/api/panels/{drawn_panel.pk}/draw").json()
    from polyvox.engines.sortition import verify_draw

    assert verify_draw(draw, drawn_panel.seed, announced_digest=item["lottery_digest"]).ok
    assert "example.test" not in json.dumps(draw)
    assert client.get("/api/panels/999999/draw").status_code == 404


def test_members_csv_for_organisers_only(world, editor_client, drawn_panel):
    response = editor_client.get(reverse("panels:members_csv", args=[drawn_panel.pk]))
    text = response.content.decode("utf-8-sig")
    assert response.status_code == 200 and text.count("\n") == 7  # header + 6 members
    member = drawn_panel.volunteers.filter(status=VolunteerStatus.SELECTED).first()
    assert member.email in text and "Genre" in text
    for user in (world.citizen, world.other_editor, None):
        assert client_for(user).get(reverse("panels:members_csv", args=[drawn_panel.pk])).status_code in (302, 403)
