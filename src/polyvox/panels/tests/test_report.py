"""A panel's report: recommendations entered by hand or from a CSV file (every line or none, each wrong line named),
published through the panels' workflow (its guards), read-only once published, shown on the panel's public page
in the reader's language; the organisers' pages answer 404 (or 403 once the panel is public) to everyone else."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from polyvox.core.models import AuditEntry
from polyvox.core.transitions import history
from polyvox.core.workflow import SYSTEM, NotPermitted, TransitionNotAllowed, apply
from polyvox.panels import reports, services
from polyvox.panels.models import Preset, Recommendation, Report, ReportState
from polyvox.panels.tests.conftest import client_for
from polyvox.panels.workflow import REPORT

GOOD = ("\ufeffreference;theme_fr;theme_nl;text_fr;text_nl;text_en;support\n"
        "R1;Mobilité;Mobiliteit;Des pistes cyclables séparées.;Gescheiden fietspaden.;Separate cycle lanes.;87,5\n"
        "R2;Mobilité;Mobiliteit;Moins de voitures;Minder auto's;;92 %\n"
        ";;;;;;\n"
        "R3;Verdure;Groen;Planter des arbres.;;;\n").encode("utf-8")


@pytest.fixture
def panel(world):
    return services.create_panel(world.initiative, world.editor, "Panel du rapport", Preset.BLANK, 12)


def values(reference="R1", fr="Texte", nl="Tekst", en="", support="", theme_fr=""):
    return {"reference": reference, "text_fr": fr, "text_nl": nl, "text_en": en, "theme_fr": theme_fr,
            "theme_nl": "", "theme_en": "", "support": support}


def ready_report(panel, user, count=2):
    """A draft with its date and `count` recommendations in French and Dutch."""
    reports.set_report(panel, user, date=date(2026, 5, 4))
    for number in range(1, count + 1):
        reports.add_recommendation(panel, user, values(f"R{number}", f"Recommandation {number}", f"Aanbeveling {number}",
                                                       support="75"))
    return reports.report_of(panel)


# --- by hand ------------------------------------------------------------------------------------------------

def test_recommendations_by_hand_are_checked_and_recorded(world, panel):
    first = reports.add_recommendation(panel, world.editor, values("R1", support="87,5", theme_fr="Mobilité"))
    assert (first.reference, first.support, first.theme_fr, first.position) == ("R1", Decimal("87.5"), "Mobilité", 0)
    second = reports.add_recommendation(panel, world.editor, values("R2", fr="", nl="", en="Only English"))
    assert second.position == 1 and second.languages == ["en"]
    with pytest.raises(reports.ReportRefused, match="R1"):
        reports.add_recommendation(panel, world.editor, values("R1"))
    with pytest.raises(reports.ReportRefused) as refused:
        reports.add_recommendation(panel, world.editor, values("", fr="", nl="", support="120"))
    assert len(refused.value.problems) == 3  # the reference, the text and the support, each said once
    reports.edit_recommendation(second, world.editor, values("R2", fr="Seulement en français", nl="", en=""))
    second.refresh_from_db()
    assert second.text_fr == "Seulement en français" and second.text_en == ""
    with pytest.raises(reports.ReportRefused, match="R1"):
        reports.edit_recommendation(second, world.editor, values("R1"))
    reports.delete_recommendation(first, world.editor)
    assert list(Recommendation.objects.values_list("reference", flat=True)) == ["R2"]
    actions = [entry.action for entry in history(reports.report_of(panel))]
    assert actions.count("add_recommendation") == 2 and "edit_recommendation" in actions
    assert "delete_recommendation" in actions


def test_outsiders_change_nothing(world, panel):
    for outsider in (world.other_editor, world.citizen):
        with pytest.raises(services.PanelError):
            reports.add_recommendation(panel, outsider, values())
        with pytest.raises(services.PanelError):
            reports.import_csv(panel, outsider, GOOD)
        with pytest.raises(services.PanelError):
            reports.set_report(panel, outsider, date=date(2026, 1, 1))
    assert not Recommendation.objects.exists() and not Report.objects.exists()
    reports.add_recommendation(panel, world.staff, values())  # the Service's staff may
    assert Recommendation.objects.count() == 1


# --- CSV ------------------------------------------------------------------------------------------------------

def test_csv_import_every_line(world, panel):
    reports.add_recommendation(panel, world.editor, values("R0"))
    made = reports.import_csv(panel, world.editor, GOOD)
    assert [(r.reference, r.position, r.support) for r in made] == [
        ("R1", 1, Decimal("87.5")), ("R2", 2, Decimal("92")), ("R3", 3, None)]
    assert made[0].text_en == "Separate cycle lanes." and made[2].theme_nl == "Groen" and made[2].text_nl == ""
    assert list(history(reports.report_of(panel)))[-1].action == "import_recommendations"


@pytest.mark.parametrize("data, expected", [
    (b"reference,texte_fr\nR1,x\n", "Line 1: unknown column \u201ctexte_fr\u201d"),
    ("reference;text_fr\nR1;Créer\nR2;Élargir\n".encode("cp1252"), "Line 2: the file is not UTF-8"),
    ("reference;text_fr\nR1;ok\n".encode("utf-16"), "Line 1: the file is not UTF-8"),
    (b"text_fr\nx\n", "Line 1: the column \u201creference\u201d is missing"),
    (b"reference,support\nR1,50\n", "Line 1: a column text_fr, text_nl or text_en is needed"),
    (b"reference,text_fr,text_fr\nR1,x,y\n", "appears twice"),
    (b"reference,text_fr\nR1,x\nR2,\n", "Line 3: Write the recommendation's text in at least one language"),
    (b"reference,text_fr\nR1,x\n,y\n", "Line 3: Give the recommendation's number or reference"),
    (b"reference,text_fr\nR1,x\nR1,y\n", "Line 3: the reference \u201cR1\u201d is already on line 2"),
    (b"reference,text_fr,support\nR1,x,120\n", "Line 2: The support is a percentage from 0 to 100"),
    (b"reference,text_fr,support\nR1,x,beaucoup\n", "Line 2: The support is a percentage"),
    (b"reference,text_fr\nR1,x,surplus\n", "Line 2: more cells than columns"),
    (b"reference,text_fr\nR1,a\x00b\n", "Line 2: This cell holds an invisible NUL character"),
    (b"reference,text_fr\nR1," + b"x" * 20_001 + b"\n", "Line 2: A text has at most"),
    (b"reference,text_fr\n", "only its header line"),
    (b"", "The file is empty"),
])
def test_csv_refused_with_its_lines_and_nothing_stored(world, panel, data, expected):
    with translation.override("en"), pytest.raises(reports.ReportRefused) as refused:
        reports.import_csv(panel, world.editor, data)
    assert any(expected in problem for problem in refused.value.problems), refused.value.problems
    assert not Recommendation.objects.exists()


def test_csv_lists_every_wrong_line_in_order_and_keeps_what_was_there(world, panel):
    reports.add_recommendation(panel, world.editor, values("R9"))
    data = b"reference,text_fr,support\nR1,ok,10\nR2,,\nR3,ok,200\nR9,ok,\nR4,ok,\n"
    with translation.override("en"), pytest.raises(reports.ReportRefused) as refused:
        reports.import_csv(panel, world.editor, data)
    problems = refused.value.problems
    assert [problem.split(":")[0] for problem in problems] == ["Line 3", "Line 4", "Line 5"]
    assert "already used in this report" in problems[2]
    assert list(Recommendation.objects.values_list("reference", flat=True)) == ["R9"]


def test_csv_problems_are_in_the_readers_language(world, panel):
    with translation.override("fr"), pytest.raises(reports.ReportRefused) as refused:
        reports.import_csv(panel, world.editor, "reference;text_fr\nR1;Créer\n".encode("cp1252"))
    assert refused.value.problems[0].startswith("Ligne 2 : ")
    with translation.override("nl"), pytest.raises(reports.ReportRefused) as refused:
        reports.import_csv(panel, world.editor, b"reference,text_fr\nR1,\n")
    assert refused.value.problems[0].startswith("Regel 2: ")


# --- the workflow ---------------------------------------------------------------------------------------------

def test_the_report_workflow_table():
    assert REPORT.table == {(ReportState.DRAFT, "publish_report"): ReportState.PUBLISHED,
                            (ReportState.PUBLISHED, "withdraw_report"): ReportState.DRAFT}
    assert all(t.permission == "panels.manage_report" and t.label for t in REPORT.transitions.values())


def test_publication_guards_say_what_is_missing_and_change_nothing(world, panel):
    with translation.override("en"):
        assert reports.blockers(None, world.editor) == ["Add at least one recommendation first."]
        reports.add_recommendation(panel, world.editor, values("R1", fr="", nl="", en="English only"))
        report = reports.report_of(panel)
        reasons = REPORT.blockers(report, "publish_report", by=world.editor)
        assert reasons == ["Give the date of the report first.",
                           "Write the text in French or in Dutch of these recommendations: R1."]
        before = AuditEntry.objects.count()
        with pytest.raises(reports.ReportRefused) as refused:
            reports.publish(panel, world.editor)
        assert refused.value.problems == reasons
        report.refresh_from_db()
        assert report.state == ReportState.DRAFT and report.published_at is None
        assert AuditEntry.objects.count() == before
        reports.delete_recommendation(report.recommendations.get(), world.editor)
        reports.set_report(panel, world.editor, date=date(2026, 5, 4))
        report.refresh_from_db()
        assert REPORT.blockers(report, "publish_report", by=world.editor) == ["Add at least one recommendation first."]
        reports.add_recommendation(panel, world.editor, values("R1", fr="", nl="Alleen in het Nederlands"))
        assert REPORT.blockers(report, "publish_report", by=world.editor) == []
    reports.publish(panel, world.editor)
    report.refresh_from_db()
    assert report.state == ReportState.PUBLISHED and report.published_at is not None
    assert list(history(report))[-1].action == "publish_report" and list(history(report))[-1].actor == world.editor


def test_only_the_organisers_publish(world, panel):
    report = ready_report(panel, world.editor)
    for outsider in (world.other_editor, world.citizen):
        with pytest.raises(NotPermitted):
            apply(report, "publish_report", by=outsider)
        with pytest.raises(services.PanelError):
            reports.publish(panel, outsider)
    report.refresh_from_db()
    assert report.state == ReportState.DRAFT
    apply(report, "publish_report", by=world.staff)
    assert Report.objects.get().state == ReportState.PUBLISHED


def test_a_published_report_is_read_only_until_withdrawn(world, panel):
    report = ready_report(panel, world.editor)
    reports.publish(panel, world.editor)
    recommendation = report.recommendations.first()
    for attempt in (lambda: reports.add_recommendation(panel, world.editor, values("R7")),
                    lambda: reports.import_csv(panel, world.editor, GOOD),
                    lambda: reports.edit_recommendation(recommendation, world.editor, values("R1", fr="Autre")),
                    lambda: reports.delete_recommendation(recommendation, world.editor),
                    lambda: reports.set_report(panel, world.editor, date=date(2020, 1, 1))):
        with pytest.raises(services.PanelError, match="publi"):
            attempt()
    with pytest.raises(TransitionNotAllowed):  # published twice: not in the table
        apply(report, "publish_report", by=world.editor)
    assert Recommendation.objects.count() == 2 and Report.objects.get().date == date(2026, 5, 4)
    reports.withdraw(panel, world.editor)
    report.refresh_from_db()
    assert report.state == ReportState.DRAFT and report.published_at is None
    reports.add_recommendation(panel, world.editor, values("R7"))


# --- pages ----------------------------------------------------------------------------------------------------

def test_the_organiser_enters_imports_and_publishes_on_the_page(world, panel, editor_client):
    page = reverse("panels:report", args=[panel.pk])
    response = editor_client.get(page)
    assert response.status_code == 200 and "Ajouter la recommandation" in response.content.decode()
    response = editor_client.post(page, {"form": "recommendation", "reference": "R1", "text_fr": "", "text_nl": "",
                                         "text_en": "", "support": "cent"})
    assert response.status_code == 400 and not Recommendation.objects.exists()
    body = response.content.decode()
    assert "Rien n’a été enregistré" in body or "Rien n'a été enregistré" in body
    response = editor_client.post(page, {"form": "recommendation", "reference": "R1", "text_fr": "Des bancs",
                                         "text_nl": "Banken", "support": "80"})
    assert response.status_code == 302 and Recommendation.objects.get().support == Decimal("80")
    bad = SimpleUploadedFile("r.csv", b"reference,text_fr\nR2,ok\nR3,\n", content_type="text/csv")
    response = editor_client.post(reverse("panels:report_import", args=[panel.pk]), {"file": bad})
    assert response.status_code == 400 and "Ligne 3" in response.content.decode()
    assert Recommendation.objects.count() == 1
    good = SimpleUploadedFile("r.csv", b"reference,text_fr\nR2,ok\nR3,ok aussi\n", content_type="text/csv")
    response = editor_client.post(reverse("panels:report_import", args=[panel.pk]), {"file": good})
    assert response.status_code == 302 and Recommendation.objects.count() == 3
    recommendation = Recommendation.objects.get(reference="R2")
    edit = reverse("panels:recommendation_edit", args=[panel.pk, recommendation.pk])
    assert editor_client.get(edit).status_code == 200
    response = editor_client.post(edit, {"reference": "R2", "text_fr": "Corrigé", "text_nl": "Verbeterd"})
    assert response.status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.text_nl == "Verbeterd"
    # Publishing needs the report's date: refused with the reason, then done.
    response = editor_client.post(reverse("panels:report_move", args=[panel.pk, "publish_report"]), follow=True)
    assert "Indiquez la date du rapport" in response.content.decode()
    assert Report.objects.get().state == ReportState.DRAFT
    response = editor_client.post(page, {"form": "report", "date": "2026-05-04"})
    assert response.status_code == 302
    editor_client.post(reverse("panels:report_move", args=[panel.pk, "publish_report"]))
    assert Report.objects.get().state == ReportState.PUBLISHED
    assert editor_client.post(reverse("panels:report_move", args=[panel.pk, "reopen"])).status_code == 404
    assert editor_client.get(reverse("panels:report_template", args=[panel.pk])).status_code == 200


def test_other_people_get_404_then_403_once_public(world, panel):
    page = reverse("panels:report", args=[panel.pk])
    ready_report(panel, world.editor)
    recommendation = Recommendation.objects.first()
    addresses = [("get", page), ("post", page), ("post", reverse("panels:report_import", args=[panel.pk])),
                 ("get", reverse("panels:recommendation_edit", args=[panel.pk, recommendation.pk])),
                 ("post", reverse("panels:recommendation_delete", args=[panel.pk, recommendation.pk])),
                 ("post", reverse("panels:report_move", args=[panel.pk, "publish_report"])),
                 ("get", reverse("panels:report_template", args=[panel.pk]))]
    for user in (world.other_editor, world.citizen):
        client = client_for(user)
        for method, address in addresses:
            response = getattr(client, method)(address, {"form": "recommendation", "reference": "R9", "text_fr": "x"})
            assert response.status_code == 404, (user, address)
    assert Recommendation.objects.count() == 2 and Report.objects.get().state == ReportState.DRAFT
    anonymous = Client()
    assert anonymous.get(page).status_code == 302  # to the sign-in page
    assert anonymous.get(reverse("panels:result", args=[panel.pk])).status_code == 404  # a draft is not public
    reports.publish(panel, world.editor)
    client = client_for(world.other_editor)
    for method, address in addresses:
        assert getattr(client, method)(address, {"form": "recommendation", "reference": "R9", "text_fr": "x"}).status_code == 403
    assert Recommendation.objects.count() == 2
    # A recommendation of another panel is not found through this one.
    other = services.create_panel(world.initiative, world.editor, "Autre panel", Preset.BLANK, 6)
    assert client_for(world.editor).get(
        reverse("panels:recommendation_edit", args=[other.pk, recommendation.pk])).status_code == 404


def test_the_public_page_shows_the_recommendations_in_the_readers_language(world, panel):
    reports.set_report(panel, world.editor, date=date(2026, 5, 4))
    reports.add_recommendation(panel, world.editor, {**values("R1", fr="Des pistes cyclables", nl="Fietspaden",
                                                              en="Cycle lanes", support="87,5", theme_fr="Mobilité"),
                                                     "theme_nl": "Mobiliteit"})
    reports.add_recommendation(panel, world.editor, values("R2", fr="Planter des arbres", nl=""))
    reports.publish(panel, world.editor)
    anonymous = Client()
    with translation.override("fr"):
        body = anonymous.get(reverse("panels:result", args=[panel.pk])).content.decode()
    assert "Des pistes cyclables" in body and "Mobilité" in body and "87,5" in body and "Planter des arbres" in body
    with translation.override("nl"):
        response = anonymous.get(reverse("panels:result", args=[panel.pk]))
    body = response.content.decode()
    assert response.status_code == 200 and "Fietspaden" in body and "Mobiliteit" in body
    assert "Des pistes cyclables" not in body
    # R2 has no Dutch text: shown in French, with the note saying so.
    assert "Planter des arbres" in body and "Deze tekst is niet beschikbaar in uw taal" in body
    assert 'lang="fr"' in body
    # The initiative's page leads there.
    with translation.override("fr"):
        body = anonymous.get(world.initiative.get_absolute_url()).content.decode()
    assert reverse("panels:result", args=[panel.pk]) in body


def test_the_report_document_is_private_until_published(world, panel, editor_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    ready_report(panel, world.editor)
    page = reverse("panels:report", args=[panel.pk])
    fake = SimpleUploadedFile("rapport.pdf", b"<html>not a pdf</html>", content_type="application/pdf")
    response = editor_client.post(page, {"form": "report", "date": "2026-05-04", "document": fake})
    assert response.status_code == 400 and not Report.objects.get().document
    pdf = SimpleUploadedFile("Rapport final du panel.pdf", b"%PDF-1.4\n%fake\n", content_type="application/pdf")
    response = editor_client.post(page, {"form": "report", "date": "2026-05-04", "document": pdf})
    assert response.status_code == 302
    report = Report.objects.get()
    assert report.document_name == "Rapport final du panel.pdf"
    assert "Rapport" not in report.document.name and report.document.name.startswith(f"panels/reports/{panel.pk}/")
    address = reverse("panels:report_document", args=[panel.pk])
    assert Client().get(address).status_code == 404
    assert client_for(world.other_editor).get(address).status_code == 404
    response = editor_client.get(address)
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    reports.publish(panel, world.editor)
    response = Client().get(address)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF-")
    assert "Rapport final du panel.pdf" in response["Content-Disposition"]


def test_the_system_acts_for_the_demo(world, panel):
    reports.set_report(panel, SYSTEM, date=date(2024, 3, 15), is_example=True)
    reports.add_recommendation(panel, SYSTEM, values())
    reports.publish(panel, SYSTEM)
    assert Report.objects.get().is_example and list(history(Report.objects.get()))[-1].actor is None
