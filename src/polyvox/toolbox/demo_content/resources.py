"""External resources: well-known guides and reference sites, with the languages they are available in."""

from polyvox.toolbox.demo_content import T

RESOURCES = [
    {
        "url": "https://doi.org/10.1787/339306da-en",
        "language": "en",
        "family": "mini-publics-deliberatifs",
        "title": T(
            "OCDE (2020), Innovative Citizen Participation and New Democratic Institutions: Catching the Deliberative Wave",
            "OESO (2020), Innovative Citizen Participation and New Democratic Institutions: Catching the Deliberative Wave",
            "OECD (2020), Innovative Citizen Participation and New Democratic Institutions: Catching the Deliberative Wave",
        ),
        "description": T(
            "Le rapport de référence sur les processus délibératifs représentatifs : près de 300 cas analysés, "
            "des modèles de processus et des principes de bonne pratique.",
            "Het referentierapport over representatieve deliberatieve processen: bijna 300 geanalyseerde gevallen, "
            "procesmodellen en principes van goede praktijk.",
            "The reference report on representative deliberative processes: close to 300 cases analysed, process "
            "models and good practice principles.",
        ),
    },
    {
        "url": "https://doi.org/10.1787/f765caf6-en",
        "language": "en",
        "family": None,
        "title": T(
            "OCDE (2022), OECD Guidelines for Citizen Participation Processes",
            "OESO (2022), OECD Guidelines for Citizen Participation Processes",
            "OECD (2022), OECD Guidelines for Citizen Participation Processes",
        ),
        "description": T(
            "Un guide pas à pas pour les agents publics : dix étapes pour concevoir, mettre en œuvre et évaluer "
            "un processus de participation, et un panorama des méthodes.",
            "Een stapsgewijze gids voor overheidsmedewerkers: tien stappen om een participatieproces te ontwerpen, "
            "uit te voeren en te evalueren, en een overzicht van methoden.",
            "A step-by-step guide for public officials: ten steps to design, run and evaluate a participation "
            "process, and an overview of methods.",
        ),
    },
    {
        "url": "https://www.iap2.org/page/pillars",
        "language": "en",
        "family": None,
        "title": T(
            "IAP2 – Spectre de la participation publique",
            "IAP2 – Spectrum van publieke participatie",
            "IAP2 Spectrum of Public Participation",
        ),
        "description": T(
            "Les cinq niveaux de participation de l'International Association for Public Participation "
            "(inform, consult, involve, collaborate, empower), avec ses valeurs fondamentales et son code d'éthique.",
            "De vijf participatieniveaus van de International Association for Public Participation (inform, "
            "consult, involve, collaborate, empower), met haar kernwaarden en ethische code.",
            "The five participation levels of the International Association for Public Participation (inform, "
            "consult, involve, collaborate, empower), with its core values and code of ethics.",
        ),
    },
    {
        "url": "https://involve.org.uk/resources/knowledge-base",
        "language": "en",
        "family": None,
        "title": T("Involve – Knowledge base", "Involve – Knowledge base", "Involve – Knowledge base"),
        "description": T(
            "La base de connaissances de l'organisation britannique Involve : fiches méthodes (mini-publics, "
            "budgets participatifs...) et guides pratiques.",
            "De kennisbank van de Britse organisatie Involve: methodefiches (mini-publics, burgerbegrotingen...) "
            "en praktische gidsen.",
            "The knowledge base of the UK organisation Involve: method sheets (mini-publics, participatory "
            "budgeting...) and practical guides.",
        ),
    },
    {
        "url": "https://participedia.net/",
        "language": "en, fr",
        "family": None,
        "title": T("Participedia", "Participedia", "Participedia"),
        "description": T(
            "Une base de données collaborative et mondiale de cas, de méthodes et d'organisations de la "
            "participation publique.",
            "Een wereldwijde, collaboratieve databank van cases, methoden en organisaties van publieke participatie.",
            "A worldwide, collaborative database of public participation cases, methods and organisations.",
        ),
    },
    {
        "url": "https://democratie.brussels/",
        "language": "fr, nl",
        "family": "mini-publics-deliberatifs",
        "title": T(
            "democratie.brussels – les commissions délibératives du Parlement bruxellois",
            "democratie.brussels – de overlegcommissies van het Brussels Parlement",
            "democratie.brussels – the Brussels Parliament's deliberative committees",
        ),
        "description": T(
            "La plateforme du Parlement bruxellois pour les commissions délibératives : suggestions citoyennes, "
            "travaux en cours et recommandations.",
            "Het platform van het Brussels Parlement voor de overlegcommissies: burgervoorstellen, lopende "
            "werkzaamheden en aanbevelingen.",
            "The Brussels Parliament's platform for its deliberative committees: citizens' suggestions, work in "
            "progress and recommendations.",
        ),
    },
    {
        "url": "https://participation.brussels/",
        "language": "fr, nl",
        "family": None,
        "title": T(
            "participation.brussels – Service de la Participation",
            "participatie.brussels – Dienst Participatie",
            "participation.brussels – Participation Service",
        ),
        "description": T(
            "Le site du Service de la Participation de la Région de Bruxelles-Capitale : inventaire des "
            "initiatives, outils, prestataires de la centrale de marchés et actualités.",
            "De website van de Dienst Participatie van het Brussels Hoofdstedelijk Gewest: inventaris van "
            "initiatieven, tools, dienstverleners van de opdrachtcentrale en nieuws.",
            "The website of the Participation Service of the Brussels-Capital Region: inventory of initiatives, "
            "tools, framework-contract providers and news.",
        ),
    },
    {
        "url": "https://www.sortitionfoundation.org/",
        "language": "en",
        "family": "mini-publics-deliberatifs",
        "title": T("Sortition Foundation", "Sortition Foundation", "Sortition Foundation"),
        "description": T(
            "Organisation spécialisée dans le recrutement par tirage au sort des assemblées citoyennes ; "
            "elle publie ses méthodes de sélection.",
            "Organisatie gespecialiseerd in de werving via loting van burgerassemblees; ze publiceert haar "
            "selectiemethoden.",
            "An organisation specialised in recruiting citizens' assemblies by sortition; it publishes its "
            "selection methods.",
        ),
    },
    {
        "url": "https://www.newdemocracy.com.au/",
        "language": "en",
        "family": "mini-publics-deliberatifs",
        "title": T("The newDemocracy Foundation", "The newDemocracy Foundation", "The newDemocracy Foundation"),
        "description": T(
            "Fondation australienne de recherche et de conception de jurys citoyens ; ses notes de recherche "
            "traitent du cadrage, du recrutement et de l'information des mini-publics.",
            "Australische stichting voor onderzoek naar en ontwerp van burgerjury's; haar onderzoeksnota's gaan "
            "over kadering, werving en informatie van mini-publics.",
            "An Australian foundation researching and designing citizens' juries; its research notes cover "
            "framing, recruitment and information for mini-publics.",
        ),
    },
    {
        "url": "https://www.participatorybudgeting.org/",
        "language": "en",
        "family": "appels-a-projets-budgets-participatifs",
        "title": T(
            "Participatory Budgeting Project", "Participatory Budgeting Project", "Participatory Budgeting Project",
        ),
        "description": T(
            "Ressources, guides et formations sur les budgets participatifs, issus de l'expérience nord-américaine.",
            "Middelen, gidsen en opleidingen over burgerbegrotingen, vanuit de Noord-Amerikaanse ervaring.",
            "Resources, guides and training on participatory budgeting, drawn from North American experience.",
        ),
    },
    {
        "url": "https://decidim.org/",
        "language": "en",
        "family": "participation-en-ligne",
        "title": T("Decidim", "Decidim", "Decidim"),
        "description": T(
            "Logiciel libre de participation en ligne né à Barcelone : propositions, débats, budgets "
            "participatifs, assemblées. Sa documentation décrit chaque composant.",
            "Vrije software voor online participatie, ontstaan in Barcelona: voorstellen, debatten, "
            "burgerbegrotingen, assemblees. De documentatie beschrijft elk onderdeel.",
            "Free software for online participation born in Barcelona: proposals, debates, participatory "
            "budgets, assemblies. Its documentation describes each component.",
        ),
    },
    {
        "url": "https://www.debatpublic.fr/",
        "language": "fr",
        "family": "urbanisme-participatif",
        "title": T(
            "Commission nationale du débat public (France)",
            "Commission nationale du débat public (Frankrijk)",
            "Commission nationale du débat public (France)",
        ),
        "description": T(
            "L'autorité française chargée des débats publics sur les grands projets d'aménagement ; ses "
            "principes (indépendance, transparence, argumentation) et ses comptes rendus font référence.",
            "De Franse autoriteit voor publieke debatten over grote ruimtelijke projecten; haar principes "
            "(onafhankelijkheid, transparantie, argumentatie) en verslagen gelden als referentie.",
            "The French authority in charge of public debates on major development projects; its principles "
            "(independence, transparency, argument) and reports are a reference.",
        ),
    },
]
