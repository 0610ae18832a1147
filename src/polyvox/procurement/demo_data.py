"""The framework contract as the seed (section 03) describes it: its lots and the providers of each,
in FR / NL / EN. Providers marked as examples are invented, so that every lot can run both procedures."""

FRAMEWORK = {
    "name_fr": "Centrale de marchés Participation",
    "name_nl": "Opdrachtcentrale Participatie",
    "name_en": "Participation framework contract",
}

# number, ceiling, always re-competed, (title fr, nl, en), (description fr, nl, en)
LOTS = [
    (1, 150_000, True,
     ("Mission globale de conception, de mise en œuvre, d'accompagnement et d'évaluation de processus participatifs",
      "Globale opdracht om participatieve processen te ontwerpen, uit te voeren, te ondersteunen en te evalueren",
      "Global mission of design, deployment, support and evaluation of participatory processes"),
     ("Lot global rassemblant une diversité de compétences nécessaires pour la mise en place d'un processus de A à Z :\n\n"
      "- Conception en amont (design)\n- Accompagnement dans le portage politique\n"
      "- Déploiement du processus (logistique, animation, mobilisation, communication…)\n- Évaluation du processus (impact, devoir de suite…)",
      "Een uitgebreid pakket met een breed scala aan vaardigheden die nodig zijn om een proces van A tot Z te implementeren:\n\n"
      "- Ontwerp vooraf (design)\n- Ondersteuning voor politieke steun\n"
      "- Implementatie van het proces (logistiek, coördinatie, mobilisatie, communicatie…)\n- Evaluatie van het proces (impact, opvolging…)",
      "A global lot bringing together the range of skills needed to run a process from A to Z:\n\n"
      "- Upstream design\n- Support in gaining political backing\n"
      "- Deployment of the process (logistics, facilitation, mobilisation, communication…)\n- Evaluation of the process (impact, duty to follow up…)")),
    (2, 60_000, True,
     ("Design de processus participatifs", "Ontwerpen van participatieve processen", "Design of participatory processes"),
     ("- Conception de la méthodologie du processus et de ses étapes, en fonction de la spécificité du projet, des moyens budgétaires, de la temporalité et de l'ambition\n"
      "- Identification des dispositifs et des méthodes d'animation nécessaires (échelle, cadre et contrat de participation, innovation dans les méthodes de participation et de délibération…)",
      "- Het ontwerpen van de methodologie voor het proces en de fasen ervan, afhankelijk van de specifieke aard van het project, de budgettaire middelen, het tijdschema en de ambitie\n"
      "- Identificatie van het type participatie en methoden voor facilitering (schaal, kader en contract voor participatie, innovatieve methoden voor participatie en overleg…)",
      "- Designing the methodology of the process and its stages, according to the project, its budget, its timetable and its ambition\n"
      "- Identifying the set-ups and facilitation methods needed (scale, framework and contract of participation, innovation in participation and deliberation methods…)")),
    (3, 90_000, False,
     ("Déploiement de processus participatifs et animation de réunions", "Uitvoeren van participatieprocessen en organiseren van vergaderingen",
      "Deployment of participatory processes and facilitation of meetings"),
     ("- Mise en œuvre du processus participatif tel qu'imaginé : opérationnalisation et exécution des différents aspects nécessaires au bon déroulement du projet\n"
      "- Animation et facilitation, organisation pratique et logistique, secrétariat, communication et vulgarisation des contenus…",
      "- Uitvoeren van het participatieve proces zoals voorgesteld: operationalisering en uitvoering van de verschillende aspecten die nodig zijn voor het soepele verloop van het project\n"
      "- Animatie en facilitatie, praktische en logistieke organisatie, secretariaat, communicatie en verspreiding van de inhoud…",
      "- Carrying out the participatory process as designed: putting into operation everything the project needs to run smoothly\n"
      "- Facilitation, practical and logistical organisation, secretariat, communication and popularisation of the content…")),
    (4, 60_000, False,
     ("Communication, création de contenu, publicité", "Communicatie, inhoud creëren, publiciteit", "Communication, content creation, publicity"),
     ("- Actions de communication relatives à l'ensemble d'un processus\n- Stratégie et plan de communication\n"
      "- Diversité dans la création de livrables et d'actions de communication (visuels, vidéos, supports adaptables en fonction des publics…)",
      "- Communicatieacties met betrekking tot een volledig proces\n- Communicatiestrategie en -plan\n"
      "- Diversiteit in de creatie van deliverables en communicatieacties (visuals, video's, aanpasbare media afhankelijk van het publiek…)",
      "- Communication for a whole process\n- Communication strategy and plan\n"
      "- A variety of deliverables and communication actions (visuals, videos, media adapted to each public…)")),
    (5, 60_000, False,
     ("Mobilisation des publics et recrutement des participants", "Mobiliseren van publiek en werven van deelnemers",
      "Mobilisation of publics and recruitment of participants"),
     ("Stratégie de mobilisation et de recrutement en fonction des publics cibles :\n\n"
      "- Mobilisation générale, recrutement ciblé, tirage au sort, recrutement sur site, porte-à-porte…\n- Maintien de la mobilisation sur le long terme\n- Inclusion des publics",
      "Mobilisatie- en wervingsstrategie volgens doelgroep:\n\n"
      "- Algemene mobilisatie, gerichte werving, loting, werving ter plaatse, huis-aan-huis…\n- Betrokkenheid op lange termijn behouden\n- Inclusie van doelgroepen",
      "A mobilisation and recruitment strategy for each target public:\n\n"
      "- General mobilisation, targeted recruitment, sortition, on-site recruitment, door to door…\n- Keeping people involved over the long term\n- Inclusion of publics")),
    (6, 60_000, False,
     ("Évaluation de processus participatifs et appui au devoir de suite", "Beoordelen van participatieprocessen en ondersteuning van de follow-up",
      "Evaluation of participatory processes and support of the duty to follow up"),
     ("- Évaluation de la pertinence et de l'efficacité d'un processus\n- Critères définis en amont, monitoring en continu et adaptation si nécessaire\n"
      "- Impact et devoir de suite (prise en compte des résultats à long terme)",
      "- De relevantie en effectiviteit van een proces beoordelen\n- Vooraf vastgestelde criteria, voortdurende controle en zo nodig aanpassing\n"
      "- Impact en opvolgingsplicht (rekening houden met langetermijnresultaten)",
      "- Assessing the relevance and effectiveness of a process\n- Criteria set upstream, continuous monitoring and adjustment when needed\n"
      "- Impact and duty to follow up (taking long-term results into account)")),
]

