"""Demo data: one finished workshop per template, on the seeds' topics (Bruxelles Environnement's
collective-intelligence programme and its 2050 low-carbon strategy), run through the same services as
a live workshop. Idempotent: each demo workshop has a fixed code and is rebuilt when loaded again.
`link` attaches them to their initiatives once the inventory is loaded.
"""

from __future__ import annotations

import datetime as dt
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model

from polyvox.workshops import decisions, forecasts, services, voting
from polyvox.workshops.models import Workshop

FACILITATOR = "facilitator@polyvox.example"
CODES = {"cps": "DEMCP3", "consent": "DEMCN7", "delphi": "DEMDE9", "124": "DEMQ4A"}
INITIATIVES = {
    "cps": "defis-intelligence-collective-bruxelles-environnement",
    "consent": "defis-intelligence-collective-bruxelles-environnement",
    "124": "defis-intelligence-collective-bruxelles-environnement",
    "delphi": "strategie-bas-carbone-2050",
}


def load(out, options) -> None:
    facilitator = _facilitator()
    Workshop.objects.filter(code__in=CODES.values()).delete()
    sirens(facilitator)
    renovation(facilitator)
    low_carbon(facilitator)
    departments(facilitator)
    out.write(f"  workshops: {len(CODES)} finished example workshops (codes {', '.join(CODES.values())})\n")


def link(out, options) -> None:
    from polyvox.initiatives.models import Initiative

    attached = 0
    for template, code in CODES.items():
        initiative = Initiative.objects.filter(slug=INITIATIVES[template]).first()
        if initiative is not None:
            attached += Workshop.objects.filter(code=code).update(initiative=initiative)
    out.write(f"  workshops: {attached} attached to their initiatives\n")


def _facilitator():
    user, created = get_user_model().objects.get_or_create(
        email=FACILITATOR, defaults={"first_name": "Lotte", "last_name": "Peeters", "preferred_language": "en"}
    )
    if created:
        user.set_password(settings.DEMO_PASSWORD)
        user.save()
    return user


def _workshop(facilitator, template, title, challenge):
    workshop = services.create_workshop(facilitator, template, title, challenge)
    Workshop.objects.filter(pk=workshop.pk).update(code=CODES[template])
    workshop.refresh_from_db()
    return workshop


def _people(workshop, people):
    return [services.join(workshop, name, language) for name, language in people]


def _step(workshop, kind, facilitator):
    activity = workshop.activities.get(kind=kind)
    services.open_activity(activity, facilitator)
    activity.refresh_from_db()
    return activity


OFFICIALS = [("Sophie", "fr"), ("Karim", "fr"), ("Lien", "nl"), ("Thomas", "fr"), ("Anouk", "nl"), ("Pieter", "nl"),
             ("Fatima", "fr"), ("James", "en")]


