"""The count's progress is stored as structured data (a kind and its numbers, as the engine reports them) and
rendered in the reader's language when shown, never written as an English sentence and parsed back."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from polyvox.budgets import counting
from polyvox.budgets.models import Budget, Phase
from polyvox.budgets.tests.test_counting import cast, login
from polyvox.budgets.tests.conftest import accepted
from polyvox.engines.budgeting import ADD1_ROUND, CountProgress

pytestmark = pytest.mark.django_db


def test_the_count_writes_the_engine_rounds_as_json(client, voting_budget, editor, monkeypatch):
    written = []
    real = counting._progress

    def recording(budget_id, percent, status, detail=None):
        real(budget_id, percent, status, detail)
        written.append(Budget.objects.values_list("count_status", "count_detail").get(pk=budget_id))

    monkeypatch.setattr(counting, "_progress", recording)
    p1, p2, p3, p4 = accepted(voting_budget)
    cast(voting_budget, [[p1, p2], [p1, p2], [p1, p4], [p3, p4], [p3], [p2, p4], [p1]])
    login(client, editor)
    client.post(reverse("budgets:transition", args=[voting_budget.pk, "close_vote"]))
    client.post(reverse("budgets:transition", args=[voting_budget.pk, "start_count"]))
    rounds = [detail for status, detail in written if status == ADD1_ROUND]
    assert rounds, written  # the add1 completion ran and reported its first round at least
    for detail in rounds:
        assert detail["kind"] == ADD1_ROUND and set(detail) == {"kind", "round", "share", "cost"}
        assert isinstance(detail["round"], int) and detail["round"] >= 2 and detail["share"] > 0
        assert json.loads(json.dumps(detail)) == detail
    assert all(detail == {} for status, detail in written if status != ADD1_ROUND)


@pytest.mark.parametrize("language, words, share", [
    ("en", "Round 3: each voter's share raised to", "1,234.50 €"),
    ("fr", "Tour 3 : la part de chaque votant·e portée à", "1\xa0234,50 €"),
    ("nl", "Ronde 3: het aandeel van elke kiezer verhoogd tot", "1.234,50 €"),
])
def test_the_counting_page_renders_the_round_in_the_reader_language(voting_budget, language, words, share):
    from fractions import Fraction

    event = CountProgress(ADD1_ROUND, 3, Fraction(246900, 200), Fraction(29000))
    Budget.objects.filter(pk=voting_budget.pk).update(phase=Phase.COUNTING, count_progress=40,
                                                      count_status=event.kind, count_detail=event.to_json())
    with translation.override(language):
        url = reverse("budgets:counting", args=[voting_budget.pk])
    page = Client().get(url).content.decode()
    translation.activate("en")  # a request in another language activated it for this thread
    status = page.split('id="count-status"', 1)[1].split("</p>", 1)[0]
    assert escape(words) in status and share in status, status


def test_an_unknown_progress_kind_is_refused_by_the_engine():
    with pytest.raises(ValueError):
        CountProgress("round 3 1234.50", 3, 1, 1)
