"""At once, on PostgreSQL (threads, each its own connection): one copy of a questionnaire however many attach it,
and no criterion slips in after the evaluation is published (the evaluation workflow locks the plan's row)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone, translation

from polyvox.core.tests.factories import initiative as make_initiative
from polyvox.core.transitions import history
from polyvox.followup import evaluation_steps, services
from polyvox.followup.models import Criterion
from polyvox.questionnaires.models import Questionnaire

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def at_once(calls):
    barrier = threading.Barrier(len(calls))
    outcomes, errors = [], []

    def run(call):
        translation.activate("en")  # a thread starts in the default language
        try:
            barrier.wait(timeout=30)
            outcomes.append(call())
        except evaluation_steps.EvaluationRefused as refused:
            outcomes.append(refused)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a call never finished"
    assert errors == []
    return outcomes


@pytest.fixture
def coming_plan(organiser_org, authority):
    coming = make_initiative("Panel à venir", organiser=organiser_org, start=timezone.localdate() + timedelta(days=60))
    return services.open_plan(coming, authority=authority, kind="deliberative")


def test_six_organisers_attaching_the_same_questionnaire_make_one_copy(coming_plan, organiser):
    outcomes = at_once([lambda: evaluation_steps.attach_questionnaire(coming_plan, "oecd-participants", by=organiser)] * 6)
    assert Questionnaire.objects.filter(audience="participants").count() == 1
    refused = [o for o in outcomes if isinstance(o, evaluation_steps.EvaluationRefused)]
    assert len(refused) == 5 and all("already attached" in str(r) for r in refused)


def test_no_criterion_is_added_after_the_publication(coming_plan, organiser):
    texts = {"fr": "Une question claire", "nl": "Een duidelijke vraag"}
    calls = [lambda: evaluation_steps.add_criterion(coming_plan, "design_integrity", texts, by=organiser)] * 8
    calls.insert(4, lambda: evaluation_steps.publish(coming_plan, by=organiser))
    outcomes = at_once(calls)
    refused = [o for o in outcomes if isinstance(o, evaluation_steps.EvaluationRefused)]
    assert Criterion.objects.count() == 8 - len(refused)
    assert all("the evaluation was published on" in str(r) for r in refused)
    actions = [entry.action for entry in history(coming_plan) if entry.action != "open_plan"]
    published_at = actions.index("publish_evaluation")
    assert "set_criteria" not in actions[published_at:] and actions.count("set_criteria") == Criterion.objects.count()
