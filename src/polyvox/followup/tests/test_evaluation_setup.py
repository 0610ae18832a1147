"""Preparing an evaluation: the criteria set before the start (organisers only, per language, under an OECD
dimension, locked by the evaluation workflow once the process started or the evaluation is published, with the
reason shown), the OECD questionnaires attached, opened and handed out, the evaluation published."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from polyvox.accounts.testing import sign_in
from polyvox.core.tests.factories import initiative as make_initiative
from polyvox.core.transitions import history
from polyvox.followup import evaluation_steps, services
from polyvox.followup.models import Criterion, EvaluationState
from polyvox.followup.tests.conftest import make_user
from polyvox.questionnaires.models import Questionnaire, State

pytestmark = pytest.mark.django_db

TEXTS = {"fr": "Une question claire", "nl": "Een duidelijke vraag", "en": "A clear question"}


@pytest.fixture
def coming(organiser_org):
    """A process that starts in two months."""
    return make_initiative("Panel à venir", organiser=organiser_org, start=timezone.localdate() + timedelta(days=60))


@pytest.fixture
def coming_plan(coming, authority):
    return services.open_plan(coming, authority=authority, kind="deliberative")


@pytest.fixture
def other_editor(db):
    from polyvox.core.tests.factories import organisation

    return make_user("other-editor@example.org", organisation("autre-org", "Autre organisation (test)"))


def url(name, *args, lang="en"):
    with translation.override(lang):
        return reverse(f"followup:{name}", args=args)


def add(client, plan, **fields):
    data = {"form": "add", "new-dimension": "design_integrity", "new-text_fr": TEXTS["fr"],
            "new-text_nl": TEXTS["nl"], "new-text_en": TEXTS["en"], **fields}
    return client.post(url("criteria", plan.initiative_id), data)


# Criteria ----------------------------------------------------------------------------------------------

def test_the_organiser_adds_edits_and_removes_criteria_before_the_start(client, coming_plan, organiser):
    sign_in(client, organiser)
    page = client.get(url("criteria", coming_plan.initiative_id))
    assert page.status_code == 200 and "Add a criterion" in page.content.decode()
    assert add(client, coming_plan).status_code == 302
    criterion = Criterion.objects.get(plan=coming_plan)
    assert (criterion.dimension, criterion.text_fr, criterion.text_nl, criterion.text_en) == (
        "design_integrity", TEXTS["fr"], TEXTS["nl"], TEXTS["en"])
    coming_plan.refresh_from_db()
    assert coming_plan.criteria_set_on == timezone.localdate()
    response = client.post(url("criteria", coming_plan.initiative_id), {
        "form": "edit", "criterion": criterion.pk, f"c{criterion.pk}-dimension": "pathways_to_impact",
        f"c{criterion.pk}-text_fr": "Une réponse dans les six mois", f"c{criterion.pk}-text_nl": "Een antwoord binnen zes maanden"})
    assert response.status_code == 302
    criterion.refresh_from_db()
    assert (criterion.dimension, criterion.text_nl, criterion.text_en) == (
        "pathways_to_impact", "Een antwoord binnen zes maanden", "")
    assert client.post(url("criteria", coming_plan.initiative_id),
                       {"form": "remove", "criterion": criterion.pk}).status_code == 302
    assert not Criterion.objects.filter(plan=coming_plan).exists()
    # Every change went through the evaluation workflow's step, each with its audit entry.
    assert [e.action for e in history(coming_plan) if e.action == "set_criteria"] == ["set_criteria"] * 3


def test_a_criterion_needs_french_and_dutch_and_a_dimension(client, coming_plan, organiser):
    sign_in(client, organiser)
    response = add(client, coming_plan, **{"new-text_nl": ""})
    assert response.status_code == 400
    assert "missing: NL" in response.content.decode()
    response = add(client, coming_plan, **{"new-dimension": "popularity"})
    assert response.status_code == 400
    assert not Criterion.objects.exists()


@pytest.mark.parametrize("who", ["stranger", "other_editor"])
def test_others_get_404_and_change_nothing(client, coming_plan, organiser, who, request):
    evaluation_steps.add_criterion(coming_plan, "design_integrity", TEXTS, by=organiser)
    criterion = Criterion.objects.get()
    sign_in(client, request.getfixturevalue(who))
    assert client.get(url("criteria", coming_plan.initiative_id)).status_code == 404
    assert add(client, coming_plan).status_code == 404
    assert client.post(url("criteria", coming_plan.initiative_id),
                       {"form": "remove", "criterion": criterion.pk}).status_code == 404
    assert Criterion.objects.count() == 1
    with pytest.raises(evaluation_steps.EvaluationRefused):
        evaluation_steps.add_criterion(coming_plan, "design_integrity", TEXTS, by=request.getfixturevalue(who))


def test_staff_and_the_authority_manage_too(client, coming_plan, staff, authority_editor):
    for person in (staff, authority_editor):
        sign_in(client, person)
        assert client.get(url("criteria", coming_plan.initiative_id)).status_code == 200


def test_once_the_process_started_the_criteria_are_locked_with_the_reason(client, coming_plan, coming, organiser):
    evaluation_steps.add_criterion(coming_plan, "design_integrity", TEXTS, by=organiser)
    criterion = Criterion.objects.get()
    coming.start_date = timezone.localdate()  # the day it starts
    coming.save()
    sign_in(client, organiser)
    page = client.get(url("criteria", coming.pk)).content.decode()
    assert "The criteria are locked: the process started on" in page and 'name="form" value="add"' not in page
    response = add(client, coming_plan)
    assert response.status_code == 400 and "The criteria are locked: the process started on" in response.content.decode()
    response = client.post(url("criteria", coming.pk), {"form": "remove", "criterion": criterion.pk})
    assert response.status_code == 400
    assert Criterion.objects.count() == 1
    with translation.override("nl"):
        response = client.post(url("criteria", coming.pk, lang="nl"), {"form": "remove", "criterion": criterion.pk})
    assert "De criteria liggen vast" in response.content.decode()


def test_once_the_evaluation_is_published_the_criteria_are_locked_until_it_is_withdrawn(client, coming_plan, organiser):
    evaluation_steps.add_criterion(coming_plan, "design_integrity", TEXTS, by=organiser)
    criterion = Criterion.objects.get()
    sign_in(client, organiser)
    assert client.post(url("evaluation-publication", coming_plan.initiative_id, "publish")).status_code == 302
    coming_plan.refresh_from_db()
    assert coming_plan.evaluation_state == EvaluationState.PUBLISHED
    response = client.post(url("criteria", coming_plan.initiative_id), {
        "form": "edit", "criterion": criterion.pk, f"c{criterion.pk}-dimension": "design_integrity",
        f"c{criterion.pk}-text_fr": "Autre", f"c{criterion.pk}-text_nl": "Ander"})
    assert response.status_code == 400
    assert "The criteria are locked: the evaluation was published on" in response.content.decode()
    criterion.refresh_from_db()
    assert criterion.text_fr == TEXTS["fr"]
    assert client.post(url("evaluation-publication", coming_plan.initiative_id, "withdraw")).status_code == 302
    assert add(client, coming_plan).status_code == 302
    assert Criterion.objects.count() == 2


def test_a_criterion_of_another_process_or_a_hostile_id_is_refused(client, coming_plan, plan, organiser):
    from polyvox.followup.models import Criterion as C

    foreign = C.objects.create(plan=plan, dimension="design_integrity", text_fr="x", text_nl="y")
    sign_in(client, organiser)
    for value in (foreign.pk, "²", "-1", "abc", ""):
        response = client.post(url("criteria", coming_plan.initiative_id), {"form": "remove", "criterion": value})
        assert response.status_code == 400, value
    assert C.objects.filter(pk=foreign.pk).exists()


def test_without_a_plan_the_organiser_is_sent_to_open_it_and_others_get_404(client, coming, organiser, stranger):
    sign_in(client, organiser)
    response = client.get(url("criteria", coming.pk))
    assert response.status_code == 302 and response["Location"].endswith(url("manage", coming.pk))
    sign_in(client, stranger)
    assert client.get(url("criteria", coming.pk)).status_code == 404


# Publication -------------------------------------------------------------------------------------------

def test_an_evaluation_being_prepared_is_seen_by_its_organisers_only(client, coming_plan, organiser, stranger):
    page = url("evaluation", coming_plan.initiative_id)
    assert client.get(page).status_code == 404
    sign_in(client, stranger)
    assert client.get(page).status_code == 404
    assert client.post(url("evaluation-publication", coming_plan.initiative_id, "publish")).status_code == 404
    sign_in(client, organiser)
    assert "only the process's organisers see this report" in client.get(page).content.decode()
    client.post(url("evaluation-publication", coming_plan.initiative_id, "publish"))
    client.logout()
    assert client.get(page).status_code == 200


# Questionnaires ----------------------------------------------------------------------------------------

def test_the_organiser_attaches_opens_and_hands_out_the_oecd_questionnaire(client, coming_plan, coming, organiser):
    sign_in(client, organiser)
    page = url("evaluation-questionnaires", coming.pk)
    assert client.get(page).status_code == 200
    assert client.post(page, {"form": "attach", "template": "oecd-participants"}).status_code == 302
    questionnaire = Questionnaire.objects.get()
    assert (questionnaire.subject, questionnaire.organisation, questionnaire.audience, questionnaire.state) == (
        coming, coming.organiser, "participants", State.DRAFT)
    again = client.post(page, {"form": "attach", "template": "oecd-participants"})
    assert again.status_code == 400 and Questionnaire.objects.count() == 1
    assert client.post(page, {"form": "attach", "template": "online-consultation"}).status_code == 400
    client.post(url("evaluation-questionnaire-step", coming.pk, questionnaire.pk, "open"))
    questionnaire.refresh_from_db()
    assert questionnaire.state == State.OPEN
    assert [e.action for e in history(questionnaire)][-1] == "open"
    response = client.post(page, {"form": "codes", "questionnaire": questionnaire.pk, f"q{questionnaire.pk}-count": "3"})
    assert response.status_code == 302 and questionnaire.codes.count() == 3
    shown = client.get(page).content.decode()
    assert "/questionnaires/" in shown and "<svg" in shown and 'role="img"' in shown
    assert "3 not used yet" in shown
    slips = client.get(reverse("questionnaires:slips", args=[questionnaire.pk])).content.decode()
    assert all(code.token in slips for code in questionnaire.codes.all()) and slips.count("<svg") >= 3
    client.post(url("evaluation-questionnaire-step", coming.pk, questionnaire.pk, "close"))
    questionnaire.refresh_from_db()
    assert questionnaire.state == State.CLOSED


def test_questionnaire_pages_refuse_others(client, coming_plan, coming, plan, organiser, stranger, authority_editor):
    questionnaire = evaluation_steps.attach_questionnaire(coming_plan, "oecd-organisers", by=organiser)
    elsewhere = evaluation_steps.attach_questionnaire(plan, "oecd-organisers", by=organiser)
    sign_in(client, stranger)
    assert client.get(url("evaluation-questionnaires", coming.pk)).status_code == 404
    assert client.post(url("evaluation-questionnaire-step", coming.pk, questionnaire.pk, "open")).status_code == 404
    sign_in(client, organiser)
    # A questionnaire of another process is not reached through this one.
    assert client.post(url("evaluation-questionnaire-step", coming.pk, elsewhere.pk, "open")).status_code == 404
    assert client.post(url("evaluation-questionnaire-step", coming.pk, questionnaire.pk, "explode")).status_code == 302
    # The authority manages the follow-up but does not own the organiser's questionnaire: told why, nothing moves.
    sign_in(client, authority_editor)
    response = client.post(url("evaluation-questionnaire-step", coming.pk, questionnaire.pk, "open"), follow=True)
    assert "Only the editors of the organiser" in response.content.decode()
    questionnaire.refresh_from_db()
    assert questionnaire.state == State.DRAFT
    response = client.post(url("evaluation-questionnaires", coming.pk),
                           {"form": "codes", "questionnaire": questionnaire.pk, f"q{questionnaire.pk}-count": "2"})
    assert response.status_code == 400 and questionnaire.codes.count() == 0
