"""The rules of the channels and the signatures, through the services and the workflow."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.utils import timezone, translation

from polyvox.core.workflow import Refused
from polyvox.petitions import identity, services
from polyvox.petitions.models import (ChannelKind, CommuneRule, PaperEntry, Petition, Signature, SignatureState, State,
                                      Tally)
from polyvox.petitions.tests.conftest import make_open, sign_and_confirm, signer, sitting
from polyvox.petitions.workflow import LIFECYCLE

pytestmark = pytest.mark.django_db


def test_channels_ship_with_their_rules_and_sources(world):
    petition, suggestion, interpellation = (world.channels[k] for k in ("petition", "suggestion", "interpellation"))
    assert (petition.threshold, petition.minimum_age, petition.answer_months) == (1000, 16, 6)
    assert petition.level_list == ["region", "cocom", "cocof"]
    assert suggestion.same_subject_months == 12 and "45" in suggestion.panels_note_en
    assert (interpellation.threshold, interpellation.days_before_sitting, interpellation.max_per_sitting,
            interpellation.quiet_months_before_elections) == (25, 13, 3, 6)
    assert all(channel.legal_source for channel in (petition, suggestion, interpellation))


def test_lifecycle_through_the_workflow(world, django_capture_on_commit_callbacks):
    petition = make_open(world)
    assert petition.state == State.OPEN and petition.threshold == 1000
    assert petition.deadline.date() > timezone.now().date() + datetime.timedelta(days=360)
    Petition.objects.filter(pk=petition.pk).update(threshold=2)
    petition.refresh_from_db()
    sign_and_confirm(petition, signer(world, 1))
    assert not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        sign_and_confirm(petition, signer(world, 2, municipality=world.ixelles))
    petition.refresh_from_db()
    assert petition.state == State.THRESHOLD and petition.threshold_reached_at is not None
    assert petition.answer_due.date() > timezone.now().date() + datetime.timedelta(days=170)
    told = {address for message in mail.outbox if "Seuil" in message.subject or "Threshold" in message.subject for address in message.to}
    assert {"auteur@example.test", "greffe@parlement.test", "greffe2@parlement.test"} <= told
    LIFECYCLE.apply(petition, "schedule", by=world.clerk, hearing_at=timezone.now() + datetime.timedelta(days=20), place="Salle 201")
    LIFECYCLE.apply(petition, "answer", by=world.clerk, answer={"fr": "Le gouvernement plantera 500 arbres.", "nl": "", "en": ""})
    LIFECYCLE.apply(petition, "close", by=world.clerk)
    petition.refresh_from_db()
    assert petition.state == State.CLOSED and petition.answer_fr.startswith("Le gouvernement")


def test_only_the_receiving_secretariat_decides(world):
    petition = make_open(world, ChannelKind.INTERPELLATION)
    other = services.create_draft(author=world.author, channel=world.channels["petition"], level="region", municipality=None,
                                  title="Bus de nuit", body="Plus de bus la nuit.", language="fr", author_name="Awa")
    services.file(other, by=world.author)
    with pytest.raises(Refused):
        LIFECYCLE.apply(other, "accept", by=world.council)  # Anderlecht's council does not decide for the Parliament
    with pytest.raises(Refused):
        LIFECYCLE.apply(other, "accept", by=world.author)
    assert petition.receiver == world.commune and other.receiver == world.parliament


def test_refusal_needs_public_reasons(world):
    petition = services.create_draft(author=world.author, channel=world.channels["suggestion"], level="region",
                                     municipality=None, title="Commission sur le logement", body="…", language="fr",
                                     author_name="Awa")
    services.file(petition, by=world.author)
    with pytest.raises(Refused):
        LIFECYCLE.apply(petition, "refuse", by=world.clerk, ground="recent_subject", reasons={"fr": " ", "nl": "", "en": ""})
    LIFECYCLE.apply(petition, "refuse", by=world.clerk, ground="recent_subject",
                    reasons={"fr": "Sujet traité il y a 8 mois.", "nl": "Onderwerp 8 maanden geleden behandeld.", "en": ""})
    petition.refresh_from_db()
    assert petition.state == State.REFUSED and petition.refusal_reasons_nl.startswith("Onderwerp")


def test_interpellation_threshold_per_commune(world):
    CommuneRule.objects.create(municipality=world.anderlecht, threshold=20, days_before_sitting=15)
    petition = make_open(world, ChannelKind.INTERPELLATION)
    assert petition.threshold == 20 and petition.required_days_before_sitting() == 15


@pytest.mark.parametrize("language, expected", [("fr", "au moins 16 ans"), ("nl", "minstens 16 jaar"), ("en", "at least 16")])
def test_under_16_refused_in_the_signers_language(world, language, expected):
    petition = make_open(world)
    too_young = timezone.localdate().replace(year=timezone.localdate().year - 15)
    with translation.override(language), pytest.raises(services.SigningRefused) as refused:
        services.sign(petition, signer(world, born=too_young))
    assert expected in refused.value.message
    assert Signature.objects.count() == 0


def test_outside_the_commune_and_outside_the_region(world):
    interpellation = make_open(world, ChannelKind.INTERPELLATION)
    with pytest.raises(services.SigningRefused) as refused:
        services.sign(interpellation, signer(world, municipality=world.ixelles))
    assert "Anderlecht" in refused.value.message
    regional = make_open(world, title="Autre")
    details = signer(world)
    details.municipality = None
    with pytest.raises(services.SigningRefused):
        services.sign(regional, details)
    assert Signature.objects.count() == 0


def test_second_signature_refused_by_email_or_person(world):
    petition = make_open(world)
    sign_and_confirm(petition, signer(world, 1))
    with pytest.raises(services.SigningRefused) as refused:
        services.sign(petition, signer(world, 1, email="Personne1+autre@Example.be"))
    assert "déjà signé" in refused.value.message
    with pytest.raises(services.SigningRefused):  # same person, other address
        services.sign(petition, signer(world, 1, email="autre.adresse@example.be"))
    petition.refresh_from_db()
    assert petition.signature_count == 1 and Signature.objects.count() == 1


def test_pending_signature_gets_a_new_link(world):
    petition = make_open(world)
    first, _token = services.sign(petition, signer(world, 1))
    again, token = services.sign(petition, signer(world, 1))
    assert again.pk == first.pk
    services.confirm(token)
    assert Signature.objects.get().state == SignatureState.VALID


def test_confirmation_used_twice_and_forged(world):
    petition = make_open(world)
    _signature, token = services.sign(petition, signer(world, 1))
    services.confirm(token)
    with pytest.raises(services.SigningRefused) as used:
        services.confirm(token)
    assert "déjà" in used.value.message
    with pytest.raises(services.SigningRefused) as forged:
        services.confirm(token[:-3] + "abc")
    assert "pas valide" in forged.value.message
    petition.refresh_from_db()
    assert petition.signature_count == 1 and Tally.objects.get(petition=petition).count == 1


def test_disposable_addresses_refused(world):
    petition = make_open(world)
    assert identity.is_disposable("x@sub.mailinator.com") and not identity.is_disposable("x@skynet.be")
    with pytest.raises(services.SigningRefused):
        services.sign(petition, signer(world, email="robot@yopmail.com"))


def test_keys_normalise(world):
    assert identity.normalise_email("Jean.Dupont+petition@GoogleMail.com") == "jeandupont@gmail.com"
    born = datetime.date(1980, 1, 2)
    assert identity.person_key("Dupont, Jean-Marie", born, 1) == identity.person_key("jean marie DUPONT", born, 1)
    assert identity.person_key("Jean Dupont", born, 1) != identity.person_key("Jean Dupont", born, 2)


def test_interpellation_sitting_rules(world):
    first = make_open(world, ChannelKind.INTERPELLATION, threshold=1)
    near = sitting(world, days_ahead=5)
    far = sitting(world, days_ahead=40)
    sign_and_confirm(first, signer(world, 1))
    first.refresh_from_db()
    with pytest.raises(Refused) as too_close:
        LIFECYCLE.apply(first, "schedule", by=world.council, sitting=near)
    assert "13" in str(too_close.value)
    for n in range(3):
        other = make_open(world, ChannelKind.INTERPELLATION, title=f"Sujet {n}", threshold=1)
        sign_and_confirm(other, signer(world, 10 + n))
        other.refresh_from_db()
        LIFECYCLE.apply(other, "schedule", by=world.council, sitting=far)
    with pytest.raises(Refused) as full:
        LIFECYCLE.apply(first, "schedule", by=world.council, sitting=far)
    assert "3" in str(full.value)
    first.refresh_from_db()
    assert first.state == State.THRESHOLD and first.sitting is None and far.interpellations.count() == 3


def test_no_interpellation_before_elections(world):
    channel = world.channels["interpellation"]
    channel.next_communal_elections = timezone.localdate() + datetime.timedelta(days=60)
    channel.save()
    draft = services.create_draft(author=world.author, channel=channel, level="commune", municipality=world.anderlecht,
                                  title="Éclairage", body="…", language="fr", author_name="Awa")
    with pytest.raises(Refused) as refused:
        services.file(draft, by=world.author)
    assert "élections" in str(refused.value)
    draft.refresh_from_db()
    assert draft.state == State.DRAFT


def test_paper_double_keying_and_matching(world):
    petition = make_open(world)
    online = sign_and_confirm(petition, signer(world, 1))
    line = dict(sheet="A", line=1, full_name="Marie Peeters", date_of_birth=datetime.date(1970, 3, 3), municipality=world.ixelles)
    first = services.key_paper_line(petition, by=world.clerk, **line)
    assert first.outcome == PaperEntry.Outcome.AWAITING
    with pytest.raises(services.SigningRefused):
        services.key_paper_line(petition, by=world.clerk, **line)  # the same person keys twice
    second = services.key_paper_line(petition, by=world.clerk2, **line)
    assert second.outcome == PaperEntry.Outcome.COUNTED
    mismatch = services.key_paper_line(petition, by=world.clerk, **{**line, "line": 2, "full_name": "Jan Janssens"})
    differs = services.key_paper_line(petition, by=world.clerk2, **{**line, "line": 2, "full_name": "Jan Jansens"})
    assert mismatch.outcome == PaperEntry.Outcome.AWAITING and differs.outcome == PaperEntry.Outcome.MISMATCH
    # the online signer also signed on paper: matched by the keyed hash, not counted twice
    same = dict(sheet="B", line=1, full_name="personne 1", date_of_birth=online.date_of_birth, municipality=world.anderlecht)
    services.key_paper_line(petition, by=world.clerk, **same)
    assert services.key_paper_line(petition, by=world.clerk2, **same).outcome == PaperEntry.Outcome.DUPLICATE
    petition.refresh_from_db()
    assert petition.signature_count == 2 == Signature.objects.filter(state="valid").count()


def test_bulk_invalidation_is_audited_and_the_count_follows(world):
    from polyvox.core.transitions import history

    petition = make_open(world)
    signatures = [sign_and_confirm(petition, signer(world, n)) for n in range(4)]
    with pytest.raises(services.SigningRefused):
        services.invalidate(petition, [s.pk for s in signatures[:2]], by=world.author, reason="robots")
    with pytest.raises(services.SigningRefused):
        services.invalidate(petition, [s.pk for s in signatures[:2]], by=world.staff, reason=" ")
    assert services.invalidate(petition, [s.pk for s in signatures[:2]], by=world.staff, reason="Same IP, same second") == 2
    petition.refresh_from_db()
    assert petition.signature_count == 2 == Signature.objects.filter(state="valid").count()
    assert Tally.objects.get(petition=petition, municipality=world.anderlecht).count == 2
    assert history(petition).filter(action="invalidate_signatures", actor=world.staff).exists()


def test_reconciliation_alerts_staff(world):
    petition = make_open(world)
    sign_and_confirm(petition, signer(world, 1))
    assert services.reconcile() == []
    Petition.objects.filter(pk=petition.pk).update(signature_count=5)
    mail.outbox.clear()
    alerts = services.reconcile()
    assert [(a.stored_count, a.rows) for a in alerts] == [(5, 1)]
    assert mail.outbox and "staff@service.test" in mail.outbox[0].to


def test_anonymised_after_closing_keeping_counts_and_tallies(world):
    petition = make_open(world, threshold=1)
    sign_and_confirm(petition, signer(world, 1))
    petition.refresh_from_db()
    LIFECYCLE.apply(petition, "close", by=world.clerk)
    assert services.anonymise_closed(timezone.now() + datetime.timedelta(days=30)) == []
    done = services.anonymise_closed(timezone.now() + datetime.timedelta(days=200))
    assert len(done) == 1
    signature = Signature.objects.get()
    assert (signature.full_name, signature.email, signature.date_of_birth, signature.anonymised) == ("", "", None, True)
    petition.refresh_from_db()
    assert petition.signature_count == 1 and Tally.objects.get(petition=petition).count == 1
    assert services.anonymise_closed(timezone.now() + datetime.timedelta(days=400)) == []


def test_open_past_deadline_closes(world):
    petition = make_open(world)
    assert services.close_expired() == []
    Petition.objects.filter(pk=petition.pk).update(deadline=timezone.now() - datetime.timedelta(minutes=1))
    assert len(services.close_expired()) == 1
    petition.refresh_from_db()
    assert petition.state == State.CLOSED