def sirens(facilitator) -> None:
    """Creative Problem Solving: how to reduce the noise of emergency vehicles' sirens in the city."""
    workshop = _workshop(facilitator, "cps", "Des sirènes moins bruyantes en ville",
                         "Comment réduire le niveau de bruit produit par les sirènes des véhicules d'urgence en ville ?")
    people = _people(workshop, OFFICIALS)
    hmw = _step(workshop, "hmw", facilitator)
    for person, text in zip(people, [
        "Comment pourrions-nous prévenir les usagers sans bruit inutile ?",
        "Comment pourrions-nous limiter l'usage de la sirène la nuit ?",
        "Hoe zouden we ziekenwagens sneller door het verkeer krijgen zonder sirene?",
        "Comment pourrions-nous mesurer la gêne réelle des riverains ?",
    ]):
        services.add_idea(person, hmw, text)
    ideas = _step(workshop, "ideas", facilitator)
    texts = [
        (0, "Des sirènes directionnelles qui n'émettent que vers l'avant"),
        (1, "Sirènes directionnelles orientées vers la route"),
        (2, "'s Nachts de sirene uitzetten in lege straten"),
        (3, "Couper la sirène la nuit quand les rues sont vides"),
        (4, "Verkeerslichten die op groen springen voor ziekenwagens"),
        (5, "Feux prioritaires aux carrefours pour les véhicules d'urgence"),
        (6, "Former les chauffeurs à un usage modéré de la sirène"),
        (5, "Opleiding voor chauffeurs over het gebruik van de sirene"),
        (0, "Mesurer le bruit des sirènes avec le réseau de sonomètres de Bruxelles Environnement"),
        (7, "Low-frequency 'rumbler' sirens that drivers feel rather than hear"),
        (1, "Une campagne d'information des habitants sur les sirènes"),
        (3, "Alerte dans les GPS et applis de navigation à l'approche d'un véhicule d'urgence"),
        (2, "Waarschuwing via navigatie-apps wanneer een ziekenwagen nadert"),
    ]
    posted = [services.add_idea(people[who], ideas, text) for who, text in texts]
    services.merge_ideas(posted[1], posted[0], facilitator)
    clusters = _step(workshop, "clusters", facilitator)
    names = {
        "Technologie des sirènes": [0, 9, 8],
        "Usage la nuit et formation": [2, 3, 6, 7],
        "Circulation et feux": [4, 5],
        "Information et navigation": [10, 11, 12],
    }
    for name, members in names.items():
        cluster = services.create_cluster(clusters.idea_pool, name)
        for index in members:
            services.move_to_cluster(posted[index], cluster)
    dots = _step(workshop, "dots", facilitator)
    ballots = {
        0: [(5, 2), (11, 2), (0, 1)], 1: [(5, 3), (3, 2)], 2: [(3, 2), (4, 2), (11, 1)], 3: [(0, 2), (5, 1), (11, 2)],
        4: [(4, 3), (11, 2)], 5: [(0, 3), (4, 2)],
        6: [(9, 3), (5, 2)], 7: [(9, 3), (0, 2)],  # two people strongly for the low-frequency sirens: a minority view
    }
    for who, choices in ballots.items():
        secret = secrets.token_urlsafe(32)  # each demo voter's own (anonymous activity: no participant is kept)
        for index, count in choices:
            for _ in range(count):
                voting.vote(people[who], dots, posted[index], 1, secret=secret)
    voting.reveal(dots, facilitator)
    canvas_activity = _step(workshop, "canvas", facilitator)
    for index, fields in [
        (5, {"who": "Bruxelles Mobilité, SIAMU, zones de police", "what": "Feux qui passent au vert à l'approche d'un véhicule d'urgence",
             "first_step": "Équiper trois carrefours de la petite ceinture en test", "risks": "Coût des équipements ; coordination entre opérateurs"}),
        (0, {"who": "SIAMU et Bruxelles Environnement (cellule bruit)", "what": "Remplacer les sirènes par des modèles directionnels",
             "first_step": "Mesurer avant/après sur cinq véhicules", "risks": "Homologation ; sécurité des piétons sur les côtés"}),
    ]:
        canvas = services.choose_for_canvas(canvas_activity, posted[index])
        services.update_canvas(canvas, fields)
    actions = _step(workshop, "actions", facilitator)
    for text, owner, date in [
        ("Proposer le test des feux prioritaires à Bruxelles Mobilité", "Sophie", dt.date(2026, 3, 15)),
        ("Campagne de mesures avant/après avec les sonomètres", "Lien", dt.date(2026, 4, 30)),
        ("Note sur l'usage nocturne de la sirène pour le SIAMU", "Karim", dt.date(2026, 5, 31)),
    ]:
        services.add_action(actions, text, owner, date)
    services.finish(workshop, facilitator)


