"""Legal clocks in Europe/Brussels (due dates, overdue, reminders once), and imports: a budget's funded
projects, a CSV file (wrong column, wrong encoding, weights: a message with the line, nothing stored)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone

from polyvox.followup import clocks, imports, services
from polyvox.followup.models import Commitment, Reminder

pytestmark = pytest.mark.django_db

REASONS = {"fr": "Oui", "nl": "Ja"}


def test_due_dates_from_the_report_date(plan, commitment):
    assert commitment.answer_due == date(2025, 7, 15)
    assert clocks.add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert clocks.next_report_due(commitment, None, date(2025, 2, 1)) == date(2025, 10, 15)
    # an update in the first window meets the 9-month report: the next is 6 months later
    assert clocks.next_report_due(commitment, date(2025, 9, 1), date(2025, 9, 2)) == date(2026, 4, 15)


def test_overdue_is_a_brussels_day(plan, commitment, monkeypatch):
    # 23:30 UTC on the due day is already the next day in Brussels (summer time): overdue there.
    moment = datetime(2025, 7, 15, 23, 30, tzinfo=ZoneInfo("UTC"))
    monkeypatch.setattr(timezone, "now", lambda: moment)
    assert clocks.today() == date(2025, 7, 16)
    clocks.refresh_all()
    commitment.refresh_from_db()
    assert commitment.overdue


def test_answering_clears_overdue_but_late_answers_count_as_late(plan, commitment, authority_editor):
    clocks.refresh(commitment, date(2025, 8, 1))
    assert commitment.overdue
    services.answer(commitment, "adopt", REASONS, by=authority_editor, answered_on=date(2025, 8, 1))
    clocks.refresh(commitment, date(2025, 8, 2))
    commitment.refresh_from_db()
    assert not commitment.overdue and commitment.answered_on_time is False


def test_reminders_sent_once_to_the_owners(plan, commitment, authority_editor, organiser, monkeypatch):
    monkeypatch.setattr(clocks, "today", lambda: date(2025, 7, 1))
    mail.outbox.clear()
    assert clocks.send_reminders() == 1
    assert clocks.send_reminders() == 0
    assert sorted(mail.outbox[0].to) == ["authority@example.org", "organiser@example.org"]
    assert Reminder.objects.get().days_before == 30
    monkeypatch.setattr(clocks, "today", lambda: date(2025, 7, 10))
    assert clocks.send_reminders() == 1  # the 7-day reminder


def test_the_scheduler_knows_the_job():
    from polyvox.core.schedule import registered_jobs

    assert "polyvox.followup.tasks.keep_clocks" in [job.path for job in registered_jobs()]


GOOD = ("reference,text_fr,text_nl,text_en,authority,parent,weight\n"
        "R1,Créer un budget climat,Een klimaatbudget,A climate budget,,,\n"
        "R1.1,Volet A,Deel A,Part A,,R1,70\n"
        "R1.2,Volet B,Deel B,Part B,parlement-test,R1,30\n").encode()


def test_csv_import_all_lines(plan, organiser):
    made = imports.from_csv(plan, GOOD, by=organiser)
    assert len(made) == 3
    parent = Commitment.objects.get(reference="R1")
    assert parent.children.count() == 2 and services.weights_total(parent) == 100


@pytest.mark.parametrize("data, expected", [
    (b"reference,texte_fr\nR1,x\n", "Line 1: unknown column \u201ctexte_fr\u201d"),
    ("reference,text_fr\nR1,Créer\nR2,Élargir\n".encode("cp1252"), "Line 2: the file is not UTF-8"),
    (b"reference,text_fr,parent,weight\nR1,x,,\nR1.1,y,R1,70\nR1.2,z,R1,40\n", "Line 4: the weights of the parts"),
    (b"reference,text_fr,parent,weight\nR1,x,,\nR1.1,y,R1,70\n", "sum to 70%"),
    (b"reference,text_fr\nR1,x\nR2,\n", "Line 3: the text is empty"),
    (b"reference,text_fr,authority\nR1,x,nobody\n", "Line 2: no organisation"),
    (b"reference,text_fr,parent,weight\nR1.1,y,R9,50\n", "Line 2: the parent"),
])
def test_csv_refused_with_the_line_and_nothing_stored(plan, organiser, data, expected):
    with translation_en():
        with pytest.raises(imports.ImportRefused) as refused:
            imports.from_csv(plan, data, by=organiser)
    assert any(expected in problem for problem in refused.value.problems), refused.value.problems
    assert not Commitment.objects.exists()


def test_csv_upload_page_in_french(client, plan, organiser, initiative):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse
    from django.utils import translation

    from polyvox.accounts.testing import sign_in

    sign_in(client, organiser)
    with translation.override("fr"):
        address = reverse("followup:manage", args=[initiative.pk])
    response = client.post(address, {"form": "csv", "file": SimpleUploadedFile("r.csv", b"reference,colonne\nR1,x\n")})
    assert response.status_code == 400
    assert "Ligne 1 : colonne inconnue" in response.content.decode()
    assert not Commitment.objects.exists()
    response = client.post(address, {"form": "csv", "file": SimpleUploadedFile("r.csv", GOOD)})
    assert response.status_code == 302 and Commitment.objects.count() == 3


def test_import_funded_projects_of_a_budget(plan, initiative, organiser):
    from polyvox.budgets.models import Budget, Project

    budget = Budget.objects.create(initiative=initiative, title_fr="Budget", amount=Decimal("50000"))
    for title, funded in (("Bancs", True), ("Fresque", False), ("Frigo", True)):
        Project.objects.create(budget=budget, title_fr=title, description="d", category="culture",
                               cost_estimate=Decimal("1000"), latitude=50.8, longitude=4.3, funded=funded)
    made = imports.from_budget(plan, by=organiser)
    assert [c.text_fr for c in made] == ["Bancs", "Frigo"]
    assert imports.from_budget(plan, by=organiser) == []  # idempotent on the source


def translation_en():
    from django.utils import translation

    return translation.override("en")


def test_import_petitions_that_reached_their_threshold(client, plan, initiative, organiser, authority):
    from django.urls import reverse

    from polyvox.accounts.testing import sign_in
    from polyvox.petitions.models import Channel, Petition

    channel = Channel.objects.get_or_create(kind="petition", defaults={"name": "Pétition"})[0]
    for title, state in (("Plus d'arbres", "threshold"), ("Moins de bruit", "open"), ("Un parc", "answered")):
        Petition.objects.create(channel=channel, initiative=initiative, receiver=authority, title_fr=title,
                                title_nl=title + " (nl)", body_fr="Texte.", author_name="A", state=state)
    sign_in(client, organiser)
    response = client.post(reverse("followup:manage", args=[initiative.pk]), {"form": "petitions"})
    assert response.status_code == 302
    made = list(Commitment.objects.order_by("pk"))
    assert [c.text_fr.split("\n")[0] for c in made] == ["Plus d'arbres", "Un parc"]
    assert made[0].source_kind == "petition_request" and made[0].text_nl.startswith("Plus d'arbres (nl)")
    assert imports.from_petitions(plan, by=organiser) == []
