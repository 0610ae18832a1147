"""Reference population figures: the Service's staff load them from a CSV file (every line checked, each
problem named with its line, all or nothing); the inclusion tables then compare the participants with them and
name their source and year, and still say which dimensions have none."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from polyvox.accounts.testing import sign_in
from polyvox.core.workflow import SYSTEM, apply
from polyvox.followup import evaluation, population
from polyvox.followup.imports import ImportRefused
from polyvox.followup.models import PopulationFigure, PopulationLoad
from polyvox.places.models import Municipality
from polyvox.questionnaires import services as questionnaires

pytestmark = pytest.mark.django_db

TEST_CSV = (Path(__file__).parent / "data" / "population-test.csv").read_bytes()
HEADER = "nis_code,dimension,category,count,year,source\n"
SOURCE = "TEST DATA, invented for the tests, not real figures"


@pytest.fixture
def places(db):
    for code, name in (("21001", "Anderlecht"), ("21004", "Bruxelles")):
        Municipality.objects.get_or_create(nis_code=code, defaults={"name_fr": name, "name_nl": name, "population": 1000,
                                                                     "latitude": 50.8, "longitude": 4.3})


def page():
    with translation.override("en"):
        return reverse("followup:population")


def upload(client, data: bytes, name="figures.csv"):
    return client.post(page(), {"file": SimpleUploadedFile(name, data, content_type="text/csv")})


def test_only_the_services_staff_reach_the_page(client, places, staff, organiser, stranger):
    assert client.get(page()).status_code == 302  # signed out: the sign-in page
    for person in (organiser, stranger):
        sign_in(client, person)
        assert client.get(page()).status_code == 404
        assert upload(client, TEST_CSV).status_code == 404
    assert not PopulationFigure.objects.exists()
    sign_in(client, staff)
    shown = client.get(page()).content.decode()
    assert "No figures: the evaluations show the participants" in shown and "nis_code,dimension,category" in shown


def test_the_staff_load_a_file_and_its_source_and_year_are_shown(client, places, staff):
    sign_in(client, staff)
    response = upload(client, TEST_CSV)
    assert response.status_code == 302
    assert PopulationFigure.objects.count() == 14 and PopulationLoad.objects.get().loaded_by == staff
    shown = client.get(page()).content.decode()
    assert SOURCE in shown and "2 / 2" in shown
    # Loading again replaces the same municipality, dimension and year: no duplicate, new counts.
    again = TEST_CSV.replace(b"21001,gender,woman,600", b"21001,gender,woman,650")
    assert upload(client, again).status_code == 302
    assert PopulationFigure.objects.count() == 14
    assert PopulationFigure.objects.get(municipality__nis_code="21001", dimension="gender", category="woman").count == 650


def test_a_wrong_file_is_refused_line_by_line_and_nothing_is_stored(client, places, staff):
    sign_in(client, staff)
    upload(client, TEST_CSV)
    before = list(PopulationFigure.objects.values_list("pk", "count"))
    lines = [
        "21001,gender,woman,700,2025,Statbel",     # line 2: fine alone, but the group misses "man"
        "99999,gender,man,10,2025,Statbel",        # 3: unknown municipality
        "21004,height,tall,10,2025,Statbel",       # 4: unknown dimension
        "21004,age_band,0-15,10,2025,Statbel",     # 5: not a category of the questionnaire
        "21004,gender,woman,1.000,2025,Statbel",   # 6: not a whole number
        "21004,gender,man,²,2025,Statbel",         # 7: a superscript two is no digit here
        "21004,language,fr,10,1850,Statbel",       # 8: year out of range
        "21004,language,nl,10,2025,",              # 9: no source
        "21004,gender,woman,10,2025,Statbel",      # 10: the same as line 6? no: line 6 was refused; fine
        "21004,gender,woman,11,2025,Statbel",      # 11: the same figure as line 10
    ]
    response = upload(client, (HEADER + "\n".join(lines) + "\n").encode())
    assert response.status_code == 400
    text = response.content.decode()
    for line, words in ((2, "the categories man are missing"), (3, "NIS code “99999”"), (4, "unknown dimension “height”"),
                        (5, "“0-15” is not a category of age_band"), (6, "the count is a whole number"),
                        (7, "the count is a whole number"), (8, "the year is a year from 1990"),
                        (9, "give the figure's source"), (11, "the same figure as on line 10")):
        assert f"Line {line}: " in text and words in text.replace("&#x27;", "'").replace("&quot;", '"'), (line, words)
    assert list(PopulationFigure.objects.values_list("pk", "count")) == before
    assert PopulationLoad.objects.count() == 1


@pytest.mark.parametrize("data, words", [
    (b"", "The file is empty."),
    (HEADER.encode(), "The file holds no figure"),
    (b"nis_code,dimension,category,count,year\n21001,gender,man,1,2024\n", "the column “source” is missing"),
    (b"nis,dimension,category,count,year,source\n", "unknown column “nis”"),
    (HEADER.encode() + "21001,gender,man,1,2024,Statbel\n".encode("latin-1") + b"\xe9\n", "is not UTF-8"),
    (b"x" * (2 * 1024 * 1024 + 10), "larger than 2 MB"),
])
def test_files_that_are_no_figures_are_refused_with_a_reason(places, staff, data, words):
    with translation.override("en"), pytest.raises(ImportRefused) as refused:
        population.load_csv(data, by=staff)
    assert words in " ".join(refused.value.problems)
    assert not PopulationFigure.objects.exists()


def test_semicolons_and_a_byte_order_mark_are_read(places, staff):
    data = b"\xef\xbb\xbf" + TEST_CSV.replace(b",", b";").replace(b"TEST DATA; invented for the tests; not real figures",
                                                                  b"TEST DATA invented")
    assert population.load_csv(data, by=staff).lines == 14


@pytest.fixture
def answered(plan, initiative, places):
    apply(plan, "publish_evaluation", by=SYSTEM)
    q = questionnaires.create_from_template("oecd-participants", subject=initiative)
    apply(q, "open", by=SYSTEM)
    for code, commune, gender, age in zip(questionnaires.issue_codes(q, 4), ["21001", "21001", "21004", "21004"],
                                          ["woman", "woman", "woman", "other"], ["16-24", "16-24", "25-39", "70+"]):
        questionnaires.answer(code.token, {"commune": commune, "gender": gender, "age-band": age, "language": "nl"})
    return plan


def test_without_reference_figures_the_report_says_which_dimensions_lack_them(answered):
    with translation.override("en"):
        data = evaluation.report(answered)
    assert "age band, gender, language" in data.missing_reference
    gender = next(t for t in data.inclusion if "gender" in t.title)
    assert gender.columns == ["Answer", "Participants", "Participants (%)"] and "shown alone" in gender.note
    commune = data.inclusion[0]
    assert "places data" in commune.note and "does not state their year" in commune.note


def test_with_reference_figures_the_report_compares_and_names_source_and_year(answered, staff):
    population.load_csv(TEST_CSV, by=staff)
    with translation.override("en"):
        data = evaluation.report(answered)
    assert "age band" not in data.missing_reference and "language" in data.missing_reference
    gender = next(t for t in data.inclusion if "gender" in t.title)
    assert gender.columns[-2:] == ["Population (%)", "Gap (points)"]
    assert SOURCE in gender.note and "year 2024" in gender.note
    woman = next(line for line in gender.lines if line.label == "a woman")
    assert woman.cells == [3, 75.0, 55.0, 20.0]  # 1,100 women of 2,000 residents
    other = next(line for line in gender.lines if "other" in line.label)
    assert other.cells[2:] == ["–", "–"]  # the source does not count it: no comparison made up
    age = next(t for t in data.inclusion if "age band" in t.title)
    young = next(line for line in age.lines if line.label == "16 to 24")
    assert young.cells == [2, 50.0, 15.0, 35.0]  # 300 of 2,000
    commune = data.inclusion[0]
    assert SOURCE in commune.note and "year 2024" in commune.note
    anderlecht = next(line for line in commune.lines if line.label == "Anderlecht")
    assert anderlecht.cells == [2, 50.0, 50.0, 0.0]
    # The initiative's own municipality, when it has figures, is the reference.
    initiative = answered.initiative
    initiative.municipality = Municipality.objects.get(nis_code="21004")
    initiative.save()
    with translation.override("en"):
        gender = next(t for t in evaluation.report(answered).inclusion if "gender" in t.title)
    assert next(line for line in gender.lines if line.label == "a woman").cells[2] == 50.0
    assert "Bruxelles" in gender.note


def test_the_page_and_pdf_show_the_source(client, answered, staff):
    population.load_csv(TEST_CSV, by=staff)
    with translation.override("en"):
        shown = client.get(reverse("followup:evaluation", args=[answered.initiative_id])).content.decode()
        document = client.get(reverse("followup:evaluation-pdf", args=[answered.initiative_id]))
    assert shown.count(SOURCE) >= 3
    import io

    import pypdf

    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(document.content)).pages)
    assert "TEST DATA" in text and "2024" in text
