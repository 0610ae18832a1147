"""Practical cases: the Montréal examples of the co-creation approach (cases from elsewhere), and the
Brussels initiatives of the inventory that illustrate a family (linked once the inventory is loaded)."""

from polyvox.toolbox.demo_content import T

MONTREAL = T("Montréal (Québec, Canada)", "Montreal (Québec, Canada)", "Montréal (Quebec, Canada)")

EXTERNAL_CASES = [
    {
        "slug": "montreal-cocreation-territoriale",
        "family": "urbanisme-participatif",
        "method": "atelier-urbanisme",
        "order": 50,
        "place": MONTREAL,
        "title": T(
            "Ateliers de cocréation territoriale pour la transition socioécologique",
            "Territoriale cocreatieworkshops voor de sociaal-ecologische transitie",
            "Territorial co-creation workshops for the socio-ecological transition",
        ),
        "body": T(
            "La Maison de l'innovation sociale (MIS) réunit citoyen·nes, organismes communautaires, "
            "fonctionnaires municipaux et élu·es pour définir ensemble les problématiques, les priorités et les "
            "moyens d'action d'un territoire, par exemple pour y accélérer la transition socioécologique.",
            "De Maison de l'innovation sociale (MIS) brengt burgers, gemeenschapsorganisaties, gemeentelijke "
            "ambtenaren en verkozenen samen om de uitdagingen, prioriteiten en actiemiddelen van een gebied samen "
            "te bepalen, bijvoorbeeld om er de sociaal-ecologische transitie te versnellen.",
            "The Maison de l'innovation sociale (MIS) brings together citizens, community organisations, municipal "
            "officials and elected representatives to define an area's problems, priorities and means of action "
            "together, for instance to speed up its socio-ecological transition.",
        ),
    },
    {
        "slug": "montreal-resilience-communautaire-sante",
        "family": "mini-publics-deliberatifs",
        "method": "atelier-intelligence-collective",
        "order": 50,
        "place": MONTREAL,
        "title": T(
            "Repenser les services pour la résilience communautaire en santé dans l'est de Montréal",
            "Diensten herdenken voor gemeenschapsveerkracht in gezondheid in het oosten van Montreal",
            "Rethinking services for community health resilience in the east of Montréal",
        ),
        "body": T(
            "Un processus participatif au sein d'institutions publiques, animé par la Maison de l'innovation "
            "sociale (MIS), où usager·es, "
            "expert·es et partenaires coconstruisent de nouvelles interventions sur un enjeu social donné : "
            "améliorer la résilience communautaire en santé.",
            "Een participatief proces binnen overheidsinstellingen, begeleid door de Maison de l'innovation "
            "sociale (MIS), waarin gebruikers, "
            "experts en partners samen nieuwe interventies uitwerken rond een maatschappelijk vraagstuk: de "
            "gemeenschapsveerkracht in gezondheid verbeteren.",
            "A participatory process within public institutions, facilitated by the Maison de l'innovation sociale "
            "(MIS), in which users, experts "
            "and partners co-design new interventions on a given social issue: improving community health resilience.",
        ),
    },
    {
        "slug": "montreal-sprints-regionalisation-immigration",
        "family": "mini-publics-deliberatifs",
        "method": "prospective-collaborative",
        "order": 51,
        "place": MONTREAL,
        "title": T(
            "Sprints créatifs sur la régionalisation de l'immigration",
            "Creatieve sprints over de regionalisering van immigratie",
            "Creative sprints on the regionalisation of immigration",
        ),
        "body": T(
            "Avec la MIS, des sprints créatifs et des cellules d'innovation permettent à des acteur·trices très différent·es "
            "de prototyper rapidement des idées et d'en vérifier la faisabilité, ici sur l'installation des "
            "personnes immigrantes hors des grands centres.",
            "Met de MIS laten creatieve sprints en innovatiecellen heel verschillende actoren toe snel ideeën te prototypen "
            "en hun haalbaarheid te toetsen, hier over de vestiging van immigranten buiten de grote centra.",
            "With the MIS, creative sprints and innovation cells let very different actors prototype ideas quickly and check "
            "their feasibility, here on immigrants settling outside the large urban centres.",
        ),
    },
]

