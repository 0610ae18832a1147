"""Issue 12 item 5: revealing closes the vote (state table, audited), moves into clusters never get lost,
the unclustered count follows, merging into a missing idea says so in the user's language."""

from __future__ import annotations

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation

from polyvox.core.transitions import history
from polyvox.workshops import services, voting
from polyvox.workshops.models import ActivityState, Cluster, Idea

JSON = {"HTTP_ACCEPT": "application/json"}


def _url(workshop, action):
    with translation.override("fr"):
        return reverse("workshops:run", kwargs={"code": workshop.code, "action": action})


def _workshop_with_ideas(make_workshop, join_client, texts):
    workshop = make_workshop()
    _client, participant = join_client(workshop)
    ideas_activity = workshop.activities.get(kind="ideas")
    services.open_activity(ideas_activity, workshop.facilitator)
    ideas = [services.add_idea(participant, ideas_activity, text) for text in texts]
    return workshop, participant, ideas_activity, ideas


@pytest.mark.django_db
def test_reveal_closes_the_vote_until_reopened_each_step_audited(make_workshop, join_client, facilitator):
    workshop, participant, _pool, ideas = _workshop_with_ideas(make_workshop, join_client, ["Des bancs", "Des arbres"])
    dots = workshop.activities.get(kind="dots")
    services.open_activity(dots, facilitator)
    voting.vote(participant, dots, ideas[0], 1, secret="s3cret")
    voting.reveal(dots, facilitator)
    dots.refresh_from_db()
    assert dots.results_revealed and dots.state == ActivityState.CLOSED
    with pytest.raises(services.WorkshopError):
        voting.vote(participant, dots, ideas[1], 1, secret="s3cret")
    reveal_entry = [e for e in history(dots) if e.action == "reveal"][-1]
    assert (reveal_entry.from_state, reveal_entry.to_state, reveal_entry.actor) == ("open", "closed", facilitator)
    with pytest.raises(services.WorkshopError):
        voting.reveal(dots, facilitator)  # twice: refused, nothing changes

    services.reopen_activity(dots, facilitator)
    dots.refresh_from_db()
    assert dots.state == ActivityState.OPEN and dots.results_revealed
    voting.vote(participant, dots, ideas[1], 1, secret="s3cret")
    assert [e.action for e in history(dots)][-2:] == ["reveal", "reopen"]
    reopen_entry = history(dots).last()
    assert (reopen_entry.from_state, reopen_entry.to_state) == ("closed", "open")