def renovation(facilitator) -> None:
    """Consent decision: launching the renovation strategy with the community of EPB certifiers."""
    proposal = ("Bruxelles Environnement lance la nouvelle stratégie de rénovation avec un comité d'accompagnement "
                "de certificateurs PEB, réuni chaque trimestre, qui valide les nouveaux formulaires avant leur publication.")
    workshop = _workshop(facilitator, "consent", "Stratégie de rénovation : l'adhésion des certificateurs PEB", proposal)
    decision = workshop.decisions.get()
    people = _people(workshop, [("Claire", "fr"), ("Wim", "nl"), ("Nadia", "fr"), ("Jens", "nl"), ("Marc", "fr"), ("Eva", "en")])
    _step(workshop, "proposal", facilitator)
    clarifying = _step(workshop, "clarifying", facilitator)
    for person, question, answer in [
        (people[1], "Wie kiest de certificateurs die in het comité zetelen?", "Les fédérations professionnelles proposent des membres ; deux places sont tirées au sort parmi les volontaires."),
        (people[4], "Le comité a-t-il un droit de veto ?", "Non : il valide la lisibilité et la faisabilité des formulaires, pas la politique."),
    ]:
        idea = services.add_idea(person, clarifying, question)
        services.answer_question(idea, answer, facilitator)
    reactions = _step(workshop, "reactions", facilitator)
    for person, text in zip(people, [
        "Enfin une vraie place pour le terrain.", "Goed idee, als het comité snel genoeg werkt.",
        "Je soutiens, avec une attention aux petits bureaux.", "Ik twijfel over de timing.", "D'accord.",
        "Good step for trust with the certifiers.",
    ]):
        services.add_idea(person, reactions, text)
    objections = _step(workshop, "objections", facilitator)
    slow = decisions.raise_objection(decision, objections, people[3], "Un comité trimestriel est trop lent",
                                     "Les formulaires changent plus souvent : attendre trois mois bloquerait des certificats en cours.")
    small = decisions.raise_objection(decision, objections, people[1], "Kleine kantoren zijn niet vertegenwoordigd",
                                      "Zonder hen missen we de moeilijkheden van zelfstandige certificateurs.")
    amendments = _step(workshop, "amendments", facilitator)
    amended = ("Bruxelles Environnement lance la nouvelle stratégie de rénovation avec un comité d'accompagnement "
               "de certificateurs PEB, consulté par écrit dans les deux semaines pour chaque nouveau formulaire "
               "et réuni chaque trimestre, dont deux places sont réservées à des certificateurs indépendants.")
    amendment = decisions.propose_amendment(decision, amendments, amended, slow, people[0])
    decisions.accept_amendment(amendment, facilitator)
    decisions.withdraw_objection(small, people[1])
    _step(workshop, "consent", facilitator)
    decision.refresh_from_db()
    decisions.record_consent(decision, facilitator)
    services.finish(workshop, facilitator)


