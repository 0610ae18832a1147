"""Demo data of petitions (`polyvox demo`), in FR, NL and EN; every request is an invented example, marked so:
a regional petition past its threshold with its hearing scheduled, a citizens' suggestion for a deliberative
committee with its signatures per municipality, an interpellation in Anderlecht on a council sitting's agenda,
and a suggestion refused with its public reasons. The Parliament's committee secretariat gets a demo account."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from polyvox.core.messages import Msg
from polyvox.core.transitions import record
from polyvox.core.workflow import SYSTEM
from polyvox.petitions import clocks, identity
from polyvox.petitions.channels import install
from polyvox.petitions.models import (Channel, CouncilSitting, Petition, Signature, SignatureState, Source, State,
                                      Tally)
from polyvox.petitions.workflow import LIFECYCLE
from polyvox.places.models import Municipality

CLERK = "greffe.parlement@polyvox.example"

REQUESTS = [
    {
        "key": "rues-scolaires", "channel": "petition", "level": "region", "state": State.SCHEDULED,
        "title": {"fr": "Des rues scolaires devant chaque école primaire de la Région",
                  "nl": "Schoolstraten aan elke basisschool in het Gewest",
                  "en": "School streets in front of every primary school in the Region"},
        "body": {"fr": "Nous demandons au Parlement bruxellois d'inviter le Gouvernement à fermer à la circulation, aux heures "
                       "d'entrée et de sortie, la rue de chaque école primaire qui le demande, avec un budget régional pour "
                       "les aménagements.",
                 "nl": "Wij vragen het Brussels Parlement de Regering te verzoeken de straat van elke basisschool die erom "
                       "vraagt af te sluiten voor het verkeer bij het begin en einde van de schooldag, met een gewestelijk "
                       "budget voor de inrichting.",
                 "en": "We ask the Brussels Parliament to invite the Government to close the street of every primary school "
                       "that asks for it to traffic at the start and end of the school day, with a regional budget for the works."},
        "author": "Collectif Parents en mouvement (exemple)", "signatures": 1046, "initiative": None,
    },
    {
        "key": "air-commission", "channel": "suggestion", "level": "region", "state": State.OPEN,
        "title": {"fr": "Une commission délibérative sur la qualité de l'air à Bruxelles",
                  "nl": "Een overlegcommissie over de luchtkwaliteit in Brussel",
                  "en": "A deliberative committee on air quality in Brussels"},
        "body": {"fr": "Nous suggérons au Parlement de réunir une commission délibérative de citoyens tirés au sort et de "
                       "députés sur les mesures à prendre pour respecter les valeurs guides de l'OMS d'ici 2035.",
                 "nl": "Wij stellen het Parlement voor een overlegcommissie van gelote burgers en parlementsleden samen te "
                       "brengen over de maatregelen om tegen 2035 de richtwaarden van de WHO te halen.",
                 "en": "We suggest that the Parliament bring together a deliberative committee of citizens drawn by lot and "
                       "members of parliament on the measures needed to meet the WHO guideline values by 2035."},
        "author": "Brussels Clean Air (example)", "signatures": 637, "initiative": "commissions-deliberatives",
    },
    {
        "key": "anderlecht-eclairage", "channel": "interpellation", "level": "commune", "state": State.SCHEDULED,
        "municipality": "21001",
        "title": {"fr": "L'éclairage du parc Astrid le soir", "nl": "De verlichting van het Astridpark 's avonds",
                  "en": "Lighting in Astrid Park in the evening"},
        "body": {"fr": "Les habitants du quartier demandent au conseil communal quand l'éclairage des allées du parc Astrid "
                       "sera réparé et s'il peut rester allumé jusqu'à 22 heures.",
                 "nl": "De buurtbewoners vragen de gemeenteraad wanneer de verlichting van de paden in het Astridpark "
                       "hersteld wordt en of ze tot 22 uur kan blijven branden.",
                 "en": "Residents of the neighbourhood ask the municipal council when the lighting of the paths in Astrid Park "
                       "will be repaired and whether it can stay on until 10 p.m."},
        "author": "Comité de quartier Scheut (exemple)", "signatures": 31, "initiative": None,
    },
    {
        "key": "refused-mobilite", "channel": "suggestion", "level": "region", "state": State.REFUSED,
        "title": {"fr": "Une commission délibérative sur le stationnement", "nl": "Een overlegcommissie over parkeren",
                  "en": "A deliberative committee on parking"},
        "body": {"fr": "Nous suggérons une commission délibérative sur la politique de stationnement régionale.",
                 "nl": "Wij stellen een overlegcommissie voor over het gewestelijk parkeerbeleid.",
                 "en": "We suggest a deliberative committee on the regional parking policy."},
        "author": "Habitants de Laeken (exemple)", "signatures": 0, "initiative": "commissions-deliberatives",
        "refusal": {"fr": "Une commission délibérative a traité de la mobilité et du stationnement il y a huit mois ; le même "
                          "sujet peut revenir après douze mois, soit à partir de l'automne prochain.",
                    "nl": "Een overlegcommissie behandelde mobiliteit en parkeren acht maanden geleden; hetzelfde onderwerp kan "
                          "na twaalf maanden terugkomen, dus vanaf volgend najaar.",
                    "en": "A deliberative committee dealt with mobility and parking eight months ago; the same subject may "
                          "come back after twelve months, that is from next autumn."},
    },
]

# How the demo signatures spread over the municipalities (NIS code: weight).
SPREAD = {"21004": 14, "21009": 11, "21015": 10, "21001": 9, "21013": 8, "21016": 7, "21012": 7, "21008": 6, "21007": 5,
          "21017": 5, "21018": 4, "21019": 4, "21002": 3, "21003": 3, "21005": 3, "21006": 3, "21010": 2, "21011": 2, "21014": 2}


def load(out, options):
    from polyvox.organisations.models import Organisation

    install(Channel)
    parliament = Organisation.objects.filter(slug="parlement-bruxellois").first()
    anderlecht_org = Organisation.objects.filter(slug="commune-anderlecht").first()
    towns = {m.nis_code: m for m in Municipality.objects.all()}
    if parliament is None or not towns:
        out.write("  petitions: skipped (no Parliament or municipalities yet)")
        return
    _clerk(parliament)
    now = timezone.now()
    sitting, _created = CouncilSitting.objects.get_or_create(
        municipality=towns["21001"], is_example=True, place="Hôtel communal d'Anderlecht, salle du conseil",
        defaults={"starts_at": (now + datetime.timedelta(days=28)).replace(hour=18, minute=30, second=0, microsecond=0)})
    made = 0
    for item in REQUESTS:
        if Petition.objects.filter(is_example=True, title_fr=item["title"]["fr"]).exists():
            continue
        made += 1
        _request(item, parliament=parliament, anderlecht=anderlecht_org, towns=towns, sitting=sitting, now=now)
    out.write(f"  petitions: {made} example requests, 1 council sitting in Anderlecht, secretariat {CLERK}")


def _clerk(parliament):
    from polyvox.accounts.models import User
    from polyvox.organisations.models import Role, RoleAssignment

    user = User.objects.filter(email__iexact=CLERK).first()
    if user is None:
        user = User(email=CLERK, first_name="Greffe", last_name="Parlement", display_name="Greffe P.", preferred_language="fr",
                    is_active=True, email_confirmed=True)
        user.set_password(settings.DEMO_PASSWORD)
        user.save()
    RoleAssignment.objects.get_or_create(user=user, organisation=parliament, role=Role.EDITOR)
    try:
        from polyvox.accounts.demo import enrol_demo_device

        enrol_demo_device(user)
    except ImportError:
        pass


@transaction.atomic
def _request(item, *, parliament, anderlecht, towns, sitting, now):
    """The request moves through the workflow (by the platform); its dates are then set to the story's."""
    from polyvox.initiatives.models import Initiative

    channel = Channel.objects.get(kind=item["channel"])
    municipality = towns.get(item.get("municipality", ""))
    petition = Petition(channel=channel, level=item["level"], municipality=municipality, is_example=True,
                        receiver=anderlecht if municipality else parliament, author_name=item["author"],
                        original_language="fr", state=State.DRAFT, created_at=now - datetime.timedelta(days=70),
                        initiative=Initiative.objects.filter(slug=item["initiative"]).first() if item["initiative"] else None)
    for code in ("fr", "nl", "en"):
        setattr(petition, f"title_{code}", item["title"][code])
        setattr(petition, f"body_{code}", item["body"][code])
    petition.save()
    record(petition, "create", message=Msg("Draft written"))
    LIFECYCLE.apply(petition, "file", by=SYSTEM, message=Msg("Filed with the receiving institution"))
    if item["state"] == State.REFUSED:
        LIFECYCLE.apply(petition, "refuse", by=SYSTEM, ground="recent_subject", reasons=item["refusal"],
                        message=item["refusal"]["fr"])
        _dates(petition, filed_at=now - datetime.timedelta(days=65), decided_at=now - datetime.timedelta(days=58))
        return
    LIFECYCLE.apply(petition, "accept", by=SYSTEM)
    opened = now - datetime.timedelta(days=60)
    _dates(petition, filed_at=now - datetime.timedelta(days=65), decided_at=opened, opens_at=opened,
           deadline=clocks.add_months(opened, channel.signing_months))
    _signatures(petition, item["signatures"], towns, municipality)
    if item["state"] != State.SCHEDULED:
        return
    LIFECYCLE.apply(petition, "reach_threshold", by=SYSTEM,
                    message=Msg("Threshold of %(count)s signatures reached", count=petition.threshold))
    reached = now - datetime.timedelta(days=20)
    _dates(petition, threshold_reached_at=reached,  # the answer is due some months after the filing
           answer_due=clocks.add_months(petition.filed_at, channel.answer_months) if channel.answer_months else None)
    if municipality is not None:
        LIFECYCLE.apply(petition, "schedule", by=SYSTEM, sitting=sitting)
    else:
        LIFECYCLE.apply(petition, "schedule", by=SYSTEM, place="Parlement bruxellois, salle 201",
                        hearing_at=(now + datetime.timedelta(days=16)).replace(hour=14, minute=0, second=0, microsecond=0))