@pytest.mark.django_db
def test_the_phone_and_the_wall_say_voting_is_closed_after_reveal(make_workshop, join_client, facilitator, facilitator_client):
    workshop, participant, _pool, ideas = _workshop_with_ideas(make_workshop, join_client, ["Des bancs", "Des arbres"])
    phone, _p = join_client(workshop, name="Bea")
    dots = workshop.activities.get(kind="dots")
    services.open_activity(dots, facilitator)
    voting.vote(participant, dots, ideas[0], 1, secret="s3cret")
    panel = reverse("workshops:panel", kwargs={"code": workshop.code})
    before = phone.get(panel).content.decode()
    assert "name=\"delta\"" in before
    revealed = facilitator_client.post(_url(workshop, "reveal"), {"activity": dots.pk}, **JSON)
    assert revealed.status_code == 200, revealed.content
    after = phone.get(panel, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "data-vote-state" in after and "name=\"delta\"" not in after  # no voting buttons left
    assert "Results stay hidden" not in after and "restent cachés" not in after
    wall = facilitator_client.get(panel + "?mode=wall").content.decode()
    assert wall.count("data-chart-row") == 2 and 'data-bar-width="100.0"' in wall and 'data-bar-width="0.0"' in wall


@pytest.mark.django_db
def test_merge_into_a_missing_idea_is_a_clear_translated_refusal(make_workshop, join_client, facilitator_client):
    workshop, _participant, _pool, ideas = _workshop_with_ideas(make_workshop, join_client, ["Des bancs"])
    for into, language in (("99999", "fr"), ("abc", "nl"), ("", "en")):
        with translation.override(language):
            url = reverse("workshops:run", kwargs={"code": workshop.code, "action": "merge"})
        response = facilitator_client.post(url, {"idea": ideas[0].pk, "into": into}, **JSON)
        assert response.status_code == 400
        message = response.json()["error"]
        expected = {"fr": "Aucune idée", "nl": "Er is geen idee", "en": "There is no idea"}[language]
        assert message.startswith(expected), message
    ideas[0].refresh_from_db()
    assert ideas[0].status == "visible"
    with translation.override("nl"):
        url = reverse("workshops:run", kwargs={"code": workshop.code, "action": "merge"})
    gone = facilitator_client.post(url, {"idea": "987654", "into": str(ideas[0].pk)}, **JSON)
    assert gone.status_code == 400 and gone.json()["error"] == "Dit idee staat niet meer op de muur."


@pytest.mark.django_db
def test_unclustered_count_counts_only_the_unclustered(make_workshop, join_client, facilitator_client):
    workshop, _participant, pool, ideas = _workshop_with_ideas(make_workshop, join_client, [f"Idée {n}" for n in range(6)])
    cluster = services.create_cluster(pool, "Groupe")
    for idea in ideas[:2]:
        services.move_to_cluster(idea, cluster)
    html = facilitator_client.get(reverse("workshops:panel", kwargs={"code": workshop.code}) + "?mode=control").content.decode()
    assert "(<span data-idea-count>4</span>)" in html and "(<span data-idea-count>2</span>)" in html


@pytest.mark.django_db
def test_five_quick_successive_moves_all_stick(make_workshop, join_client, facilitator_client):
    workshop, _participant, pool, ideas = _workshop_with_ideas(make_workshop, join_client, [f"Idée {n}" for n in range(5)])
    a, b = services.create_cluster(pool, "A"), services.create_cluster(pool, "B")
    targets = {ideas[0].pk: a, ideas[1].pk: b, ideas[2].pk: a, ideas[3].pk: b, ideas[4].pk: a}
    for pk, cluster in targets.items():
        response = facilitator_client.post(_url(workshop, "cluster-move"), {"idea": pk, "cluster": cluster.pk}, **JSON)
        assert response.status_code == 200
    assert {i.pk: i.cluster_id for i in Idea.objects.filter(pk__in=targets)} == {pk: c.pk for pk, c in targets.items()}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_five_concurrent_moves_all_stick_on_postgresql(make_workshop, join_client, facilitator):
    """Five moves sent at once (a facilitator dragging quickly): five requests in five threads."""
    assert connection.vendor == "postgresql"
    workshop, _participant, pool, ideas = _workshop_with_ideas(make_workshop, join_client, [f"Idée {n}" for n in range(5)])
    clusters = [services.create_cluster(pool, name) for name in ("A", "B", "C")]
    targets = {idea.pk: clusters[n % 3] for n, idea in enumerate(ideas)}
    # Bounded waits: a thread that fails before the barrier must fail the test, not hang the run.
    barrier, errors = threading.Barrier(5, timeout=60), []

    def move(pk, cluster):
        try:
            client = Client()
            client.force_login(facilitator)
            barrier.wait()
            response = client.post(_url(workshop, "cluster-move"), {"idea": pk, "cluster": cluster.pk}, **JSON)
            if response.status_code != 200:
                errors.append(response.content)
        except Exception as error:  # reported below, with the others
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=move, args=item) for item in targets.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a move never finished"
    assert not errors, errors
    assert {i.pk: i.cluster_id for i in Idea.objects.filter(pk__in=targets)} == {pk: c.pk for pk, c in targets.items()}
    assert Cluster.objects.filter(activity=pool).count() == 3


def test_suggested_clusters_meet_across_french_dutch_and_english():
    from polyvox.workshops import clustering

    ideas = [
        (1, "Plus de pistes cyclables sécurisées", "fr"), (2, "Meer veilige fietspaden", "nl"),
        (3, "Safer cycle lanes", "en"), (4, "Des bancs à l'ombre dans le parc", "fr"),
        (5, "Bankjes in de schaduw in het park", "nl"), (6, "Un concert sur la place en été", "fr"),
    ]
    assert clustering.suggest(ideas) == [[1, 2, 3], [4, 5]]
    assert clustering.features("Meer fietspaden", "nl") == ["c:bike"] == clustering.features("bicycles", "en")
