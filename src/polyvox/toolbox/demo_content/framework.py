"""General framework texts: why participate, the legal framework in Brussels, principles and the ladder,
the Participation Service and its framework contract."""

from polyvox.toolbox.demo_content import T

FRAMEWORK_TEXTS = [
    {
        "slug": "pourquoi-participer",
        "order": 1,
        "title": T("Pourquoi faire participer ?", "Waarom participatie?", "Why involve citizens?"),
        "body": T(
            """
Le Gouvernement bruxellois a choisi de « mettre la participation citoyenne au cœur de son action et de
ses politiques » (Déclaration de politique générale 2019-2024) et a créé pour cela un **Service de la
Participation**. La participation n'est pas une fin en soi : elle sert la qualité et la légitimité des
décisions publiques.

## Ce que la participation apporte

- **De meilleures décisions** : les habitant·es et usager·es détiennent une expertise d'usage que les
  services n'ont pas ; la diversité des points de vue fait apparaître des solutions nouvelles.
- **Des décisions mieux comprises et mieux portées** : une décision dont on connaît les raisons, et à
  laquelle on a pu contribuer, est plus facilement acceptée et mise en œuvre.
- **La confiance** entre institutions et citoyen·nes, quand l'autorité tient ses engagements et rend
  compte de ce qu'elle a fait des contributions.
- **Le pouvoir d'agir** des habitant·es et des collectifs, qui apprennent, se rencontrent et portent
  eux-mêmes des projets.

## Ce qu'elle demande

Une question réellement ouverte, un mandat clair, des moyens à la hauteur (temps, budget, compétences),
une attention constante à l'**inclusion** et un **devoir de suite** respecté. Sans ces conditions, mieux
vaut informer honnêtement que consulter pour la forme.

La note de vision du Service (2022) le résume : « impliquer les Bruxellois dans toute leur diversité,
toutes leurs différences et en toute transparence dans la co-construction de la ville de demain ».
""",
            """
De Brusselse regering heeft ervoor gekozen om « burgerparticipatie centraal te stellen in haar werking en
haar beleid » (Algemene beleidsverklaring 2019-2024) en heeft daarvoor een **Dienst Participatie**
opgericht. Participatie is geen doel op zich: ze dient de kwaliteit en de legitimiteit van
overheidsbeslissingen.

## Wat participatie oplevert

- **Betere beslissingen**: bewoners en gebruikers hebben een gebruikersexpertise die de diensten niet
  hebben; de diversiteit van standpunten brengt nieuwe oplossingen aan het licht.
- **Beslissingen die beter begrepen en gedragen worden**: een beslissing waarvan men de redenen kent en
  waaraan men heeft kunnen bijdragen, wordt makkelijker aanvaard en uitgevoerd.
- **Vertrouwen** tussen instellingen en burgers, wanneer de overheid haar engagementen nakomt en
  verantwoording aflegt over wat ze met de bijdragen heeft gedaan.
- **Slagkracht** van bewoners en collectieven, die leren, elkaar ontmoeten en zelf projecten dragen.

## Wat ze vraagt

Een echt open vraag, een duidelijk mandaat, voldoende middelen (tijd, budget, vaardigheden), constante
aandacht voor **inclusie** en een gerespecteerde **opvolgingsplicht**. Zonder die voorwaarden is eerlijk
informeren beter dan pro forma raadplegen.

De visienota van de Dienst (2022) vat het samen: « de Brusselaars in al hun diversiteit, met al hun
verschillen en in alle transparantie betrekken bij de co-creatie van de stad van morgen ».
""",
            """
The Brussels Government chose to "put citizen participation at the heart of its action and policies"
(General Policy Statement 2019-2024) and set up a **Participation Service** to that end. Participation is
not an end in itself: it serves the quality and legitimacy of public decisions.

## What participation brings

- **Better decisions**: residents and users hold everyday expertise that administrations lack; a
  diversity of viewpoints brings out new solutions.
- **Decisions that are better understood and supported**: a decision whose reasons are known, and to which
  people could contribute, is more readily accepted and carried out.
- **Trust** between institutions and citizens, when the authority keeps its commitments and reports on what
  it did with the contributions.
- **Empowerment** of residents and collectives, who learn, meet and carry projects themselves.

## What it requires

A genuinely open question, a clear mandate, adequate resources (time, budget, skills), constant attention
to **inclusion** and a **duty to follow up** that is honoured. Without these conditions, honest information
is better than consultation for form's sake.

The Service's vision note (2022) sums it up: "involving the people of Brussels in all their diversity, all
their differences and in full transparency in co-constructing the city of tomorrow".
""",
        ),
    },
    {
        "slug": "cadre-legal-bruxelles",
        "order": 2,
        "title": T(
            "Le cadre légal de la participation à Bruxelles",
            "Het wettelijk kader van participatie in Brussel",
            "The legal framework of participation in Brussels",
        ),
        "body": T(
            """
Ce texte donne des repères ; il ne remplace pas la lecture des textes en vigueur ni l'avis du service
juridique de votre institution.

## Les commissions délibératives du Parlement bruxellois

Depuis la réforme de son règlement en 2019, le Parlement de la Région de Bruxelles-Capitale (ainsi que
le Parlement francophone bruxellois) peut organiser des **commissions délibératives** qui réunissent
**45 citoyen·nes tiré·es au sort** et **15 député·es**. Les citoyen·nes sont sélectionné·es en deux
temps : des invitations sont envoyées à un large échantillon de Bruxellois·es, puis un tirage au sort
parmi les volontaires assure la diversité du groupe (genre, âge, langue, répartition géographique,
niveau de diplôme).

Le sujet peut être proposé par le Parlement ou par une **suggestion citoyenne** soutenue par **1 000
signatures de résident·es bruxellois·es âgé·es de 16 ans ou plus**. La commission s'informe, délibère
et adopte des recommandations ; le Parlement s'engage à leur donner suite et à en rendre compte.

## Les outils communaux

- **La consultation populaire communale** : prévue par la Constitution et la nouvelle loi communale, elle
  est décidée par le conseil communal, d'initiative ou à la demande d'un pourcentage d'habitant·es fixé
  par la loi. Les habitant·es de 16 ans et plus peuvent y participer. Certains sujets sont exclus (questions
  de personnes, budgets, comptes, taxes) et le résultat est **consultatif**.
- **L'interpellation citoyenne** : les habitant·es peuvent, dans les conditions fixées par la loi et le
  règlement d'ordre intérieur du conseil communal (nombre de signatures, âge, délais), interpeller le
  collège en séance publique.
- **Le droit de pétition**, garanti par la Constitution (article 28), permet d'adresser une demande
  signée aux autorités ; les assemblées fixent les conditions dans lesquelles les pétitionnaires sont
  entendu·es.

## L'aménagement du territoire

Le **Code bruxellois de l'aménagement du territoire (CoBAT)** organise des mesures particulières de
publicité : enquêtes publiques et commissions de concertation pour les permis et les plans. Ce sont des
minima légaux ; une démarche d'urbanisme participatif se construit en amont et au-delà de ces obligations.

## Les données des participant·es (RGPD)

Le règlement général sur la protection des données (RGPD) s'applique à toute démarche participative :

- une **base légale** claire (mission d'intérêt public, ou consentement) et une **finalité** annoncée ;
- la **minimisation** : ne collecter que ce qui est nécessaire (pas de numéro national « au cas où ») ;
- une **durée de conservation** fixée, puis la suppression ou l'anonymisation ;
- une **information** claire des participant·es et le respect de leurs droits (accès, rectification,
  effacement, opposition) ;
- une vigilance particulière : les contributions peuvent révéler des **opinions politiques**, qui sont des
  données sensibles ; les résultats publiés doivent être anonymisés ;
- un contrat de sous-traitance avec le prestataire ou l'éditeur de la plateforme, et l'avis du ou de la
  délégué·e à la protection des données (DPO) de votre institution.
""",
            """
Deze tekst biedt houvast; hij vervangt niet de lezing van de geldende teksten of het advies van de
juridische dienst van uw instelling.

## De overlegcommissies van het Brussels Parlement

Sinds de hervorming van zijn reglement in 2019 kan het Parlement van het Brussels Hoofdstedelijk Gewest
(net als het Parlement francophone bruxellois) **overlegcommissies** organiseren met **45 bij loting
geselecteerde burgers** en **15 parlementsleden**. De burgers worden in twee stappen geselecteerd:
uitnodigingen worden naar een brede steekproef van Brusselaars gestuurd, daarna zorgt een loting onder
de vrijwilligers voor een diverse groep (gender, leeftijd, taal, geografische spreiding, opleidingsniveau).

Het onderwerp kan door het Parlement worden voorgesteld of via een **burgervoorstel** dat gesteund wordt
door **1.000 handtekeningen van Brusselse inwoners van 16 jaar of ouder**. De commissie informeert zich,
beraadslaagt en neemt aanbevelingen aan; het Parlement engageert zich om er gevolg aan te geven en er
verslag over uit te brengen.

## De gemeentelijke instrumenten

- **De gemeentelijke volksraadpleging**: voorzien door de Grondwet en de nieuwe gemeentewet, wordt ze
  beslist door de gemeenteraad, op eigen initiatief of op vraag van een wettelijk bepaald percentage
  inwoners. Inwoners van 16 jaar en ouder kunnen deelnemen. Sommige onderwerpen zijn uitgesloten
  (persoonskwesties, begrotingen, rekeningen, belastingen) en het resultaat is **adviserend**.
- **De burgerinterpellatie**: inwoners kunnen, onder de voorwaarden van de wet en het huishoudelijk
  reglement van de gemeenteraad (aantal handtekeningen, leeftijd, termijnen), het college in openbare
  zitting interpelleren.
- **Het petitierecht**, gewaarborgd door de Grondwet (artikel 28), laat toe een ondertekende vraag aan de
  overheid te richten; de assemblees bepalen onder welke voorwaarden de indieners worden gehoord.

## Ruimtelijke ordening

Het **Brussels Wetboek van Ruimtelijke Ordening (BWRO)** regelt de speciale regelen van openbaarmaking:
openbare onderzoeken en overlegcommissies voor vergunningen en plannen. Dat zijn wettelijke minima; een
participatief stedenbouwkundig traject wordt vooraf en bovenop die verplichtingen opgebouwd.

## De gegevens van deelnemers (AVG)

De algemene verordening gegevensbescherming (AVG) is van toepassing op elk participatietraject:

- een duidelijke **rechtsgrond** (taak van algemeen belang, of toestemming) en een aangekondigd **doel**;
- **minimale gegevensverwerking**: enkel verzamelen wat nodig is (geen rijksregisternummer « voor het geval dat »);
- een vastgelegde **bewaartermijn**, daarna verwijdering of anonimisering;
- duidelijke **informatie** aan de deelnemers en respect voor hun rechten (inzage, verbetering, wissing, bezwaar);
- bijzondere waakzaamheid: bijdragen kunnen **politieke opvattingen** onthullen, wat gevoelige gegevens
  zijn; gepubliceerde resultaten moeten geanonimiseerd zijn;
- een verwerkersovereenkomst met de dienstverlener of de platformleverancier, en het advies van de
  functionaris voor gegevensbescherming (DPO) van uw instelling.
""",
            """
This text gives pointers; it does not replace reading the texts in force or the advice of your
institution's legal department.

## The deliberative committees of the Brussels Parliament

Since the reform of its rules of procedure in 2019, the Parliament of the Brussels-Capital Region (as well
as the French-speaking Brussels Parliament) can set up **deliberative committees** bringing together **45
citizens drawn by lot** and **15 members of parliament**. Citizens are selected in two stages: invitations
are sent to a large sample of Brussels residents, then a draw among the volunteers makes the group diverse
(gender, age, language, geographical spread, level of education).

The subject can be put forward by the Parliament or by a **citizens' suggestion** backed by **1,000
signatures of Brussels residents aged 16 or over**. The committee learns, deliberates and adopts
recommendations; the Parliament commits to following them up and reporting on them.

## Municipal tools

- **Municipal popular consultation**: provided for by the Constitution and the new municipal law, it is
  decided by the municipal council, on its own initiative or at the request of a share of residents set by
  law. Residents aged 16 and over may take part. Some subjects are excluded (personal matters, budgets,
  accounts, taxes) and the result is **advisory**.
- **Citizens' interpellation**: residents may, on the conditions set by law and by the council's rules of
  procedure (number of signatures, age, time limits), question the municipal executive in a public session.
- **The right of petition**, guaranteed by the Constitution (article 28), allows a signed request to be sent
  to the authorities; assemblies set the conditions under which petitioners are heard.

## Spatial planning

The **Brussels Spatial Planning Code (CoBAT/BWRO)** organises specific publicity measures: public inquiries
and consultation committees for permits and plans. These are legal minimums; participatory planning is
built upstream of and beyond these obligations.

## Participants' data (GDPR)

The General Data Protection Regulation applies to every participatory process:

- a clear **legal basis** (task in the public interest, or consent) and an announced **purpose**;
- **data minimisation**: collect only what is needed (no national number "just in case");
- a set **retention period**, followed by deletion or anonymisation;
- clear **information** for participants and respect for their rights (access, rectification, erasure,
  objection);
- particular care: contributions can reveal **political opinions**, which are sensitive data; published
  results must be anonymised;
- a data-processing agreement with the provider or platform vendor, and the advice of your institution's
  data protection officer (DPO).
""",
        ),
    },
    {
        "slug": "principes-echelle-participation",
        "order": 3,
        "title": T(
            "Principes et échelle de la participation",
            "Principes en participatieladder",
            "Principles and the participation ladder",
        ),
        "body": T(
            """
## Des principes de qualité

1. **Clarté du mandat** : dire dès le départ quelle est la question, ce qui est négociable et ce qui ne
   l'est pas, et qui décide.
2. **Sincérité** : ne lancer une démarche que si ses résultats peuvent encore influencer la décision.
3. **Inclusion** : aller chercher celles et ceux qu'on n'entend pas, et lever les obstacles à leur
   participation.
4. **Information équilibrée** et accessible, en français et en néerlandais au moins, en langage clair.
5. **Délibération** : du temps pour s'informer, écouter les autres et faire évoluer son avis.
6. **Transparence** sur le processus, les contributions et leur traitement.
7. **Devoir de suite** : répondre à chaque proposition et rendre compte de la mise en œuvre.
8. **Évaluation** : mesurer, avec les participant·es, ce que la démarche a produit.

## L'échelle de la participation

Le Service de la Participation distingue cinq niveaux, du moins au plus engageant pour l'autorité. Le
spectre de l'IAP2 (International Association for Public Participation) en donne l'équivalent
international. Aucun niveau n'est « meilleur » qu'un autre : l'important est de choisir celui qui
correspond à la marge de manœuvre réelle, et de l'annoncer honnêtement.

- **Information** : faire connaître un projet ou une décision.
- **Consultation** : recueillir des avis avant de décider.
- **Concertation** : associer les participant·es tout au long du processus.
- **Co-construction** : élaborer les solutions ensemble.
- **Co-décision** : confier la décision aux participant·es.
""",
            """
## Kwaliteitsprincipes

1. **Duidelijk mandaat**: van bij het begin zeggen wat de vraag is, wat onderhandelbaar is en wat niet,
   en wie beslist.
2. **Oprechtheid**: enkel een traject starten als de resultaten de beslissing nog kunnen beïnvloeden.
3. **Inclusie**: wie men niet hoort actief opzoeken, en de drempels voor hun deelname wegnemen.
4. **Evenwichtige** en toegankelijke **informatie**, minstens in het Frans en het Nederlands, in klare taal.
5. **Beraadslaging**: tijd om zich te informeren, naar anderen te luisteren en van mening te veranderen.
6. **Transparantie** over het proces, de bijdragen en hun verwerking.
7. **Opvolgingsplicht**: op elk voorstel antwoorden en verslag uitbrengen over de uitvoering.
8. **Evaluatie**: samen met de deelnemers meten wat het traject heeft opgeleverd.

## De participatieladder

De Dienst Participatie onderscheidt vijf niveaus, van minst tot meest verbindend voor de overheid. Het
IAP2-spectrum (International Association for Public Participation) geeft er de internationale
tegenhanger van. Geen enkel niveau is « beter » dan een ander: het komt erop aan het niveau te kiezen dat
overeenkomt met de echte speelruimte, en het eerlijk aan te kondigen.

- **Informatie**: een project of een beslissing bekendmaken.
- **Raadpleging**: meningen verzamelen voor men beslist.
- **Overleg**: de deelnemers doorheen het hele proces betrekken.
- **Co-creatie**: samen oplossingen uitwerken.
- **Co-beslissing**: de beslissing aan de deelnemers toevertrouwen.
""",
            """
## Quality principles

1. **A clear mandate**: say from the start what the question is, what is open and what is not, and who decides.
2. **Sincerity**: only start a process if its results can still influence the decision.
3. **Inclusion**: reach out to those who are not heard, and remove the barriers to their participation.
4. **Balanced**, accessible **information**, in French and Dutch at least, in plain language.
5. **Deliberation**: time to learn, listen to others and change one's mind.
6. **Transparency** about the process, the contributions and how they are handled.
7. **Duty to follow up**: answer every proposal and report on implementation.
8. **Evaluation**: measure, with the participants, what the process achieved.

## The participation ladder

The Participation Service distinguishes five levels, from the least to the most binding for the authority.
The IAP2 spectrum (International Association for Public Participation) gives their international
equivalent. No level is "better" than another: what matters is choosing the one that matches the real room
for manoeuvre, and announcing it honestly.

- **Information**: making a project or a decision known.
- **Consultation**: gathering views before deciding.
- **Concertation**: involving participants throughout the process.
- **Co-construction**: working out solutions together.
- **Co-decision**: entrusting the decision to the participants.
""",
        ),
    },
    {
        "slug": "service-participation-centrale-marches",
        "order": 4,
        "title": T(
            "Le Service de la Participation et sa centrale de marchés",
            "De Dienst Participatie en zijn opdrachtcentrale",
            "The Participation Service and its framework contract",
        ),
        "body": T(
            """
## Un service d'appui

Le Service de la Participation, au sein de perspective.brussels, appuie les administrations régionales,
les administrations communales et les collectifs citoyens. Ses missions : impulser des processus
participatifs de qualité, instaurer une culture partagée de la participation, accompagner des projets
spécifiques et être un centre de ressources et d'expertise. Il anime un **réseau d'agents publics de la
participation** et des **ateliers de la participation** (cadrage, mobilisation, facilitation, évaluation,
inclusion, environnement).

## La centrale de marchés Participation

Pour acheter des services de participation sans refaire chaque fois une procédure de marché public, les
pouvoirs publics peuvent adhérer à la **centrale de marchés** : 4 ans, 4 millions d'euros, jusqu'à 6
prestataires par lot, six lots (mission globale ; design ; déploiement et animation ; communication ;
mobilisation et recrutement ; évaluation et devoir de suite).

Les étapes : contacter le Service (participation@perspective.brussels) ; analyser ensemble les besoins ;
signer le **protocole d'adhésion** (gratuit, sans exclusivité) et corédiger le **cahier des charges** ;
consulter les prestataires (**remise en concurrence** ou **cascade** selon le lot et le montant) ;
analyser les offres et rédiger le **rapport d'attribution** ; faire valider le choix par l'organe
décisionnel ; émettre le **bon de commande** ; lancer la mission. Le contrat lie ensuite directement
l'adhérent et le prestataire.
""",
            """
## Een ondersteunende dienst

De Dienst Participatie, binnen perspective.brussels, ondersteunt gewestelijke besturen, gemeentebesturen
en burgercollectieven. Zijn opdrachten: kwaliteitsvolle participatieprocessen stimuleren, een gedeelde
participatiecultuur opbouwen, specifieke projecten begeleiden en een centrum van middelen en expertise
zijn. Hij leidt een **netwerk van overheidsmedewerkers voor participatie** en **participatieworkshops**
(kadering, mobilisatie, facilitatie, evaluatie, inclusie, milieu).

## De opdrachtcentrale Participatie

Om participatiediensten aan te kopen zonder telkens een volledige overheidsopdracht te doorlopen, kunnen
overheden toetreden tot de **opdrachtcentrale**: 4 jaar, 4 miljoen euro, tot 6 dienstverleners per
perceel, zes percelen (globale opdracht; ontwerp; uitvoering en facilitatie; communicatie; mobilisatie
en werving; evaluatie en opvolging).

De stappen: contact opnemen met de Dienst (participatie@perspective.brussels); samen de behoeften
analyseren; het **toetredingsprotocol** ondertekenen (gratis, zonder exclusiviteit) en samen het
**bestek** opstellen; de dienstverleners raadplegen (**herconcurrentie** of **waterval** naargelang het
perceel en het bedrag); de offertes analyseren en het **gunningsverslag** opstellen; de keuze laten
valideren door het beslissingsorgaan; de **bestelbon** opmaken; de opdracht starten. Het contract bindt
daarna rechtstreeks de toegetreden overheid en de dienstverlener.
""",
            """
## A support service

The Participation Service, within perspective.brussels, supports regional administrations, municipal
administrations and citizens' collectives. Its missions: driving quality participatory processes, building
a shared culture of participation, supporting specific projects and being a centre of resources and
expertise. It runs a **network of public officials working on participation** and **participation
workshops** (framing, mobilisation, facilitation, evaluation, inclusion, environment).

## The Participation framework contract

To buy participation services without running a full public procurement procedure each time, public bodies
can join the **framework contract**: 4 years, €4 million, up to 6 providers per lot, six lots (overall
assignment; design; delivery and facilitation; communication; mobilisation and recruitment; evaluation and
follow-up).

The steps: contact the Service (participation@perspective.brussels); analyse the needs together; sign the
**membership protocol** (free, no exclusivity) and write the **specification** together; consult the
providers (**re-competition** or **cascade** depending on the lot and the amount); analyse the offers and
write the **award report**; have the choice approved by the decision-making body; issue the **purchase
order**; start the assignment. The contract then binds the member and the provider directly.
""",
        ),
    },
]