def _dates(petition, **fields):
    Petition.objects.filter(pk=petition.pk).update(**fields)
    for name, value in fields.items():
        setattr(petition, name, value)


def _signatures(petition, count, towns, only):
    """`count` valid example signatures (keyed like real ones), then the count and tallies derived from the rows."""
    weights = [(towns[nis], weight) for nis, weight in SPREAD.items()] if only is None else [(only, 1)]
    total_weight = sum(weight for _town, weight in weights)
    rows, n = [], 0
    born = datetime.date(1980, 1, 1)
    for town, weight in weights:
        share = round(count * weight / total_weight) if only is None else count
        for _i in range(share):
            n += 1
            name = f"Signataire exemple {n}"
            rows.append(Signature(petition=petition, state=SignatureState.VALID, source=Source.ONLINE,
                                  person_key=identity.person_key(name, born, town.pk),
                                  email_key=identity.email_key(f"exemple{n}@example.org"), full_name=name,
                                  email=f"exemple{n}@example.org", date_of_birth=born, municipality=town, language="fr",
                                  confirmed_at=timezone.now()))
    Signature.objects.bulk_create(rows, batch_size=500)
    tallies = {}
    for row in rows:
        tallies[row.municipality_id] = tallies.get(row.municipality_id, 0) + 1
    Tally.objects.bulk_create([Tally(petition=petition, municipality_id=town, count=value) for town, value in tallies.items()])
    Petition.objects.filter(pk=petition.pk).update(signature_count=len(rows))
    petition.signature_count = len(rows)
