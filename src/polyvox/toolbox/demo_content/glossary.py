"""The glossary: (anchor slug, family slug or None, term, definition). Anchors are stable across languages."""

from polyvox.toolbox.demo_content import T

F1, F2, F3, F4, F5, F6, F7 = (
    "mini-publics-deliberatifs", "referendum-votation-consultations", "appels-a-projets-budgets-participatifs",
    "urbanisme-participatif", "conseils-habitants-comites-quartier", "interpellation-citoyenne-petition",
    "participation-en-ligne",
)

TERMS = [
    ("initiative-de-participation", None, T(
        "Initiative de participation", "Participatie-initiatief", "Participation initiative"), T(
        "Tout processus par lequel une autorité publique ou un collectif associe des citoyen·nes à "
        "l'élaboration, la mise en œuvre ou l'évaluation d'une politique publique. C'est l'unité de "
        "l'inventaire de participation.brussels.",
        "Elk proces waarbij een overheid of een collectief burgers betrekt bij de uitwerking, uitvoering of "
        "evaluatie van overheidsbeleid. Het is de eenheid van de inventaris van participatie.brussels.",
        "Any process through which a public authority or a collective involves citizens in designing, "
        "carrying out or evaluating a public policy. It is the unit of the participation.brussels inventory.")),
    ("niveau-de-participation", None, T(
        "Niveau de participation", "Participatieniveau", "Participation level"), T(
        "Le degré d'influence donné aux participant·es : information, consultation, concertation, "
        "co-construction, co-décision. Chaque niveau correspond à un échelon du spectre de l'IAP2.",
        "De mate van invloed die deelnemers krijgen: informatie, raadpleging, overleg, co-creatie, "
        "co-beslissing. Elk niveau komt overeen met een trede van het IAP2-spectrum.",
        "How much influence participants are given: information, consultation, concertation, co-construction, "
        "co-decision. Each level matches a step of the IAP2 spectrum.")),
    ("information", None, T("Information", "Informatie", "Information"), T(
        "Premier niveau de participation : l'autorité informe le public de façon claire et complète, sans lui "
        "demander son avis (IAP2 : *inform*). Condition de tous les autres niveaux.",
        "Eerste participatieniveau: de overheid informeert het publiek duidelijk en volledig, zonder zijn mening "
        "te vragen (IAP2: *inform*). Voorwaarde voor alle andere niveaus.",
        "First participation level: the authority informs the public clearly and fully, without asking for its "
        "view (IAP2: *inform*). A condition of every other level.")),
    ("consultation", None, T("Consultation", "Raadpleging", "Consultation"), T(
        "Niveau de participation où l'autorité recueille des avis avant de décider seule, et explique comment "
        "ils ont été pris en compte (IAP2 : *consult*).",
        "Participatieniveau waarbij de overheid meningen verzamelt voor ze alleen beslist, en uitlegt hoe ermee "
        "rekening is gehouden (IAP2: *consult*).",
        "Participation level at which the authority gathers views before deciding alone, and explains how they "
        "were taken into account (IAP2: *consult*).")),
    ("concertation", None, T("Concertation", "Overleg", "Concertation"), T(
        "Niveau de participation où les participant·es sont associé·es tout au long du processus et où leurs "
        "préoccupations se retrouvent dans les options étudiées (IAP2 : *involve*).",
        "Participatieniveau waarbij deelnemers gedurende het hele proces betrokken worden en hun bekommernissen "
        "terug te vinden zijn in de bestudeerde opties (IAP2: *involve*).",
        "Participation level at which participants are involved throughout the process and their concerns are "
        "reflected in the options studied (IAP2: *involve*).")),
    ("co-construction", None, T("Co-construction", "Co-creatie", "Co-construction"), T(
        "Niveau de participation où les solutions sont élaborées avec les participant·es, en partenariat, "
        "l'autorité gardant la décision finale (IAP2 : *collaborate*).",
        "Participatieniveau waarbij oplossingen samen met de deelnemers worden uitgewerkt, in partnerschap, "
        "terwijl de overheid de eindbeslissing behoudt (IAP2: *collaborate*).",
        "Participation level at which solutions are worked out with participants, in partnership, while the "
        "authority keeps the final decision (IAP2: *collaborate*).")),
    ("co-decision", None, T("Co-décision", "Co-beslissing", "Co-decision"), T(
        "Niveau de participation le plus élevé : la décision revient aux participant·es, par exemple le vote "
        "d'un budget participatif (IAP2 : *empower*).",
        "Hoogste participatieniveau: de beslissing ligt bij de deelnemers, bijvoorbeeld de stemming van een "
        "burgerbegroting (IAP2: *empower*).",
        "Highest participation level: the decision lies with the participants, for instance the vote on a "
        "participatory budget (IAP2: *empower*).")),
    ("iap2", None, T("IAP2 (spectre de la participation)", "IAP2 (participatiespectrum)", "IAP2 spectrum"), T(
        "Le spectre de la participation publique de l'International Association for Public Participation, "
        "en cinq niveaux : *inform, consult, involve, collaborate, empower*. Référence internationale pour "
        "dire clairement quelle influence est offerte au public.",
        "Het spectrum van publieke participatie van de International Association for Public Participation, met "
        "vijf niveaus: *inform, consult, involve, collaborate, empower*. Een internationale referentie om "
        "duidelijk te zeggen welke invloed het publiek krijgt.",
        "The public participation spectrum of the International Association for Public Participation, with five "
        "levels: inform, consult, involve, collaborate, empower. An international reference for stating "
        "clearly what influence the public is offered.")),
    ("echelle-de-la-participation", None, T(
        "Échelle de la participation", "Participatieladder", "Ladder of participation"), T(
        "Image proposée par Sherry Arnstein en 1969 : huit échelons allant de la manipulation au contrôle "
        "citoyen. Elle rappelle qu'une participation sans pouvoir réel peut n'être qu'un alibi.",
        "Beeld dat Sherry Arnstein in 1969 voorstelde: acht sporten, van manipulatie tot burgercontrole. Ze "
        "herinnert eraan dat participatie zonder echte invloed een alibi kan zijn.",
        "A picture proposed by Sherry Arnstein in 1969: eight rungs from manipulation to citizen control. It is a "
        "reminder that participation without real power can be mere window-dressing.")),
    ("famille-de-methodes", None, T("Famille de méthodes", "Methodefamilie", "Method family"), T(
        "Les sept familles de la boîte à outils : mini-publics délibératifs ; référendum, votation et "
        "consultations populaires ; appels à projets et budgets participatifs ; urbanisme participatif ; "
        "conseils d'habitants et comités de quartier ; interpellation citoyenne et pétition ; participation en ligne.",
        "De zeven families van de toolbox: deliberatieve mini-publics; referendum, stemming en volksraadpleging; "
        "projectoproepen en burgerbegrotingen; participatieve stedenbouw; bewonersraden en lokale comités; "
        "burgerinterpellaties en petities; online participatie.",
        "The toolbox's seven families: deliberative mini-publics; referendums, votes and popular consultations; "
        "calls for projects and participatory budgets; participatory urban planning; residents' councils and "
        "neighbourhood committees; citizens' interpellation and petitions; online participation.")),
    ("devoir-de-suite", None, T("Devoir de suite", "Opvolgingsplicht", "Duty to follow up"), T(
        "L'engagement de l'autorité à dire ce qu'elle a fait de chaque contribution : ce qui est retenu, "
        "modifié ou écarté, et pourquoi, puis à rendre compte de la mise en œuvre dans la durée.",
        "Het engagement van de overheid om te zeggen wat ze met elke bijdrage heeft gedaan: wat is weerhouden, "
        "aangepast of verworpen, en waarom, en daarna verslag uit te brengen over de uitvoering op lange termijn.",
        "The authority's commitment to say what it did with each contribution: what was kept, changed or set "
        "aside, and why, and then to report on implementation over time.")),
    ("mini-public", F1, T("Mini-public", "Mini-public", "Mini-public"), T(
        "Un groupe de citoyen·nes tiré·es au sort pour refléter la diversité d'une population, qui s'informe "
        "et délibère sur une question publique.",
        "Een groep burgers die bij loting is samengesteld om de diversiteit van een bevolking te weerspiegelen, "
        "en die zich informeert en beraadslaagt over een publieke kwestie.",
        "A group of citizens drawn by lot to reflect the diversity of a population, who learn about and "
        "deliberate on a public question.")),
    ("commission-deliberative", F1, T("Commission délibérative", "Overlegcommissie", "Deliberative committee"), T(
        "Au Parlement bruxellois, commission mixte de 45 citoyen·nes tiré·es au sort et de 15 député·es qui "
        "délibèrent ensemble et formulent des recommandations. Une suggestion citoyenne de sujet doit réunir "
        "1 000 signatures de résident·es bruxellois·es âgé·es de 16 ans ou plus.",
        "In het Brussels Parlement, een gemengde commissie van 45 bij loting geselecteerde burgers en 15 "
        "parlementsleden die samen beraadslagen en aanbevelingen formuleren. Een burgervoorstel voor een "
        "onderwerp heeft 1.000 handtekeningen nodig van Brusselse inwoners van 16 jaar of ouder.",
        "In the Brussels Parliament, a mixed committee of 45 citizens drawn by lot and 15 members of "
        "parliament who deliberate together and make recommendations. A citizens' suggestion of a subject needs "
        "1,000 signatures of Brussels residents aged 16 or over.")),
    ("tirage-au-sort", F1, T("Tirage au sort", "Loting", "Sortition"), T(
        "Sélection aléatoire des participant·es, souvent en deux temps : invitations à un large échantillon, "
        "puis tirage parmi les volontaires en respectant des quotas (genre, âge, commune...).",
        "Willekeurige selectie van deelnemers, vaak in twee stappen: uitnodigingen aan een brede steekproef, "
        "daarna loting onder de vrijwilligers met quota (gender, leeftijd, gemeente...).",
        "Random selection of participants, often in two stages: invitations to a large sample, then a draw "
        "among the volunteers respecting quotas (gender, age, municipality...).")),
    ("panel-citoyen", F1, T("Panel citoyen", "Burgerpanel", "Citizens' panel"), T(
        "Mini-public de 20 à 50 personnes tirées au sort qui rend un avis collectif après s'être informé et "
        "avoir délibéré pendant quelques journées.",
        "Mini-public van 20 tot 50 bij loting gekozen personen dat een gezamenlijk advies geeft na zich enkele "
        "dagen te hebben geïnformeerd en beraadslaagd.",
        "A mini-public of 20 to 50 people drawn by lot who give a collective opinion after learning and "
        "deliberating for a few days.")),
    ("leximin", F1, T("LEXIMIN", "LEXIMIN", "LEXIMIN"), T(
        "Algorithme de tirage au sort sous quotas (Flanigan et al., *Nature*, 2021) qui choisit le panel de "
        "façon à rendre les chances de sélection des volontaires aussi égales que possible, en maximisant "
        "d'abord la plus petite probabilité.",
        "Lotingsalgoritme met quota (Flanigan e.a., *Nature*, 2021) dat het panel zo kiest dat de selectiekansen "
        "van de vrijwilligers zo gelijk mogelijk zijn, door eerst de kleinste kans te maximaliseren.",
        "A sortition algorithm under quotas (Flanigan et al., Nature, 2021) that picks the panel so that the "
        "volunteers' chances of selection are as equal as possible, by first maximising the smallest probability.")),
    ("budget-participatif", F3, T("Budget participatif", "Burgerbegroting", "Participatory budgeting"), T(
        "Processus par lequel les habitant·es proposent puis choisissent par un vote des projets financés "
        "par une partie du budget public.",
        "Proces waarbij inwoners projecten voorstellen en vervolgens via een stemming kiezen welke met een deel "
        "van het overheidsbudget worden gefinancierd.",
        "A process in which residents propose and then choose by vote projects funded from part of the public budget.")),
    ("methode-des-parts-egales", F3, T(
        "Méthode des parts égales (MES)", "Methode van gelijke aandelen (MES)", "Method of equal shares (MES)"), T(
        "Règle de calcul proportionnelle pour les budgets participatifs : l'enveloppe est partagée à parts "
        "égales entre les votant·es, et un projet est financé si ses partisan·es peuvent le payer ensemble. "
        "Chaque groupe obtient ainsi une part du budget proche de son poids.",
        "Proportionele rekenregel voor burgerbegrotingen: het budget wordt in gelijke delen verdeeld onder de "
        "kiezers, en een project wordt gefinancierd als zijn aanhangers het samen kunnen betalen. Zo krijgt elke "
        "groep een deel van het budget dat dicht bij haar gewicht ligt.",
        "A proportional counting rule for participatory budgets: the envelope is split equally among voters, and "
        "a project is funded if its supporters can pay for it together. Each group thus gets a share of the "
        "budget close to its weight.")),
    ("consultation-populaire", F2, T("Consultation populaire", "Volksraadpleging", "Popular consultation"), T(
        "Vote consultatif des habitant·es d'une commune ou de la Région sur une question d'intérêt local ou "
        "régional, organisé selon la loi. Le résultat ne lie pas juridiquement l'autorité.",
        "Adviserende stemming van de inwoners van een gemeente of van het Gewest over een kwestie van lokaal of "
        "gewestelijk belang, georganiseerd volgens de wet. Het resultaat bindt de overheid juridisch niet.",
        "An advisory vote of the residents of a municipality or of the Region on a question of local or regional "
        "interest, held under the law. The result does not legally bind the authority.")),
    ("interpellation-citoyenne", F6, T("Interpellation citoyenne", "Burgerinterpellatie", "Citizens' interpellation"), T(
        "Droit d'un·e habitant·e, soutenu·e par des signatures, de poser une question au collège en séance "
        "publique du conseil communal et d'obtenir une réponse.",
        "Recht van een inwoner, gesteund door handtekeningen, om in openbare zitting van de gemeenteraad een "
        "vraag te stellen aan het college en een antwoord te krijgen.",
        "A resident's right, backed by signatures, to put a question to the municipal executive in a public "
        "council session and receive an answer.")),
    ("petition", F6, T("Pétition", "Petitie", "Petition"), T(
        "Demande écrite et signée adressée à une autorité, qui doit l'examiner ; au-delà d'un seuil de "
        "signatures, les pétitionnaires sont entendu·es.",
        "Schriftelijke en ondertekende vraag aan een overheid, die ze moet onderzoeken; boven een drempel van "
        "handtekeningen worden de indieners gehoord.",
        "A written, signed request to an authority, which must examine it; above a threshold of signatures, "
        "the petitioners are heard.")),
    ("comite-de-quartier", F5, T("Comité de quartier", "Wijkcomité", "Neighbourhood committee"), T(
        "Collectif d'habitant·es, créé à leur initiative, qui agit pour la qualité de vie d'un quartier et "
        "dialogue avec les autorités.",
        "Collectief van bewoners, opgericht op eigen initiatief, dat zich inzet voor de leefkwaliteit van een "
        "wijk en in dialoog gaat met de overheid.",
        "A residents' group, set up on their own initiative, that works for a neighbourhood's quality of life and "
        "talks with the authorities.")),
    ("centrale-de-marches", None, T("Centrale de marchés", "Opdrachtcentrale", "Framework contract (central purchasing body)"), T(
        "Marché public passé par perspective.brussels pour le compte des pouvoirs publics qui y adhèrent : "
        "ils commandent ensuite des services de participation aux prestataires retenus, sans refaire toute "
        "une procédure. Durée de 4 ans, montant global de 4 millions d'euros, jusqu'à 6 prestataires par lot.",
        "Overheidsopdracht die perspective.brussels plaatst voor de overheden die toetreden: zij bestellen "
        "daarna participatiediensten bij de geselecteerde dienstverleners, zonder een volledige procedure over "
        "te doen. Duur van 4 jaar, totale waarde van 4 miljoen euro, tot 6 dienstverleners per perceel.",
        "A public contract awarded by perspective.brussels on behalf of the public bodies that join it: they then "
        "order participation services from the selected providers without running a whole procedure again. "
        "It lasts 4 years, is worth €4 million in total, with up to 6 providers per lot.")),
    ("lot", None, T("Lot", "Perceel", "Lot"), T(
        "Partie d'un marché public portant sur un type de service. La centrale de marchés Participation en "
        "compte six, du design de processus à l'évaluation et au devoir de suite.",
        "Deel van een overheidsopdracht voor één soort dienst. De opdrachtcentrale Participatie telt er zes, van "
        "procesontwerp tot evaluatie en opvolging.",
        "A part of a public contract covering one type of service. The Participation framework contract has six, "
        "from process design to evaluation and follow-up.")),
    ("protocole-d-adhesion", None, T("Protocole d'adhésion", "Toetredingsprotocol", "Membership protocol"), T(
        "Document signé par lequel une administration adhère à la centrale de marchés ; il fixe les droits et "
        "obligations de chacun. L'adhésion est gratuite et sans exclusivité.",
        "Ondertekend document waarmee een administratie toetreedt tot de opdrachtcentrale; het legt de rechten "
        "en plichten van elke partij vast. Toetreden is gratis en houdt geen exclusiviteit in.",
        "A signed document by which an administration joins the framework contract; it sets out each side's "
        "rights and obligations. Joining is free and carries no exclusivity.")),
    ("cahier-des-charges", None, T("Cahier des charges", "Bestek", "Specification"), T(
        "Document qui décrit la mission demandée (objectifs, publics, livrables, calendrier, budget) et les "
        "critères d'attribution ; pour un marché subséquent, il est corédigé avec le Service de la Participation.",
        "Document dat de gevraagde opdracht beschrijft (doelen, doelgroepen, resultaten, planning, budget) en de "
        "gunningscriteria; voor een afgeleide opdracht wordt het samen met de Dienst Participatie opgesteld.",
        "A document describing the requested assignment (goals, audiences, deliverables, timetable, budget) and the "
        "award criteria; for a subsequent contract it is written together with the Participation Service.")),
    ("marche-subsequent", None, T("Marché subséquent", "Afgeleide opdracht", "Subsequent contract"), T(
        "Commande passée par un adhérent à l'un des prestataires d'un lot de la centrale de marchés, pour une "
        "mission précise, selon les conditions fixées par la centrale.",
        "Bestelling die een toegetreden overheid plaatst bij een van de dienstverleners van een perceel van de "
        "opdrachtcentrale, voor een precieze opdracht, volgens de voorwaarden van de centrale.",
        "An order placed by a member with one of the providers of a lot of the framework contract, for a precise "
        "assignment, on the terms set by the framework.")),
    ("remise-en-concurrence", None, T("Remise en concurrence", "Herconcurrentie", "Re-competition"), T(
        "Mode d'attribution d'un marché subséquent : les prestataires du lot sont invité·es à remettre une "
        "offre sur le cahier des charges, et la meilleure est retenue. Elle vaut toujours pour les lots 1 et 2, "
        "et au-delà de 30 000 € pour les lots 3 à 6.",
        "Gunningswijze van een afgeleide opdracht: de dienstverleners van het perceel worden uitgenodigd een "
        "offerte in te dienen op basis van het bestek, en de beste wordt gekozen. Dit geldt altijd voor de "
        "percelen 1 en 2, en boven 30.000 € voor de percelen 3 tot 6.",
        "A way of awarding a subsequent contract: the lot's providers are invited to bid on the specification, and "
        "the best offer wins. It always applies to lots 1 and 2, and above €30,000 to lots 3 to 6.")),
    ("cascade", None, T("Cascade", "Waterval", "Cascade"), T(
        "Mode d'attribution d'un marché subséquent sans remise en concurrence : la mission est proposée au "
        "prestataire classé premier du lot, puis au suivant s'il décline. Pour les lots 3 à 6, il s'applique "
        "en dessous de 30 000 €.",
        "Gunningswijze van een afgeleide opdracht zonder herconcurrentie: de opdracht wordt voorgesteld aan de "
        "eerst gerangschikte dienstverlener van het perceel, en aan de volgende als die weigert. Voor de percelen "
        "3 tot 6 geldt dit onder 30.000 €.",
        "A way of awarding a subsequent contract without re-competition: the assignment is offered to the lot's "
        "first-ranked provider, then to the next if it declines. For lots 3 to 6 it applies below €30,000.")),
    ("rapport-d-attribution", None, T("Rapport d'attribution", "Gunningsverslag", "Award report"), T(
        "Document qui analyse les offres reçues au regard des critères et motive le choix du prestataire ; il "
        "est ensuite validé par l'organe décisionnel de l'adhérent.",
        "Document dat de ontvangen offertes analyseert volgens de criteria en de keuze van de dienstverlener "
        "motiveert; het wordt daarna gevalideerd door het beslissingsorgaan van de toegetreden overheid.",
        "A document analysing the offers received against the criteria and giving reasons for the choice of "
        "provider; it is then approved by the member's decision-making body.")),
    ("bon-de-commande", None, T("Bon de commande", "Bestelbon", "Purchase order"), T(
        "Document qui lance la mission auprès du prestataire retenu. Le lien contractuel unit ensuite "
        "directement l'adhérent et le prestataire (contrôle de l'exécution, facturation).",
        "Document waarmee de opdracht bij de gekozen dienstverlener start. De contractuele band bestaat daarna "
        "rechtstreeks tussen de toegetreden overheid en de dienstverlener (controle van de uitvoering, facturatie).",
        "The document that starts the assignment with the chosen provider. The contract then binds the member and "
        "the provider directly (monitoring of the work, invoicing).")),
    ("prestataire", None, T("Prestataire", "Dienstverlener", "Provider"), T(
        "Entreprise ou association retenue dans un lot de la centrale de marchés, qui réalise des missions de "
        "participation pour les adhérents.",
        "Onderneming of vereniging die in een perceel van de opdrachtcentrale is geselecteerd en "
        "participatieopdrachten uitvoert voor de toegetreden overheden.",
        "A company or association selected in a lot of the framework contract, carrying out participation "
        "assignments for its members.")),
    ("consentement", None, T("Consentement (décision par)", "Consent (besluit bij)", "Consent (decision by)"), T(
        "Mode de décision issu de la sociocratie : une proposition est adoptée lorsque personne n'y oppose "
        "d'objection argumentée ; on ne cherche pas l'accord de tous mais l'absence de raison sérieuse de refuser.",
        "Besluitvormingswijze uit de sociocratie: een voorstel wordt aangenomen wanneer niemand een "
        "beargumenteerd bezwaar heeft; men zoekt niet ieders instemming, maar de afwezigheid van een ernstige reden "
        "om te weigeren.",
        "A decision method from sociocracy: a proposal is adopted when nobody raises a reasoned objection; the aim "
        "is not everyone's agreement but the absence of a serious reason to refuse.")),
    ("sociocratie", None, T("Sociocratie", "Sociocratie", "Sociocracy"), T(
        "Mode de gouvernance fondé sur des cercles, la décision par consentement et l'élection sans "
        "candidat ; plusieurs techniques d'intelligence collective en sont issues.",
        "Bestuursvorm gebaseerd op kringen, besluitvorming bij consent en verkiezing zonder kandidaten; "
        "verschillende technieken van collectieve intelligentie zijn eruit voortgekomen.",
        "A form of governance based on circles, decision by consent and election without candidates; several "
        "collective-intelligence techniques come from it.")),
    ("delphi", F1, T("Méthode Delphi", "Delphi-methode", "Delphi method"), T(
        "Méthode de prévision où un panel répond à plusieurs tours de questions, en découvrant à chaque tour "
        "la synthèse anonyme des réponses des autres, jusqu'à converger ou préciser les désaccords.",
        "Voorspellingsmethode waarbij een panel meerdere vraagrondes beantwoordt en bij elke ronde de anonieme "
        "synthese van de antwoorden van de anderen ziet, tot de meningen convergeren of de onenigheid duidelijk is.",
        "A forecasting method in which a panel answers several rounds of questions, seeing at each round the "
        "anonymous summary of the others' answers, until views converge or disagreements become clear.")),
    ("intelligence-collective", None, T("Intelligence collective", "Collectieve intelligentie", "Collective intelligence"), T(
        "Capacité d'un groupe, dans de bonnes conditions, à produire des idées et des solutions supérieures à "
        "celles de ses membres isolés. Elle demande inclusion, diversité, délibération de qualité et une "
        "facilitation compétente.",
        "Het vermogen van een groep om, onder goede voorwaarden, betere ideeën en oplossingen voort te brengen "
        "dan haar leden afzonderlijk. Ze vraagt inclusie, diversiteit, kwaliteitsvolle beraadslaging en "
        "deskundige facilitatie.",
        "A group's ability, under the right conditions, to produce better ideas and solutions than its members "
        "alone. It needs inclusion, diversity, quality deliberation and skilled facilitation.")),
    ("cocreation", None, T("Cocréation", "Cocreatie", "Co-creation"), T(
        "Démarche où usager·es, expert·es, agents publics et élu·es imaginent et testent ensemble des "
        "solutions, à l'aide de techniques de créativité.",
        "Aanpak waarin gebruikers, experts, ambtenaren en verkozenen samen oplossingen bedenken en uittesten, "
        "met behulp van creativiteitstechnieken.",
        "An approach in which users, experts, public officials and elected officials imagine and test solutions "
        "together, using creativity techniques.")),
    ("facilitation", None, T("Facilitation", "Facilitatie", "Facilitation"), T(
        "Art de conduire un groupe pour que chacun·e contribue et que le groupe avance : cadre sécurisant, "
        "répartition de la parole, méthodes adaptées, neutralité sur le fond.",
        "De kunst om een groep zo te begeleiden dat iedereen bijdraagt en de groep vooruitgaat: een veilig kader, "
        "verdeling van het spreekrecht, aangepaste methoden, neutraliteit over de inhoud.",
        "The craft of leading a group so that everyone contributes and the group moves forward: a safe frame, "
        "fair sharing of speaking time, suitable methods, neutrality on substance.")),
    ("cadrage", None, T("Cadrage", "Kadering", "Framing"), T(
        "Étape préalable qui fixe la question posée, le mandat, les marges de manœuvre, les publics, le "
        "calendrier, le budget et les engagements de suite avant de lancer une démarche participative.",
        "Voorafgaande stap die de gestelde vraag, het mandaat, de speelruimte, de doelgroepen, de planning, het "
        "budget en de engagementen voor de opvolging vastlegt voordat een participatietraject start.",
        "The preliminary step that sets the question, the mandate, the room for manoeuvre, the audiences, the "
        "timetable, the budget and the follow-up commitments before a participatory process starts.")),
    ("inclusion", None, T("Inclusion", "Inclusie", "Inclusion"), T(
        "Ensemble des actions qui permettent aux personnes éloignées du débat public de participer réellement : "
        "recrutement ciblé, lieux et horaires adaptés, langues, indemnisation, facilitation attentive.",
        "Alle acties waarmee mensen die ver van het publieke debat staan echt kunnen deelnemen: gerichte werving, "
        "aangepaste plaatsen en uren, talen, vergoeding, aandachtige facilitatie.",
        "All the actions that let people far from public debate really take part: targeted recruitment, suitable "
        "places and times, languages, allowances, attentive facilitation.")),
    ("representativite", F1, T("Représentativité", "Representativiteit", "Representativeness"), T(
        "Le fait qu'un groupe reflète la composition d'une population selon des critères choisis ; à ne pas "
        "confondre avec l'inclusion, qui vise la participation effective des publics les plus éloignés.",
        "Het feit dat een groep de samenstelling van een bevolking weerspiegelt volgens gekozen criteria; niet te "
        "verwarren met inclusie, die de effectieve deelname van de meest veraf staande groepen beoogt.",
        "The extent to which a group mirrors the make-up of a population on chosen criteria; not to be confused "
        "with inclusion, which aims at the actual participation of the groups furthest away.")),
    ("parties-prenantes", None, T("Parties prenantes", "Belanghebbenden", "Stakeholders"), T(
        "Les personnes et organisations concernées par une décision ou capables de l'influencer : habitant·es, "
        "associations, entreprises, administrations, élu·es.",
        "De personen en organisaties die door een beslissing worden geraakt of ze kunnen beïnvloeden: bewoners, "
        "verenigingen, bedrijven, administraties, verkozenen.",
        "The people and organisations affected by a decision or able to influence it: residents, associations, "
        "businesses, administrations, elected officials.")),
]
