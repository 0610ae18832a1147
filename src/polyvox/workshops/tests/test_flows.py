"""Each template from start to report, through the pages and forms people use."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse

from polyvox.workshops import decisions, forecasts, services
from polyvox.workshops.models import Activity, Decision, DelphiQuestion, Idea, Participant, Workshop

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def run(client, workshop, action, **data):
    response = client.post(reverse("workshops:run", kwargs={"code": workshop.code, "action": action}), data, **JSON)
    assert response.status_code == 200, response.content
    return response.json()


def act(client, workshop, action, expect=200, **data):
    response = client.post(reverse("workshops:act", kwargs={"code": workshop.code, "action": action}), data, **JSON)
    assert response.status_code == expect, response.content
    return response.json()


def activity(workshop, kind) -> Activity:
    return workshop.activities.get(kind=kind)


def reports(client, workshop):
    texts = {}
    for fmt in ("md", "csv", "pdf"):
        response = client.get(reverse("workshops:report", kwargs={"code": workshop.code, "fmt": fmt}))
        assert response.status_code == 200
        texts[fmt] = response.content
    assert texts["pdf"].startswith(b"%PDF")
    return texts["md"].decode(), texts["csv"].decode(), texts["pdf"]


def test_creative_problem_solving_start_to_report(facilitator_client, facilitator):
    response = facilitator_client.post(reverse("workshops:create"), {
        "template": "cps", "title": "Sirènes plus silencieuses", "challenge": "Comment réduire le bruit des sirènes ?"})
    workshop = Workshop.objects.get()
    assert response.url == reverse("workshops:control", kwargs={"code": workshop.code})
    page = facilitator_client.get(response.url)
    assert page.status_code == 200 and b"<svg" in page.content and workshop.code.encode() in page.content
    assert [a.kind for a in workshop.activities.all()] == ["hmw", "ideas", "clusters", "dots", "canvas", "actions"]

    # Joining by code, in Dutch: the interface follows the participant.
    phone = Client()
    join_page = phone.get(f"/j/{workshop.code.lower()}")
    assert join_page.status_code == 200
    joined = phone.post(f"/j/{workshop.code}", {"display_name": "Jan", "language": "nl"})
    assert joined.url == f"/nl/workshops/{workshop.code}/"
    assert phone.get(joined.url).status_code == 200
    other = Client()
    other.post(f"/j/{workshop.code}", {"display_name": "Amélie", "language": "fr"})

    run(facilitator_client, workshop, "open", activity=activity(workshop, "hmw").pk)
    act(phone, workshop, "idea", activity=activity(workshop, "hmw").pk, text="Hoe kunnen we sirenes 's nachts stiller maken?")
    run(facilitator_client, workshop, "open", activity=activity(workshop, "ideas").pk)
    ideas = activity(workshop, "ideas")
    for text in ["Réduire le volume des sirènes la nuit", "Des sirènes moins fortes pendant la nuit",
                 "Rénover les ambulances avec des sirènes directionnelles", "Former les chauffeurs à couper la sirène"]:
        act(other, workshop, "idea", activity=ideas.pk, text=text)
    act(phone, workshop, "idea", activity=ideas.pk, text="Sirenes 's nachts minder luid")
    act(phone, workshop, "idea", activity=ideas.pk, text="Minder luide sirene tijdens de nacht")
    assert Idea.objects.filter(activity=ideas).count() == 6

    run(facilitator_client, workshop, "open", activity=activity(workshop, "clusters").pk)
    suggestion = run(facilitator_client, workshop, "suggest", activity=activity(workshop, "clusters").pk)["suggestion"]
    # The French pair and the Dutch pair say the same thing (quieter sirens at night): one group across languages.
    assert [sorted(i["text"] for i in group) for group in suggestion] == [sorted([
        "Réduire le volume des sirènes la nuit", "Des sirènes moins fortes pendant la nuit",
        "Sirenes 's nachts minder luid", "Minder luide sirene tijdens de nacht"])]
    panel = facilitator_client.get(reverse("workshops:panel", kwargs={"code": workshop.code}) + "?mode=control")
    assert b"ws-suggestion" in panel.content and "Accepter la suggestion".encode() in panel.content
    run(facilitator_client, workshop, "accept-suggestion", activity=activity(workshop, "clusters").pk,
        group=["0"], **{"name-0": "Nuit"})
    assert ideas.clusters.count() == 1 and ideas.clusters.get().ideas.count() == 4

    dots = activity(workshop, "dots")
    run(facilitator_client, workshop, "open", activity=dots.pk)
    target = Idea.objects.get(text__startswith="Former")
    for _ in range(3):
        act(other, workshop, "vote", activity=dots.pk, idea=target.pk, delta="1")
    refused = act(other, workshop, "vote", expect=400, activity=dots.pk, idea=target.pk, delta="1")
    assert "3" in refused["error"]
    hidden = other.get(reverse("workshops:panel", kwargs={"code": workshop.code}))
    assert b"ws-results" not in hidden.content
    run(facilitator_client, workshop, "reveal", activity=dots.pk)
    shown = other.get(reverse("workshops:panel", kwargs={"code": workshop.code}))
    assert b"ws-results" in shown.content

    canvas_activity = activity(workshop, "canvas")
    run(facilitator_client, workshop, "open", activity=canvas_activity.pk)
    run(facilitator_client, workshop, "canvas-choose", activity=canvas_activity.pk, idea=target.pk)
    canvas = canvas_activity.canvases.get()
    act(phone, workshop, "canvas", canvas=canvas.pk, who="Les services d'urgence", what="Une formation", first_step="Un module pilote", risks="Sécurité")

    actions = activity(workshop, "actions")
    run(facilitator_client, workshop, "open", activity=actions.pk)
    act(other, workshop, "action", activity=actions.pk, text="Écrire le module", owner="Amélie", due_date="2026-12-15")
    run(facilitator_client, workshop, "finish")

    markdown, table, _pdf = reports(facilitator_client, workshop)
    assert "Nuit" in markdown and "Former les chauffeurs" in markdown and "Un module pilote" in markdown and "2026-12-15" in markdown
    rows = list(csv.DictReader(io.StringIO(table)))
    assert {row["section"] for row in rows} >= {"agenda", "idea", "vote", "canvas", "action"}
    # Brainwriting is anonymous: the report does not name the authors of ideas.
    assert "Amélie" not in "".join(r["value"] for r in rows if r["section"] == "idea")
    # An ended workshop's code has expired.
    late = phone.__class__().get(f"/j/{workshop.code}")
    assert "expir" in late.content.decode()


def test_consent_decision_start_to_report(make_workshop, facilitator_client, join_client):
    workshop = make_workshop("consent", "Télétravail", "Chaque service garde un jour de présence commune par semaine.")
    decision = Decision.objects.get(workshop=workshop)
    alice, a = join_client(workshop, "Alice")
    bob, b = join_client(workshop, "Bob", "nl")

    # Rules behind each step: no objections round before reactions.
    response = facilitator_client.post(reverse("workshops:run", kwargs={"code": workshop.code, "action": "open"}),
                                       {"activity": activity(workshop, "objections").pk}, **JSON)
    assert response.status_code == 400
    decision.refresh_from_db()
    assert decision.state == "proposed"

    run(facilitator_client, workshop, "open", activity=activity(workshop, "proposal").pk)
    run(facilitator_client, workshop, "open", activity=activity(workshop, "clarifying").pk)
    act(alice, workshop, "idea", activity=activity(workshop, "clarifying").pk, text="Quel jour ?")
    question = Idea.objects.get(text="Quel jour ?")
    run(facilitator_client, workshop, "answer", idea=question.pk, answer="Chaque service choisit.")
    run(facilitator_client, workshop, "open", activity=activity(workshop, "reactions").pk)
    act(alice, workshop, "idea", activity=activity(workshop, "reactions").pk, text="Bonne idée")
    again = act(alice, workshop, "idea", expect=400, activity=activity(workshop, "reactions").pk, text="Encore")
    assert again["error"]
    # A question after its round: refused, nothing changes.
    act(bob, workshop, "idea", expect=400, activity=activity(workshop, "clarifying").pk, text="Te laat")

    objections = activity(workshop, "objections")
    run(facilitator_client, workshop, "open", activity=objections.pk)
    no_reason = act(bob, workshop, "objection", expect=400, activity=objections.pk, text="Niet voor iedereen", reason="")
    assert no_reason["error"]
    act(bob, workshop, "objection", activity=objections.pk, text="Niet voor iedereen haalbaar",
        reason="Deeltijdse collega's werken niet elke dag; één vaste dag sluit hen uit.")
    objection = decision.objections.get()
    # Consent refused while the objection is open.
    blocked = facilitator_client.post(reverse("workshops:run", kwargs={"code": workshop.code, "action": "consent"}),
                                      {"activity": activity(workshop, "consent").pk}, **JSON)
    assert blocked.status_code == 400

    amendments = activity(workshop, "amendments")
    run(facilitator_client, workshop, "open", activity=amendments.pk)
    act(alice, workshop, "amendment", activity=amendments.pk, objection=objection.pk,
        text="Chaque service garde un jour de présence commune par semaine, choisi avec les collègues à temps partiel.")
    amendment = decision.amendments.get()
    run(facilitator_client, workshop, "accept-amendment", amendment=amendment.pk)
    objection.refresh_from_db()
    assert objection.status == "met" and "temps partiel" in objection.resolution

    run(facilitator_client, workshop, "open", activity=activity(workshop, "consent").pk)
    run(facilitator_client, workshop, "consent", activity=activity(workshop, "consent").pk)
    decision.refresh_from_db()
    assert decision.state == "consented" and "temps partiel" in decision.final_text and decision.decided_at
    run(facilitator_client, workshop, "finish")
    markdown, table, _pdf = reports(facilitator_client, workshop)
    assert "temps partiel" in markdown and "Deeltijdse" in markdown
    assert "objection" in table


def test_consent_can_be_withdrawn(make_workshop, facilitator):
    workshop = make_workshop("consent")
    decision = workshop.decisions.get()
    decisions.withdraw(decision, facilitator, "Pas mûr")
    decision.refresh_from_db()
    assert decision.state == "withdrawn"
    with pytest.raises(services.WorkshopError):
        decisions.record_consent(decision, facilitator)


def test_delphi_start_to_report(make_workshop, facilitator_client, join_client):
    workshop = make_workshop("delphi", "Stratégie bas carbone 2050", "")
    forecast = activity(workshop, "delphi")
    run(facilitator_client, workshop, "open", activity=forecast.pk)
    run(facilitator_client, workshop, "question", activity=forecast.pk, text="Émissions de 2050 (% de 1990)", kind="number", unit="%", max_rounds="3")
    run(facilitator_client, workshop, "question", activity=forecast.pk, text="Date du dernier chauffage au mazout", kind="date", max_rounds="2")
    number, when = DelphiQuestion.objects.order_by("position")
    phones = [join_client(workshop, f"P{i}") for i in range(5)]
    for (client, _p), value, day in zip(phones, [10, 20, 30, 40, 80], ["2035-01-01", "2038-06-30", "2040-01-01", "2045-01-01", "2050-12-31"]):
        act(client, workshop, "forecast", question=number.pk, value=str(value), rationale=f"parce que {value}")
        act(client, workshop, "forecast", question=when.pk, value=day, rationale="")
    act(phones[0][0], workshop, "forecast", expect=400, question=number.pk, value="beaucoup")
    # Before the round closes, no one sees statistics.
    assert "Médiane" not in phones[0][0].get(reverse("workshops:panel", kwargs={"code": workshop.code})).content.decode()
    run(facilitator_client, workshop, "round-close", question=number.pk)
    between = phones[0][0].get(reverse("workshops:panel", kwargs={"code": workshop.code})).content.decode()
    assert "parce que 80" in between and "30" in between
    # Cannot close before the last round while the range still shrinks (only one round so far).
    early = facilitator_client.post(reverse("workshops:run", kwargs={"code": workshop.code, "action": "question-close"}),
                                    {"question": number.pk}, **JSON)
    assert early.status_code == 400
    run(facilitator_client, workshop, "round-next", question=number.pk)
    for (client, _p), value in zip(phones, [20, 25, 30, 35, 50]):
        act(client, workshop, "forecast", question=number.pk, value=str(value), rationale="")
    run(facilitator_client, workshop, "round-close", question=number.pk)
    number.refresh_from_db()
    stats = forecasts.round_stats(number)
    assert [s.iqr for s in stats] == [20.0, 10.0]
    assert not forecasts.stopped_shrinking(stats)
    run(facilitator_client, workshop, "round-next", question=number.pk)
    for (client, _p), value in zip(phones, [20, 25.5, 30, 34.5, 50]):
        act(client, workshop, "forecast", question=number.pk, value=str(value), rationale="")
    run(facilitator_client, workshop, "round-close", question=number.pk)
    number.refresh_from_db()
    assert forecasts.stopped_shrinking(forecasts.round_stats(number))  # 9 is 90 % of 10: narrowed by 10 %, not more
    refused = facilitator_client.post(reverse("workshops:run", kwargs={"code": workshop.code, "action": "round-next"}),
                                      {"question": number.pk}, **JSON)
    assert refused.status_code == 400  # three rounds were planned
    run(facilitator_client, workshop, "question-close", question=number.pk)
    run(facilitator_client, workshop, "round-close", question=when.pk)
    run(facilitator_client, workshop, "finish")
    markdown, table, pdf = reports(facilitator_client, workshop)
    assert "2040-01-01" in markdown and "| 3 | 5 | 30 |" in markdown
    assert "round 3" in table
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Round 3" in text or "Tour 3" in text or "Ronde 3" in text


def test_one_two_four_all_start_to_report(make_workshop, facilitator_client, join_client):
    workshop = make_workshop("124", "Collaboration entre départements", "Comment mieux partager l'information ?")
    phones = [join_client(workshop, f"P{i}") for i in range(7)]
    solo, pairs, fours, plenary = (activity(workshop, k) for k in ("solo", "pairs", "fours", "plenary"))
    run(facilitator_client, workshop, "open", activity=solo.pk)
    act(phones[0][0], workshop, "idea", activity=solo.pk, text="Une note personnelle")
    # Solo notes are private: another participant does not see them.
    assert "Une note personnelle" not in phones[1][0].get(reverse("workshops:panel", kwargs={"code": workshop.code})).content.decode()
    assert "Une note personnelle" in phones[0][0].get(reverse("workshops:panel", kwargs={"code": workshop.code})).content.decode()

    run(facilitator_client, workshop, "open", activity=pairs.pk)
    sizes = sorted(g.members.count() for g in pairs.groups.all())
    assert sizes == [2, 2, 3]  # seven people: two pairs and a trio, no one alone
    run(facilitator_client, workshop, "open", activity=fours.pk)
    four_sizes = sorted(g.members.count() for g in fours.groups.all())
    assert sum(four_sizes) == 7 and len(four_sizes) == 2
    for group in fours.groups.all():  # fours are made of whole pairs
        members = set(group.members.values_list("pk", flat=True))
        for pair in pairs.groups.all():
            pair_members = set(pair.members.values_list("pk", flat=True))
            assert pair_members <= members or not (pair_members & members)
    act(phones[3][0], workshop, "idea", activity=fours.pk, text="Un wiki commun")
    assert Idea.objects.get(text="Un wiki commun").group is not None
    run(facilitator_client, workshop, "open", activity=plenary.pk)
    act(phones[4][0], workshop, "idea", activity=plenary.pk, text="Une réunion mensuelle inter-départements")
    run(facilitator_client, workshop, "finish")
    markdown, table, _pdf = reports(facilitator_client, workshop)
    assert "Un wiki commun" in markdown and "Une note personnelle" in markdown and "Une réunion mensuelle" in markdown


def test_free_composition(make_workshop, facilitator_client):
    workshop = make_workshop("free", "Libre")
    assert not workshop.activities.exists()
    for kind in ("ideas", "dots", "delphi"):
        run(facilitator_client, workshop, "compose", kind=kind)
    assert [a.kind for a in workshop.activities.all()] == ["ideas", "dots", "delphi"]
    assert workshop.activities.get(kind="dots").source == workshop.activities.get(kind="ideas")
