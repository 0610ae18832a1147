"""Demo: the network of public agents of participation (seed 002, part 04): 40 agents across the 19 communes and
regional bodies, CPAS and public housing companies, with their competences; two working groups with members,
resources and messages. The agents and the groups' contents are invented (marked as examples); the demo accounts
`agent01@network.polyvox.example` … `agent40@…` share the demo password. The Service's editors and facilitator are
members too. Idempotent."""

from __future__ import annotations

import random
from datetime import date as dt_date
from datetime import timedelta as dt_timedelta

from django.conf import settings
from django.contrib.auth import get_user_model

from polyvox.core.workflow import SYSTEM, apply
from polyvox.network.models import (AgentProfile, Competence, GroupMembership, GroupResource, Message, ProfileState,
                                    WorkingGroup)
from polyvox.network.workflow import NEW

COMPETENCES = [
    ("facilitation", "Facilitation", "Facilitatie", "Facilitation"),
    ("mobilisation", "Mobilisation des publics", "Mobilisatie van doelgroepen", "Mobilising the public"),
    ("tirage-au-sort", "Tirage au sort et panels", "Loting en panels", "Sortition and panels"),
    ("evaluation", "Évaluation", "Evaluatie", "Evaluation"),
    ("participation-en-ligne", "Participation en ligne", "Online participatie", "Online participation"),
    ("budget-participatif", "Budgets participatifs", "Participatieve budgetten", "Participatory budgets"),
    ("urbanisme-participatif", "Urbanisme participatif", "Participatieve stedenbouw", "Participatory urban planning"),
    ("inclusion", "Inclusion", "Inclusie", "Inclusion"),
    ("intelligence-collective", "Intelligence collective", "Collectieve intelligentie", "Collective intelligence"),
    ("marches-publics", "Marchés publics de participation", "Overheidsopdrachten voor participatie", "Public procurement of participation"),
]

ORGANISATIONS = [
    "commune-anderlecht", "commune-auderghem", "commune-berchem-sainte-agathe", "ville-de-bruxelles", "commune-etterbeek",
    "commune-evere", "commune-forest", "commune-ganshoren", "commune-ixelles", "commune-jette", "commune-koekelberg",
    "commune-molenbeek", "commune-saint-gilles", "commune-saint-josse", "commune-schaerbeek", "commune-uccle",
    "commune-watermael-boitsfort", "commune-woluwe-saint-lambert", "commune-woluwe-saint-pierre",
    "bruxelles-environnement", "bruxelles-mobilite", "urban-brussels", "perspective-brussels", "equal-brussels",
    "parlement-bruxellois", "cpas-saint-gilles", "cpas-bruxelles", "cpas-forest", "logement-molenbeekois",
    "foyer-schaerbeekois", "cocof", "vgc",
]
FIRST = ["Sarah", "Pieter", "Nadia", "Koen", "Fatima", "Julien", "Leen", "Youssef", "Camille", "Bram", "Ines", "Thomas",
         "Hanne", "Mehdi", "Sofie", "Olivier", "Aylin", "Wouter", "Chloé", "Karim"]
LAST = ["Lambert", "Janssens", "El Amrani", "Claes", "Dupont", "Maes", "Mertens", "Bouzid", "Leclercq", "Wouters",
        "Diallo", "Goossens", "Renard", "Vermeulen", "Kaya", "Simon", "Peeters", "Haddad", "Lemaire", "De Smet"]
ROLES = [("Chargée de participation", "participation officer"), ("Coordinateur de contrat de quartier", "neighbourhood contract coordinator"),
         ("Agent de développement local", "local development officer"), ("Médiatrice de quartier", "neighbourhood mediator"),
         ("Chargé de projets participatifs", "participatory projects officer")]
SERVICE_MEMBERS = ["editor.anderlecht@polyvox.example", "editor.bruxelles@polyvox.example",
                   "editor.environnement@polyvox.example", "facilitator@polyvox.example", "staff@polyvox.example"]

GROUPS = [
    ("inclusion-representativite",
     ("Groupe de travail Inclusion et représentativité", "Werkgroep Inclusie en representativiteit",
      "Working group on inclusion and representativeness"),
     ("Suite du module inclusion des ateliers : recruter, faciliter et garder l'engagement des personnes éloignées "
      "du débat public. *Groupe d'exemple.*",
      "Vervolg op de workshop inclusie: mensen die ver van het publieke debat staan rekruteren, begeleiden en betrokken "
      "houden. *Voorbeeldgroep.*",
      "Follow-up of the inclusion atelier module: recruiting, facilitating and keeping engaged people far from public "
      "debate. *Example group.*")),
    ("evaluation-suivi",
     ("Groupe de travail Évaluation et devoir de suite", "Werkgroep Evaluatie en opvolgingsplicht",
      "Working group on evaluation and the duty to follow up"),
     ("Harmoniser la terminologie et les pratiques d'évaluation, partager des grilles et le suivi des recommandations. "
      "*Groupe d'exemple.*",
      "Terminologie en evaluatiepraktijken harmoniseren, rasters delen en de opvolging van aanbevelingen. *Voorbeeldgroep.*",
      "Harmonising evaluation terms and practices, sharing grids and the follow-up of recommendations. *Example group.*")),
]