# Inventory initiatives (created by the initiatives app) that illustrate a family: linked when they exist.
INVENTORY_CASES = [
    {
        "initiative": "commissions-deliberatives",
        "family": "mini-publics-deliberatifs",
        "method": "commission-deliberative",
        "order": 1,
        "body": T(
            "Le dispositif permanent du Parlement bruxellois : 45 citoyen·nes tiré·es au sort et 15 député·es "
            "délibèrent ensemble et adoptent des recommandations.",
            "Het permanente instrument van het Brussels Parlement: 45 bij loting geselecteerde burgers en 15 "
            "parlementsleden beraadslagen samen en nemen aanbevelingen aan.",
            "The Brussels Parliament's standing procedure: 45 citizens drawn by lot and 15 members of parliament "
            "deliberate together and adopt recommendations.",
        ),
    },
    {
        "initiative": "open-jury-bockstael",
        "family": "mini-publics-deliberatifs",
        "method": "panel-citoyen",
        "order": 2,
        "body": T(
            "Un panel citoyen tiré au sort pour le réaménagement du boulevard Émile Bockstael, à la Ville de "
            "Bruxelles : un mini-public au service d'un projet d'espace public.",
            "Een bij loting samengesteld burgerpanel voor de heraanleg van de Emile Bockstaellaan in de Stad "
            "Brussel: een mini-public ten dienste van een project voor de openbare ruimte.",
            "A citizens' panel drawn by lot for the redesign of Boulevard Émile Bockstael in the City of Brussels: "
            "a mini-public serving a public-space project.",
        ),
    },
    {
        "initiative": "deliberation-citoyenne-resilience-climatique",
        "family": "mini-publics-deliberatifs",
        "method": None,
        "order": 3,
        "body": T(
            "Trois journées de délibération citoyenne sur la résilience de Bruxelles face au changement "
            "climatique, animées par des agents de Bruxelles Environnement formés à la facilitation.",
            "Drie dagen burgerberaad over de veerkracht van Brussel tegenover de klimaatverandering, begeleid door "
            "medewerkers van Leefmilieu Brussel die in facilitatie waren opgeleid.",
            "Three days of citizens' deliberation on Brussels' resilience to climate change, facilitated by "
            "Brussels Environment staff trained in facilitation.",
        ),
    },
    {
        "initiative": "strategie-bas-carbone-2050",
        "family": "mini-publics-deliberatifs",
        "method": "prospective-collaborative",
        "order": 4,
        "body": T(
            "Une démarche interne de prospective collaborative associant la direction et quelque 800 membres du "
            "personnel de Bruxelles Environnement à l'élaboration d'une stratégie bas carbone pour 2050.",
            "Een interne collaboratieve toekomstverkenning waarbij de directie en zo'n 800 personeelsleden van "
            "Leefmilieu Brussel een koolstofarme strategie voor 2050 uitwerkten.",
            "An internal collaborative foresight process involving Brussels Environment's leadership and some 800 "
            "staff members in drawing up a low-carbon strategy for 2050.",
        ),
    },
    {
        "initiative": "budget-participatif-cqd-bizet",
        "family": "appels-a-projets-budgets-participatifs",
        "method": "budget-participatif",
        "order": 1,
        "body": T(
            "Le budget de participation du contrat de quartier durable Bizet, à Anderlecht : les habitant·es "
            "proposent et choisissent des projets pour leur quartier.",
            "Het participatiebudget van het duurzaam wijkcontract Bizet in Anderlecht: bewoners stellen projecten "
            "voor hun wijk voor en kiezen ze.",
            "The participation budget of the Bizet sustainable neighbourhood contract in Anderlecht: residents "
            "propose and choose projects for their neighbourhood.",
        ),
    },
    {
        "initiative": "vision-schaerbeek-formation",
        "family": "urbanisme-participatif",
        "method": "atelier-urbanisme",
        "order": 1,
        "body": T(
            "L'élaboration d'une vision pour le site stratégique de Schaerbeek Formation, à Haren : associer "
            "habitant·es et usager·es à l'avenir d'un grand territoire en transformation.",
            "De uitwerking van een visie voor de strategische site Schaarbeek-Vorming in Haren: bewoners en "
            "gebruikers betrekken bij de toekomst van een groot gebied in transformatie.",
            "Drawing up a vision for the Schaerbeek Formation strategic site in Haren: involving residents and "
            "users in the future of a large area undergoing change.",
        ),
    },
    {
        "initiative": "ateliers-de-quartier-bri-co",
        "family": "conseils-habitants-comites-quartier",
        "method": None,
        "order": 1,
        "body": T(
            "Des ateliers de quartier présentés comme cas pratique du module Inclusion des ateliers de la "
            "participation : comment faire place aux habitant·es éloigné·es du débat public.",
            "Buurtworkshops die als praktijkvoorbeeld werden voorgesteld in de workshop Inclusie: hoe plaats maken "
            "voor bewoners die ver van het publieke debat staan.",
            "Neighbourhood workshops presented as a practical case in the Inclusion module of the participation "
            "workshops: how to make room for residents far from public debate.",
        ),
    },
    {
        "initiative": "megafon",
        "family": "conseils-habitants-comites-quartier",
        "method": None,
        "order": 2,
        "body": T(
            "« Ma voix pour mon quartier » : un cas pratique du module Inclusion, sur la manière de faire "
            "entendre la voix des habitant·es sur leur quartier.",
            "« Mijn stem voor mijn wijk »: een praktijkvoorbeeld uit de workshop Inclusie, over hoe de stem van "
            "bewoners over hun wijk gehoord kan worden.",
            "\"My voice for my neighbourhood\": a practical case from the Inclusion module, on how residents' "
            "voices about their neighbourhood can be heard.",
        ),
    },
]