# slug: (name, invented?, language of the demo account, working languages (only for invented ones), tagline from the seed or "")
PROVIDERS = {
    "citytools": ("CityTools", False, "fr", "", ""),
    "common-ground": ("Common Ground", False, "fr", "", ""),
    "missions-publiques": ("Missions Publiques", False, "fr", "", "Dialoguer et (se) comprendre pour mieux décider"),
    "dreamocracy": ("Dreamocracy", False, "fr", "", ""),
    "21-solutions": ("21 Solutions", False, "fr", "", ""),
    "glassroots": ("Glassroots", False, "nl", "", ""),
    "arctik": ("Arctik", False, "fr", "", "Communication for sustainability"),
    "furk": ("FURK", False, "fr", "", "FU[N@WO]RK"),
    "josworld": ("JOSworld", False, "fr", "", "human driven"),
    "mobius": ("möbius", False, "nl", "", ""),
    "vo-communication": ("VO Communication", False, "fr", "", ""),
    "switch": ("Switch", False, "fr", "", ""),
    "zenne-facilitation": ("Zenne Facilitation", True, "fr", "fr, nl", ""),
    "kanaal-facilitatie": ("Kanaal Facilitatie", True, "nl", "nl, fr, en", ""),
    "porte-voix-mobilisation": ("Porte-Voix Mobilisation", True, "fr", "fr, nl, ar", ""),
    "buurtwerving": ("Buurtwerving", True, "nl", "nl, fr", ""),
    "tirage-citoyen": ("Tirage Citoyen", True, "fr", "fr, nl, en", ""),
    "boussole-evaluation": ("Boussole Évaluation", True, "fr", "fr, en", ""),
    "spoor-opvolging": ("Spoor Opvolging", True, "nl", "nl, fr", ""),
}

