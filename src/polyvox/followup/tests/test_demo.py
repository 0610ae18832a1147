"""The follow-up demo tells its story: Bockstael's recommendations imported from its panel's published report,
answered and under way; the committees with one overdue answer; Bizet's funded projects with their progress; the
climate deliberation evaluated with example responses."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from polyvox.followup.models import Commitment, Plan
from polyvox.questionnaires.models import Questionnaire

pytestmark = pytest.mark.django_db(transaction=False)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with pytest.MonkeyPatch.context() as patch:
            moment = datetime(2026, 12, 7, 12, 0, tzinfo=ZoneInfo("Europe/Brussels"))
            patch.setattr(timezone, "now", lambda: moment)
            # Only the loaders the story needs (and their order): other apps' demos are their own tests' business.
            patch.setattr("polyvox.core.management.commands.demo.DEMO_MODULES", [
                "polyvox.places.demo", "polyvox.organisations.demo", "polyvox.accounts.demo", "polyvox.toolbox.demo",
                "polyvox.procurement.demo", "polyvox.initiatives.demo", "polyvox.panels.demo", "polyvox.budgets.demo",
                "polyvox.followup.demo"])
            call_command("demo", stdout=io.StringIO())
            call_command("demo", stdout=io.StringIO())  # idempotent
        yield
        from django.core.management import call_command as run

        run("flush", interactive=False, verbosity=0)


def test_story(demo):
    assert Plan.objects.count() == 4
    committees = Commitment.objects.filter(plan__initiative__slug="commissions-deliberatives")
    assert list(committees.filter(overdue=True).values_list("reference", flat=True)) == ["C3"]
    bockstael = Commitment.objects.get(plan__initiative__slug="open-jury-bockstael", reference="R1")
    assert bockstael.progress == 58 and bockstael.children.count() == 2
    assert bockstael.text_nl and bockstael.text_en and bockstael.is_example
    # Bockstael's recommendations come from its panel's published report, not retyped here.
    from polyvox.panels.models import Recommendation

    assert isinstance(bockstael.source, Recommendation) and bockstael.source.report.is_published
    assert bockstael.source_kind == "recommendation" and bockstael.responsible_service_nl == "Departement Stedenbouw"
    assert Commitment.objects.filter(plan__initiative__slug="open-jury-bockstael", parent__isnull=True).count() == 4
    bizet = Commitment.objects.filter(plan__initiative__slug="budget-participatif-cqd-bizet")
    assert bizet.count() >= 3 and bizet.filter(status="done").exists()
    evaluated = Questionnaire.objects.filter(template="oecd-participants", is_example=True).get()
    assert evaluated.responses.count() == 36 and evaluated.codes.count() == 42
    assert evaluated.responses.filter(is_example=True).count() == 36
    plan = Plan.objects.get(initiative__slug="deliberation-citoyenne-resilience-climatique")
    assert plan.evaluation_state == "published"
    assert sorted(plan.criteria.values_list("dimension", flat=True)) == [
        "deliberative_experience", "design_integrity", "pathways_to_impact"]
    assert all(c.text_fr and c.text_nl and c.text_en for c in plan.criteria.all())
    assert plan.criteria_set_on < plan.initiative.start_date
