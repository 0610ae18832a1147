"""The receiving institution's back office: admissibility, council sittings and their slots, paper, exports,
invalidation and the answer that feeds the follow-up tracker."""

from __future__ import annotations

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from polyvox.petitions import services
from polyvox.petitions.models import ChannelKind, CouncilSitting, Petition, State
from polyvox.petitions.tests.conftest import client_for, make_open, sign_and_confirm, signer, sitting

pytestmark = pytest.mark.django_db


def filed(world, kind=ChannelKind.PETITION, title="Un parc pour tous"):
    level = "commune" if kind == ChannelKind.INTERPELLATION else "region"
    petition = services.create_draft(author=world.author, channel=world.channels[kind], level=level,
                                     municipality=world.anderlecht if level == "commune" else None, title=title,
                                     body="…", language="fr", author_name="Awa")
    services.file(petition, by=world.author)
    return petition


def test_queue_and_admissibility(world):
    petition = filed(world)
    clerk = client_for(world.clerk)
    assert "Un parc pour tous" in clerk.get(reverse("petitions:office")).content.decode()
    assert client_for(world.council).get(reverse("petitions:manage", args=[petition.pk])).status_code == 404
    assert client_for(world.citizen).get(reverse("petitions:office")).status_code == 404
    clerk.post(reverse("petitions:decide", args=[petition.pk]), {"action": "accept"})
    petition.refresh_from_db()
    assert petition.state == State.OPEN


def test_refusal_with_public_reasons_shown(world):
    petition = filed(world)
    clerk = client_for(world.clerk)
    empty = clerk.post(reverse("petitions:decide", args=[petition.pk]), {"action": "refuse", "ground": "not_competent"})
    assert empty.status_code == 400 and "motivé publiquement" in empty.content.decode()
    clerk.post(reverse("petitions:decide", args=[petition.pk]),
               {"action": "refuse", "ground": "not_competent", "reasons_fr": "Compétence fédérale.", "reasons_nl": "Federale bevoegdheid."})
    page = client_for().get(f"/nl/petitions/{petition.pk}/").content.decode()
    assert "Federale bevoegdheid." in page and "Geweigerd" in page


def test_sitting_too_close_and_fourth_interpellation_via_the_office(world):
    near, far = sitting(world, days_ahead=5), sitting(world, days_ahead=40)
    council = client_for(world.council)
    first = make_open(world, ChannelKind.INTERPELLATION, threshold=1)
    sign_and_confirm(first, signer(world, 1))
    response = council.post(reverse("petitions:schedule", args=[first.pk]), {"sitting": near.pk})
    assert response.status_code == 400 and "trop proche" in response.content.decode()
    for n in range(3):
        other = make_open(world, ChannelKind.INTERPELLATION, threshold=1, title=f"Sujet {n}")
        sign_and_confirm(other, signer(world, 10 + n))
        assert council.post(reverse("petitions:schedule", args=[other.pk]), {"sitting": far.pk}).status_code == 302
    fourth = council.post("/nl" + reverse("petitions:schedule", args=[first.pk])[3:], {"sitting": far.pk})
    assert fourth.status_code == 400 and "al haar 3 interpellaties" in fourth.content.decode()
    first.refresh_from_db()
    assert first.state == State.THRESHOLD and far.interpellations.count() == 3
    agenda = council.get(reverse("petitions:sittings")).content.decode()
    assert "Sujet 0" in agenda and "3/3" in agenda
    public = client_for().get(reverse("petitions:sitting", args=[far.pk])).content.decode()
    assert "Sujet 2" in public


def test_council_adds_sittings_only_for_its_commune(world):
    council = client_for(world.council)
    when = (timezone.localtime() + datetime.timedelta(days=20)).strftime("%Y-%m-%dT%H:%M")
    council.post(reverse("petitions:sittings"), {"municipality": world.anderlecht.pk, "starts_at": when, "place": "Hôtel communal"})
    bad = council.post(reverse("petitions:sittings"), {"municipality": world.ixelles.pk, "starts_at": when})
    assert bad.status_code == 400 and CouncilSitting.objects.count() == 1
    assert client_for(world.clerk).get(reverse("petitions:sittings")).status_code == 404


def test_paper_invalidation_and_exports(world):
    from pypdf import PdfReader

    petition = make_open(world)
    sign_and_confirm(petition, signer(world, 1))
    line = {"sheet": "S1", "line": 1, "full_name": "=HYPERLINK(\"x\")", "date_of_birth": "1960-02-02", "municipality": world.ixelles.pk}
    client_for(world.clerk).post(reverse("petitions:key_paper", args=[petition.pk]), line)
    client_for(world.clerk2).post(reverse("petitions:key_paper", args=[petition.pk]), line)
    petition.refresh_from_db()
    assert petition.signature_count == 2
    csv_text = client_for(world.clerk).get(reverse("petitions:export", args=[petition.pk, "csv"])).content.decode()
    assert "Personne 1" in csv_text and "'=HYPERLINK" in csv_text
    pdf = client_for(world.clerk).get(reverse("petitions:export", args=[petition.pk, "pdf"]))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Personne 1" in text
    assert client_for(world.citizen).get(reverse("petitions:export", args=[petition.pk, "csv"])).status_code == 404
    first = petition.signatures.order_by("pk").first()
    client_for(world.staff).post(reverse("petitions:invalidate", args=[petition.pk]), {"signatures": str(first.pk), "reason": "doublon"})
    petition.refresh_from_db()
    assert petition.signature_count == 1


def test_answer_creates_a_commitment_in_the_follow_up(world):
    from polyvox.followup.models import Commitment
    from polyvox.initiatives.tests import factories as f

    petition = make_open(world, threshold=1)
    Petition.objects.filter(pk=petition.pk).update(initiative=f.initiative(organiser=world.parliament, title_fr="Droit de pétition"))
    sign_and_confirm(petition, signer(world, 1))
    clerk = client_for(world.clerk)
    when = (timezone.localtime() + datetime.timedelta(days=10)).strftime("%Y-%m-%dT%H:%M")
    clerk.post(reverse("petitions:schedule", args=[petition.pk]), {"hearing_at": when, "place": "Salle 201"})
    response = clerk.post(reverse("petitions:answer", args=[petition.pk]), {
        "outcome": "adopt_in_part", "answer_fr": "Nous planterons 300 arbres.", "answer_nl": "We planten 300 bomen.",
        "video_url": "https://video.example/hearing", "documents": "Rapport | https://docs.example/rapport.pdf"})
    assert response.status_code == 302
    petition.refresh_from_db()
    assert petition.state == State.ANSWERED and petition.documents.count() == 1
    commitment = Commitment.objects.get(source_id=petition.pk)
    assert commitment.text_fr == petition.title_fr and commitment.answer == "partly"
    page = client_for().get(petition.get_absolute_url()).content.decode()
    assert "Nous planterons 300 arbres." in page and "https://video.example/hearing" in page


def test_same_subject_within_the_waiting_period_is_shown_to_the_secretariat(world):
    earlier = make_open(world, ChannelKind.SUGGESTION, title="Commission délibérative sur le logement",
                        body="Une commission délibérative sur le logement abordable.")
    assert earlier.decided_at is not None
    again = filed(world, ChannelKind.SUGGESTION, title="Commission délibérative logement abordable")
    page = client_for(world.clerk).get(reverse("petitions:manage", args=[again.pk])).content.decode()
    assert "décidées au cours des 12 derniers mois" in page and "Commission délibérative sur le logement" in page