def load(out, options):
    from polyvox.organisations.models import Organisation

    rng = random.Random(15)
    competences = []
    for slug, fr, nl, en in COMPETENCES:
        competence, _ = Competence.objects.update_or_create(slug=slug, defaults={
            "name": fr, "name_fr": fr, "name_nl": nl, "name_en": en})
        competences.append(competence)
    organisations = {o.slug: o for o in Organisation.objects.filter(slug__in=ORGANISATIONS)}
    User = get_user_model()
    agents = []
    for number in range(1, 41):
        slug = ORGANISATIONS[(number - 1) % len(ORGANISATIONS)]
        organisation = organisations.get(slug)
        if organisation is None:
            continue
        email = f"agent{number:02d}@network.polyvox.example"
        user = User.objects.filter(email=email).first() or User(email=email)
        first, last = FIRST[(number - 1) % len(FIRST)], LAST[(number * 7) % len(LAST)]
        user.first_name, user.last_name, user.display_name = first, last, f"{first} {last}"
        user.preferred_language = "nl" if number % 3 == 0 else "fr"
        user.email_confirmed = True
        user.set_password(settings.DEMO_PASSWORD)
        user.save()
        role_fr, _role_en = ROLES[number % len(ROLES)]
        profile = _profile(user, organisation, role_fr, "fr,nl" if number % 2 else ("nl,fr" if number % 3 == 0 else "fr"),
                           organisation.municipality, "Ateliers de la participation 2026 (exemple)" if number % 4 == 0 else "")
        profile.competences.set(rng.sample(competences, 2 + number % 3))
        agents.append(user)
    for email in SERVICE_MEMBERS:
        user = User.objects.filter(email=email).first()
        organisation = user.organisations.first() if user else None
        if user is not None and organisation is not None:
            profile = _profile(user, organisation, "Service de la Participation" if "staff" in email else "Référent·e participation",
                               "fr,nl", organisation.municipality, "")
            profile.competences.set(competences[:3])
    groups = []
    for slug, titles, descriptions in GROUPS:
        group, _ = WorkingGroup.objects.update_or_create(slug=slug, defaults={
            "title": titles[0], "title_fr": titles[0], "title_nl": titles[1], "title_en": titles[2],
            "description": descriptions[0], "description_fr": descriptions[0], "description_nl": descriptions[1],
            "description_en": descriptions[2], "is_example": True})
        groups.append(group)
    for index, user in enumerate(agents):
        group = groups[index % 2]
        GroupMembership.objects.get_or_create(group=group, user=user, defaults={"coordinator": index < 2})
    for group, resources, posts in [
        (groups[0], [("Equal Brussels", "https://equal.brussels/")],
         ["Bonjour à toutes et tous : qui a de l'expérience avec l'interprétation en langue des signes lors d'un panel ? (exemple)",
          "Wij hebben goede ervaringen met kinderopvang tijdens avondsessies. (voorbeeld)"]),
        (groups[1], [("OECD Evaluation Guidelines for Representative Deliberative Processes (2021)",
                      "https://www.oecd.org/gov/open-government/evaluation-guidelines-for-representative-deliberative-processes.htm")],
         ["Proposition : une grille commune pour le rapport d'évaluation des commissions délibératives. (exemple)"]),
    ]:
        members = list(group.memberships.select_related("user"))
        for title, url in resources:
            GroupResource.objects.get_or_create(group=group, title=title, defaults={"url": url, "added_by": members[0].user if members else None})
        for position, body in enumerate(posts):
            author = members[position % len(members)].user if members else None
            Message.objects.get_or_create(group=group, body=body, defaults={"author": author})
    out.write(f"  network: {len(agents)} agents, {len(groups)} working groups, {len(competences)} competences")
    load_training(out, User)


def _profile(user, organisation, job_title, languages, municipality, trainings) -> AgentProfile:
    profile = AgentProfile.objects.filter(user=user).first()
    if profile is None:
        profile = AgentProfile(user=user, state=NEW, organisation=organisation, job_title=job_title, languages=languages,
                               municipality=municipality, trainings=trainings, is_example=user.email.endswith("network.polyvox.example"))
        apply(profile, "request", by=SYSTEM)
    if profile.state != ProfileState.MEMBER:
        apply(profile, "approve", by=SYSTEM, message="demo")
    return profile


