"""Demo data: the participation budget of the Bizet Sustainable Neighbourhood Contract (Anderlecht).

The initiative comes from the seed; its projects, ballots and follow-up here are invented examples (the
budget's description says so). `link` runs after every app's `load`, when the inventory exists. The
ballots come from a seeded random model of voters (each project's appeal, each voter ticking within the
budget); the count is whatever MES with add1 makes of them.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.utils import translation

INITIATIVE_SLUG = "budget-participatif-cqd-bizet"
TITLE_FR = "Budget de participation Bizet 2023"
BRUSSELS = ZoneInfo("Europe/Brussels")
CENTRE = (50.8247, 4.2955)

# (title FR/NL/EN, description FR/NL/EN, category, estimate, reviewed cost or None, cost reason FR/NL/EN,
#  offset north/east in metres, appeal (share of voters who like it), rejection reason FR/NL/EN or None)
PROJECTS = [
    (("Verdurisation de la placette", "Vergroening van het pleintje", "Greening the small square"),
     ("Remplacer une partie du revêtement par des plantations, des arbres en bacs et des bancs à l'ombre.",
      "Een deel van de verharding vervangen door beplanting, bomen in bakken en banken in de schaduw.",
      "Replace part of the paving with planting, trees in planters and shaded benches."),
     "greenery", 18000, 22500, ("Le service Espaces verts a chiffré les bacs et l'arrosage des deux premières années.",
                                "De dienst Groen heeft de bakken en twee jaar bewatering begroot.",
                                "The green-spaces department costed the planters and two years of watering."),
     (60, -40), 0.55, None),
    (("Un parcours de bancs pour les aîné·es", "Een bankenroute voor ouderen", "A bench route for older residents"),
     ("Des bancs tous les 150 mètres entre le métro Bizet, le marché et la maison médicale.",
      "Elke 150 meter een bank tussen metro Bizet, de markt en het medisch huis.",
      "A bench every 150 metres between Bizet metro, the market and the health centre."),
     "public_space", 9500, None, None, (-80, 30), 0.42, None),
    (("Repair café mensuel", "Maandelijks repaircafé", "Monthly repair café"),
     ("Outils, pièces et une salle une fois par mois pour réparer ensemble vélos, petits appareils et vêtements.",
      "Gereedschap, onderdelen en een zaal, één keer per maand, om samen fietsen, kleine toestellen en kleren te herstellen.",
      "Tools, parts and a room once a month to repair bikes, small appliances and clothes together."),
     "living_together", 4800, None, None, (20, 110), 0.38, None),
    (("Tournoi de football des jeunes", "Jeugdvoetbaltoernooi", "Youth football tournament"),
     ("Un tournoi inter-quartiers pour les 10-18 ans, avec arbitrage, maillots et une fête de clôture.",
      "Een toernooi tussen wijken voor 10- tot 18-jarigen, met scheidsrechters, truitjes en een slotfeest.",
      "An inter-neighbourhood tournament for 10 to 18-year-olds, with referees, shirts and a closing party."),
     "sport", 7500, None, None, (150, 60), 0.36, None),
    (("Fresques murales avec les écoles", "Muurschilderingen met de scholen", "Murals with the schools"),
     ("Trois pignons aveugles peints avec des artistes et les élèves de deux écoles du quartier.",
      "Drie blinde gevels beschilderd met kunstenaars en leerlingen van twee wijkscholen.",
      "Three blank gable walls painted with artists and pupils of two local schools."),
     "culture", 15000, None, None, (-30, -120), 0.33, None),
    (("Frigo solidaire", "Solidaire koelkast", "Community fridge"),
     ("Un frigo partagé, accessible à tous, alimenté par les commerces et les habitant·es, avec un comité d'entretien.",
      "Een gedeelde koelkast, voor iedereen toegankelijk, gevuld door handelaars en bewoners, met een onderhoudscomité.",
      "A shared fridge open to all, stocked by shops and residents, looked after by a small committee."),
     "food", 6000, 7200, ("L'électricité et un contrat d'entretien sur deux ans ont été ajoutés.",
                          "Elektriciteit en een onderhoudscontract voor twee jaar werden toegevoegd.",
                          "Electricity and a two-year maintenance contract were added."),
     (40, 20), 0.40, None),
    (("Potager collectif dans l'intérieur d'îlot", "Gemeenschappelijke moestuin in het binnenterrein", "Shared vegetable garden in the inner block"),
     ("Des bacs potagers, un récupérateur d'eau de pluie et un abri à outils pour une vingtaine de familles.",
      "Moestuinbakken, een regenwaterton en een gereedschapsberging voor een twintigtal gezinnen.",
      "Raised vegetable beds, a rain-water tank and a tool shed for about twenty families."),
     "food", 12000, None, None, (-120, -60), 0.30, None),
    (("Boîtes à livres", "Boekenkastjes", "Book exchange boxes"),
     ("Quatre boîtes à livres en bois fabriquées par un atelier d'insertion, placées près des écoles et du parc.",
      "Vier houten boekenkastjes gemaakt door een invoegatelier, bij de scholen en het park.",
      "Four wooden book boxes made by a work-integration workshop, near the schools and the park."),
     "culture", 3200, None, None, (90, -90), 0.27, None),
    (("Atelier vélo pour les enfants", "Fietsatelier voor kinderen", "Bike workshop for children"),
     ("Apprendre à rouler et à entretenir son vélo le mercredi après-midi, vélos prêtés compris.",
      "Op woensdagnamiddag leren fietsen en je fiets onderhouden, uitleenfietsen inbegrepen.",
      "Learning to ride and look after a bike on Wednesday afternoons, loan bikes included."),
     "mobility", 8800, None, None, (-60, 150), 0.25, None),
    (("Fête de quartier annuelle", "Jaarlijks buurtfeest", "Yearly neighbourhood party"),
     ("Une journée de fête dans la rue avec scène ouverte, cuisines du monde et jeux pour enfants.",
      "Een feestdag op straat met open podium, wereldkeukens en kinderspelen.",
      "A day-long street party with an open stage, food from many cuisines and children's games."),
     "living_together", 11000, None, None, (0, 0), 0.31, None),
    (("Nichoirs et hôtels à insectes", "Nestkasten en insectenhotels", "Nest boxes and insect hotels"),
     ("Trente nichoirs et cinq hôtels à insectes installés avec les habitant·es et une association nature.",
      "Dertig nestkasten en vijf insectenhotels geplaatst met bewoners en een natuurvereniging.",
      "Thirty nest boxes and five insect hotels put up with residents and a nature association."),
     "greenery", 2600, None, None, (130, -140), 0.19, None),
    (("Parking vélo couvert sur la chaussée de Mons", "Overdekte fietsenstalling op de Bergensesteenweg",
      "Covered bike parking on the Chaussée de Mons"),
     ("Un abri vélo de 20 places sur le trottoir de la chaussée.",
      "Een fietsenstalling voor 20 fietsen op het trottoir van de steenweg.",
      "A 20-place bike shelter on the pavement of the main road."),
     "mobility", 14000, None, None, (-10, 60), 0.0,
     ("La chaussée de Mons est une voirie régionale : la commune ne peut pas y décider d'un aménagement. La demande est transmise à Bruxelles Mobilité.",
      "De Bergensesteenweg is een gewestweg: de gemeente kan er geen inrichting beslissen. De vraag wordt doorgegeven aan Brussel Mobiliteit.",
      "The Chaussée de Mons is a regional road: the municipality cannot decide works there. The request was passed on to Brussels Mobility.")),
    (("Salle de sport couverte", "Overdekte sporthal", "Indoor sports hall"),
     ("Construire une salle de sport couverte pour les clubs du quartier.",
      "Een overdekte sporthal bouwen voor de clubs van de wijk.",
      "Build an indoor sports hall for the neighbourhood's clubs."),
     "sport", 450000, None, None, (170, 120), 0.0,
     ("Le coût dépasse de loin l'enveloppe du budget de participation ; le besoin est repris dans l'étude des équipements du contrat de quartier.",
      "De kostprijs overschrijdt ruim het participatiebudget; de behoefte wordt opgenomen in de studie van de voorzieningen van het wijkcontract.",
      "The cost is far beyond the participation budget; the need is taken up in the neighbourhood contract's study of facilities.")),
    (("Caméras dans la rue", "Camera's op straat", "Street cameras"),
     ("Installer des caméras de surveillance aux carrefours.",
      "Bewakingscamera's plaatsen aan de kruispunten.",
      "Install surveillance cameras at crossroads."),
     "public_space", 25000, None, None, (-140, -10), 0.0,
     ("La vidéosurveillance relève de la zone de police et non du budget de participation, réservé aux projets portés par les habitant·es.",
      "Camerabewaking is een bevoegdheid van de politiezone, niet van het participatiebudget, dat bestemd is voor projecten van bewoners.",
      "Video surveillance is for the police zone, not the participation budget, which is for projects run by residents.")),
]

UPDATES = [
    ((2024, 2, 12), ("Convention signée avec le porteur de projet ; commandes passées.",
                     "Overeenkomst met de projectdrager ondertekend; bestellingen geplaatst.",
                     "Agreement signed with the project leader; orders placed.")),
    ((2024, 5, 27), ("Travaux en cours avec les habitant·es les samedis.",
                     "Werken bezig met de bewoners op zaterdag.",
                     "Work under way with residents on Saturdays.")),
    ((2024, 9, 21), ("Inauguré lors de la fête de quartier.",
                     "Ingehuldigd tijdens het buurtfeest.",
                     "Opened during the neighbourhood party.")),
]


def load(out, options) -> None:
    """Nothing here: the budget belongs to an inventory initiative, attached in `link`."""


def link(out, options) -> None:
    from polyvox.budgets.models import Budget
    from polyvox.initiatives.models import Initiative

    initiative = Initiative.objects.filter(slug=INITIATIVE_SLUG).first()
    if initiative is None:
        out.write("  budgets: the Bizet initiative is missing; no demo budget\n")
        return
    if Budget.objects.filter(initiative=initiative, title_fr=TITLE_FR).exists():
        out.write("  budgets: the Bizet budget is already there\n")
        return
    budget = build(initiative)
    funded = budget.projects.filter(funded=True).count()
    out.write(f"  budgets: Bizet budget with {budget.projects.count()} projects, {budget.ballots.count()} ballots, "
              f"{funded} funded by MES with add1\n")


def build(initiative, *, voters: int = 340, paper: int = 45, seed: int = 2023):
    """The Bizet budget through all its phases; returns it."""
    from django.utils import timezone

    from polyvox.budgets import ballots, counting, services
    from polyvox.budgets.models import Budget, Channel, Phase
    from polyvox.core.workflow import SYSTEM

    User = get_user_model()
    staff = User.objects.filter(email="staff@polyvox.example").first()
    editor = User.objects.filter(email="editor.anderlecht@polyvox.example").first() or staff
    citizen = User.objects.filter(email="citizen@polyvox.example").first()
    acting = editor or SYSTEM  # without the demo's accounts (a bare database), the platform acts
    budget = Budget.objects.create(
        initiative=initiative,
        title_fr=TITLE_FR, title_nl="Participatiebudget Bizet 2023", title_en="Bizet participation budget 2023",
        description_fr=(
            "Les habitant·es du quartier Bizet ont proposé des projets, l'administration a vérifié leur faisabilité, "
            "puis les résident·es de 16 ans et plus ont voté, en ligne ou sur papier à l'Antenne.\n\n"
            "*Exemple de démonstration : les projets, les votes et le suivi de cette page sont inventés.*"
        ),
        description_nl=(
            "De bewoners van de Bizetwijk stelden projecten voor, de administratie controleerde of ze haalbaar zijn, "
            "daarna stemden de inwoners van 16 jaar en ouder, online of op papier bij de antenne.\n\n"
            "*Demovoorbeeld: de projecten, stemmen en opvolging op deze pagina zijn verzonnen.*"
        ),
        description_en=(
            "Residents of the Bizet neighbourhood proposed projects, the administration checked their feasibility, "
            "then residents aged 16 or over voted, online or on paper at the local office.\n\n"
            "*Demo example: the projects, votes and follow-up on this page are invented.*"
        ),
        amount=Decimal("60000"), vote_method="approval", eligibility="code", rule="mes-add1",
        call_closes_on=date(2023, 6, 30),
        vote_opens_at=datetime(2023, 10, 2, 9, 0, tzinfo=BRUSSELS),
        vote_closes_at=timezone.now() + timedelta(hours=1),  # the historical date is written once the vote is replayed
    )
    # The demo goes through the same commands as the organisers and residents, with their guards.
    services.move(budget, "open_call", actor=acting)
    projects = []
    for index, (titles, texts, category, estimate, revised, cost_reason, (north, east), appeal, rejection) in enumerate(PROJECTS):
        project = services.submit_project(budget, citizen if index % 3 == 0 else None, {
            "title_fr": titles[0], "title_nl": titles[1], "title_en": titles[2],
            "description_fr": texts[0], "description_nl": texts[1], "description_en": texts[2],
            "category": category, "cost_estimate": Decimal(estimate),
            "latitude": round(CENTRE[0] + north / 111_320, 6), "longitude": round(CENTRE[1] + east / 70_600, 6),
        })
        projects.append((project, revised, cost_reason, appeal, rejection))
    services.move(budget, "close_call", actor=acting)
    for project, revised, cost_reason, _appeal, rejection in projects:
        if rejection:
            with translation.override("fr"):
                services.review_project(project, "reject", actor=acting, reason=rejection[0])
            project.rejection_reason_nl, project.rejection_reason_en = rejection[1:]
            project.save(update_fields=["rejection_reason_nl", "rejection_reason_en"])
        elif revised:
            with translation.override("fr"):
                services.review_project(project, "accept", actor=acting, cost=Decimal(revised), cost_reason=cost_reason[0])
            project.cost_revision_reason_nl, project.cost_revision_reason_en = cost_reason[1:]
            project.save(update_fields=["cost_revision_reason_nl", "cost_revision_reason_en"])
        else:
            services.review_project(project, "accept", actor=acting)
    codes = ballots.create_codes(budget, voters + paper + 60)
    services.move(budget, "open_vote", actor=acting, message="demo: vote of October 2023")
    rng = random.Random(seed)
    accepted = [(p, appeal) for p, _r, _c, appeal, rejection in projects if not rejection]
    code_ids = dict(budget.codes.values_list("code", "pk"))
    for n in range(voters + paper):
        choice = [p for p, appeal in accepted if rng.random() < appeal]
        rng.shuffle(choice)
        kept, total = [], Decimal(0)
        for p in choice:  # a voter drops what no longer fits, in a random order
            if total + p.final_cost <= budget.amount:
                kept.append(p)
                total += p.final_cost
        if not kept:
            continue
        voter = ballots.Voter(f"c:{code_ids[codes[n]]}")
        # The demo citizen's account holds the first online ballot: signed in, they see what their share paid for.
        ballots.submit_ballot(budget, voter, [(p.pk, 1) for p in kept], user=citizen if n == 0 else None,
                              channel=Channel.PAPER if n >= voters else Channel.ONLINE)
    # The vote of October 2023, replayed: its real closing date, then the vote closes and is counted here
    # (the phase move of `services.start_count`, with the count run at once rather than by the worker).
    budget.vote_closes_at = datetime(2023, 10, 22, 20, 0, tzinfo=BRUSSELS)
    budget.save(update_fields=["vote_closes_at"])
    services.move(budget, "close_vote", actor=acting)
    services.move(budget, "start_count", actor=acting)
    counting.run_count(budget.pk)
    budget.refresh_from_db()
    assert budget.phase == Phase.RESULTS
    services.move(budget, "start_follow_up", actor=acting)
    for position, project in enumerate(budget.projects.filter(funded=True).order_by("-votes", "id")):
        steps = {0: 3, 1: 2}.get(position, 1)
        for (y, m, d), texts in UPDATES[:steps]:
            with translation.override("fr"):
                update = services.add_update(project, texts[0], actor=editor, on=date(y, m, d))
            update.text_nl, update.text_en = texts[1:]
            update.save(update_fields=["text_nl", "text_en"])
        if steps >= 2:
            services.change_implementation(project, "start", actor=acting)
        if steps >= 3:
            services.change_implementation(project, "finish", actor=acting)
    return budget
