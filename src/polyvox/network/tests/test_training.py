"""Training programmes: attendance, completion from the programme's share, the bilingual certificate PDF (inside
the margins), who trained whom for the Service, and the trained facilitators offered when a workshop is created."""

import datetime as dt
import io

import pytest
from django.test import Client
from pypdf import PdfReader

from polyvox.accounts.testing import sign_in
from polyvox.core import pdf
from polyvox.core.tests.pdf_layout import outside
from polyvox.initiatives.tests import factories as f
from polyvox.network import training
from polyvox.network.models import Cohort, Trainee, TrainingProgramme, TrainingSession
from polyvox.organisations.models import RoleAssignment

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(world):
    environment = f.organisation("Bruxelles Environnement", kind="regional")
    found = TrainingProgramme.objects.create(slug="ci", title="Intelligence collective", title_fr="Intelligence collective",
                                             title_nl="Collectieve intelligentie", organisation=environment,
                                             trainer="Stephen Boucher")
    found.skills.set([world.facilitation])
    cohort = Cohort.objects.create(programme=found, name="Cohorte 1")
    sessions = [TrainingSession.objects.create(cohort=cohort, date=dt.date(2020, 2, 3) + dt.timedelta(days=7 * i))
                for i in range(5)]
    facilitator = f.user("lotte@test.example", name="Lotte Peeters")
    RoleAssignment.objects.create(user=facilitator, organisation=environment, role="facilitator")
    keen = Trainee.objects.create(cohort=cohort, name="Lotte Peeters", user=facilitator)
    absent = Trainee.objects.create(cohort=cohort, name="Jan Absent")
    for session in sessions:
        session.attendees.add(keen)
    sessions[0].attendees.add(absent)
    return found, cohort, keen, absent, environment


def test_completion_from_attendance_once(programme):
    found, cohort, keen, absent, _ = programme
    assert training.attendance_share(keen) == 100 and training.attendance_share(absent) == 20
    assert training.complete(cohort) == 1
    assert training.complete(cohort) == 0
    keen.refresh_from_db()
    absent.refresh_from_db()
    assert keen.completed_at and keen.certificate_number and absent.completed_at is None


def test_certificate_is_bilingual_and_inside_the_margins(programme, world):
    _, cohort, keen, _, _ = programme
    training.complete(cohort)
    keen.refresh_from_db()
    content = training.certificate_pdf(keen)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    assert "Certificat de réussite" in text and "Getuigschrift" in text
    assert "Intelligence collective" in text and "Collectieve intelligentie" in text and "Lotte Peeters" in text
    assert outside(content, pdf.MARGIN) == []


def test_who_may_download_a_certificate(programme, world):
    _, cohort, keen, absent, environment = programme
    training.complete(cohort)
    url = f"/fr/network/certificates/{keen.pk}.pdf"
    assert sign_in(Client(), keen.user).get(url)["Content-Type"] == "application/pdf"
    assert sign_in(Client(), world.staff).get(url).status_code == 200
    assert sign_in(Client(), world.outsider).get(url).status_code == 404
    assert sign_in(Client(), world.staff).get(f"/fr/network/certificates/{absent.pk}.pdf").status_code == 404


def test_the_service_sees_who_trained_whom(programme, world):
    _, cohort, _, _, _ = programme
    training.complete(cohort)
    page = sign_in(Client(), world.staff).get("/fr/network/trainings/").content.decode()
    assert "Bruxelles Environnement" in page and "Cohorte 1" in page
    assert sign_in(Client(), world.outsider).get("/fr/network/trainings/").status_code == 404


def test_attendance_is_recorded_by_the_organisers(programme, world):
    found, cohort, keen, absent, _ = programme
    session = cohort.sessions.last()
    staff = sign_in(Client(), world.staff)
    assert staff.get(f"/fr/network/trainings/ci/sessions/{session.pk}/").status_code == 200
    staff.post("/fr/network/trainings/ci/", {"action": "attendance", "session": session.pk, "present": [absent.pk, "x"]})
    assert list(session.attendees.all()) == [absent]
    # A session or cohort that is no number is not found (no 500), and nothing changes.
    for action, field in (("attendance", "session"), ("complete", "cohort")):
        for hostile in ("\r\n\x1b[31m", "²", "abc"):
            assert staff.post("/fr/network/trainings/ci/", {"action": action, field: hostile}).status_code == 404
    assert list(session.attendees.all()) == [absent]
    assert sign_in(Client(), world.outsider).post("/fr/network/trainings/ci/", {"action": "complete", "cohort": cohort.pk}).status_code == 404
    staff.post("/fr/network/trainings/ci/", {"action": "complete", "cohort": cohort.pk})
    keen.refresh_from_db()
    assert keen.completed_at  # 4 of 5 sessions = 80 %


def test_workshops_offer_trained_facilitators(programme, world):
    _, cohort, keen, _, _ = programme
    page = sign_in(Client(), world.staff).get("/fr/workshops/").content.decode()
    assert "trained-facilitators" not in page
    training.complete(cohort)
    page = sign_in(Client(), world.staff).get("/fr/workshops/").content.decode()
    assert "trained-facilitators" in page and "Lotte Peeters" in page
    assert [t.user for t in training.trained_facilitators()] == [keen.user]


def test_demo_trains_two_hundred_brussels_environment_officials():
    from polyvox.accounts import demo as accounts_demo
    from polyvox.network import demo
    from polyvox.organisations import demo as organisations_demo
    from polyvox.places import demo as places_demo

    for module in (places_demo, organisations_demo, accounts_demo, demo, demo):
        module.load(io.StringIO(), {})
    programme = TrainingProgramme.objects.get(slug="intelligence-collective-be")
    cohorts = list(programme.cohorts.order_by("id"))
    assert [c.trainees.count() for c in cohorts] == [150, 50]
    assert cohorts[0].sessions.count() >= 20
    completed = Trainee.objects.filter(cohort__programme=programme, completed_at__isnull=False)
    assert 150 < completed.count() < 200
    assert "facilitator@polyvox.example" in [t.user.email for t in training.trained_facilitators()]
