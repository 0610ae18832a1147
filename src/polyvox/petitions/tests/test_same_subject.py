"""The waiting period before the same subject may come back (12 months for a citizens' suggestion, 3 for a communal
interpellation), enforced by the workflow at filing and at admissibility, with the date it may come back."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import formats, timezone, translation

from polyvox.core.workflow import Refused
from polyvox.petitions import clocks, same_subject, services
from polyvox.petitions.models import ChannelKind, Petition, State
from polyvox.petitions.similar import PROCEDURE, subject_share, stems
from polyvox.petitions.tests.conftest import client_for, make_open, sign_and_confirm, signer, sitting
from polyvox.petitions.workflow import LIFECYCLE

pytestmark = pytest.mark.django_db

HOUSING = ("Une commission délibérative sur le logement abordable",
           "Nous suggérons une commission délibérative sur le logement abordable et le prix des loyers.")
HOUSING_NL = ("Een overlegcommissie over betaalbare huisvesting",
              "Wij stellen een overlegcommissie voor over betaalbare huisvesting en de huurprijzen.")


def draft(world, kind=ChannelKind.SUGGESTION, title=HOUSING[0], body=HOUSING[1], language="fr", municipality=None):
    level = "commune" if kind == ChannelKind.INTERPELLATION else "region"
    return services.create_draft(author=world.author, channel=world.channels[kind], level=level,
                                 municipality=municipality or (world.anderlecht if level == "commune" else None),
                                 title=title, body=body, language=language, author_name="Awa")


def refused_suggestion(world, title=HOUSING[0], body=HOUSING[1], translation=HOUSING_NL):
    earlier = draft(world, title=title, body=body)
    if translation:
        Petition.objects.filter(pk=earlier.pk).update(title_nl=translation[0], body_nl=translation[1])
        earlier.refresh_from_db()
    services.file(earlier, by=world.author)
    LIFECYCLE.apply(earlier, "refuse", by=world.clerk, ground="other",
                    reasons={"fr": "Trop de commissions sont déjà prévues.", "nl": "", "en": ""})
    earlier.refresh_from_db()
    return earlier


def day(moment) -> str:
    if isinstance(moment, datetime.datetime):
        moment = timezone.localtime(moment).date()
    return formats.date_format(moment, "DATE_FORMAT")


def test_same_subject_within_12_months_cannot_be_filed_and_says_from_when(world):
    earlier = refused_suggestion(world)
    again = draft(world, title="Commission délibérative : le logement abordable",
                  body="Le logement abordable et les loyers à Bruxelles.")
    with pytest.raises(Refused) as refused:
        services.file(again, by=world.author)
    back = clocks.add_months(timezone.localtime(earlier.decided_at).date(), 12)
    assert day(back) in str(refused.value) and earlier.title in str(refused.value)
    again.refresh_from_db()
    assert again.state == State.DRAFT and again.filed_at is None
    # the author saw it before: the draft's page says so and offers no button to file
    page = client_for(world.author).get(again.get_absolute_url()).content.decode()
    assert "ne peut pas encore être déposée" in page and day(back) in page
    assert reverse("petitions:file", args=[again.pk]) not in page


def test_after_12_months_the_same_subject_is_accepted(world):
    earlier = refused_suggestion(world)
    Petition.objects.filter(pk=earlier.pk).update(decided_at=clocks.add_months(timezone.now(), -12)
                                                  - datetime.timedelta(days=1))
    again = draft(world, title="Commission délibérative : le logement abordable",
                  body="Le logement abordable et les loyers à Bruxelles.")
    services.file(again, by=world.author)
    LIFECYCLE.apply(again, "accept", by=world.clerk)
    again.refresh_from_db()
    assert again.state == State.OPEN


def test_the_search_finds_the_subject_in_another_language(world):
    earlier = refused_suggestion(world)
    again = draft(world, title="Betaalbare huisvesting", body="Over betaalbare huisvesting en de huurprijzen in Brussel.",
                  language="nl")
    found = same_subject.blocking(again)
    assert found is not None and found.petition == earlier and not found.recorded
    with pytest.raises(Refused):
        services.file(again, by=world.author)


def test_other_channels_and_other_subjects_are_not_affected(world):
    refused_suggestion(world)
    petition = services.create_draft(author=world.author, channel=world.channels["petition"], level="region",
                                     municipality=None, title=HOUSING[0], body=HOUSING[1], language="fr", author_name="Awa")
    services.file(petition, by=world.author)  # a petition on the same subject: another channel, no waiting period
    parking = draft(world, title="Une commission délibérative sur le stationnement",
                    body="Nous suggérons une commission délibérative sur la politique de stationnement régionale.")
    services.file(parking, by=world.author)  # "commission délibérative" names the procedure, not the subject
    petition.refresh_from_db()
    parking.refresh_from_db()
    assert petition.state == State.FILED and parking.state == State.FILED


def test_procedure_words_do_not_make_two_subjects_the_same():
    air = stems("Une commission délibérative sur la qualité de l'air à Bruxelles. Nous suggérons au Parlement de réunir "
                "une commission délibérative de citoyens tirés au sort et de députés.")
    share, words = subject_share("Une commission délibérative sur le stationnement",
                                 "Nous suggérons une commission délibérative sur la politique de stationnement.", air)
    assert share < 0.6 and {"commission", "deliberative", "suggerons"} <= PROCEDURE
    share, words = subject_share("La qualité de l'air", "Mesurer la qualité de l'air", air)
    assert share >= 0.6 and words >= 2


def test_secretariat_records_the_same_subject_then_the_refusal_gives_the_date(world):
    earlier = refused_suggestion(world, translation=None)
    other_words = draft(world, title="Des loyers encadrés", body="Encadrer les loyers des appartements.")
    services.file(other_words, by=world.author)  # the search does not see it: different words
    clerk = client_for(world.clerk)
    manage = reverse("petitions:manage", args=[other_words.pk])
    assert "Enregistrer le même sujet" in clerk.get(manage).content.decode()
    hostile = clerk.post(reverse("petitions:decide", args=[other_words.pk]), {"action": "same_subject", "same_subject_as": "²"})
    assert hostile.status_code == 400
    clerk.post(reverse("petitions:decide", args=[other_words.pk]), {"action": "same_subject", "same_subject_as": earlier.pk})
    other_words.refresh_from_db()
    assert other_words.same_subject_as == earlier
    back = clocks.add_months(timezone.localtime(earlier.decided_at).date(), 12)
    accepted = clerk.post(reverse("petitions:decide", args=[other_words.pk]), {"action": "accept"})
    assert accepted.status_code == 400 and day(back) in accepted.content.decode()
    clerk.post(reverse("petitions:decide", args=[other_words.pk]), {"action": "refuse", "ground": "recent_subject"})
    other_words.refresh_from_db()
    assert other_words.state == State.REFUSED and other_words.may_return_on == back
    with translation.override("nl"):
        assert day(back) in other_words.refusal_reasons_nl
    assert day(back) in other_words.refusal_reasons_fr
    public = client_for().get(f"/nl/petitions/{other_words.pk}/").content.decode()
    assert "Hetzelfde onderwerp mag terugkomen vanaf" in public and earlier.title in public
    # a refusal for this very rule treats nothing: it starts no new waiting period
    assert same_subject.treated_on(other_words) is None
    Petition.objects.filter(pk=earlier.pk).update(decided_at=timezone.now() - datetime.timedelta(days=400))
    after = draft(world, title="Des loyers encadrés", body="Encadrer les loyers des appartements.")
    services.file(after, by=world.author)


def test_only_the_secretariat_records_it_and_only_while_deciding(world):
    earlier = refused_suggestion(world)
    filed = draft(world, title="Des loyers encadrés", body="Encadrer les loyers.")
    services.file(filed, by=world.author)
    with pytest.raises(Refused):
        services.record_same_subject(filed, earlier, by=world.author)
    with pytest.raises(Refused):
        services.record_same_subject(filed, filed, by=world.clerk)
    filed.refresh_from_db()
    assert filed.same_subject_as is None


def test_interpellations_share_the_rule_with_three_months_in_their_own_commune(world):
    heard = make_open(world, ChannelKind.INTERPELLATION, title="L'éclairage du parc Astrid",
                      body="Quand l'éclairage des allées du parc Astrid sera-t-il réparé ?", threshold=1)
    sign_and_confirm(heard, signer(world, 1))
    heard.refresh_from_db()
    LIFECYCLE.apply(heard, "schedule", by=world.council, sitting=sitting(world, days_ahead=30))
    LIFECYCLE.apply(heard, "answer", by=world.council, answer={"fr": "Les travaux sont prévus.", "nl": "", "en": ""})
    heard.refresh_from_db()
    again = draft(world, ChannelKind.INTERPELLATION, title="Éclairage du parc Astrid",
                  body="L'éclairage des allées du parc Astrid est toujours en panne.")
    with pytest.raises(Refused) as refused:
        services.file(again, by=world.author)
    assert day(clocks.add_months(timezone.localtime(heard.answered_at).date(), 3)) in str(refused.value)
    elsewhere = draft(world, ChannelKind.INTERPELLATION, title="Éclairage du parc Astrid",
                      body="L'éclairage des allées du parc Astrid est toujours en panne.", municipality=world.ixelles)
    services.file(elsewhere, by=world.author)  # another council: not the same interpellation
    Petition.objects.filter(pk=heard.pk).update(answered_at=timezone.now() - datetime.timedelta(days=95))
    services.file(again, by=world.author)
    again.refresh_from_db()
    assert again.state == State.FILED


def test_the_author_is_warned_before_saving_the_draft(world):
    earlier = refused_suggestion(world)
    client = client_for(world.author)
    data = {"channel": world.channels["suggestion"].pk, "level": "region", "language": "fr", "author_name": "Awa",
            "title": "Commission délibérative : le logement abordable", "body": "Le logement abordable et les loyers."}
    first = client.post(reverse("petitions:new"), data)
    text = first.content.decode()
    back = clocks.add_months(timezone.localtime(earlier.decided_at).date(), 12)
    assert "Le même sujet a été traité récemment" in text and day(back) in text
    assert Petition.objects.count() == 1
    second = client.post(reverse("petitions:new"), {**data, "seen_similar": "1"})
    assert second.status_code == 302
    saved = Petition.objects.latest("pk")
    response = client.post(reverse("petitions:file", args=[saved.pk]), follow=True)
    assert day(back) in response.content.decode()
    saved.refresh_from_db()
    assert saved.state == State.DRAFT