# The Brussels Environment programme (seed 000) -------------------------------------------------------------------------

PROGRAMME = ("intelligence-collective-be",
             ("Intelligence collective et facilitation à Bruxelles Environnement",
              "Collectieve intelligentie en facilitatie bij Leefmilieu Brussel",
              "Collective intelligence and facilitation at Brussels Environment"),
             ("Mieux collaborer en interne et en externe grâce à l'intelligence collective, à la créativité et à la "
              "facilitation, inspirées de la sociocratie et du Creative Problem Solving. Plus de 20 jours de formation, "
              "en ligne et en présentiel, depuis début 2020 ; environ 200 agents formés fin 2021. *Les noms des "
              "participant·es, les dates des sessions et les présences sont des exemples.*",
              "Beter samenwerken, intern en extern, dankzij collectieve intelligentie, creativiteit en facilitatie, "
              "geïnspireerd op sociocratie en Creative Problem Solving. Meer dan 20 opleidingsdagen, online en ter plaatse, "
              "sinds begin 2020; eind 2021 ongeveer 200 ambtenaren opgeleid. *De namen van de deelnemers, de data van de "
              "sessies en de aanwezigheden zijn voorbeelden.*",
              "Better collaboration internally and externally through collective intelligence, creativity and "
              "facilitation, inspired by sociocracy and Creative Problem Solving. Over 20 days of training, online and "
              "on site, since early 2020; about 200 staff trained by the end of 2021. *Participants' names, session dates "
              "and attendance are examples.*"))
COHORTS = [("Cohorte 2020–2021", 150, 22, dt_date(2020, 2, 3)), ("Cohorte 2021", 50, 20, dt_date(2021, 3, 1))]
TOPICS = ["Réduire le bruit des sirènes des véhicules d'urgence", "Stratégie de rénovation des bâtiments",
          "Collaboration en télétravail (Covid)", "Partage d'informations entre départements"]


def load_training(out, User):
    from polyvox.core.workflow import SYSTEM  # noqa: F401  (the audit entries are written by training.complete)
    from polyvox.network import training
    from polyvox.network.models import Cohort, Trainee, TrainingProgramme, TrainingSession
    from polyvox.organisations.models import Organisation

    environment = Organisation.objects.filter(slug="bruxelles-environnement").first()
    if environment is None:
        return
    slug, titles, descriptions = PROGRAMME
    programme, _ = TrainingProgramme.objects.update_or_create(slug=slug, defaults={
        "title": titles[0], "title_fr": titles[0], "title_nl": titles[1], "title_en": titles[2],
        "description": descriptions[0], "description_fr": descriptions[0], "description_nl": descriptions[1],
        "description_en": descriptions[2], "organisation": environment, "trainer": "Stephen Boucher (Dreamocracy)"})
    programme.skills.set(Competence.objects.filter(slug__in=["facilitation", "intelligence-collective"]))
    rng = random.Random(2020)
    total = certificates = 0
    for name, size, days, start in COHORTS:
        cohort, created = Cohort.objects.get_or_create(programme=programme, name=name)
        if created:
            sessions = [TrainingSession.objects.create(
                cohort=cohort, date=start + dt_timedelta(days=14 * index), mode="online" if index % 3 else "offline",
                topic=TOPICS[index % len(TOPICS)]) for index in range(days)]
            trainees = [Trainee.objects.create(cohort=cohort, name=f"{FIRST[i % len(FIRST)]} {LAST[(i * 3 + len(name)) % len(LAST)]}",
                                               department=["Air, Climat, Énergie", "Bâtiment", "Espaces verts", "Eau",
                                                           "Bruit", "Communication"][i % 6]) for i in range(size)]
            if cohort.name.endswith("2020–2021"):
                facilitator = User.objects.filter(email="facilitator@polyvox.example").first()
                trainees[0].user, trainees[0].name = facilitator, facilitator.public_name if facilitator else trainees[0].name
                trainees[0].save()
            through = TrainingSession.attendees.through
            rows = [through(trainingsession_id=session.pk, trainee_id=trainee.pk)
                    for trainee in trainees for session in sessions
                    if rng.random() < (0.97 if trainee.pk % 10 else 0.6)]
            through.objects.bulk_create(rows)
        certificates += training.complete(cohort)
        total += cohort.trainees.count()
    out.write(f"  training: {programme.title_fr}, {total} officials, {Trainee.objects.filter(cohort__programme=programme, completed_at__isnull=False).count()} certificates")
