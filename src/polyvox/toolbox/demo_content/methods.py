"""Methods of each family (slugs are relied upon by the inventory's demo data)."""

from polyvox.toolbox.demo_content import T

METHODS = [
    # 1. Mini-publics délibératifs
    ("mini-publics-deliberatifs", "panel-citoyen", T("Panel citoyen", "Burgerpanel", "Citizens' panel"), T(
        "Un groupe de 20 à 50 personnes tirées au sort se réunit pendant quelques journées pour examiner une "
        "question et formuler un avis collectif, après avoir entendu des expert·es et des parties prenantes.",
        "Een groep van 20 tot 50 bij loting geselecteerde personen komt gedurende enkele dagen samen om een "
        "vraag te onderzoeken en een gezamenlijk advies te formuleren, na experts en belanghebbenden te hebben gehoord.",
        "A group of 20 to 50 people drawn by lot meets over a few days to examine a question and give a "
        "collective opinion, after hearing experts and stakeholders.",
    )),
    ("mini-publics-deliberatifs", "jury-citoyen", T("Jury citoyen", "Burgerjury", "Citizens' jury"), T(
        "Un petit groupe tiré au sort (12 à 25 personnes) auditionne des témoins, comme un jury, et rend un "
        "verdict argumenté sur une question précise, souvent le choix entre plusieurs options.",
        "Een kleine groep die bij loting is samengesteld (12 tot 25 personen) hoort getuigen, zoals een jury, en "
        "velt een beargumenteerd oordeel over een precieze vraag, vaak de keuze tussen meerdere opties.",
        "A small group drawn by lot (12 to 25 people) hears witnesses, like a jury, and gives a reasoned verdict "
        "on a precise question, often a choice between several options.",
    )),
    ("mini-publics-deliberatifs", "commission-deliberative", T(
        "Commission délibérative", "Overlegcommissie", "Deliberative committee",
    ), T(
        "Dispositif du Parlement bruxellois : 45 citoyen·nes tiré·es au sort et 15 député·es délibèrent "
        "ensemble et adoptent des recommandations, auxquelles le Parlement doit donner suite. Le sujet peut "
        "venir d'une suggestion citoyenne signée par 1 000 résident·es bruxellois·es de 16 ans et plus.",
        "Instrument van het Brussels Parlement: 45 bij loting geselecteerde burgers en 15 parlementsleden "
        "beraadslagen samen en nemen aanbevelingen aan, waaraan het Parlement gevolg moet geven. Het onderwerp "
        "kan komen van een burgervoorstel dat door 1.000 Brusselse inwoners van 16 jaar of ouder is ondertekend.",
        "A procedure of the Brussels Parliament: 45 citizens drawn by lot and 15 members of parliament deliberate "
        "together and adopt recommendations, which the Parliament must follow up. The subject can come from a "
        "citizens' suggestion signed by 1,000 Brussels residents aged 16 or over.",
    )),
    ("mini-publics-deliberatifs", "conference-de-consensus", T(
        "Conférence de consensus", "Consensusconferentie", "Consensus conference",
    ), T(
        "Née au Danemark pour les questions scientifiques et techniques : un groupe de profanes se forme, "
        "choisit les expert·es qu'il veut entendre lors d'un forum public, puis rédige un rapport de consensus.",
        "Ontstaan in Denemarken voor wetenschappelijke en technische vragen: een groep leken vormt zich, kiest "
        "de experts die ze op een openbaar forum wil horen en schrijft daarna een consensusrapport.",
        "Born in Denmark for scientific and technical questions: a group of lay people learns about the "
        "subject, chooses the experts it wants to hear at a public forum, then writes a consensus report.",
    )),
    ("mini-publics-deliberatifs", "assemblee-citoyenne", T(
        "Assemblée citoyenne", "Burgerassemblee", "Citizens' assembly",
    ), T(
        "Un mini-public de grande taille (souvent 50 à 150 personnes) qui travaille plusieurs mois sur un "
        "sujet de société, comme le climat ; il peut être ponctuel ou permanent, comme le Conseil citoyen de "
        "la Communauté germanophone.",
        "Een grote mini-public (vaak 50 tot 150 personen) die meerdere maanden werkt rond een "
        "maatschappelijk onderwerp, zoals het klimaat; ze kan eenmalig of permanent zijn, zoals de Burgerraad "
        "van de Duitstalige Gemeenschap.",
        "A large mini-public (often 50 to 150 people) working for several months on a societal subject such as "
        "climate; it can be one-off or standing, like the Citizens' Council of the German-speaking Community.",
    )),
    ("mini-publics-deliberatifs", "atelier-intelligence-collective", T(
        "Atelier d'intelligence collective", "Workshop collectieve intelligentie", "Collective-intelligence workshop",
    ), T(
        "Un atelier facilité qui fait produire à un groupe des idées et des décisions meilleures que celles "
        "de ses membres isolés : défi formulé en question ouverte, idéation, regroupement, vote, décision par "
        "consentement. Il s'inspire de la sociocratie et du *Creative Problem Solving*.",
        "Een gefaciliteerde workshop waarin een groep betere ideeën en beslissingen voortbrengt dan haar leden "
        "afzonderlijk: uitdaging als open vraag, ideevorming, clustering, stemming, besluit bij consent. Hij is "
        "geïnspireerd op sociocratie en *Creative Problem Solving*.",
        "A facilitated workshop in which a group produces better ideas and decisions than its members would "
        "alone: a challenge as an open question, ideation, clustering, voting, decision by consent. It draws on "
        "sociocracy and Creative Problem Solving.",
    )),
    ("mini-publics-deliberatifs", "prospective-collaborative", T(
        "Prospective collaborative", "Collaboratieve toekomstverkenning", "Collaborative foresight",
    ), T(
        "Une démarche qui associe un grand nombre de personnes à l'exploration des futurs possibles et à la "
        "construction d'une stratégie : scénarios, prévisions collectives, méthode Delphi, ateliers de vision.",
        "Een aanpak die veel mensen betrekt bij het verkennen van mogelijke toekomsten en het uitwerken van een "
        "strategie: scenario's, collectieve voorspellingen, Delphi-methode, visieworkshops.",
        "An approach that involves many people in exploring possible futures and building a strategy: "
        "scenarios, collective forecasts, the Delphi method, vision workshops.",
    )),
    # 2. Référendum, votation et consultations populaires
    ("referendum-votation-consultations", "referendum-local", T(
        "Référendum local", "Lokaal referendum", "Local referendum",
    ), T(
        "Vote des habitant·es sur une décision précise. En droit belge, il n'existe pas de référendum "
        "décisionnel : un « référendum local » y prend la forme d'une consultation dont l'autorité s'engage "
        "politiquement à suivre le résultat.",
        "Stemming van de inwoners over een precieze beslissing. Het Belgische recht kent geen beslissend "
        "referendum: een « lokaal referendum » neemt er de vorm aan van een raadpleging waarvan de overheid "
        "zich politiek engageert om het resultaat te volgen.",
        "Residents vote on a precise decision. Belgian law has no binding referendum: a \"local referendum\" "
        "takes the form of a consultation whose result the authority commits politically to follow.",
    )),
    ("referendum-votation-consultations", "consultation-populaire", T(
        "Consultation populaire", "Volksraadpleging", "Popular consultation",
    ), T(
        "Procédure prévue par la loi communale : le conseil communal, d'initiative ou à la demande d'un "
        "pourcentage d'habitant·es fixé par la loi, consulte les habitant·es de 16 ans et plus sur une "
        "question d'intérêt communal. Certains sujets en sont exclus (questions de personnes, budgets, "
        "comptes, taxes).",
        "Procedure van de gemeentewet: de gemeenteraad raadpleegt, op eigen initiatief of op vraag van een "
        "wettelijk bepaald percentage inwoners, de inwoners van 16 jaar en ouder over een kwestie van "
        "gemeentelijk belang. Sommige onderwerpen zijn uitgesloten (persoonskwesties, begrotingen, rekeningen, belastingen).",
        "A procedure of municipal law: the municipal council, on its own initiative or at the request of a "
        "share of residents set by law, consults residents aged 16 and over on a question of municipal "
        "interest. Some subjects are excluded (personal matters, budgets, accounts, taxes).",
    )),
    ("referendum-votation-consultations", "votation-citoyenne", T(
        "Votation citoyenne", "Burgerstemming", "Citizens' vote",
    ), T(
        "Un vote organisé en dehors des procédures légales, par une autorité ou une association, pour "
        "départager des options (nom d'un lieu, aménagement d'une place). Ses règles doivent être publiques "
        "avant le vote.",
        "Een stemming buiten de wettelijke procedures, georganiseerd door een overheid of een vereniging, om "
        "te kiezen tussen opties (naam van een plek, inrichting van een plein). De regels moeten vóór de "
        "stemming openbaar zijn.",
        "A vote held outside the legal procedures, by an authority or an association, to choose between "
        "options (the name of a place, the layout of a square). Its rules must be public before the vote.",
    )),
    # 3. Appels à projets et budgets participatifs
    ("appels-a-projets-budgets-participatifs", "budget-participatif", T(
        "Budget participatif", "Burgerbegroting", "Participatory budgeting",
    ), T(
        "Les habitant·es proposent des projets, l'administration vérifie leur faisabilité et les chiffre, puis "
        "les habitant·es votent ; les projets retenus dans l'enveloppe sont réalisés. Né à Porto Alegre en "
        "1989, il est pratiqué dans de nombreuses communes belges.",
        "Inwoners stellen projecten voor, de administratie onderzoekt de haalbaarheid en raamt de kosten, "
        "daarna stemmen de inwoners; de projecten die binnen het budget vallen, worden uitgevoerd. Ontstaan in "
        "Porto Alegre in 1989 en toegepast in veel Belgische gemeenten.",
        "Residents propose projects, the administration checks their feasibility and costs them, then residents "
        "vote; the projects that fit the envelope are carried out. Born in Porto Alegre in 1989, it is used "
        "in many Belgian municipalities.",
    )),
    ("appels-a-projets-budgets-participatifs", "appel-a-projets", T(
        "Appel à projets citoyens", "Oproep voor burgerprojecten", "Call for citizens' projects",
    ), T(
        "Une autorité finance des projets portés par des habitant·es ou des collectifs, sélectionnés selon "
        "des critères publics par un jury, parfois composé en partie d'habitant·es tiré·es au sort.",
        "Een overheid financiert projecten van inwoners of collectieven, geselecteerd op basis van openbare "
        "criteria door een jury, soms deels samengesteld uit bij loting gekozen inwoners.",
        "An authority funds projects run by residents or collectives, selected on public criteria by a jury, "
        "sometimes partly made up of residents drawn by lot.",
    )),
    # 4. Urbanisme participatif
    ("urbanisme-participatif", "atelier-urbanisme", T(
        "Atelier d'urbanisme participatif", "Workshop participatieve stedenbouw", "Participatory planning workshop",
    ), T(
        "Des séances de travail sur plans, photos et maquettes où habitant·es, usager·es et concepteurs "
        "définissent ensemble les besoins et comparent des scénarios d'aménagement.",
        "Werksessies op basis van plannen, foto's en maquettes waarin bewoners, gebruikers en ontwerpers samen "
        "de noden bepalen en inrichtingsscenario's vergelijken.",
        "Working sessions around plans, photos and models in which residents, users and designers define the "
        "needs together and compare design scenarios.",
    )),
    ("urbanisme-participatif", "marche-exploratoire", T(
        "Marche exploratoire", "Verkenningswandeling", "Exploratory walk",
    ), T(
        "Un parcours à pied dans le quartier, avec un petit groupe d'habitant·es (souvent des femmes, des "
        "aîné·es ou des enfants), pour relever ce qui rend l'espace public sûr, agréable ou difficile à "
        "vivre, et en tirer des propositions.",
        "Een wandeling door de wijk met een kleine groep bewoners (vaak vrouwen, senioren of kinderen) om vast "
        "te stellen wat de openbare ruimte veilig, aangenaam of moeilijk maakt, en daaruit voorstellen af te leiden.",
        "A walk through the neighbourhood with a small group of residents (often women, older people or "
        "children) to note what makes public space safe, pleasant or hard to live in, and to draw proposals from it.",
    )),
    ("urbanisme-participatif", "charrette", T("Charrette", "Charrette", "Charrette"), T(
        "Un atelier de conception intensif, sur un à plusieurs jours, où une équipe pluridisciplinaire "
        "dessine en direct avec les habitant·es et les parties prenantes et fait évoluer les esquisses au fil "
        "des retours.",
        "Een intensieve ontwerpworkshop van een tot meerdere dagen, waarin een multidisciplinair team live "
        "tekent met bewoners en belanghebbenden en de schetsen aanpast op basis van hun reacties.",
        "An intensive design workshop over one or several days in which a multidisciplinary team draws live "
        "with residents and stakeholders and changes the sketches as feedback comes in.",
    )),
    # 5. Conseils d'habitants et comités de quartier
    ("conseils-habitants-comites-quartier", "conseil-de-quartier", T(
        "Conseil de quartier", "Wijkraad", "Neighbourhood council",
    ), T(
        "Une instance créée par la commune pour un quartier, composée d'habitant·es (par candidature ou "
        "tirage au sort) et parfois d'associations, qui rend des avis et peut gérer un petit budget.",
        "Een orgaan dat de gemeente voor een wijk opricht, samengesteld uit bewoners (via kandidatuur of "
        "loting) en soms verenigingen, dat adviezen geeft en een klein budget kan beheren.",
        "A body set up by the municipality for a neighbourhood, made up of residents (by application or "
        "sortition) and sometimes associations, that gives opinions and may manage a small budget.",
    )),
    ("conseils-habitants-comites-quartier", "comite-de-quartier", T(
        "Comité de quartier", "Wijkcomité", "Neighbourhood committee",
    ), T(
        "Un collectif d'habitant·es né de leur propre initiative, souvent en association de fait ou en ASBL, "
        "qui défend la qualité de vie du quartier, organise des activités et interpelle les autorités.",
        "Een collectief van bewoners ontstaan uit eigen initiatief, vaak als feitelijke vereniging of vzw, dat "
        "opkomt voor de leefkwaliteit van de wijk, activiteiten organiseert en de overheid aanspreekt.",
        "A residents' group formed on their own initiative, often as an informal association or non-profit, that "
        "stands up for the neighbourhood's quality of life, organises activities and questions the authorities.",
    )),
    ("conseils-habitants-comites-quartier", "conseil-consultatif", T(
        "Conseil consultatif", "Adviesraad", "Advisory council",
    ), T(
        "Une instance permanente qui conseille une autorité sur un thème ou pour un public : conseil des "
        "aîné·es, des jeunes, des personnes handicapées, de l'égalité des chances... Ses avis appellent une réponse.",
        "Een permanent orgaan dat een overheid adviseert over een thema of voor een doelgroep: seniorenraad, "
        "jeugdraad, raad voor personen met een handicap, gelijke kansen... Zijn adviezen vragen om een antwoord.",
        "A standing body advising an authority on a theme or for a group: councils of older people, young "
        "people, people with disabilities, equal opportunities... Its opinions call for an answer.",
    )),
    # 6. Interpellation citoyenne et pétition
    ("interpellation-citoyenne-petition", "interpellation-citoyenne", T(
        "Interpellation citoyenne", "Burgerinterpellatie", "Citizens' interpellation",
    ), T(
        "Le droit pour un·e habitant·e, soutenu·e par un nombre minimum de signatures fixé par le règlement "
        "communal, de poser une question au collège en séance publique du conseil communal et d'obtenir une "
        "réponse.",
        "Het recht van een inwoner, gesteund door een minimumaantal handtekeningen dat het gemeentelijk "
        "reglement bepaalt, om in openbare zitting van de gemeenteraad een vraag te stellen aan het college en "
        "een antwoord te krijgen.",
        "The right of a resident, backed by a minimum number of signatures set by municipal rules, to put a "
        "question to the executive in a public session of the municipal council and receive an answer.",
    )),
    ("interpellation-citoyenne-petition", "petition", T("Pétition", "Petitie", "Petition"), T(
        "Une demande écrite adressée à une autorité et soutenue par des signatures. Au-delà d'un certain "
        "nombre de signatures, les assemblées (conseil communal, Parlement bruxellois) entendent les "
        "pétitionnaires et y répondent.",
        "Een schriftelijke vraag aan een overheid, gesteund door handtekeningen. Boven een bepaald aantal "
        "handtekeningen horen de assemblees (gemeenteraad, Brussels Parlement) de indieners en antwoorden ze.",
        "A written request to an authority, backed by signatures. Above a certain number of signatures, "
        "assemblies (municipal council, Brussels Parliament) hear the petitioners and answer them.",
    )),
    # 7. Participation en ligne
    ("participation-en-ligne", "consultation-en-ligne", T(
        "Consultation en ligne", "Onlineraadpleging", "Online consultation",
    ), T(
        "Un questionnaire ou un texte soumis aux commentaires sur une plateforme, pendant une période "
        "définie ; les résultats sont analysés et publiés avec les suites données.",
        "Een vragenlijst of een tekst die gedurende een bepaalde periode op een platform ter commentaar wordt "
        "voorgelegd; de resultaten worden geanalyseerd en gepubliceerd samen met het gevolg dat eraan wordt gegeven.",
        "A questionnaire or a text open for comments on a platform for a set period; the results are analysed "
        "and published with what was done about them.",
    )),
    ("participation-en-ligne", "plateforme-idees", T(
        "Plateforme d'idées", "Ideeënplatform", "Ideas platform",
    ), T(
        "Un espace en ligne où chacun·e dépose des idées, les commente et soutient celles des autres ; les "
        "plus soutenues sont étudiées par l'autorité, qui répond publiquement.",
        "Een onlineruimte waar iedereen ideeën indient, becommentarieert en die van anderen steunt; de meest "
        "gesteunde worden door de overheid onderzocht, die publiek antwoordt.",
        "An online space where anyone posts ideas, comments on them and supports others' ideas; the most "
        "supported are studied by the authority, which answers in public.",
    )),
    ("participation-en-ligne", "carte-participative", T(
        "Carte participative", "Participatieve kaart", "Participatory map",
    ), T(
        "Une carte en ligne où les habitant·es situent des problèmes, des envies ou des lieux appréciés ; "
        "elle nourrit le diagnostic d'un projet urbain ou de mobilité.",
        "Een onlinekaart waarop inwoners problemen, wensen of geliefde plekken aanduiden; ze voedt de diagnose "
        "van een stedenbouwkundig of mobiliteitsproject.",
        "An online map on which residents locate problems, wishes or places they like; it feeds the diagnosis "
        "of an urban or mobility project.",
    )),
]
