"""The rules: bad input changes nothing and says why; no one acts as another or sees what is hidden."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from polyvox.workshops import clustering, identity, live, screens, services, voting
from polyvox.workshops.models import MAX_PARTICIPANTS, Event, Idea, Participant, Vote
from polyvox.workshops.voting import Row, flag_minorities
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}


def act(client, workshop, action, **data):
    return client.post(reverse("workshops:act", kwargs={"code": workshop.code, "action": action}), data, **JSON)


@pytest.fixture
def brainwriting(make_workshop, facilitator):
    workshop = make_workshop("cps")
    ideas = workshop.activities.get(kind="ideas")
    services.open_activity(ideas, facilitator)
    ideas.refresh_from_db()
    return workshop, ideas


def test_empty_and_oversized_ideas_are_refused_in_the_reader_language(brainwriting, join_client):
    workshop, ideas = brainwriting
    client, participant = join_client(workshop)
    empty = act(client, workshop, "idea", activity=ideas.pk, text="   ")
    assert empty.status_code == 400 and "vide" in empty.json()["error"]  # French interface
    with translation.override("nl"):
        long = client.post(reverse("workshops:act", kwargs={"code": workshop.code, "action": "idea"}),
                           {"activity": ideas.pk, "text": "x" * 501}, **JSON)
    assert long.status_code == 400 and "501" in long.json()["error"] and "te lang" in long.json()["error"]
    assert not Idea.objects.exists()


def test_without_javascript_a_refusal_comes_back_as_a_message(brainwriting, join_client):
    workshop, ideas = brainwriting
    client, _participant = join_client(workshop)
    response = client.post(reverse("workshops:act", kwargs={"code": workshop.code, "action": "idea"}),
                           {"activity": ideas.pk, "text": ""}, follow=True)
    assert "vide" in response.content.decode()


def test_acting_in_a_closed_activity_changes_nothing(brainwriting, join_client, facilitator):
    workshop, ideas = brainwriting
    client, participant = join_client(workshop)
    assert act(client, workshop, "idea", activity=ideas.pk, text="Avant").status_code == 200
    services.close_activity(ideas, facilitator)
    refused = act(client, workshop, "idea", activity=ideas.pk, text="Après")
    assert refused.status_code == 400 and "ferm" in refused.json()["error"]
    idea = Idea.objects.get()
    assert act(client, workshop, "edit", idea=idea.pk, text="Changé").status_code == 400
    idea.refresh_from_db()
    assert idea.text == "Avant"


def test_no_one_can_act_as_another(brainwriting, join_client):
    workshop, ideas = brainwriting
    alice, a = join_client(workshop, "Alice")
    bob, b = join_client(workshop, "Bob")
    act(alice, workshop, "idea", activity=ideas.pk, text="L'idée d'Alice")
    idea = Idea.objects.get()
    assert act(bob, workshop, "edit", idea=idea.pk, text="Volée").status_code == 400
    assert act(bob, workshop, "withdraw", idea=idea.pk).status_code == 400
    # A forged cookie (Alice's token, unsigned or signed with another key) is not accepted.
    forger = Client()
    forger.cookies[identity.cookie_name(workshop)] = a.token
    assert act(forger, workshop, "idea", activity=ideas.pk, text="Faux").status_code == 403
    forger.cookies[identity.cookie_name(workshop)] = a.token + ":forged-signature"
    assert act(forger, workshop, "withdraw", idea=idea.pk).status_code == 403
    # Participants cannot use the facilitator's actions either.
    response = bob.post(reverse("workshops:run", kwargs={"code": workshop.code, "action": "hide"}), {"idea": idea.pk})
    assert response.status_code in (302, 403)
    idea.refresh_from_db()
    assert idea.text == "L'idée d'Alice" and idea.status == "visible"
    # The owner may edit and withdraw.
    assert act(alice, workshop, "edit", idea=idea.pk, text="L'idée d'Alice, mieux dite").status_code == 200
    assert act(alice, workshop, "withdraw", idea=idea.pk).status_code == 200
    idea.refresh_from_db()
    assert idea.status == "withdrawn"


def test_only_facilitators_prepare_workshops(db, django_user_model):
    citizen = django_user_model.objects.create_user(email="citizen@example.test", password="x")
    client = Client()
    sign_in(client, citizen)
    assert client.post(reverse("workshops:create"), {"template": "cps", "title": "X"}).status_code == 403
    assert client.get(reverse("workshops:index")).status_code == 403


def test_wrong_code_locked_room_and_full_room(make_workshop, facilitator):
    workshop = make_workshop("cps")
    response = Client().get("/j/ZZZZZZ")
    assert response.status_code == 404 and "ZZZZZZ" in response.content.decode()
    assert Client().get("/j/0O1IL").status_code == 404
    services.set_locked(workshop, True, facilitator)
    refused = Client().post(f"/j/{workshop.code}", {"display_name": "Late", "language": "fr"})
    assert refused.status_code == 409 and not workshop.participants.exists()
    services.set_locked(workshop, False, facilitator)
    Participant.objects.bulk_create([Participant(workshop=workshop, display_name=f"P{i}", token=f"t{i}") for i in range(MAX_PARTICIPANTS)])
    full = Client().post(f"/j/{workshop.code}", {"display_name": "One too many", "language": "fr"})
    assert full.status_code == 409 and str(MAX_PARTICIPANTS) in full.content.decode()


def test_join_page_offers_the_code_form(db):
    assert Client().get("/j/").status_code == 200
    assert Client().get("/j/?code=ab-cd ef").url == "/j/ABCDEF"


def test_dot_votes_respect_the_budget_and_the_maximum_per_idea(make_workshop, facilitator, join_client):
    workshop = make_workshop("cps")
    ideas = workshop.activities.get(kind="ideas")
    dots = workshop.activities.get(kind="dots")
    services.open_activity(ideas, facilitator)
    client, participant = join_client(workshop)
    texts = [f"Idée {i}" for i in range(3)]
    for text in texts:
        act(client, workshop, "idea", activity=ideas.pk, text=text)
    services.open_activity(dots, facilitator)
    first, second, third = Idea.objects.order_by("pk")
    for _ in range(3):
        assert act(client, workshop, "vote", activity=dots.pk, idea=first.pk, delta="1").status_code == 200
    assert act(client, workshop, "vote", activity=dots.pk, idea=first.pk, delta="1").status_code == 400
    for _ in range(2):
        assert act(client, workshop, "vote", activity=dots.pk, idea=second.pk, delta="1").status_code == 200
    over = act(client, workshop, "vote", activity=dots.pk, idea=third.pk, delta="1")
    assert over.status_code == 400 and "5" in over.json()["error"]
    assert sum(Vote.objects.values_list("dots", flat=True)) == 5
    assert act(client, workshop, "vote", activity=dots.pk, idea=third.pk, delta="-1").status_code == 400
    assert act(client, workshop, "vote", activity=dots.pk, idea=first.pk, delta="-1").status_code == 200
    assert act(client, workshop, "vote", activity=dots.pk, idea=third.pk, delta="1").status_code == 200


def test_hidden_results_are_nowhere_before_the_reveal(make_workshop, facilitator, facilitator_client, join_client):
    workshop = make_workshop("cps")
    ideas, dots = workshop.activities.get(kind="ideas"), workshop.activities.get(kind="dots")
    services.open_activity(ideas, facilitator)
    alice, a = join_client(workshop, "Alice")
    bob, b = join_client(workshop, "Bob")
    act(alice, workshop, "idea", activity=ideas.pk, text="Une idée secrète à voter")
    idea = Idea.objects.get()
    services.open_activity(dots, facilitator)
    act(alice, workshop, "vote", activity=dots.pk, idea=idea.pk, delta="1")
    second = act(alice, workshop, "vote", activity=dots.pk, idea=idea.pk, delta="1")
    # Bob's stream and the projected facilitator stream carry no per-idea count before the reveal.
    for audiences in (live.audiences_for(b.pk, False), live.audiences_for(None, True)):
        events = screens.events_for(workshop, audiences)
        assert not [e for e in events if e["type"] in {"results", "my_votes"}]
        for event in events:
            assert not {"rows", "mine", "dots_by_idea"} & set(event["payload"]), event
            if event["type"] == "vote_progress":
                assert set(event["payload"]) == {"activity", "voters", "dots"}
    progress = [e for e in screens.events_for(workshop, {"facilitator"}) if e["type"] == "vote_progress"][-1]
    assert progress["payload"] == {"activity": dots.pk, "voters": 1, "dots": 2}
    # Alice sees her own dots only, in the answer to her vote (anonymous vote: no event names her).
    assert second.json()["mine"] == {str(idea.pk): 2}
    assert not [e for e in screens.events_for(workshop, live.audiences_for(a.pk, False)) if e["type"] == "my_votes"]
    for path in (reverse("workshops:panel", kwargs={"code": workshop.code}),):
        assert b"ws-results" not in bob.get(path).content
    voting.reveal(dots, facilitator)
    results = [e for e in screens.events_for(workshop, live.audiences_for(b.pk, False)) if e["type"] == "results"]
    assert results and results[-1]["payload"]["rows"][0]["dots"] == 2


def test_anonymous_brainwriting_never_leaks_identities(brainwriting, join_client):
    workshop, ideas = brainwriting
    alice, a = join_client(workshop, "Alice Dupont")
    act(alice, workshop, "idea", activity=ideas.pk, text="Une idée anonyme")
    act(alice, workshop, "edit", idea=Idea.objects.get().pk, text="Une idée anonyme, revue")
    for event in Event.objects.filter(workshop=workshop):
        assert "Alice" not in json.dumps(event.payload) and str(a.pk) not in json.dumps(event.payload.get("author") or "")
    bob, _b = join_client(workshop, "Bob")
    page = bob.get(reverse("workshops:participant", kwargs={"code": workshop.code})).content.decode()
    assert "Une idée anonyme, revue" in page and "Alice" not in page


def test_named_activity_shows_names_but_solo_notes_stay_private(make_workshop, facilitator, join_client):
    workshop = make_workshop("124")
    solo = workshop.activities.get(kind="solo")
    services.open_activity(solo, facilitator)
    alice, a = join_client(workshop, "Alice")
    bob, b = join_client(workshop, "Bob")
    act(alice, workshop, "idea", activity=solo.pk, text="Réflexion privée")
    assert not screens.events_for(workshop, live.audiences_for(b.pk, False), 0) or all(
        e["type"] != "idea" for e in screens.events_for(workshop, live.audiences_for(b.pk, False)))
    assert [e["type"] for e in screens.events_for(workshop, live.audiences_for(a.pk, False)) if e["type"] == "idea"] == ["idea"]
    facilitator_copy = [e for e in screens.events_for(workshop, {"facilitator"}) if e["type"] == "idea"][0]
    assert facilitator_copy["payload"]["author"] is None


def test_drafts_survive_a_reload(brainwriting, join_client):
    workshop, ideas = brainwriting
    client, participant = join_client(workshop)
    assert act(client, workshop, "draft", activity=ideas.pk, text="Une idée en cours d'écri").status_code == 200
    page = client.get(reverse("workshops:participant", kwargs={"code": workshop.code})).content.decode()
    assert "Une idée en cours d&#x27;écri" in page or "Une idée en cours d'écri" in page
    act(client, workshop, "idea", activity=ideas.pk, text="Une idée en cours d'écriture")
    page = client.get(reverse("workshops:participant", kwargs={"code": workshop.code})).content.decode()
    import re

    assert re.search(r'id="idea-text"[^>]*></textarea>', page)  # the draft is gone once posted


def test_facilitator_hides_merges_and_clusters(brainwriting, facilitator, facilitator_client, join_client):
    workshop, ideas = brainwriting
    client, _p = join_client(workshop)
    for text in ("Des bus plus silencieux", "Bus silencieux", "Hors sujet"):
        act(client, workshop, "idea", activity=ideas.pk, text=text)
    keep, duplicate, off = Idea.objects.order_by("pk")
    run = lambda action, **data: facilitator_client.post(reverse("workshops:run", kwargs={"code": workshop.code, "action": action}), data, **JSON)
    assert run("merge", idea=duplicate.pk, into=keep.pk).status_code == 200
    assert run("hide", idea=off.pk).status_code == 200
    assert run("merge", idea=keep.pk, into=keep.pk).status_code == 400
    assert run("cluster-new", activity=ideas.pk, name="Transports").status_code == 200
    cluster = ideas.clusters.get()
    assert run("cluster-move", idea=keep.pk, cluster=cluster.pk).status_code == 200
    keep.refresh_from_db(), duplicate.refresh_from_db(), off.refresh_from_db()
    assert (keep.cluster, duplicate.status, duplicate.merged_into, off.status) == (cluster, "merged", keep, "hidden")
    removed = {e["payload"]["id"] for e in screens.events_for(workshop, {"all"}) if e["type"] == "idea_removed"}
    assert removed == {duplicate.pk, off.pk}


def test_stream_resumes_after_last_event_id(brainwriting, join_client):
    workshop, ideas = brainwriting
    client, participant = join_client(workshop)
    act(client, workshop, "idea", activity=ideas.pk, text="Première")
    seen = screens.last_event_id(workshop)
    act(client, workshop, "idea", activity=ideas.pk, text="Deuxième")
    missed = screens.events_for(workshop, live.audiences_for(participant.pk, False), seen)
    assert [e["payload"]["text"] for e in missed if e["type"] == "idea"] == ["Deuxième"]


def test_near_duplicates_in_french_and_dutch_are_grouped_right():
    data = json.loads((Path(__file__).parent / "near_duplicates.json").read_text(encoding="utf-8"))
    ideas, truth = [], {}
    for language in ("fr", "nl"):
        for group_number, group in enumerate(data[language]):
            for text in group:
                pk = len(ideas)
                ideas.append((pk, text, language))
                truth[pk] = group_number  # the lists are parallel: the same idea in French and in Dutch
    groups = clustering.suggest(ideas)
    expected = sorted(sorted(pk for pk in truth if truth[pk] == key) for key in set(truth.values()))
    assert sorted(groups) == expected


def test_language_guess_and_stemming():
    assert clustering.guess_language("Les bâtiments de la ville", "nl") == "fr"
    assert clustering.guess_language("De gebouwen van de stad zijn oud", "fr") == "nl"
    assert clustering.terms("Rénovation des bâtiments", "fr") == clustering.terms("rénover le bâtiment", "fr")[:0] + ["renov", "bat"]


def test_minority_views_are_few_voters_with_many_dots_each():
    rows = [Row(i, f"idea {i}", "", dots, voters, dots / voters if voters else 0) for i, (dots, voters) in
            enumerate([(12, 8), (9, 7), (8, 6), (6, 2), (4, 4), (2, 2), (0, 0)])]
    flag_minorities(rows, voters=10, max_per_idea=3)
    assert [row.idea_id for row in rows if row.minority] == [3]  # 2 of 10 voters, 3 dots each, outside the top three


def test_vote_rules_are_set_before_anyone_votes(make_workshop, facilitator, facilitator_client, join_client):
    workshop = make_workshop("cps")
    ideas, dots = workshop.activities.get(kind="ideas"), workshop.activities.get(kind="dots")
    services.open_activity(ideas, facilitator)
    client, _p = join_client(workshop)
    act(client, workshop, "idea", activity=ideas.pk, text="Une idée")
    services.open_activity(dots, facilitator)
    run = lambda **data: facilitator_client.post(reverse("workshops:run", kwargs={"code": workshop.code, "action": "vote-rules"}), data, **JSON)
    assert run(activity=dots.pk, dots="3", max_per_idea="5").status_code == 400
    assert run(activity=dots.pk, dots="2", max_per_idea="1").status_code == 200
    idea = Idea.objects.get()
    assert act(client, workshop, "vote", activity=dots.pk, idea=idea.pk, delta="1").status_code == 200
    assert act(client, workshop, "vote", activity=dots.pk, idea=idea.pk, delta="1").status_code == 400  # one per idea now
    late = run(activity=dots.pk, dots="5", max_per_idea="3")
    assert late.status_code == 400 and "vot" in late.json()["error"]


def test_the_stream_log_of_ended_workshops_is_purged_a_week_later(brainwriting, join_client, facilitator):
    from django.utils import timezone

    from polyvox.workshops import tasks

    workshop, ideas = brainwriting
    client, _p = join_client(workshop)
    act(client, workshop, "idea", activity=ideas.pk, text="Une idée gardée au compte rendu")
    services.finish(workshop, facilitator)
    assert services.purge_event_logs() == 0
    assert services.purge_event_logs(timezone.now() + timezone.timedelta(days=8)) > 0
    assert not Event.objects.filter(workshop=workshop).exists()
    assert Idea.objects.filter(text__startswith="Une idée gardée").exists()
    tasks.purge_event_logs.enqueue()  # the scheduler's entry point runs (immediate backend in tests)
