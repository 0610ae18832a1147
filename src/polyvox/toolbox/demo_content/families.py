"""The seven method families and their fiches (numbers and slugs are relied upon by other apps)."""

from polyvox.toolbox.demo_content import T

FAMILIES = [
    {
        "number": 1,
        "slug": "mini-publics-deliberatifs",
        "participation_level": "concertation",
        "name": T("Mini-publics délibératifs", "Deliberatieve mini-publics", "Deliberative mini-publics"),
        "summary": T(
            "Un groupe de citoyennes et citoyens tirés au sort, à l'image de la population, s'informe, "
            "délibère et formule des recommandations à l'attention des décideurs.",
            "Een groep burgers die bij loting zijn geselecteerd en de bevolking weerspiegelen, informeert zich, "
            "beraadslaagt en formuleert aanbevelingen voor de beleidsmakers.",
            "A group of citizens drawn by lot to reflect the population learns about a question, deliberates "
            "and makes recommendations to decision-makers.",
        ),
        "what_it_is": T(
            """
Un mini-public réunit une vingtaine à une centaine de personnes **tirées au sort** selon des critères
qui garantissent la diversité du groupe (genre, âge, langue, commune, niveau de diplôme...). Pendant
plusieurs journées, elles entendent des expert·es et des parties prenantes, échangent en petits
groupes animés par des facilitateurs et rédigent ensemble des recommandations.

La famille recouvre le panel citoyen, le jury citoyen, la conférence de consensus, l'assemblée
citoyenne et, en Région bruxelloise, les **commissions délibératives** du Parlement, qui réunissent
45 citoyen·nes tiré·es au sort et 15 député·es.
""",
            """
Een mini-public brengt twintig tot honderd personen samen die **bij loting** zijn geselecteerd volgens
criteria die de diversiteit van de groep waarborgen (gender, leeftijd, taal, gemeente,
opleidingsniveau...). Gedurende meerdere dagen horen zij experts en belanghebbenden, wisselen zij van
gedachten in kleine groepen onder leiding van facilitatoren en stellen zij samen aanbevelingen op.

De familie omvat het burgerpanel, de burgerjury, de consensusconferentie, de burgerassemblee en, in
het Brussels Gewest, de **overlegcommissies** van het Parlement, met 45 bij loting geselecteerde
burgers en 15 parlementsleden.
""",
            """
A mini-public brings together twenty to a hundred people **drawn by lot** according to criteria that
make the group diverse (gender, age, language, municipality, level of education...). Over several
days they hear experts and stakeholders, discuss in small groups led by facilitators and write
recommendations together.

The family includes citizens' panels, citizens' juries, consensus conferences, citizens' assemblies
and, in the Brussels-Capital Region, the Parliament's **deliberative committees**, which bring
together 45 citizens drawn by lot and 15 members of parliament.
""",
        ),
        "when_to_use": T(
            """
- Une question complexe ou clivante, sur laquelle il faut peser des arguments et des valeurs.
- Un sujet où les voix habituelles (groupes organisés, riverains les plus mobilisés) ne suffisent pas.
- Quand le décideur est prêt à s'engager à l'avance sur le **devoir de suite** : répondre publiquement
  à chaque recommandation.
""",
            """
- Een complexe of verdeelde kwestie, waarbij argumenten en waarden moeten worden afgewogen.
- Een onderwerp waarbij de gebruikelijke stemmen (georganiseerde groepen, de meest gemobiliseerde
  buurtbewoners) niet volstaan.
- Wanneer de beleidsmaker bereid is zich vooraf te engageren tot de **opvolgingsplicht**: publiek
  antwoorden op elke aanbeveling.
""",
            """
- A complex or divisive question on which arguments and values have to be weighed.
- A subject on which the usual voices (organised groups, the most active residents) are not enough.
- When the decision-maker is ready to commit in advance to the **duty to follow up**: answering each
  recommendation in public.
""",
        ),
        "steps": T(
            """
1. **Cadrage** : la question posée, le mandat du groupe, ce que le décideur fera des recommandations.
2. **Recrutement** : invitations envoyées à un large échantillon tiré au sort, puis second tirage
   parmi les volontaires selon des critères de diversité (par exemple avec l'algorithme LEXIMIN).
3. **Phase d'information** : expert·es aux avis contrastés, documentation accessible, visites.
4. **Délibération** en petits groupes facilités, puis en plénière.
5. **Recommandations** rédigées et votées par le groupe.
6. **Réponse et suivi** : le décideur répond point par point, un comité de suivi rend compte.
""",
            """
1. **Kader**: de gestelde vraag, het mandaat van de groep, wat de beleidsmaker met de aanbevelingen doet.
2. **Werving**: uitnodigingen aan een brede steekproef bij loting, daarna een tweede loting onder de
   vrijwilligers volgens diversiteitscriteria (bijvoorbeeld met het LEXIMIN-algoritme).
3. **Informatiefase**: experts met uiteenlopende standpunten, toegankelijke documentatie, bezoeken.
4. **Beraadslaging** in kleine gefaciliteerde groepen, daarna in plenaire zitting.
5. **Aanbevelingen**, opgesteld en gestemd door de groep.
6. **Antwoord en opvolging**: de beleidsmaker antwoordt punt per punt, een opvolgingscomité brengt verslag uit.
""",
            """
1. **Framing**: the question asked, the group's mandate, what the decision-maker will do with the
   recommendations.
2. **Recruitment**: invitations sent to a large random sample, then a second draw among the volunteers
   according to diversity criteria (for instance with the LEXIMIN algorithm).
3. **Learning phase**: experts with contrasting views, accessible documents, site visits.
4. **Deliberation** in small facilitated groups, then in plenary.
5. **Recommendations** written and voted on by the group.
6. **Response and follow-up**: the decision-maker answers point by point, a follow-up committee reports.
""",
        ),
        "typical_duration": T(
            "3 à 9 mois, dont 4 à 8 journées de délibération",
            "3 tot 9 maanden, waarvan 4 tot 8 dagen beraadslaging",
            "3 to 9 months, including 4 to 8 days of deliberation",
        ),
        "typical_cost": T(
            "Indicatif : de 30 000 à plus de 150 000 € HTVA (recrutement, indemnités, animation)",
            "Indicatief: van 30.000 tot meer dan 150.000 € excl. btw (werving, vergoedingen, facilitatie)",
            "Indicative: from €30,000 to over €150,000 excl. VAT (recruitment, allowances, facilitation)",
        ),
        "pitfalls": T(
            """
- Une question trop vague, ou déjà tranchée : le groupe le sent et la confiance s'effondre.
- Des informations déséquilibrées ; prévoir un comité de pilotage pluraliste pour les choisir.
- L'absence de réponse du décideur après les recommandations : c'est le premier motif de déception.
- Sous-estimer la logistique (garde d'enfants, traduction, indemnités), qui conditionne la diversité.
""",
            """
- Een te vage vraag, of een kwestie waarover al beslist is: de groep voelt het en het vertrouwen verdwijnt.
- Onevenwichtige informatie; voorzie een pluralistisch stuurcomité om ze te kiezen.
- Geen antwoord van de beleidsmaker na de aanbevelingen: de eerste bron van ontgoocheling.
- De logistiek onderschatten (kinderopvang, vertaling, vergoedingen), die de diversiteit bepaalt.
""",
            """
- A question that is too vague, or already settled: the group feels it and trust collapses.
- Unbalanced information; set up a pluralist steering committee to choose it.
- No answer from the decision-maker after the recommendations: the first cause of disappointment.
- Underestimating logistics (childcare, interpreting, allowances), on which diversity depends.
""",
        ),
        "inclusion": T(
            """
Le tirage au sort fait venir des personnes qui ne participent jamais, à condition de lever les
obstacles : **indemniser** le temps passé, prendre en charge la garde d'enfants et les déplacements,
assurer l'**interprétation FR/NL** et d'autres langues au besoin, et relancer les publics qui
répondent peu (par téléphone ou au porte-à-porte). Une fois réunis, la facilitation veille à ce que
chacun·e prenne la parole.
""",
            """
Loting brengt mensen samen die nooit deelnemen, op voorwaarde dat de drempels worden weggenomen: de
bestede tijd **vergoeden**, kinderopvang en verplaatsingen betalen, **tolken FR/NL** en zo nodig andere
talen voorzien, en doelgroepen die weinig reageren opnieuw aanspreken (telefonisch of huis aan huis).
Eenmaal samen zorgt de facilitatie ervoor dat iedereen aan het woord komt.
""",
            """
Sortition brings in people who never take part, provided the barriers are removed: **pay** for the
time spent, cover childcare and travel, provide **FR/NL interpreting** and other languages when
needed, and reach again the groups that reply least (by phone or door to door). Once together,
facilitation makes sure everyone gets to speak.
""",
        ),
    },
    {
        "number": 2,
        "slug": "referendum-votation-consultations",
        "participation_level": "consultation",
        "name": T(
            "Référendum, votation et consultations populaires",
            "Referendum, stemming en volksraadpleging",
            "Referendums, votes and popular consultations",
        ),
        "summary": T(
            "L'ensemble des habitant·es est appelé à se prononcer par un vote sur une question précise.",
            "Alle inwoners worden opgeroepen zich via een stemming uit te spreken over een precieze vraag.",
            "All residents are called to give their view on a precise question by voting.",
        ),
        "what_it_is": T(
            """
Une **consultation populaire** invite toutes les personnes concernées (la commune, la Région) à
répondre à une question fermée, souvent par oui ou non ou en choisissant entre quelques options.
En Belgique, la Constitution permet des consultations populaires communales et régionales, mais
leur résultat est **consultatif** : il n'existe pas de référendum décisionnel. Une autorité peut
toutefois s'engager politiquement à suivre le résultat.
""",
            """
Een **volksraadpleging** nodigt alle betrokkenen (de gemeente, het Gewest) uit om te antwoorden op een
gesloten vraag, vaak met ja of nee of door te kiezen tussen enkele opties. In België staat de Grondwet
gemeentelijke en gewestelijke volksraadplegingen toe, maar het resultaat is **adviserend**: een
beslissend referendum bestaat niet. Een overheid kan zich wel politiek engageren om het resultaat te volgen.
""",
            """
A **popular consultation** invites everyone concerned (the municipality, the Region) to answer a closed
question, often yes or no or by choosing between a few options. In Belgium the Constitution allows
municipal and regional popular consultations, but their outcome is **advisory**: there is no binding
referendum. An authority may nevertheless commit politically to follow the result.
""",
        ),
        "when_to_use": T(
            """
- Une question simple, dont les options sont claires et réalistes.
- Quand la légitimité d'un choix demande l'avis du plus grand nombre, au-delà des personnes mobilisées.
- En fin de processus, pour trancher entre des scénarios préparés par une démarche délibérative.
""",
            """
- Een eenvoudige vraag met duidelijke en realistische opties.
- Wanneer de legitimiteit van een keuze de mening van zoveel mogelijk mensen vraagt, niet alleen van de
  gemobiliseerden.
- Op het einde van een proces, om te kiezen tussen scenario's die via een deliberatief traject zijn voorbereid.
""",
            """
- A simple question with clear and realistic options.
- When a choice needs the view of as many people as possible, beyond those already involved, to be legitimate.
- At the end of a process, to choose between scenarios prepared through deliberation.
""",
        ),
        "steps": T(
            """
1. Décision de l'autorité (ou demande d'un nombre suffisant d'habitant·es) et formulation de la question.
2. Vérification du cadre légal : sujets admis, délais, âge des votant·es (16 ans dans les communes bruxelloises).
3. Information neutre et équilibrée sur les options, dans les deux langues régionales au moins.
4. Organisation du vote (bureaux, vote par correspondance ou en ligne sécurisé) et dépouillement.
5. Publication des résultats et de la participation, puis décision motivée de l'autorité.
""",
            """
1. Beslissing van de overheid (of aanvraag door voldoende inwoners) en formulering van de vraag.
2. Controle van het wettelijk kader: toegelaten onderwerpen, termijnen, leeftijd van de kiezers (16 jaar in
   de Brusselse gemeenten).
3. Neutrale en evenwichtige informatie over de opties, minstens in de twee gewestelijke talen.
4. Organisatie van de stemming (stembureaus, stemmen per brief of beveiligd online) en telling.
5. Bekendmaking van de resultaten en de opkomst, daarna een gemotiveerde beslissing van de overheid.
""",
            """
1. Decision by the authority (or request by enough residents) and wording of the question.
2. Check of the legal frame: allowed subjects, time limits, voting age (16 in Brussels municipalities).
3. Neutral and balanced information about the options, at least in both regional languages.
4. Organising the vote (polling stations, postal or secure online voting) and counting.
5. Publishing the results and turnout, then a reasoned decision by the authority.
""",
        ),
        "typical_duration": T("3 à 6 mois", "3 tot 6 maanden", "3 to 6 months"),
        "typical_cost": T(
            "Indicatif : de 20 000 € (votation locale) à bien davantage pour une consultation communale avec bureaux de vote",
            "Indicatief: van 20.000 € (lokale stemming) tot veel meer voor een gemeentelijke volksraadpleging met stembureaus",
            "Indicative: from €20,000 (local vote) to much more for a municipal consultation with polling stations",
        ),
        "pitfalls": T(
            """
- Une question orientée ou ambiguë, qui ôte toute valeur au résultat.
- Une faible participation, qui donne du poids aux seuls groupes mobilisés ; annoncer à l'avance comment
  le résultat sera lu.
- Réduire un sujet complexe à un oui ou non sans délibération préalable.
""",
            """
- Een sturende of dubbelzinnige vraag, waardoor het resultaat elke waarde verliest.
- Een lage opkomst, die enkel gemobiliseerde groepen gewicht geeft; vooraf aankondigen hoe het resultaat
  gelezen zal worden.
- Een complex onderwerp herleiden tot ja of nee zonder voorafgaande beraadslaging.
""",
            """
- A leading or ambiguous question, which makes the result worthless.
- Low turnout, which gives weight only to mobilised groups; announce beforehand how the result will be read.
- Reducing a complex subject to yes or no without prior deliberation.
""",
        ),
        "inclusion": T(
            """
Ouvrir le vote à toutes les personnes domiciliées, quelle que soit leur nationalité, lorsque le cadre le
permet ; proposer plusieurs façons de voter (papier, en ligne, bureaux mobiles) ; rédiger l'information en
langage clair et la traduire ; accompagner les personnes peu à l'aise avec le numérique.
""",
            """
De stemming openstellen voor alle ingeschreven inwoners, ongeacht hun nationaliteit, wanneer het kader dat
toelaat; verschillende manieren van stemmen aanbieden (papier, online, mobiele stembureaus); de informatie in
klare taal schrijven en vertalen; mensen begeleiden die minder vertrouwd zijn met digitale middelen.
""",
            """
Open the vote to every registered resident, whatever their nationality, where the frame allows it; offer
several ways to vote (paper, online, mobile polling stations); write the information in plain language and
translate it; help people who are not at ease with digital tools.
""",
        ),
    },
    {
        "number": 3,
        "slug": "appels-a-projets-budgets-participatifs",
        "participation_level": "co-decision",
        "name": T(
            "Appels à projets et budgets participatifs",
            "Projectoproepen en burgerbegrotingen",
            "Calls for projects and participatory budgets",
        ),
        "summary": T(
            "Les habitant·es proposent des projets et décident, par un vote, de l'usage d'une partie du budget public.",
            "Inwoners stellen projecten voor en beslissen via een stemming over de besteding van een deel van het "
            "overheidsbudget.",
            "Residents propose projects and decide by vote how part of a public budget is spent.",
        ),
        "what_it_is": T(
            """
Un **budget participatif** réserve une enveloppe publique à des projets proposés par les habitant·es,
puis soumis à leur vote. Un **appel à projets** citoyen finance des initiatives portées par des
collectifs, choisies par un jury (où siègent souvent des habitant·es) ou par un vote. À Bruxelles, les
contrats de quartier durables comprennent souvent un budget de participation de ce type.
""",
            """
Een **burgerbegroting** reserveert een deel van het overheidsbudget voor projecten die door inwoners worden
voorgesteld en daarna aan hun stem worden onderworpen. Een **projectoproep** voor burgers financiert
initiatieven van collectieven, gekozen door een jury (vaak met inwoners) of via een stemming. In Brussel
bevatten de duurzame wijkcontracten vaak een dergelijk participatiebudget.
""",
            """
A **participatory budget** sets aside a public envelope for projects proposed by residents and then put
to their vote. A citizens' **call for projects** funds initiatives run by collectives, chosen by a jury
(often including residents) or by a vote. In Brussels, sustainable neighbourhood contracts often include
a participation budget of this kind.
""",
        ),
        "when_to_use": T(
            """
- Quand une autorité accepte de déléguer une vraie décision, avec un montant connu d'avance.
- Pour soutenir l'initiative citoyenne et renforcer la vie de quartier.
- Pour rendre visible le fonctionnement du budget public et de ses contraintes.
""",
            """
- Wanneer een overheid bereid is een echte beslissing over te dragen, met een vooraf gekend bedrag.
- Om burgerinitiatieven te ondersteunen en het buurtleven te versterken.
- Om de werking van het overheidsbudget en zijn beperkingen zichtbaar te maken.
""",
            """
- When an authority agrees to hand over a real decision, with an amount known in advance.
- To support citizens' initiatives and strengthen neighbourhood life.
- To make the workings and constraints of the public budget visible.
""",
        ),
        "steps": T(
            """
1. Règlement : enveloppe, périmètre, critères de recevabilité, règle de vote et calendrier.
2. Appel à idées et accompagnement des porteur·euses de projets (ateliers, permanences).
3. Analyse de faisabilité et chiffrage par l'administration, avec des motifs publics de refus.
4. Vote (par approbation, par points ou avec un budget à répartir) ou jury.
5. Calcul des lauréats (glouton, méthode des parts égales...) et annonce des résultats.
6. Réalisation des projets et suivi public de leur avancement.
""",
            """
1. Reglement: budget, afbakening, ontvankelijkheidscriteria, stemregel en tijdschema.
2. Oproep tot ideeën en begeleiding van de projectindieners (workshops, spreekuren).
3. Haalbaarheidsanalyse en raming door de administratie, met openbare redenen voor weigering.
4. Stemming (goedkeuringsstemming, punten of een te verdelen budget) of jury.
5. Berekening van de winnaars (gretig, methode van gelijke aandelen...) en bekendmaking.
6. Uitvoering van de projecten en openbare opvolging van de voortgang.
""",
            """
1. Rules: envelope, scope, eligibility criteria, voting rule and timetable.
2. Call for ideas and support for project holders (workshops, drop-in sessions).
3. Feasibility check and costing by the administration, with public reasons for any rejection.
4. Vote (approval, points or a budget to share out) or jury.
5. Computing the winners (greedy, method of equal shares...) and announcing the results.
6. Carrying out the projects and reporting on their progress in public.
""",
        ),
        "typical_duration": T(
            "6 à 12 mois par édition, souvent annuelle",
            "6 tot 12 maanden per editie, vaak jaarlijks",
            "6 to 12 months per edition, often yearly",
        ),
        "typical_cost": T(
            "L'enveloppe votée, plus l'accompagnement (indicatif : 20 000 à 80 000 € par édition)",
            "Het gestemde budget, plus de begeleiding (indicatief: 20.000 tot 80.000 € per editie)",
            "The envelope voted on, plus support (indicative: €20,000 to €80,000 per edition)",
        ),
        "pitfalls": T(
            """
- Des projets votés puis jamais réalisés : c'est la crédibilité de tout le dispositif qui est en jeu.
- Une règle de vote qui laisse un groupe rafler toute l'enveloppe ; les règles proportionnelles comme la
  méthode des parts égales répartissent mieux.
- Des critères de recevabilité flous ou appliqués sans explication.
""",
            """
- Gestemde projecten die nooit worden uitgevoerd: de geloofwaardigheid van het hele systeem staat op het spel.
- Een stemregel waarmee één groep het hele budget binnenhaalt; proportionele regels zoals de methode van
  gelijke aandelen verdelen beter.
- Vage ontvankelijkheidscriteria, of criteria die zonder uitleg worden toegepast.
""",
            """
- Projects voted for and never built: the credibility of the whole scheme is at stake.
- A voting rule that lets one group take the whole envelope; proportional rules such as the method of
  equal shares share it out better.
- Vague eligibility criteria, or criteria applied without explanation.
""",
        ),
        "inclusion": T(
            """
Accompagner les porteur·euses de projets qui n'ont pas l'habitude des dossiers, organiser le vote là où
sont les gens (marchés, écoles, maisons de quartier), ouvrir le vote dès 16 ans (voire plus tôt pour les
projets d'écoles) et à toutes les nationalités, et veiller à l'équilibre entre quartiers.
""",
            """
Projectindieners begeleiden die niet vertrouwd zijn met dossiers, de stemming organiseren waar de mensen
zijn (markten, scholen, buurthuizen), de stemming openstellen vanaf 16 jaar (of jonger voor schoolprojecten)
en voor alle nationaliteiten, en letten op het evenwicht tussen wijken.
""",
            """
Support project holders who are not used to paperwork, hold the vote where people are (markets, schools,
community centres), open the vote from 16 (or younger for school projects) and to every nationality, and
keep a balance between neighbourhoods.
""",
        ),
    },
    {
        "number": 4,
        "slug": "urbanisme-participatif",
        "participation_level": "concertation",
        "name": T("Urbanisme participatif", "Participatieve stedenbouw", "Participatory urban planning"),
        "summary": T(
            "Associer habitant·es et usager·es à la conception d'un espace public, d'un quartier ou d'une vision territoriale.",
            "Bewoners en gebruikers betrekken bij het ontwerp van een openbare ruimte, een wijk of een ruimtelijke visie.",
            "Involving residents and users in designing a public space, a neighbourhood or a vision for an area.",
        ),
        "what_it_is": T(
            """
L'urbanisme participatif va au-delà de l'**enquête publique** et de la commission de concertation
prévues par le Code bruxellois de l'aménagement du territoire (CoBAT) : il associe les habitant·es en
amont, quand les options sont encore ouvertes. Ateliers sur plan, marches exploratoires, charrettes,
maquettes et occupations temporaires permettent de partager l'expertise d'usage avec les
urbanistes et les élu·es.
""",
            """
Participatieve stedenbouw gaat verder dan het **openbaar onderzoek** en de overlegcommissie die het
Brussels Wetboek van Ruimtelijke Ordening (BWRO) voorschrijft: bewoners worden vroeg betrokken, wanneer
de opties nog open liggen. Workshops op plan, verkenningswandelingen, charrettes, maquettes en tijdelijke
invullingen laten toe de gebruikersexpertise te delen met stedenbouwkundigen en verkozenen.
""",
            """
Participatory planning goes beyond the **public inquiry** and the consultation committee required by the
Brussels Spatial Planning Code (CoBAT/BWRO): it involves residents upstream, while the options are still
open. Workshops around maps, exploratory walks, charrettes, models and temporary uses let users share
their everyday expertise with planners and elected officials.
""",
        ),
        "when_to_use": T(
            """
- Le réaménagement d'une place, d'un boulevard, d'un parc ou d'un site stratégique.
- L'élaboration d'un contrat de quartier, d'un plan de mobilité ou d'une vision à long terme.
- Quand les usages quotidiens du lieu sont mal connus des concepteurs.
""",
            """
- De heraanleg van een plein, een boulevard, een park of een strategische site.
- De opmaak van een wijkcontract, een mobiliteitsplan of een langetermijnvisie.
- Wanneer het dagelijkse gebruik van de plek slecht gekend is door de ontwerpers.
""",
            """
- Redesigning a square, a boulevard, a park or a strategic site.
- Drawing up a neighbourhood contract, a mobility plan or a long-term vision.
- When the designers know little about how the place is used day to day.
""",
        ),
        "steps": T(
            """
1. Diagnostic partagé : marches exploratoires, cartes sensibles, entretiens sur place.
2. Définition des enjeux et du programme avec les habitant·es et usager·es.
3. Ateliers de conception ou charrette autour de scénarios et de maquettes.
4. Restitution publique des choix, en expliquant ce qui a été retenu ou non et pourquoi.
5. Suivi du chantier et évaluation après réalisation, parfois avec des aménagements tests.
""",
            """
1. Gedeelde diagnose: verkenningswandelingen, belevingskaarten, gesprekken ter plaatse.
2. Bepalen van de uitdagingen en het programma met bewoners en gebruikers.
3. Ontwerpworkshops of charrette rond scenario's en maquettes.
4. Publieke terugkoppeling van de keuzes, met uitleg over wat wel of niet werd weerhouden en waarom.
5. Opvolging van de werken en evaluatie na uitvoering, soms met testinrichtingen.
""",
            """
1. Shared diagnosis: exploratory walks, sensory maps, on-site interviews.
2. Defining the issues and the brief with residents and users.
3. Design workshops or a charrette around scenarios and models.
4. Public feedback on the choices, explaining what was kept or not and why.
5. Following the works and evaluating after completion, sometimes with trial layouts.
""",
        ),
        "typical_duration": T(
            "2 à 18 mois selon l'échelle du projet",
            "2 tot 18 maanden naargelang de schaal van het project",
            "2 to 18 months depending on the scale of the project",
        ),
        "typical_cost": T(
            "Indicatif : 15 000 à 90 000 € HTVA",
            "Indicatief: 15.000 tot 90.000 € excl. btw",
            "Indicative: €15,000 to €90,000 excl. VAT",
        ),
        "pitfalls": T(
            """
- Consulter quand les plans sont déjà arrêtés : la participation devient une simple information.
- Ne parler qu'aux riverain·es propriétaires, en oubliant usager·es, enfants, commerçant·es, navetteur·ses.
- Des délais de réalisation très longs sans nouvelles : prévoir des points d'étape publics.
""",
            """
- Raadplegen wanneer de plannen al vastliggen: participatie wordt dan louter informatie.
- Alleen met eigenaars-buurtbewoners spreken en gebruikers, kinderen, handelaars en pendelaars vergeten.
- Zeer lange uitvoeringstermijnen zonder nieuws: voorzie publieke tussentijdse momenten.
""",
            """
- Consulting when the plans are already fixed: participation becomes mere information.
- Speaking only to resident owners, forgetting users, children, shopkeepers, commuters.
- Very long delivery times without news: plan public milestones.
""",
        ),
        "inclusion": T(
            """
Aller sur place plutôt que d'attendre les gens en salle, utiliser des supports visuels (plans, maquettes,
photos) plutôt que des textes, proposer des créneaux en journée et en soirée, associer les écoles et les
associations de quartier, et prévoir l'accessibilité des lieux et des parcours.
""",
            """
Ter plaatse gaan in plaats van mensen in een zaal af te wachten, visuele dragers gebruiken (plannen,
maquettes, foto's) in plaats van teksten, momenten overdag en 's avonds aanbieden, scholen en
buurtverenigingen betrekken, en de toegankelijkheid van plaatsen en routes verzekeren.
""",
            """
Go on site rather than wait for people in a meeting room, use visual media (plans, models, photos)
rather than text, offer daytime and evening slots, involve schools and neighbourhood associations, and
make places and routes accessible.
""",
        ),
    },
    {
        "number": 5,
        "slug": "conseils-habitants-comites-quartier",
        "participation_level": "concertation",
        "name": T(
            "Conseils d'habitants et comités de quartier",
            "Bewonersraden en lokale comités",
            "Residents' councils and neighbourhood committees",
        ),
        "summary": T(
            "Des instances durables où habitant·es et associations dialoguent avec l'autorité locale.",
            "Blijvende organen waarin bewoners en verenigingen in dialoog gaan met de lokale overheid.",
            "Lasting bodies in which residents and associations talk with the local authority.",
        ),
        "what_it_is": T(
            """
Ces instances **permanentes** donnent une place régulière aux habitant·es : conseils de quartier créés
par la commune, comités de quartier nés de l'initiative citoyenne, conseils consultatifs thématiques
(aîné·es, jeunes, personnes en situation de handicap, égalité des chances...). Elles rendent des avis,
font remonter les besoins, portent des projets et suivent les politiques locales dans la durée.
""",
            """
Deze **permanente** organen geven bewoners een vaste plaats: wijkraden opgericht door de gemeente,
wijkcomités ontstaan uit burgerinitiatief, thematische adviesraden (senioren, jongeren, personen met een
handicap, gelijke kansen...). Ze geven adviezen, signaleren noden, dragen projecten en volgen het lokale
beleid op lange termijn op.
""",
            """
These **standing** bodies give residents a regular place: neighbourhood councils set up by the
municipality, neighbourhood committees born of citizens' initiative, thematic advisory councils (older
people, young people, people with disabilities, equal opportunities...). They give opinions, raise needs,
carry projects and follow local policies over time.
""",
        ),
        "when_to_use": T(
            """
- Pour entretenir un dialogue continu plutôt que ponctuel entre habitant·es et autorité.
- Pour accompagner un programme long (contrat de quartier, rénovation urbaine).
- Pour donner une voix stable à un public spécifique.
""",
            """
- Om een doorlopende in plaats van een eenmalige dialoog tussen bewoners en overheid te onderhouden.
- Om een langdurig programma te begeleiden (wijkcontract, stadsvernieuwing).
- Om een specifieke doelgroep een vaste stem te geven.
""",
            """
- To keep a continuous rather than one-off dialogue between residents and the authority.
- To accompany a long programme (neighbourhood contract, urban renewal).
- To give a specific group a stable voice.
""",
        ),
        "steps": T(
            """
1. Charte ou règlement : composition, mode de désignation (candidature, tirage au sort, mixte), mandat,
   moyens et droit de réponse de l'autorité.
2. Constitution et formation des membres.
3. Réunions régulières, ouvertes au public, avec un secrétariat et des comptes rendus publiés.
4. Avis et projets, auxquels l'autorité répond dans un délai annoncé.
5. Évaluation et renouvellement périodique des membres.
""",
            """
1. Charter of reglement: samenstelling, aanwijzingswijze (kandidatuur, loting, gemengd), mandaat,
   middelen en antwoordplicht van de overheid.
2. Samenstelling en opleiding van de leden.
3. Regelmatige, openbare vergaderingen met een secretariaat en gepubliceerde verslagen.
4. Adviezen en projecten, waarop de overheid binnen een aangekondigde termijn antwoordt.
5. Evaluatie en periodieke vernieuwing van de leden.
""",
            """
1. Charter or rules: membership, how members are chosen (application, sortition, mixed), mandate,
   resources and the authority's duty to answer.
2. Setting up the body and training its members.
3. Regular meetings open to the public, with a secretariat and published minutes.
4. Opinions and projects, which the authority answers within an announced time.
5. Evaluation and periodic renewal of the members.
""",
        ),
        "typical_duration": T(
            "Permanent, mandats de 2 à 3 ans",
            "Permanent, mandaten van 2 tot 3 jaar",
            "Standing, with 2- to 3-year terms",
        ),
        "typical_cost": T(
            "Indicatif : 5 000 à 30 000 € par an (secrétariat, salles, formation)",
            "Indicatief: 5.000 tot 30.000 € per jaar (secretariaat, zalen, opleiding)",
            "Indicative: €5,000 to €30,000 a year (secretariat, rooms, training)",
        ),
        "pitfalls": T(
            """
- L'essoufflement : les mêmes personnes, de moins en moins nombreuses, au fil des années.
- Des avis qui restent sans réponse, ou des instances consultées seulement pour la forme.
- Une confusion entre représentation d'intérêts (associations) et parole d'habitant·es.
""",
            """
- Uitputting: dezelfde mensen, steeds minder talrijk, door de jaren heen.
- Adviezen die onbeantwoord blijven, of organen die enkel pro forma worden geraadpleegd.
- Verwarring tussen belangenvertegenwoordiging (verenigingen) en de stem van bewoners.
""",
            """
- Running out of steam: the same people, fewer and fewer, year after year.
- Opinions left unanswered, or bodies consulted only for form's sake.
- Confusing the representation of interests (associations) with residents' own voices.
""",
        ),
        "inclusion": T(
            """
Réserver une partie des sièges au tirage au sort, renouveler régulièrement les membres, tenir les
réunions dans des lieux familiers et à des heures compatibles avec le travail et la famille, soutenir les
membres par de la formation, et aller chercher les personnes éloignées du débat public avec les
associations qui les connaissent.
""",
            """
Een deel van de zetels bij loting toewijzen, de leden regelmatig vernieuwen, vergaderen op vertrouwde
plaatsen en op uren die verenigbaar zijn met werk en gezin, de leden ondersteunen met opleiding, en mensen
die ver van het publieke debat staan opzoeken via de verenigingen die hen kennen.
""",
            """
Fill part of the seats by sortition, renew members regularly, meet in familiar places at times that fit
with work and family, support members with training, and reach people far from public debate through
the associations that know them.
""",
        ),
    },
    {
        "number": 6,
        "slug": "interpellation-citoyenne-petition",
        "participation_level": "consultation",
        "name": T(
            "Interpellation citoyenne et pétition",
            "Burgerinterpellaties en petities",
            "Citizens' interpellation and petitions",
        ),
        "summary": T(
            "Des droits d'initiative qui permettent aux habitant·es de mettre un sujet à l'agenda d'une assemblée.",
            "Initiatiefrechten waarmee inwoners een onderwerp op de agenda van een assemblee kunnen zetten.",
            "Rights of initiative that let residents put a subject on an assembly's agenda.",
        ),
        "what_it_is": T(
            """
L'**interpellation citoyenne** permet à un·e habitant·e, soutenu·e par un nombre minimum de
signatures, de poser publiquement une question au collège communal lors d'une séance du conseil, qui y
répond. La **pétition** rassemble des signatures autour d'une demande adressée à une autorité ; au
Parlement bruxellois, une pétition suffisamment soutenue ouvre le droit d'être entendu en commission, et
une suggestion citoyenne signée par 1 000 Bruxellois·es de 16 ans et plus peut donner lieu à une
commission délibérative.
""",
            """
Met een **burgerinterpellatie** kan een inwoner, gesteund door een minimumaantal handtekeningen, tijdens
een zitting van de gemeenteraad publiek een vraag stellen aan het college, dat erop antwoordt. Een
**petitie** verzamelt handtekeningen rond een vraag aan een overheid; in het Brussels Parlement geeft een
voldoende gesteunde petitie het recht om in commissie te worden gehoord, en een burgervoorstel dat door
1.000 Brusselaars van 16 jaar of ouder wordt ondertekend, kan tot een overlegcommissie leiden.
""",
            """
**Citizens' interpellation** lets a resident, backed by a minimum number of signatures, put a question
in public to the municipal executive during a council meeting, which answers it. A **petition** gathers
signatures behind a request to an authority; in the Brussels Parliament, a petition with enough support
gives the right to be heard in committee, and a citizens' suggestion signed by 1,000 Brussels residents
aged 16 or over can lead to a deliberative committee.
""",
        ),
        "when_to_use": T(
            """
- Quand des habitant·es veulent porter un sujet que l'autorité n'a pas mis à l'agenda.
- Pour rendre publique une demande et obtenir une réponse officielle et motivée.
- Côté institution : pour se doter d'une procédure claire de réception et de réponse.
""",
            """
- Wanneer inwoners een onderwerp willen aankaarten dat de overheid niet op de agenda heeft gezet.
- Om een vraag publiek te maken en een officieel en gemotiveerd antwoord te krijgen.
- Voor de instelling: om een duidelijke procedure voor ontvangst en antwoord te hebben.
""",
            """
- When residents want to raise a subject the authority has not put on its agenda.
- To make a request public and obtain an official, reasoned answer.
- For the institution: to have a clear procedure for receiving and answering.
""",
        ),
        "steps": T(
            """
1. Vérifier les conditions : sujet de la compétence de l'autorité, nombre de signatures, âge et domicile
   des signataires, délais (fixés par la loi communale, le règlement d'ordre intérieur ou celui du Parlement).
2. Rédiger la demande et recueillir les signatures (papier ou plateforme en ligne).
3. Dépôt, contrôle de recevabilité et inscription à l'ordre du jour.
4. Présentation en séance publique et réponse de l'autorité.
5. Publication de la réponse et suivi des engagements pris.
""",
            """
1. De voorwaarden nagaan: onderwerp binnen de bevoegdheid van de overheid, aantal handtekeningen, leeftijd
   en woonplaats van de ondertekenaars, termijnen (vastgelegd door de gemeentewet, het huishoudelijk
   reglement of het reglement van het Parlement).
2. De vraag opstellen en handtekeningen verzamelen (op papier of via een onlineplatform).
3. Indiening, ontvankelijkheidscontrole en agendering.
4. Voorstelling in openbare zitting en antwoord van de overheid.
5. Bekendmaking van het antwoord en opvolging van de aangegane engagementen.
""",
            """
1. Check the conditions: a subject within the authority's powers, number of signatures, age and residence
   of the signatories, time limits (set by municipal law, the council's rules of procedure or the Parliament's).
2. Write the request and gather signatures (on paper or on an online platform).
3. Filing, admissibility check and placing on the agenda.
4. Presentation in a public session and the authority's answer.
5. Publishing the answer and following up the commitments made.
""",
        ),
        "typical_duration": T(
            "Quelques semaines à quelques mois par demande",
            "Enkele weken tot enkele maanden per aanvraag",
            "A few weeks to a few months per request",
        ),
        "typical_cost": T(
            "Faible pour l'institution : temps de traitement et, le cas échéant, une plateforme de signatures",
            "Laag voor de instelling: behandelingstijd en, indien nodig, een platform voor handtekeningen",
            "Low for the institution: handling time and, where needed, a signature platform",
        ),
        "pitfalls": T(
            """
- Des conditions de recevabilité si strictes que le droit reste théorique.
- Une réponse en séance purement formelle, sans suite ni explication.
- Une collecte de signatures en ligne sans protection des données des signataires.
""",
            """
- Ontvankelijkheidsvoorwaarden die zo streng zijn dat het recht theoretisch blijft.
- Een louter formeel antwoord in de zitting, zonder gevolg of uitleg.
- Een online handtekeningeninzameling zonder bescherming van de gegevens van de ondertekenaars.
""",
            """
- Admissibility conditions so strict that the right stays theoretical.
- A purely formal answer in session, with no follow-up or explanation.
- Online signature gathering without protecting the signatories' data.
""",
        ),
        "inclusion": T(
            """
Accepter les signatures sur papier comme en ligne, publier la procédure en langage clair dans les deux
langues régionales, accompagner les collectifs qui la découvrent, et ouvrir le droit dès 16 ans et à
toutes les personnes domiciliées, quelle que soit leur nationalité.
""",
            """
Handtekeningen op papier en online aanvaarden, de procedure in klare taal in de twee gewestelijke talen
publiceren, collectieven begeleiden die ze ontdekken, en het recht openstellen vanaf 16 jaar en voor alle
ingeschreven inwoners, ongeacht hun nationaliteit.
""",
            """
Accept signatures on paper as well as online, publish the procedure in plain language in both regional
languages, support collectives discovering it, and open the right from 16 and to every registered
resident, whatever their nationality.
""",
        ),
    },
    {
        "number": 7,
        "slug": "participation-en-ligne",
        "participation_level": "consultation",
        "name": T("Participation en ligne", "Online participatie", "Online participation"),
        "summary": T(
            "Des plateformes numériques pour recueillir des avis, des idées, des signalements ou des votes.",
            "Digitale platformen om meningen, ideeën, meldingen of stemmen te verzamelen.",
            "Digital platforms to gather opinions, ideas, reports or votes.",
        ),
        "what_it_is": T(
            """
La participation en ligne recouvre les **consultations** (questionnaires, commentaires sur un
projet de texte), les **plateformes d'idées** où chacun·e propose et soutient des propositions, les
**cartes participatives** où l'on situe un problème ou une envie, et le vote en ligne des budgets
participatifs. Elle touche vite beaucoup de monde et garde une trace de chaque contribution ; elle se
combine avec des rencontres en présence pour ne laisser personne de côté.
""",
            """
Online participatie omvat **raadplegingen** (vragenlijsten, commentaar op een ontwerptekst),
**ideeënplatformen** waar iedereen voorstellen doet en steunt, **participatieve kaarten** waarop men een
probleem of wens situeert, en de onlinestemming van burgerbegrotingen. Ze bereikt snel veel mensen en
houdt een spoor bij van elke bijdrage; ze wordt gecombineerd met fysieke ontmoetingen om niemand uit te sluiten.
""",
            """
Online participation covers **consultations** (questionnaires, comments on a draft text), **idea
platforms** where anyone proposes and supports proposals, **participatory maps** on which people locate a
problem or a wish, and online voting in participatory budgets. It reaches many people quickly and keeps a
record of each contribution; it is combined with in-person meetings so that nobody is left out.
""",
        ),
        "when_to_use": T(
            """
- Pour élargir une démarche au-delà des personnes qui viennent aux réunions.
- Pour recueillir des contributions localisées (carte) ou nombreuses (idées, commentaires).
- En complément d'une démarche en présence, jamais comme seul canal.
""",
            """
- Om een traject te verruimen tot buiten de mensen die naar vergaderingen komen.
- Om gelokaliseerde (kaart) of talrijke bijdragen (ideeën, commentaren) te verzamelen.
- Als aanvulling op een fysiek traject, nooit als enig kanaal.
""",
            """
- To widen a process beyond the people who come to meetings.
- To gather located (map) or numerous contributions (ideas, comments).
- Alongside an in-person process, never as the only channel.
""",
        ),
        "steps": T(
            """
1. Choisir l'outil selon l'objectif : avis, idées, carte, vote ; de préférence un logiciel libre et accessible.
2. Préparer les contenus en langage clair, en FR et NL au moins, et la politique de données (RGPD).
3. Communiquer et accompagner : permanences, bornes, relais associatifs.
4. Modérer selon une charte publique et répondre aux contributions.
5. Analyser, publier une synthèse et dire ce qui a été fait de chaque contribution.
""",
            """
1. Het instrument kiezen volgens het doel: mening, ideeën, kaart, stemming; bij voorkeur vrije en
   toegankelijke software.
2. De inhoud in klare taal voorbereiden, minstens in het FR en NL, en het gegevensbeleid (AVG).
3. Communiceren en begeleiden: spreekuren, terminals, verenigingen als tussenpersoon.
4. Modereren volgens een openbaar charter en op bijdragen antwoorden.
5. Analyseren, een synthese publiceren en zeggen wat er met elke bijdrage is gebeurd.
""",
            """
1. Choose the tool for the purpose: opinions, ideas, map, vote; preferably free software that is accessible.
2. Prepare the content in plain language, in French and Dutch at least, and the data policy (GDPR).
3. Communicate and support: drop-in sessions, kiosks, associations as relays.
4. Moderate according to a public charter and answer contributions.
5. Analyse, publish a summary and say what was done with each contribution.
""",
        ),
        "typical_duration": T(
            "4 à 12 semaines par consultation",
            "4 tot 12 weken per raadpleging",
            "4 to 12 weeks per consultation",
        ),
        "typical_cost": T(
            "Indicatif : 5 000 à 60 000 € (plateforme, modération, communication, analyse)",
            "Indicatief: 5.000 tot 60.000 € (platform, moderatie, communicatie, analyse)",
            "Indicative: €5,000 to €60,000 (platform, moderation, communication, analysis)",
        ),
        "pitfalls": T(
            """
- La fracture numérique : sans relais hors ligne, seuls les publics déjà connectés et à l'aise répondent.
- Des milliers de contributions non analysées, faute de temps prévu pour la synthèse.
- Des plateformes inaccessibles (WCAG) ou qui collectent plus de données que nécessaire.
""",
            """
- De digitale kloof: zonder offline tussenpersonen reageren enkel wie al verbonden en vertrouwd is.
- Duizenden bijdragen die niet worden geanalyseerd, omdat er geen tijd voor de synthese is voorzien.
- Ontoegankelijke platformen (WCAG) of platformen die meer gegevens verzamelen dan nodig.
""",
            """
- The digital divide: without offline relays, only people already connected and at ease answer.
- Thousands of contributions left unanalysed, for lack of time planned for the summary.
- Platforms that are not accessible (WCAG) or collect more data than needed.
""",
        ),
        "inclusion": T(
            """
Respecter les normes d'accessibilité (WCAG 2.1 AA), proposer des formulaires courts en langage clair et
en plusieurs langues, permettre la participation sans création de compte quand c'est possible, et
organiser des permanences d'aide au numérique dans les bibliothèques, maisons de quartier et espaces
publics numériques.
""",
            """
De toegankelijkheidsnormen respecteren (WCAG 2.1 AA), korte formulieren in klare taal en in meerdere talen
aanbieden, deelname zonder account mogelijk maken wanneer het kan, en digitale hulpmomenten organiseren
in bibliotheken, buurthuizen en openbare computerruimten.
""",
            """
Meet accessibility standards (WCAG 2.1 AA), offer short forms in plain language and several languages,
allow taking part without an account where possible, and hold digital help sessions in libraries,
community centres and public computer spaces.
""",
        ),
    },
]
