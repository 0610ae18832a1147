"""Anonymous means anonymous at rest: an idea of an anonymous activity keeps no link to its author in the
database, so no screen (the superuser's admin included), export or API can name them; the author's own
browser can still edit or withdraw it."""

from __future__ import annotations

import importlib
import json

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse

from polyvox.core.tests.factories import give_staff_role
from polyvox.workshops import services
from polyvox.workshops.models import Idea
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}


def act(client, workshop, action, **data):
    return client.post(reverse("workshops:act", kwargs={"code": workshop.code, "action": action}), data, **JSON)


@pytest.fixture
def brainwriting(make_workshop, facilitator):
    workshop = make_workshop("cps")
    ideas = workshop.activities.get(kind="ideas")
    assert ideas.anonymous
    services.open_activity(ideas, facilitator)
    ideas.refresh_from_db()
    return workshop, ideas


def test_an_anonymous_idea_has_no_author_at_rest(brainwriting, join_client, facilitator_client, django_user_model):
    workshop, ideas = brainwriting
    alice, a = join_client(workshop, "Alice Dupont")
    assert act(alice, workshop, "idea", activity=ideas.pk, text="Des bancs à l'ombre").status_code == 200
    idea = Idea.objects.get()
    assert idea.author_id is None and len(idea.author_key) == 64
    row = json.dumps(list(Idea.objects.filter(pk=idea.pk).values())[0], default=str)
    assert a.token not in row and "Alice" not in row
    assert not a.ideas.exists()
    # The superuser's back office, the reports and the API do not name her.
    root = give_staff_role(django_user_model.objects.create_user(email="root@test.example", password="x", is_superuser=True))
    admin = Client()
    sign_in(admin, root)
    for url in ("/admin/workshops/idea/", f"/admin/workshops/idea/{idea.pk}/change/"):
        page = admin.get(url)
        assert page.status_code == 200 and "Alice" not in page.content.decode(), url
        assert f'name="author"' not in page.content.decode()
    for fmt in ("md", "csv"):
        report = facilitator_client.get(reverse("workshops:report", kwargs={"code": workshop.code, "fmt": fmt})).content.decode()
        assert "Des bancs" in report and "Alice" not in report
    api = Client().get(f"/api/workshops/{workshop.code}").content.decode()
    assert "Alice" not in api


def test_the_author_alone_edits_and_withdraws(brainwriting, join_client):
    workshop, ideas = brainwriting
    alice, _a = join_client(workshop, "Alice")
    bob, _b = join_client(workshop, "Bob")
    act(alice, workshop, "idea", activity=ideas.pk, text="L'idée d'Alice")
    idea = Idea.objects.get()
    page = alice.get(reverse("workshops:participant", kwargs={"code": workshop.code})).content.decode()
    assert f'data-idea-id="{idea.pk}"' in page and "data-mine" in page
    assert "data-mine" not in bob.get(reverse("workshops:participant", kwargs={"code": workshop.code})).content.decode()
    assert act(bob, workshop, "edit", idea=idea.pk, text="Volée").status_code == 400
    assert act(bob, workshop, "withdraw", idea=idea.pk).status_code == 400
    # Her token without her browser's secret (e.g. copied from the database) is not enough either.
    thief = Client()
    thief.cookies.update({k: v for k, v in alice.cookies.items() if not k.startswith("pvx_wsa_")})
    assert act(thief, workshop, "edit", idea=idea.pk, text="Volée").status_code == 400
    assert act(alice, workshop, "edit", idea=idea.pk, text="L'idée d'Alice, mieux dite").status_code == 200
    idea.refresh_from_db()
    assert idea.text == "L'idée d'Alice, mieux dite" and idea.author_id is None
    assert act(alice, workshop, "withdraw", idea=idea.pk).status_code == 200
    idea.refresh_from_db()
    assert idea.status == "withdrawn"


def test_named_activities_keep_their_authors(make_workshop, facilitator, join_client):
    workshop = make_workshop("cps")
    hmw = workshop.activities.get(kind="hmw")
    assert not hmw.anonymous
    services.open_activity(hmw, facilitator)
    alice, a = join_client(workshop, "Alice")
    act(alice, workshop, "idea", activity=hmw.pk, text="Comment pourrions-nous…")
    assert Idea.objects.get().author_id == a.pk


def test_existing_rows_are_unlinked_by_the_migration(brainwriting, join_client):
    workshop, ideas = brainwriting
    _client, a = join_client(workshop, "Alice")
    old = Idea.objects.create(activity=ideas, author=a, text="Écrite avant")
    migration = importlib.import_module("polyvox.workshops.migrations.0002_anonymous_ideas_unlinked")
    migration.unlink_anonymous_ideas(apps, None)
    old.refresh_from_db()
    assert old.author_id is None and len(old.author_key) == 64


