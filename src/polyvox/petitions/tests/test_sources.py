"""The channels' figures and citations as checked against public sources, what remains to be checked, the correction
of texts shipped before, and the answer clock counted from the filing."""

from __future__ import annotations

import datetime
import importlib

import pytest
from django.apps import apps
from django.utils import timezone

from polyvox.petitions import clocks
from polyvox.petitions.channels import DEFAULTS
from polyvox.petitions.models import Channel, ChannelKind, Petition
from polyvox.petitions.tests.conftest import client_for, make_open, sign_and_confirm, signer
from polyvox.petitions.workflow import LIFECYCLE

pytestmark = pytest.mark.django_db


def test_checked_figures_and_citations(world):
    petition, suggestion, interpellation = (world.channels[k] for k in ("petition", "suggestion", "interpellation"))
    assert (petition.threshold, petition.minimum_age, petition.answer_months) == (1000, 16, 6)
    assert "20 juillet 2016" in petition.legal_source and "2020" in petition.legal_source
    assert "règlement" not in petition.legal_source.split(";")[0].lower()  # the right to be heard is an ordinance's
    assert suggestion.same_subject_months == 12 and "36" in suggestion.panels_note_en and "45" in suggestion.panels_note_en
    assert "art. 25/1" not in suggestion.legal_source  # an article number written from memory, not found
    assert (interpellation.threshold, interpellation.max_per_sitting, interpellation.same_subject_months,
            interpellation.quiet_months_before_elections) == (25, 3, 3, 6)
    assert "89bis" in interpellation.legal_source and "2006" in interpellation.legal_source
    assert "20 dans certaines communes" not in interpellation.description_fr
    for channel in (petition, suggestion, interpellation):
        assert channel.legal_source_url.startswith("https://") and channel.legal_source_url.count("/") > 3
        for code, checked, to_check in (("fr", "Vérifié", "À vérifier"), ("nl", "Nagekeken", "Na te kijken"),
                                        ("en", "Checked", "To be checked")):
            note = getattr(channel, f"sources_note_{code}")
            assert note.startswith(checked) and to_check in note


def test_guide_and_admin_say_what_remains_to_be_checked(world):
    guide = client_for().get("/en/petitions/guide/").content.decode()
    assert "To be checked against the cited source" in guide and "The cited legal source prevails" in guide
    federal = client_for().get("/en/petitions/guide/", {"text": "Raise the pension"}).content.decode()
    assert "law of 2 May 2019" in federal and "14,500" in federal and "2,500" in federal
    field = Channel._meta.get_field("threshold")
    assert "check it against the legal source" in str(field.help_text)


def test_texts_shipped_before_are_corrected_unless_changed(world):
    migration = importlib.import_module("polyvox.petitions.migrations.0005_checked_sources")
    before = migration.SHIPPED_BEFORE
    Channel.objects.filter(kind="petition").update(legal_source=before["petition"]["legal_source"],
                                                   description_fr=before["petition"]["description_fr"], sources_note_fr="")
    Channel.objects.filter(kind="suggestion").update(legal_source="Texte de l'administrateur")
    migration.correct(apps, None)
    petition, suggestion = Channel.objects.get(kind="petition"), Channel.objects.get(kind="suggestion")
    shipped = {values["kind"]: values for values in DEFAULTS}
    assert petition.legal_source == shipped["petition"]["legal_source"]
    assert petition.description_fr == shipped["petition"]["description_fr"] and petition.sources_note_fr
    assert suggestion.legal_source == "Texte de l'administrateur"


def test_the_answer_is_due_months_after_the_filing(world):
    petition = make_open(world, threshold=1)
    filed = timezone.now() - datetime.timedelta(days=40)
    Petition.objects.filter(pk=petition.pk).update(filed_at=filed)
    petition.refresh_from_db()
    sign_and_confirm(petition, signer(world, 1))
    petition.refresh_from_db()
    assert petition.answer_due == clocks.add_months(filed, 6)
    interpellation = make_open(world, ChannelKind.INTERPELLATION, threshold=1, title="Éclairage")
    sign_and_confirm(interpellation, signer(world, 2))
    interpellation.refresh_from_db()
    assert interpellation.threshold_reached_at and interpellation.answer_due is None  # no answer clock
    assert LIFECYCLE.can(interpellation, "schedule")
