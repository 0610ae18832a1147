"""Thematic focus articles, from the Participation Service's workshops ("ateliers de la participation")
and from the seeds (the co-creation approach, Brussels Environment's collective-intelligence training)."""

import datetime

from polyvox.toolbox.demo_content import T

FOCUS_ARTICLES = [
    {
        "slug": "cadrer-un-projet-participatif",
        "published": datetime.date(2026, 9, 15),
        "title": T(
            "Cadrer un projet participatif en amont",
            "Een participatief project vooraf kaderen",
            "Framing a participatory project upstream",
        ),
        "summary": T(
            "La plupart des déceptions naissent d'un cadrage flou. Quelques questions à trancher avant de lancer quoi que ce soit.",
            "De meeste ontgoochelingen ontstaan door een vaag kader. Enkele vragen om te beantwoorden voor u iets lanceert.",
            "Most disappointments come from vague framing. A few questions to settle before launching anything.",
        ),
        "body": T(
            """
Le cadrage est la première phase de tout processus participatif. Il engage l'autorité autant que les
participant·es.

## Les questions à se poser

- **Pourquoi ?** Quel problème la démarche doit-elle aider à résoudre, et quelle décision doit-elle éclairer ?
- **Sur quoi ?** Qu'est-ce qui est ouvert à la discussion, qu'est-ce qui ne l'est pas (contraintes
  légales, budgétaires, techniques) ?
- **Avec qui ?** Quels publics sont concernés, lesquels risquent de ne pas venir ?
- **Quel niveau ?** Information, consultation, concertation, co-construction ou co-décision : le niveau
  doit correspondre à la marge de manœuvre réelle.
- **Quelle suite ?** Qui répondra aux contributions, dans quel délai et sous quelle forme ?
- **Quels moyens ?** Temps, budget, compétences internes ; faut-il recourir à la centrale de marchés ?

## Le contrat de participation

Écrire ces réponses dans un court document public, le « contrat de participation », et le présenter aux
participant·es dès la première rencontre. Il protège contre les malentendus et sert de base à l'évaluation.
""",
            """
Het kader is de eerste fase van elk participatieproces. Het verbindt de overheid evenzeer als de deelnemers.

## De vragen die u zich stelt

- **Waarom?** Welk probleem moet het traject helpen oplossen, en welke beslissing moet het onderbouwen?
- **Waarover?** Wat staat open voor discussie, wat niet (wettelijke, budgettaire, technische beperkingen)?
- **Met wie?** Welke doelgroepen zijn betrokken, welke dreigen niet te komen?
- **Welk niveau?** Informatie, raadpleging, overleg, co-creatie of co-beslissing: het niveau moet
  overeenkomen met de echte speelruimte.
- **Welke opvolging?** Wie antwoordt op de bijdragen, binnen welke termijn en in welke vorm?
- **Welke middelen?** Tijd, budget, interne vaardigheden; is een beroep op de opdrachtcentrale nodig?

## Het participatiecontract

Schrijf die antwoorden in een kort openbaar document, het « participatiecontract », en stel het van bij de
eerste ontmoeting voor aan de deelnemers. Het beschermt tegen misverstanden en dient als basis voor de evaluatie.
""",
            """
Framing is the first phase of any participatory process. It commits the authority as much as the participants.

## The questions to ask

- **Why?** Which problem should the process help solve, and which decision should it inform?
- **About what?** What is open to discussion and what is not (legal, budgetary, technical constraints)?
- **With whom?** Which groups are concerned, and which are likely not to come?
- **Which level?** Information, consultation, concertation, co-construction or co-decision: the level must
  match the real room for manoeuvre.
- **What follow-up?** Who will answer the contributions, within what time and in what form?
- **What resources?** Time, budget, in-house skills; should the framework contract be used?

## The participation contract

Write these answers down in a short public document, the "participation contract", and present it to the
participants at the first meeting. It guards against misunderstandings and is the basis for evaluation.
""",
        ),
    },
    {
        "slug": "art-de-la-mobilisation",
        "published": datetime.date(2026, 9, 29),
        "title": T("L'art de la mobilisation", "De kunst van het mobiliseren", "The art of mobilisation"),
        "summary": T(
            "Quelles stratégies pour impliquer les différentes parties prenantes et garantir la légitimité d'une démarche ?",
            "Welke strategieën om de verschillende belanghebbenden te betrekken en de legitimiteit van een traject te waarborgen?",
            "Which strategies involve the different stakeholders and make a process legitimate?",
        ),
        "body": T(
            """
Une démarche participative n'est légitime que si les personnes concernées y prennent part. Or les
appels généraux (affiches, réseaux sociaux) attirent surtout celles et ceux qui participent déjà.

## Combiner plusieurs stratégies

- **Mobilisation générale** : communication large, dans les deux langues, en langage clair.
- **Recrutement ciblé** : passer par les associations, écoles, maisons médicales, clubs sportifs, lieux de
  culte, qui connaissent les publics visés.
- **Tirage au sort** : inviter au hasard pour toucher des personnes qui ne se seraient jamais portées candidates.
- **Recrutement sur site** et **porte-à-porte** : aller à la rencontre des gens là où ils sont.

## Maintenir l'engagement

La mobilisation ne s'arrête pas au premier rendez-vous. Donner des nouvelles régulièrement, valoriser le
temps donné (indemnités, attestations), montrer rapidement des effets concrets et remercier. C'est l'objet
du lot 5 de la centrale de marchés : mobilisation des publics et recrutement des participant·es.
""",
            """
Een participatietraject is pas legitiem als de betrokkenen eraan deelnemen. Algemene oproepen (affiches,
sociale media) trekken echter vooral wie al deelneemt.

## Meerdere strategieën combineren

- **Algemene mobilisatie**: brede communicatie, in de twee talen, in klare taal.
- **Gerichte werving**: via verenigingen, scholen, wijkgezondheidscentra, sportclubs en gebedshuizen die
  de doelgroepen kennen.
- **Loting**: willekeurig uitnodigen om mensen te bereiken die zich nooit kandidaat zouden stellen.
- **Werving ter plaatse** en **huis-aan-huis**: mensen opzoeken waar ze zijn.

## Het engagement behouden

Mobilisatie stopt niet na de eerste afspraak. Regelmatig nieuws geven, de gegeven tijd waarderen
(vergoedingen, attesten), snel concrete effecten tonen en bedanken. Dat is het voorwerp van perceel 5 van
de opdrachtcentrale: mobiliseren van publiek en werven van deelnemers.
""",
            """
A participatory process is only legitimate if the people concerned take part. Yet general calls (posters,
social media) mostly attract those who already participate.

## Combine several strategies

- **General mobilisation**: broad communication, in both languages, in plain language.
- **Targeted recruitment**: through associations, schools, community health centres, sports clubs and
  places of worship that know the groups you want to reach.
- **Sortition**: random invitations reach people who would never have volunteered.
- **On-site recruitment** and **door-to-door**: meet people where they are.

## Keep people engaged

Mobilisation does not stop at the first meeting. Give news regularly, value the time given (allowances,
certificates), show concrete effects quickly and say thank you. This is what lot 5 of the framework
contract covers: mobilising audiences and recruiting participants.
""",
        ),
    },
    {
        "slug": "faciliter-les-dialogues",
        "published": datetime.date(2026, 10, 6),
        "title": T(
            "Faciliter des dialogues participatifs",
            "Facilitatie van participatieve dialoog",
            "Facilitating participatory dialogue",
        ),
        "summary": T(
            "Comment mettre en place un cadre efficace pour des échanges constructifs avec les citoyen·nes ?",
            "Hoe een effectief kader opzetten voor constructieve uitwisselingen met burgers?",
            "How to set up an effective frame for constructive exchanges with citizens?",
        ),
        "body": T(
            """
La facilitation permet à un groupe de produire ensemble ce qu'aucun de ses membres ne produirait seul.
Le facilitateur ou la facilitatrice est garant·e du cadre, pas du contenu.

## Quelques règles de base

- Poser le cadre : objectif de la séance, temps, règles d'échange, ce qui sera fait des productions.
- Alterner les formats : travail individuel, petits groupes, plénière, pour que chacun·e puisse s'exprimer.
- Rendre visibles les contributions (post-it, tableaux, outils numériques) et les regrouper avec le groupe.
- Distinguer le temps de la divergence (produire des idées sans les juger) de celui de la convergence
  (trier, prioriser, décider), par exemple avec un vote par points ou une décision par consentement.
- Prévoir l'interprétation et des supports visuels quand le groupe est multilingue.

## Un métier

Faciliter s'apprend. Les agents publics peuvent se former, comme l'ont fait les équipes de Bruxelles
Environnement ; le lot 3 de la centrale de marchés permet aussi de faire appel à des facilitateurs
professionnels.
""",
            """
Facilitatie laat een groep samen voortbrengen wat geen enkel lid alleen zou voortbrengen. De facilitator
bewaakt het kader, niet de inhoud.

## Enkele basisregels

- Het kader stellen: doel van de sessie, tijd, spelregels, wat er met de resultaten gebeurt.
- Werkvormen afwisselen: individueel, in kleine groepen, plenair, zodat iedereen aan bod komt.
- Bijdragen zichtbaar maken (post-its, borden, digitale tools) en ze samen met de groep clusteren.
- Het moment van divergentie (ideeën voortbrengen zonder te oordelen) scheiden van dat van convergentie
  (sorteren, prioriteren, beslissen), bijvoorbeeld met een stemming met punten of een besluit bij consent.
- Tolken en visuele dragers voorzien wanneer de groep meertalig is.

## Een vak

Faciliteren leer je. Overheidsmedewerkers kunnen zich laten opleiden, zoals de teams van Leefmilieu
Brussel deden; perceel 3 van de opdrachtcentrale maakt het ook mogelijk een beroep te doen op
professionele facilitatoren.
""",
            """
Facilitation lets a group produce together what none of its members would produce alone. The facilitator
looks after the frame, not the content.

## A few basic rules

- Set the frame: purpose of the session, time, ground rules, what will be done with the outputs.
- Vary the formats: individual work, small groups, plenary, so that everyone can speak.
- Make contributions visible (sticky notes, boards, digital tools) and cluster them with the group.
- Separate divergence (producing ideas without judging them) from convergence (sorting, prioritising,
  deciding), for instance with dot voting or a decision by consent.
- Provide interpreting and visual aids when the group speaks several languages.

## A craft

Facilitation can be learnt. Public officials can be trained, as Brussels Environment's teams were; lot 3
of the framework contract also makes it possible to call on professional facilitators.
""",
        ),
    },
    {
        "slug": "evaluation-et-devoir-de-suite",
        "published": datetime.date(2026, 10, 20),
        "title": T(
            "Évaluer un processus et assurer le devoir de suite",
            "Een proces evalueren en de opvolgingsplicht nakomen",
            "Evaluating a process and honouring the duty to follow up",
        ),
        "summary": T(
            "Comment évaluer un processus participatif et assurer le suivi de ses résultats dans la durée ?",
            "Hoe een participatieproces evalueren en de resultaten op lange termijn opvolgen?",
            "How to evaluate a participatory process and follow up its results over time?",
        ),
        "body": T(
            """
## Évaluer dès le départ

L'évaluation se prépare au cadrage : quels **critères** (inclusion, qualité de la délibération, influence
sur la décision, satisfaction des participant·es, coût) et quels **indicateurs** ? Un suivi en continu
permet d'adapter la démarche en cours de route, plutôt que de constater les problèmes à la fin.

## Le devoir de suite

Le devoir de suite est l'engagement de l'autorité à dire ce qu'elle a fait de **chaque** contribution :
retenue, modifiée, écartée, et pourquoi. Il se traduit par :

- une réponse publique, point par point, dans un délai annoncé ;
- un suivi daté de la mise en œuvre, parfois sur plusieurs années ;
- un retour vers les participant·es eux-mêmes, pas seulement une publication en ligne.

Sur participation.brussels, chaque initiative de l'inventaire présente ses résultats et les suites qui
leur ont été données. Le lot 6 de la centrale de marchés couvre l'évaluation des processus et l'appui au
devoir de suite.
""",
            """
## Van bij het begin evalueren

De evaluatie wordt voorbereid bij de kadering: welke **criteria** (inclusie, kwaliteit van de
beraadslaging, invloed op de beslissing, tevredenheid van de deelnemers, kosten) en welke **indicatoren**?
Voortdurende monitoring laat toe het traject onderweg bij te sturen, in plaats van problemen pas op het
einde vast te stellen.

## De opvolgingsplicht

De opvolgingsplicht is het engagement van de overheid om te zeggen wat ze met **elke** bijdrage heeft
gedaan: weerhouden, aangepast, verworpen, en waarom. Concreet:

- een publiek antwoord, punt per punt, binnen een aangekondigde termijn;
- een gedateerde opvolging van de uitvoering, soms over meerdere jaren;
- een terugkoppeling naar de deelnemers zelf, niet alleen een publicatie online.

Op participatie.brussels toont elk initiatief van de inventaris zijn resultaten en het gevolg dat eraan is
gegeven. Perceel 6 van de opdrachtcentrale omvat de evaluatie van processen en ondersteuning van de opvolging.
""",
            """
## Evaluate from the start

Evaluation is prepared during framing: which **criteria** (inclusion, quality of deliberation, influence on
the decision, participants' satisfaction, cost) and which **indicators**? Continuous monitoring makes it
possible to adjust the process along the way rather than find problems at the end.

## The duty to follow up

The duty to follow up is the authority's commitment to say what it did with **each** contribution: kept,
changed, set aside, and why. In practice:

- a public answer, point by point, within an announced time;
- dated follow-up of implementation, sometimes over several years;
- feedback to the participants themselves, not only an online publication.

On participation.brussels, each initiative in the inventory shows its results and what was done with them.
Lot 6 of the framework contract covers evaluating processes and supporting the follow-up.
""",
        ),
    },
    {
        "slug": "inclusion-et-representativite",
        "published": datetime.date(2026, 11, 14),
        "title": T(
            "Inclusion et représentativité : quelle différence ?",
            "Inclusie en representativiteit: wat is het verschil?",
            "Inclusion and representativeness: what is the difference?",
        ),
        "summary": T(
            "Quelles bonnes pratiques pour le recrutement, la facilitation et le maintien de l'engagement des "
            "personnes éloignées du débat public ? Retour sur le module Inclusion des ateliers de la participation.",
            "Welke goede praktijken voor de werving, de facilitatie en het behoud van het engagement van mensen die "
            "ver van het publieke debat staan? Terugblik op de workshop Inclusie.",
            "Which good practices for recruiting, facilitating and keeping engaged people who are far from public "
            "debate? A look back at the Inclusion workshop series.",
        ),
        "body": T(
            """
Le module Inclusion des ateliers de la participation s'est déroulé en trois temps : une visite de terrain
à Gand avec un régisseur de quartier (17 octobre), une session de réflexion (5 novembre) et des cas
pratiques (14 novembre).

## Deux notions à ne pas confondre

- La **représentativité** vise un groupe qui ressemble à la population selon quelques critères (âge,
  genre, commune, diplôme...). Le tirage au sort sous quotas la recherche.
- L'**inclusion** vise la participation effective des personnes les plus éloignées du débat public. Elle
  demande des actions spécifiques : aller vers, accompagner, adapter les formats, rémunérer le temps.

Un panel peut être représentatif sans être inclusif (les personnes tirées au sort ne prennent pas la
parole), et une démarche très inclusive peut ne pas être représentative.

## Les questions travaillées

- Qui sont les populations « éloignées » ou non représentées ? (avec Equal Brussels)
- Comment articuler une participation « catégorielle », réservée à un public, et « universelle », ouverte à tous ?
- En quoi leur participation requiert-elle des actions spécifiques ? (avec des chercheur·es de la VUB et
  un collectif citoyen)

## Deux cas pratiques bruxellois

Les **ateliers de quartier BRI-CO** et **Megafon, ma voix pour mon quartier** ont été présentés comme cas
pratiques : voir leurs fiches dans l'inventaire et la famille « Conseils d'habitants et comités de quartier ».
""",
            """
De workshop Inclusie van de participatieworkshops verliep in drie stappen: een terreinbezoek in Gent met
een buurtregisseur (17 oktober), een reflectiesessie (5 november) en praktijkvoorbeelden (14 november).

## Twee begrippen die men niet mag verwarren

- **Representativiteit** beoogt een groep die op de bevolking lijkt volgens enkele criteria (leeftijd,
  gender, gemeente, diploma...). Loting met quota streeft ze na.
- **Inclusie** beoogt de effectieve deelname van mensen die het verst van het publieke debat staan. Ze
  vraagt specifieke acties: outreach, begeleiding, aangepaste werkvormen, vergoeding van de tijd.

Een panel kan representatief zijn zonder inclusief te zijn (de uitgelote personen komen niet aan het woord),
en een zeer inclusief traject kan niet representatief zijn.

## De behandelde vragen

- Wie zijn de « veraf staande » of niet-vertegenwoordigde bevolkingsgroepen? (met Equal Brussels)
- Hoe « categoriale » participatie, voorbehouden aan één doelgroep, en « universele » participatie, open
  voor iedereen, combineren?
- Waarom vraagt hun deelname specifieke acties? (met onderzoekers van de VUB en een burgercollectief)

## Twee Brusselse praktijkvoorbeelden

De **buurtworkshops BRI-CO** en **Megafon, mijn stem voor mijn wijk** werden als praktijkvoorbeelden
voorgesteld: zie hun fiches in de inventaris en de familie « Bewonersraden en lokale comités ».
""",
            """
The Inclusion module of the participation workshops ran in three parts: a field visit in Ghent with a
neighbourhood manager (17 October), a reflection session (5 November) and practical cases (14 November).

## Two notions not to confuse

- **Representativeness** aims at a group that resembles the population on a few criteria (age, gender,
  municipality, education...). Sortition under quotas seeks it.
- **Inclusion** aims at the actual participation of the people furthest from public debate. It needs
  specific actions: outreach, support, adapted formats, paying for people's time.

A panel can be representative without being inclusive (the people drawn by lot do not get to speak), and a
very inclusive process may not be representative.

## The questions worked on

- Who are the "distant" or unrepresented populations? (with Equal Brussels)
- How to combine "categorical" participation, reserved for one group, with "universal" participation, open
  to all?
- Why does their participation need specific actions? (with VUB researchers and a citizens' collective)

## Two Brussels cases

The **BRI-CO neighbourhood workshops** and **Megafon, my voice for my neighbourhood** were presented as
practical cases: see their pages in the inventory and the family "Residents' councils and neighbourhood committees".
""",
        ),
    },
    {
        "slug": "participer-sur-les-crises-environnementales",
        "published": datetime.date(2026, 11, 7),
        "title": T(
            "Faire participer sur les enjeux de crise environnementale",
            "Participatie rond milieucrises",
            "Participation on environmental crises",
        ),
        "summary": T(
            "Climat, biodiversité, qualité de l'air : comment bien faire participer sur des enjeux urgents, techniques et chargés d'émotion ?",
            "Klimaat, biodiversiteit, luchtkwaliteit: hoe goed laten deelnemen rond dringende, technische en emotioneel beladen kwesties?",
            "Climate, biodiversity, air quality: how to involve people well on urgent, technical and emotionally charged issues?",
        ),
        "body": T(
            """
Les crises environnementales posent des difficultés particulières : l'urgence pousse à décider vite, les
sujets sont techniques, les effets touchent inégalement les habitant·es et suscitent de l'inquiétude.

## Quelques repères

- **Partir du vécu** : chaleur dans les logements, inondations, bruit, qualité de l'air. Les habitant·es
  des quartiers les plus exposés sont souvent les moins entendus.
- **Donner une information solide et accessible**, avec des expert·es qui expliquent aussi les incertitudes.
- **Délibérer sur les arbitrages** : qui supporte les coûts, quelles contraintes sont acceptables. Les
  mini-publics s'y prêtent, comme l'ont montré plusieurs assemblées citoyennes pour le climat en Europe.
- **Faire place aux émotions** (inquiétude, colère, découragement) et nourrir l'espoir par des actions concrètes.

## À Bruxelles

Bruxelles Environnement a organisé trois journées de délibération citoyenne sur la résilience de Bruxelles
face au changement climatique, facilitées par des agents formés à l'intelligence collective. Elle avait
auparavant associé ses quelque 800 membres du personnel à une démarche de prospective collaborative pour
élaborer une stratégie bas carbone à l'horizon 2050.
""",
            """
Milieucrises brengen bijzondere moeilijkheden mee: de urgentie zet aan tot snelle beslissingen, de
onderwerpen zijn technisch, de gevolgen treffen inwoners ongelijk en wekken ongerustheid.

## Enkele richtpunten

- **Vertrekken van de beleving**: hitte in woningen, overstromingen, lawaai, luchtkwaliteit. Bewoners van
  de meest blootgestelde wijken worden vaak het minst gehoord.
- **Degelijke en toegankelijke informatie geven**, met experts die ook de onzekerheden uitleggen.
- **Beraadslagen over de afwegingen**: wie draagt de kosten, welke beperkingen zijn aanvaardbaar.
  Mini-publics lenen zich daartoe, zoals verschillende burgerassemblees voor het klimaat in Europa toonden.
- **Ruimte geven aan emoties** (ongerustheid, woede, moedeloosheid) en hoop voeden met concrete acties.

## In Brussel

Leefmilieu Brussel organiseerde drie dagen burgerberaad over de veerkracht van Brussel tegenover de
klimaatverandering, gefaciliteerd door medewerkers die in collectieve intelligentie waren opgeleid. Eerder
betrok het zijn ongeveer 800 personeelsleden bij een collaboratieve toekomstverkenning om een
koolstofarme strategie tegen 2050 uit te werken.
""",
            """
Environmental crises raise particular difficulties: urgency pushes for quick decisions, the subjects are
technical, the effects hit residents unequally and cause anxiety.

## A few pointers

- **Start from lived experience**: heat in homes, floods, noise, air quality. Residents of the most exposed
  neighbourhoods are often the least heard.
- **Give solid, accessible information**, with experts who also explain the uncertainties.
- **Deliberate on the trade-offs**: who bears the costs, which constraints are acceptable. Mini-publics suit
  this, as several climate citizens' assemblies in Europe have shown.
- **Make room for emotions** (anxiety, anger, discouragement) and nurture hope through concrete action.

## In Brussels

Brussels Environment held three days of citizens' deliberation on Brussels' resilience to climate change,
facilitated by staff trained in collective intelligence. Earlier, it involved its some 800 staff members in
a collaborative foresight process to draw up a low-carbon strategy for 2050.
""",
        ),
    },
    {
        "slug": "cocreation-et-intelligence-collective",
        "published": datetime.date(2026, 8, 31),
        "title": T(
            "La cocréation et l'intelligence collective",
            "Cocreatie en collectieve intelligentie",
            "Co-creation and collective intelligence",
        ),
        "summary": T(
            "Une approche de facilitation qui active la créativité collective et produit des solutions nouvelles "
            "et partagées à partir de la diversité des acteurs et actrices impliqué·es.",
            "Een facilitatiebenadering die collectieve creativiteit activeert en nieuwe, gedeelde oplossingen "
            "voortbrengt uit de diversiteit van de betrokken actoren.",
            "A facilitation approach that activates collective creativity and produces new, shared solutions from "
            "the diversity of the people involved.",
        ),
        "body": T(
            """
## Pourquoi cette approche compte aujourd'hui

Face à la complexité croissante des enjeux sociaux et organisationnels, les solutions ne peuvent plus venir
d'un·e seul·e expert·e. La cocréation, appuyée par des techniques de créativité et d'intelligence
collective, mobilise des perspectives variées et renforce l'acceptabilité des propositions.

## Principes clés

- Créer des espaces créatifs et sécurisants où chacun·e se sent autorisé·e à imaginer, tester et proposer
  sans jugement.
- Stimuler la participation active par des méthodes variées (combinatoires, associatives, ludiques...).
- Accueillir les divergences comme source d'innovation, en donnant voix aux points de vue minoritaires ou émergents.

## Ce que l'approche change pour les organisations

Un climat de confiance, une appropriation forte des décisions, des idées plus originales et mieux ancrées
dans le réel, une culture plus collaborative et des transformations plus durables, car les personnes
concernées deviennent co-autrices des solutions et porteuses de leur mise en œuvre.

## Des exemples à Montréal

La Maison de l'innovation sociale (MIS), à Montréal, applique cette approche dans des ateliers de
cocréation territoriale, des processus participatifs au sein d'institutions publiques et des sprints
créatifs. Ces exemples figurent comme cas pratiques venus d'ailleurs dans les fiches « Urbanisme
participatif » et « Mini-publics délibératifs ».
""",
            """
## Waarom deze aanpak vandaag telt

Door de toenemende complexiteit van maatschappelijke en organisatorische vraagstukken kunnen oplossingen
niet langer van één expert komen. Cocreatie, ondersteund door creativiteitstechnieken en collectieve
intelligentie, brengt uiteenlopende perspectieven samen en vergroot het draagvlak voor de voorstellen.

## Kernprincipes

- Creatieve en veilige ruimtes scheppen waarin iedereen zich vrij voelt om zonder oordeel te verbeelden,
  te testen en voor te stellen.
- Actieve deelname stimuleren met gevarieerde methoden (combinatorisch, associatief, speels...).
- Meningsverschillen verwelkomen als bron van innovatie, door minderheids- of opkomende standpunten een stem te geven.

## Wat de aanpak verandert voor organisaties

Een klimaat van vertrouwen, een sterke toe-eigening van beslissingen, originelere en beter verankerde
ideeën, een meer collaboratieve cultuur en duurzamere veranderingen, omdat de betrokkenen mede-auteurs van
de oplossingen worden en ze mee uitvoeren.

## Voorbeelden in Montreal

De Maison de l'innovation sociale (MIS) in Montreal past deze aanpak toe in territoriale cocreatieworkshops,
participatieve processen binnen overheidsinstellingen en creatieve sprints. Die voorbeelden staan als
praktijkvoorbeelden van elders in de fiches « Participatieve stedenbouw » en « Deliberatieve mini-publics ».
""",
            """
## Why this approach matters today

As social and organisational issues grow more complex, solutions can no longer come from a single expert.
Co-creation, supported by creativity and collective-intelligence techniques, brings in varied perspectives
and makes proposals more acceptable.

## Key principles

- Create creative, safe spaces where everyone feels free to imagine, test and propose without judgement.
- Encourage active participation through varied methods (combinatorial, associative, playful...).
- Welcome disagreement as a source of innovation, giving a voice to minority or emerging viewpoints.

## What the approach changes for organisations

A climate of trust, strong ownership of decisions, more original ideas better rooted in reality, a more
collaborative culture and more lasting change, because the people concerned become co-authors of the
solutions and carry them out.

## Examples in Montréal

The Maison de l'innovation sociale (MIS) in Montréal uses this approach in territorial co-creation
workshops, participatory processes within public institutions and creative sprints. These examples appear
as cases from elsewhere in the fiches "Participatory urban planning" and "Deliberative mini-publics".
""",
        ),
    },
    {
        "slug": "former-les-agents-a-l-intelligence-collective",
        "published": datetime.date(2026, 7, 1),
        "title": T(
            "Former les agents publics à l'intelligence collective : l'exemple de Bruxelles Environnement",
            "Ambtenaren opleiden in collectieve intelligentie: het voorbeeld van Leefmilieu Brussel",
            "Training public officials in collective intelligence: the Brussels Environment example",
        ),
        "summary": T(
            "De 2020 à fin 2021, quelque 200 agents de Bruxelles Environnement ont appris à faciliter des démarches "
            "d'intelligence collective, puis ont animé une délibération citoyenne.",
            "Van 2020 tot eind 2021 leerden zo'n 200 medewerkers van Leefmilieu Brussel processen van collectieve "
            "intelligentie te faciliteren, en begeleidden ze daarna een burgerberaad.",
            "From 2020 to the end of 2021, some 200 Brussels Environment staff learnt to facilitate "
            "collective-intelligence processes, then ran a citizens' deliberation.",
        ),
        "body": T(
            """
Depuis début 2020, Stephen Boucher (Dreamocracy) forme le personnel de Bruxelles Environnement aux
principes et techniques de l'intelligence et de la créativité collectives, inspirés de la sociocratie, du
*Creative Problem Solving* et d'autres approches. Sur plus de vingt journées, en ligne et en présence, des
agents de tous niveaux ont travaillé sur des défis réels, par exemple :

- Comment réduire le bruit des sirènes des véhicules d'urgence en ville ?
- Comment lancer une nouvelle stratégie de rénovation des bâtiments qui obtienne le soutien des
  certificateurs ?
- Comment favoriser la collaboration et l'entraide entre collègues en période de Covid et de télétravail ?
- Comment mieux partager l'information entre départements ?

Fin 2021, quelque 200 agents avaient suivi le programme.

## Le rôle du facilitateur

Faire émerger l'intelligence collective demande un accompagnement : elle repose sur l'idée qu'un groupe
peut, dans de bonnes conditions, trouver de meilleures solutions que des individus isolés. Le
facilitateur agit à deux niveaux : individuellement, en aidant chacun·e à passer de sa zone de confort à
sa zone d'apprentissage ; collectivement, en stimulant une dynamique de groupe constructive et inclusive.

## Et ensuite

Après une demi-journée de formation à la facilitation, un groupe d'agents a animé trois journées de
délibération citoyenne sur la résilience de Bruxelles face au changement climatique.
""",
            """
Sinds begin 2020 leidt Stephen Boucher (Dreamocracy) het personeel van Leefmilieu Brussel op in de
principes en technieken van collectieve intelligentie en creativiteit, geïnspireerd op sociocratie,
*Creative Problem Solving* en andere benaderingen. Gedurende meer dan twintig dagen, online en fysiek,
werkten medewerkers van alle niveaus aan echte uitdagingen, bijvoorbeeld:

- Hoe het lawaai van sirenes van hulpvoertuigen in de stad verminderen?
- Hoe een nieuwe strategie voor de renovatie van gebouwen lanceren die de steun krijgt van de certificateurs?
- Hoe samenwerking en onderlinge steun tussen collega's bevorderen in tijden van covid en telewerk?
- Hoe informatie beter delen tussen departementen?

Eind 2021 hadden zo'n 200 medewerkers het programma gevolgd.

## De rol van de facilitator

Collectieve intelligentie laten ontstaan vraagt begeleiding: ze berust op het idee dat een groep onder
goede voorwaarden betere oplossingen kan vinden dan individuen alleen. De facilitator werkt op twee
niveaus: individueel, door iedereen te helpen van de comfortzone naar de leerzone te gaan; collectief, door
een constructieve en inclusieve groepsdynamiek te stimuleren.

## En daarna

Na een halve dag opleiding in facilitatie begeleidde een groep medewerkers drie dagen burgerberaad over de
veerkracht van Brussel tegenover de klimaatverandering.
""",
            """
Since early 2020, Stephen Boucher (Dreamocracy) has been training Brussels Environment staff in the
principles and techniques of collective intelligence and creativity, drawing on sociocracy, Creative
Problem Solving and other approaches. Over more than twenty days, online and in person, staff at every level
worked on real challenges, for example:

- How could the noise of emergency vehicle sirens in the city be reduced?
- How to launch a new building-renovation strategy that wins the support of the people delivering
  renovation certificates?
- How to foster collaboration and mutual support among colleagues during Covid and teleworking?
- How to share information better across departments?

By the end of 2021, some 200 staff had followed the programme.

## The facilitator's role

Collective intelligence needs guidance to emerge: it rests on the belief that, under the right conditions,
a group can find better solutions than individuals thinking separately. The facilitator works on two
levels: individually, helping each person move from their comfort zone to their growth zone; collectively,
stimulating a constructive and inclusive group dynamic.

## What came next

After a half-day facilitation training, a group of staff facilitated three days of citizens' deliberation
on Brussels' resilience to climate change.
""",
        ),
    },
]