def low_carbon(facilitator) -> None:
    """Delphi forecast: the agency's staff forecast figures of the 2050 low-carbon strategy."""
    workshop = _workshop(facilitator, "delphi", "Stratégie bas carbone 2050 : prévisions collaboratives",
                         "Quelles trajectoires l'administration juge-t-elle réalistes pour la stratégie bas carbone à l'horizon 2050 ?")
    activity = _step(workshop, "delphi", facilitator)
    people = _people(workshop, [("", "fr"), ("", "nl"), ("", "fr"), ("", "en"), ("", "fr"), ("", "nl"), ("", "fr"), ("", "fr"),
                                ("", "nl"), ("", "fr")])
    share = forecasts.add_question(activity, "Réduction des émissions directes de gaz à effet de serre de la Région en 2030 par rapport à 2005",
                                   "number", "%", 3)
    rounds = [
        [25, 30, 32, 35, 38, 40, 45, 47, 55, 60],
        [30, 33, 35, 36, 38, 40, 41, 43, 45, 52],
        [33, 35, 36, 37, 38, 39, 40, 41, 42, 45],
    ]
    rationales = {
        0: ["Le rythme actuel de rénovation est trop lent.", "De LEZ zal het verkeer sterk doen dalen.", "", "Heating is the bulk and changes slowly.",
            "Les chaudières au mazout disparaissent.", "", "", "Objectif régional de -47 %.", "Wij rekenen op de renovatiestrategie.", "Optimiste : l'électrification s'accélère."],
        1: ["Je me rapproche de la médiane après lecture des arguments.", "", "", "", "", "", "", "", "", ""],
    }
    for number, values in enumerate(rounds, start=1):
        for index, (person, value) in enumerate(zip(people, values)):
            rationale = rationales.get(number - 1, [""] * 10)[index]
            forecasts.answer(share, person, str(value), rationale)
        forecasts.close_round(share, facilitator)
        share.refresh_from_db()
        if number < len(rounds):
            forecasts.next_round(share, facilitator)
            share.refresh_from_db()
    forecasts.close_question(share, facilitator)
    oil = forecasts.add_question(activity, "Date du remplacement de la dernière chaudière au mazout dans les bâtiments publics régionaux", "date", "", 3)
    for number, days in enumerate([
        ["2030-12-31", "2032-06-30", "2033-12-31", "2035-01-01", "2035-06-30", "2036-12-31", "2038-01-01", "2040-12-31", "2042-01-01", "2045-01-01"],
        ["2031-12-31", "2032-06-30", "2033-06-30", "2034-12-31", "2035-06-30", "2036-06-30", "2037-12-31", "2039-12-31", "2041-01-01", "2044-01-01"],
    ], start=1):
        for person, day in zip(people, days):
            forecasts.answer(oil, person, day, "Les marchés publics prennent du temps." if day > "2040" else "")
        forecasts.close_round(oil, facilitator)
        oil.refresh_from_db()
        if number == 1:
            forecasts.next_round(oil, facilitator)
            oil.refresh_from_db()
    forecasts.close_question(oil, facilitator)  # after two rounds: the range stopped shrinking
    services.finish(workshop, facilitator)


def departments(facilitator) -> None:
    """1-2-4-All: fostering collaboration and information sharing across departments."""
    workshop = _workshop(facilitator, "124", "Mieux collaborer entre départements",
                         "Comment favoriser une meilleure collaboration et un partage d'information plus efficace entre départements ?")
    people = _people(workshop, OFFICIALS)
    solo = _step(workshop, "solo", facilitator)
    for person, text in zip(people, [
        "Je ne sais jamais qui travaille sur quoi dans l'autre département.", "Trop de courriels, pas de lieu commun.",
        "Ik mis informele momenten sinds het telewerk.", "Les dossiers partagés sont mal rangés.", "Te veel vergaderingen zonder beslissing.",
        "Wie beslist bij gedeelde dossiers?", "Un annuaire des compétences aiderait.", "We lack a shared calendar of projects.",
    ]):
        services.add_idea(person, solo, text)
    pairs = _step(workshop, "pairs", facilitator)
    for group, text in zip(pairs.groups.all(), [
        "Un annuaire « qui fait quoi » mis à jour par chacun.", "Een wekelijkse koffie tussen diensten, ook online.",
        "Une personne de liaison par département.", "A shared project calendar on the intranet.",
    ]):
        services.add_idea(group.members.first(), pairs, text)
    fours = _step(workshop, "fours", facilitator)
    for group, text in zip(fours.groups.all(), [
        "Un annuaire des compétences et des projets, avec un référent par département.",
        "Des rencontres régulières entre services, alternant sur site et en ligne.",
    ]):
        services.add_idea(group.members.first(), fours, text)
    plenary = _step(workshop, "plenary", facilitator)
    services.add_idea(people[0], plenary, "Priorité : l'annuaire « qui fait quoi » avec un référent par département, testé six mois.")
    services.add_idea(people[2], plenary, "Maandelijkse ontmoeting tussen diensten, afwisselend op locatie en online.")
    services.finish(workshop, facilitator)