# lot number -> providers in the seed's order (rank 1 first), then the invented examples.
HOLDINGS = {
    1: ["citytools", "common-ground", "missions-publiques", "dreamocracy"],
    2: ["21-solutions", "glassroots"],
    3: ["dreamocracy", "zenne-facilitation", "kanaal-facilitatie"],
    4: ["arctik", "furk", "josworld", "mobius", "vo-communication", "switch"],
    5: ["porte-voix-mobilisation", "buurtwerving", "tirage-citoyen"],
    6: ["missions-publiques", "boussole-evaluation", "spoor-opvolging"],
}

LOT_SHORT = {
    1: ("mission globale (conception, mise en œuvre, accompagnement, évaluation)", "globale opdracht (ontwerp, uitvoering, begeleiding, evaluatie)", "global mission (design, deployment, support, evaluation)"),
    2: ("design de processus participatifs", "ontwerp van participatieve processen", "design of participatory processes"),
    3: ("déploiement de processus et animation de réunions", "uitvoering van processen en begeleiding van vergaderingen", "deployment of processes and facilitation of meetings"),
    4: ("communication, création de contenu, publicité", "communicatie, inhoud, publiciteit", "communication, content, publicity"),
    5: ("mobilisation des publics et recrutement des participants", "mobilisatie van publiek en werving van deelnemers", "mobilisation of publics and recruitment of participants"),
    6: ("évaluation de processus et appui au devoir de suite", "evaluatie van processen en ondersteuning van de opvolging", "evaluation of processes and support of the follow-up"),
}

SPECIFICATION_TEMPLATE = {
    "name_fr": "Cahier des charges type (marché subséquent)",
    "name_nl": "Modelbestek (afgeleide opdracht)",
    "name_en": "Model specification (subsequent contract)",
    "body_fr": "# Cahier des charges : {title}\n\n## Pouvoir adjudicateur\n{member}, adhérent à la centrale de marchés du Service de la Participation.\n\n"
               "## Lot\n{lot}\n\n## Besoin\n{need}\n\n## Montant estimé\n{amount} HTVA\n\n## Livrables et calendrier\n(à compléter)\n\n"
               "## Critères d'attribution\nPrix et qualité, pondérés comme indiqué dans la demande d'offres.",
    "body_nl": "# Bestek: {title}\n\n## Aanbestedende overheid\n{member}, toegetreden tot de opdrachtcentrale van de Dienst Participatie.\n\n"
               "## Perceel\n{lot}\n\n## Behoefte\n{need}\n\n## Geraamd bedrag\n{amount} excl. btw\n\n## Op te leveren prestaties en planning\n(aan te vullen)\n\n"
               "## Gunningscriteria\nPrijs en kwaliteit, gewogen zoals vermeld in de offerteaanvraag.",
    "body_en": "# Specification: {title}\n\n## Contracting authority\n{member}, member of the Participation Service's framework contract.\n\n"
               "## Lot\n{lot}\n\n## Need\n{need}\n\n## Estimated amount\n{amount} excl. VAT\n\n## Deliverables and timetable\n(to be completed)\n\n"
               "## Award criteria\nPrice and quality, weighted as stated in the request for offers.",
}
