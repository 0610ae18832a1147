"""Commitments created from the source: one action imports the recommendations of the initiative's published panel
reports (every one or none, each once however often the action runs), on the organisers' page too."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse

from polyvox.accounts.testing import sign_in
from polyvox.core.workflow import SYSTEM
from polyvox.followup import imports, services
from polyvox.followup.models import Commitment, SourceKind
from polyvox.panels import reports
from polyvox.panels import services as panels
from polyvox.panels.models import Preset, Recommendation

pytestmark = pytest.mark.django_db


def report(initiative, title="Panel", *, published=True, example=False, when=date(2025, 2, 1), items=(
        ("R1", "Des pistes cyclables", "Fietspaden", "Cycle lanes"), ("R2", "Des arbres", "", ""))):
    panel = panels.create_panel(initiative, None, title, Preset.BLANK, 12)
    reports.set_report(panel, SYSTEM, date=when, is_example=example)
    for reference, fr, nl, en in items:
        reports.add_recommendation(panel, SYSTEM, {"reference": reference, "text_fr": fr, "text_nl": nl, "text_en": en,
                                                   "theme_fr": "Mobilité", "support": "80"})
    if published:
        reports.publish(panel, SYSTEM)
    return panel


def test_one_commitment_per_published_recommendation_once(plan, initiative, organiser):
    from polyvox.core.tests.factories import initiative as make_initiative

    panel = report(initiative)
    report(initiative, "Brouillon", published=False)  # a draft report is not imported
    report(make_initiative("Ailleurs"), "Autre initiative")  # nor another initiative's
    made = imports.from_panels(plan, by=organiser)
    assert [(c.reference, c.text_fr, c.text_nl, c.text_en) for c in made] == [
        ("R1", "Des pistes cyclables", "Fietspaden", "Cycle lanes"), ("R2", "Des arbres", "", "")]
    first = made[0]
    recommendation = Recommendation.objects.get(report__panel=panel, reference="R1")
    assert first.source_kind == SourceKind.RECOMMENDATION and first.source == recommendation
    assert first.source_type == ContentType.objects.get_for_model(Recommendation)
    assert first.authority == plan.authority and first.answer_due is not None and not first.is_example
    # The commitment's page leads to the recommendation on the panel's public page.
    page = Client().get(reverse("followup:commitment", args=[first.pk])).content.decode()
    assert f'href="{recommendation.public_url}"' in page and f"#recommendation-{recommendation.pk}" in page
    # Idempotent on the source: nothing twice, however often the action runs.
    assert imports.from_panels(plan, by=organiser) == []
    assert Commitment.objects.count() == 2
    # A recommendation added after a withdrawal is the only new one when the report is published again.
    reports.withdraw(panel, SYSTEM)
    reports.add_recommendation(panel, SYSTEM, {"reference": "R3", "text_nl": "Een markt"})
    reports.publish(panel, SYSTEM)
    assert [c.reference for c in imports.from_panels(plan, by=organiser)] == ["R3"]
    assert Commitment.objects.count() == 3


def test_the_clocks_start_on_the_report_date_and_examples_stay_examples(initiative, authority, organiser):
    plan = services.open_plan(initiative, authority=authority, kind="deliberative")
    report(initiative, example=True, when=date(2025, 3, 10))
    made = imports.from_panels(plan, by=organiser)
    plan.refresh_from_db()
    assert plan.report_date == date(2025, 3, 10) and all(c.is_example for c in made)
    made[0].refresh_from_db()
    assert made[0].answer_due == date(2025, 9, 10)


def test_several_reports_keep_their_references_apart(plan, initiative, organiser):
    first, second = report(initiative, "Premier"), report(initiative, "Second")
    references = [c.reference for c in imports.from_panels(plan, by=organiser)]
    assert references == [f"P{first.pk}-R1", f"P{first.pk}-R2", f"P{second.pk}-R1", f"P{second.pk}-R2"]


def test_all_or_nothing(plan, initiative, organiser, monkeypatch):
    report(initiative)
    original, calls = services.add_commitment, []

    def failing_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise services.FollowUpError("stop")
        return original(*args, **kwargs)

    monkeypatch.setattr(services, "add_commitment", failing_second)
    with pytest.raises(services.FollowUpError):
        imports.from_panels(plan, by=organiser)
    assert not Commitment.objects.exists()
    monkeypatch.undo()
    assert len(imports.from_panels(plan, by=organiser)) == 2


def test_only_those_who_manage_the_follow_up_import(client, plan, initiative, organiser, stranger):
    report(initiative)
    with pytest.raises(services.FollowUpError):
        imports.from_panels(plan, by=stranger)
    address = reverse("followup:manage", args=[initiative.pk])
    sign_in(client, stranger)
    assert client.post(address, {"form": "panels"}).status_code == 404
    assert not Commitment.objects.exists()
    client.logout()
    sign_in(client, organiser)
    page = client.get(address).content.decode()
    assert 'value="panels"' in page
    response = client.post(address, {"form": "panels"})
    assert response.status_code == 302 and Commitment.objects.count() == 2
    assert client.post(address, {"form": "panels"}).status_code == 302 and Commitment.objects.count() == 2


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_imports_at_once_make_each_commitment_once(initiative, authority, organiser):
    """Two organisers press the button together: the plan's row lock makes the second wait, then skip."""
    import threading

    from django.db import connection

    plan = services.open_plan(initiative, authority=authority, kind="deliberative")
    report(initiative)
    barrier, errors = threading.Barrier(2), []

    def press():
        try:
            barrier.wait()
            imports.from_panels(plan, by=organiser)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=press) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and Commitment.objects.filter(plan=plan).count() == 2
