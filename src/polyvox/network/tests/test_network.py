"""Joining the network, approval, the members-only directory by competence and commune, working groups with their
board, resources and calendar."""

import pytest
from django.test import Client

from polyvox.accounts.testing import sign_in
from polyvox.events.models import EventState
from polyvox.events.tests.conftest import make_event
from polyvox.network.models import AgentProfile, GroupMembership, Message, ProfileState
from polyvox.network.tests.conftest import profile_data

pytestmark = pytest.mark.django_db


def test_an_editor_of_a_public_body_is_a_member_at_once(world):
    client = sign_in(Client(), world.editor)
    response = client.post("/fr/network/profile/", profile_data(world), follow=True)
    profile = AgentProfile.objects.get(user=world.editor)
    assert profile.state == ProfileState.MEMBER
    assert list(profile.competences.all()) == [world.facilitation] and profile.language_codes == ["fr", "nl"]
    assert "Bienvenue" in response.content.decode()


def test_others_wait_for_the_service_approval_and_see_no_directory(world):
    client = sign_in(Client(), world.outsider)
    client.post("/fr/network/profile/", profile_data(world))
    profile = AgentProfile.objects.get(user=world.outsider)
    assert profile.state == ProfileState.PENDING
    assert client.get("/fr/network/directory/").status_code == 403
    assert client.get("/fr/network/groups/inclusion/").status_code == 403
    staff = sign_in(Client(), world.staff)
    assert "someone@test.example" in staff.get("/fr/network/").content.decode()
    assert client.post(f"/fr/network/profiles/{profile.pk}/approve/").status_code == 404
    staff.post(f"/fr/network/profiles/{profile.pk}/approve/")
    profile.refresh_from_db()
    assert profile.state == ProfileState.MEMBER
    assert client.get("/fr/network/directory/").status_code == 200


def test_a_provider_organisation_cannot_be_chosen(world):
    client = sign_in(Client(), world.outsider)
    response = client.post("/fr/network/profile/", profile_data(world, organisation=world.provider.pk))
    assert response.status_code == 400 and not AgentProfile.objects.exists()
    response = client.post("/fr/network/profile/", profile_data(world, languages=[]))
    assert response.status_code == 400 and not AgentProfile.objects.exists()


def test_directory_searches_by_competence_and_commune(world):
    sign_in(Client(), world.editor).post("/fr/network/profile/", profile_data(world))
    staff = sign_in(Client(), world.staff)
    staff.post("/fr/network/profile/", profile_data(world, competences=[world.sortition.pk], municipality=""))
    page = staff.get("/fr/network/directory/", {"competence": "facilitation"}).content.decode()
    assert "Editor Forest" in page and "Staff" not in page.split("directory-count")[1]
    page = staff.get("/fr/network/directory/", {"commune": "21007"}).content.decode()
    assert "Editor Forest" in page
    page = staff.get("/fr/network/directory/", {"competence": "tirage"}).content.decode()
    assert "Editor Forest" not in page
    assert staff.get("/fr/network/directory/", {"competence": "<script>", "commune": "x"}).status_code == 200
    assert "editor@test.example" not in staff.get("/fr/network/directory/").content.decode()  # no e-mail shown


def test_working_group_join_post_share_and_its_calendar(world):
    client = sign_in(Client(), world.editor)
    client.post("/fr/network/profile/", profile_data(world))
    url = "/fr/network/groups/inclusion/"
    assert client.post(url, {"action": "post", "body": "Bonjour"}).status_code == 400  # not in the group yet
    assert not Message.objects.exists()
    client.post(url, {"action": "join"})
    assert GroupMembership.objects.filter(group=world.group, user=world.editor).exists()
    again = client.post(url, {"action": "join"})
    assert again.status_code == 400 and "déjà membre" in again.content.decode()
    client.post(url, {"action": "post", "body": "Bonjour <b>à tous</b>"})
    page = client.get(url).content.decode()
    assert "Bonjour &lt;b&gt;à tous&lt;/b&gt;" in page
    assert client.post(url, {"action": "post", "body": "   "}).status_code == 400
    assert client.post(url, {"action": "resource", "title": "Guide", "url": "javascript:alert(1)"}).status_code == 400
    client.post(url, {"action": "resource", "title": "Guide", "url": "https://example.org/guide.pdf"})
    assert world.group.resources.get().title == "Guide"
    assert client.post(url, {"action": "other"}).status_code == 400
    meeting = make_event(title_fr="Réunion du groupe", working_group=world.group, audience="agents")
    make_event(title_fr="Autre réunion")
    feed = client.get(f"/fr/network/groups/inclusion/calendar-{world.group.feed_token}.ics")
    assert f"event-{meeting.pk}@" in feed.content.decode() and "Autre réunion" not in feed.content.decode()
    assert Client().get("/fr/network/groups/inclusion/calendar-forged.ics").status_code == 404
    meeting.state = EventState.DRAFT
    meeting.save()
    assert f"event-{meeting.pk}@" not in client.get(f"/fr/network/groups/inclusion/calendar-{world.group.feed_token}.ics").content.decode()


def test_members_register_for_agents_only_events(world):
    from polyvox.events import services

    sign_in(Client(), world.outsider).post("/fr/network/profile/", profile_data(world))
    event = make_event(audience="agents")
    with pytest.raises(services.EventError):
        services.register(event, world.outsider)  # pending: not yet an agent
    AgentProfile.objects.filter(user=world.outsider).update(state=ProfileState.MEMBER)
    world.outsider.refresh_from_db()
    from polyvox.events.models import Registration

    client = sign_in(Client(), world.outsider)
    client.post(f"/fr/events/{event.pk}/register/")
    assert Registration.objects.filter(event=event, user=world.outsider).exists()


def test_leaving_hides_the_profile(world):
    client = sign_in(Client(), world.editor)
    client.post("/fr/network/profile/", profile_data(world))
    client.post("/fr/network/leave/")
    assert AgentProfile.objects.get(user=world.editor).state == ProfileState.LEFT
    staff = sign_in(Client(), world.staff)
    staff.post("/fr/network/profile/", profile_data(world))
    assert "Editor Forest" not in staff.get("/fr/network/directory/").content.decode()


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_pages_in_each_language(world, lang):
    assert Client().get(f"/{lang}/network/").status_code == 200
    staff = sign_in(Client(), world.staff)
    for path in ("network/", "network/profile/", "network/directory/", "network/groups/", "network/groups/inclusion/"):
        assert staff.get(f"/{lang}/{path}").status_code == 200, path
    assert staff.get(f"/{lang}/network/groups/nope/").status_code == 404


def test_demo_loads_forty_agents_and_two_groups_idempotently(db):
    import io

    from polyvox.accounts import demo as accounts_demo
    from polyvox.network import demo
    from polyvox.organisations import demo as organisations_demo
    from polyvox.places import demo as places_demo

    for module in (places_demo, organisations_demo, accounts_demo, demo, demo):
        module.load(io.StringIO(), {})
    assert AgentProfile.objects.filter(user__email__endswith="network.polyvox.example", state="member").count() == 40
    assert AgentProfile.objects.filter(is_example=True).values("municipality").distinct().count() >= 15
    assert GroupMembership.objects.count() == 40