def test_anonymous_forecasts_keep_no_participant_and_the_author_revises_theirs(make_workshop, facilitator, join_client):
    from polyvox.workshops import forecasts
    from polyvox.workshops.models import DelphiAnswer

    workshop = make_workshop("delphi", "Stratégie 2050", "")
    delphi = workshop.activities.get(kind="delphi")
    assert delphi.anonymous
    services.open_activity(delphi, facilitator)
    question = forecasts.add_question(delphi, "Émissions de 2050 (% de 1990)")
    alice, a = join_client(workshop, "Alice")
    bob, _b = join_client(workshop, "Bob")
    assert act(alice, workshop, "forecast", question=question.pk, value="20", rationale="Alice pense 20").status_code == 200
    assert act(bob, workshop, "forecast", question=question.pk, value="40", rationale="").status_code == 200
    assert act(alice, workshop, "forecast", question=question.pk, value="25", rationale="Alice revoit à 25").status_code == 200
    answers = list(DelphiAnswer.objects.order_by("value"))
    assert [x.value for x in answers] == [25, 40] and all(x.participant_id is None and len(x.author_key) == 64 for x in answers)
    assert not a.forecasts.exists()
    panel = alice.get(reverse("workshops:panel", kwargs={"code": workshop.code})).content.decode()
    assert 'value="25"' in panel
    assert 'value="25"' not in bob.get(reverse("workshops:panel", kwargs={"code": workshop.code})).content.decode()


def test_existing_forecasts_are_unlinked_by_the_migration(make_workshop, join_client):
    from polyvox.workshops import forecasts
    from polyvox.workshops.models import DelphiAnswer

    workshop = make_workshop("delphi", "Stratégie 2050", "")
    delphi = workshop.activities.get(kind="delphi")
    question = forecasts.add_question(delphi, "Émissions")
    _client, a = join_client(workshop, "Alice")
    old = DelphiAnswer.objects.create(question=question, participant=a, round=1, value=10)
    migration = importlib.import_module("polyvox.workshops.migrations.0003_anonymous_forecasts_unlinked")
    migration.unlink_anonymous_forecasts(apps, None)
    old.refresh_from_db()
    assert old.participant_id is None and len(old.author_key) == 64


def test_anonymous_dot_votes_keep_no_participant(make_workshop, facilitator, join_client):
    from polyvox.workshops import voting
    from polyvox.workshops.models import Vote

    workshop = make_workshop("cps")
    ideas, dots = workshop.activities.get(kind="ideas"), workshop.activities.get(kind="dots")
    assert dots.anonymous
    services.open_activity(ideas, facilitator)
    alice, a = join_client(workshop, "Alice")
    bob, _b = join_client(workshop, "Bob")
    act(alice, workshop, "idea", activity=ideas.pk, text="Une idée")
    act(bob, workshop, "idea", activity=ideas.pk, text="Une autre idée")
    first, second = Idea.objects.order_by("pk")
    services.open_activity(dots, facilitator)
    for _ in range(3):
        assert act(alice, workshop, "vote", activity=dots.pk, idea=first.pk, delta="1").status_code == 200
    assert act(alice, workshop, "vote", activity=dots.pk, idea=first.pk, delta="1").status_code == 400  # 3 per idea at most
    assert act(bob, workshop, "vote", activity=dots.pk, idea=second.pk, delta="1").status_code == 200
    assert act(bob, workshop, "vote", activity=dots.pk, idea=first.pk, delta="-1").status_code == 400  # not Bob's dots
    assert act(alice, workshop, "vote", activity=dots.pk, idea=first.pk, delta="-1").status_code == 200
    rows = list(Vote.objects.all())
    assert rows and all(v.participant_id is None and len(v.author_key) == 64 for v in rows)
    assert not a.votes.exists()
    assert voting.vote_progress(dots) == {"activity": dots.pk, "voters": 2, "dots": 3}
    page = alice.get(reverse("workshops:panel", kwargs={"code": workshop.code})).content.decode()
    assert f'data-my-dots="{first.pk}">2<' in page
    voting.reveal(dots, facilitator)
    assert {row.idea_id: (row.dots, row.voters) for row in voting.tally(dots)} == {first.pk: (2, 1), second.pk: (1, 1)}


def test_existing_votes_are_unlinked_by_the_migration(make_workshop, facilitator, join_client):
    from polyvox.workshops.models import Vote

    workshop = make_workshop("cps")
    ideas, dots = workshop.activities.get(kind="ideas"), workshop.activities.get(kind="dots")
    _client, a = join_client(workshop, "Alice")
    one = Idea.objects.create(activity=ideas, text="Une")
    two = Idea.objects.create(activity=ideas, text="Deux")
    Vote.objects.create(activity=dots, participant=a, idea=one, dots=2)
    Vote.objects.create(activity=dots, participant=a, idea=two, dots=1)
    migration = importlib.import_module("polyvox.workshops.migrations.0004_anonymous_votes_unlinked")
    migration.unlink_anonymous_votes(apps, None)
    keys = {v.author_key for v in Vote.objects.all()}
    assert len(keys) == 1 and not Vote.objects.filter(participant__isnull=False).exists()
