"""The three Brussels channels as shipped: defaults an administrator changes in the back office, each with its source
and a note of what was checked against public sources (and what remains to be checked against the cited source)."""

from __future__ import annotations

DEFAULTS = [
    {
        "kind": "petition", "levels": "region,cocom,cocof", "threshold": 1000, "minimum_age": 16, "residence": "region",
        "signing_months": 12, "answer_months": 6, "same_subject_months": 0,
        "signers_give": "name, commune, date of birth",
        "name_fr": "Pétition au Parlement bruxellois", "name_nl": "Petitie aan het Brussels Parlement",
        "name_en": "Petition to the Brussels Parliament",
        "description_fr": "L'auteur d'une pétition reçoit une réponse au plus tard 6 mois après son dépôt. Signée par 1 000 "
                          "personnes domiciliées dans la Région et âgées de 16 ans accomplis, elle lui donne le droit d'être "
                          "entendu par le Parlement. Elle concerne la Région ou la COCOM (ou la COCOF : le Parlement "
                          "francophone bruxellois la reçoit alors).",
        "description_nl": "De indiener van een petitie krijgt uiterlijk 6 maanden na de indiening een antwoord. Ondertekend door "
                          "1.000 personen die in het Gewest gedomicilieerd zijn en minstens 16 jaar oud zijn, geeft ze hem het "
                          "recht om door het Parlement gehoord te worden. Ze betreft het Gewest of de GGC (of de COCOF: dan "
                          "ontvangt het Parlement van de Franstalige Brusselaars ze).",
        "description_en": "The author of a petition receives an answer at the latest 6 months after filing it. Signed by 1,000 "
                          "people domiciled in the Region and aged 16 or over, it gives the author the right to be heard by the "
                          "Parliament. It concerns the Region or the COCOM (or the COCOF: the French-speaking Brussels "
                          "Parliament then receives it).",
        "legal_source": "Ordonnance du 20 juillet 2016 relative au droit d'être entendu dans le cadre d'une pétition adressée "
                        "au Parlement (seuil abaissé de 5 000 à 1 000 signatures par l'ordonnance adoptée le 3 juillet 2020) ; "
                        "ordonnance spéciale du 20 juillet 2016 modifiant les modalités d'exercice du droit de pétition ; "
                        "règlement du Parlement pour la procédure",
        "legal_source_url": "https://www.parlement.brussels/petitions/",
        "sources_note_fr": "Vérifié sur parlement.brussels (pages « Droit de pétition » et communiqué du 3 juillet 2020) : "
                           "1 000 signatures de personnes domiciliées dans la Région et âgées de 16 ans accomplis ouvrent le "
                           "droit d'être entendu ; réponse au plus tard 6 mois après le dépôt. Le texte de 2016 (5 000 "
                           "signatures à l'origine) est publié sur etaamb.openjustice.be. À vérifier dans la source citée : "
                           "la date et la publication au Moniteur belge de l'ordonnance de 2020 ; les mêmes chiffres pour une "
                           "pétition au Parlement francophone bruxellois (COCOF). Les 12 mois ouverts aux signatures sont un "
                           "choix de la plateforme.",
        "sources_note_nl": "Nagekeken op parlement.brussels (pagina's „Petitierecht” en persbericht van 3 juli 2020): 1.000 "
                           "handtekeningen van personen die in het Gewest gedomicilieerd zijn en minstens 16 jaar oud zijn, "
                           "openen het hoorrecht; antwoord uiterlijk 6 maanden na de indiening. De tekst van 2016 (oorspronkelijk "
                           "5.000 handtekeningen) staat op etaamb.openjustice.be. Na te kijken in de vermelde bron: de datum en "
                           "de bekendmaking in het Belgisch Staatsblad van de ordonnantie van 2020; dezelfde cijfers voor een "
                           "petitie aan het Parlement van de Franstalige Brusselaars (COCOF). De 12 maanden om te ondertekenen "
                           "zijn een keuze van het platform.",
        "sources_note_en": "Checked on parlement.brussels (the “Right of petition” page and the press release of 3 July 2020): "
                           "1,000 signatures of people domiciled in the Region and aged 16 or over open the right to be heard; "
                           "an answer at the latest 6 months after filing. The 2016 text (5,000 signatures at first) is "
                           "published on etaamb.openjustice.be. To be checked against the cited source: the date and the "
                           "Belgian Official Gazette publication of the 2020 ordinance; the same figures for a petition to the "
                           "French-speaking Brussels Parliament (COCOF). The 12 months open for signatures are the platform's "
                           "choice.",
    },
    {
        "kind": "suggestion", "levels": "region,cocom,cocof", "threshold": 1000, "minimum_age": 16, "residence": "region",
        "signing_months": 12, "answer_months": 6, "same_subject_months": 12,
        "signers_give": "name, commune, date of birth",
        "name_fr": "Suggestion citoyenne pour une commission délibérative",
        "name_nl": "Burgervoorstel voor een overlegcommissie",
        "name_en": "Citizens' suggestion for a deliberative committee",
        "description_fr": "1 000 signatures de personnes âgées de 16 ans accomplis et résidant dans la Région ; le Parlement "
                          "décide de constituer ou non une commission délibérative et publie la justification d'un refus ; "
                          "le même sujet peut revenir après 12 mois.",
        "description_nl": "1.000 handtekeningen van personen van minstens 16 jaar die in het Gewest verblijven; het Parlement "
                          "beslist of het een overlegcommissie opricht en maakt de verantwoording van een weigering bekend; "
                          "hetzelfde onderwerp kan na 12 maanden terugkomen.",
        "description_en": "1,000 signatures of people aged 16 or over residing in the Region; the Parliament decides whether to "
                          "set up a deliberative committee and publishes the reasons for a refusal; the same subject may come "
                          "back after 12 months.",
        "panels_note_fr": "Une commission délibérative du Parlement régional (ou de la COCOM) réunit 45 citoyens tirés au sort "
                          "et 15 députés ; pour la COCOF, 36 citoyens et 12 députés. Le tirage se fait avec l'outil des "
                          "panels citoyens.",
        "panels_note_nl": "Een overlegcommissie van het Gewestparlement (of de GGC) bestaat uit 45 via loting gekozen burgers en "
                          "15 parlementsleden; voor de COCOF 36 burgers en 12 parlementsleden. De loting gebeurt met de tool "
                          "voor burgerpanels.",
        "panels_note_en": "A deliberative committee of the regional Parliament (or the COCOM) brings together 45 citizens drawn "
                          "by lot and 15 members of parliament; for the COCOF, 36 citizens and 12 members. The draw is made "
                          "with the citizens' panels tool.",
        "legal_source": "Règlement du Parlement de la Région de Bruxelles-Capitale et de l'Assemblée réunie de la Commission "
                        "communautaire commune, dispositions sur les commissions délibératives (modification de décembre "
                        "2019), et leur vade-mecum",
        "legal_source_url": "https://democratie.brussels/pages/faq_cd",
        "sources_note_fr": "Vérifié sur democratie.brussels (schéma et FAQ des commissions délibératives) et "
                           "participation.brussels : 1 000 signatures de résidents de 16 ans accomplis ; 45 citoyens et 15 "
                           "députés (Région, COCOM), 36 et 12 (COCOF) ; justification publique d'un refus ; une suggestion non "
                           "retenue peut être réintroduite, la FAQ parlant d'un « délai de 12 mois ». À vérifier dans la source "
                           "citée : les articles du règlement, le sens exact du délai de 12 mois, et le délai de réponse de 6 "
                           "mois, qui n'a pas été trouvé pour les suggestions.",
        "sources_note_nl": "Nagekeken op democratie.brussels (schema en FAQ van de overlegcommissies) en participation.brussels: "
                           "1.000 handtekeningen van inwoners van minstens 16 jaar; 45 burgers en 15 parlementsleden (Gewest, "
                           "GGC), 36 en 12 (COCOF); openbare verantwoording van een weigering; een niet geselecteerd voorstel "
                           "mag opnieuw worden ingediend, de FAQ spreekt van „binnen 12 maanden”. Na te kijken in de vermelde "
                           "bron: de artikelen van het reglement, de precieze betekenis van de termijn van 12 maanden, en de "
                           "antwoordtermijn van 6 maanden, die voor burgervoorstellen niet werd gevonden.",
        "sources_note_en": "Checked on democratie.brussels (the deliberative committees' diagram and FAQ) and "
                           "participation.brussels: 1,000 signatures of residents aged 16 or over; 45 citizens and 15 members "
                           "(Region, COCOM), 36 and 12 (COCOF); public reasons for a refusal; a suggestion not taken up may be "
                           "filed again, the FAQ speaking of a “period of 12 months”. To be checked against the cited source: "
                           "the articles of the Rules, the exact meaning of the 12-month period, and the 6-month answer clock, "
                           "not found for suggestions.",
    },
    {
        "kind": "interpellation", "levels": "commune", "threshold": 25, "minimum_age": 16, "residence": "commune",
        "signing_months": 3, "answer_months": 0, "same_subject_months": 3, "days_before_sitting": 13,
        "max_per_sitting": 3, "quiet_months_before_elections": 6, "next_communal_elections": "2030-10-13",
        "signers_give": "name, address in the commune, date of birth",
        "name_fr": "Interpellation citoyenne au conseil communal", "name_nl": "Burgerinterpellatie in de gemeenteraad",
        "name_en": "Communal citizens' interpellation",
        "description_fr": "Au moins 25 habitants de la commune âgés de 16 ans (20 dans le texte de 2006) ; déposée dans le "
                          "délai que fixe le règlement d'ordre intérieur du conseil (13 jours calendrier à Ixelles) ; 3 au plus "
                          "par séance ; irrecevable pour un cas personnel, une matière de huis clos, un sujet déjà à l'ordre du "
                          "jour ou ayant fait l'objet d'une interpellation au cours des 3 derniers mois ; aucune dans les 6 mois "
                          "qui précèdent les élections communales.",
        "description_nl": "Minstens 25 inwoners van de gemeente van 16 jaar of ouder (20 in de tekst van 2006); ingediend "
                          "binnen de termijn die het huishoudelijk reglement van de raad vastlegt (13 kalenderdagen in "
                          "Elsene); hoogstens 3 per zitting; onontvankelijk voor een persoonlijk geval, een zaak met gesloten "
                          "deuren, een onderwerp dat al op de agenda staat of de voorbije 3 maanden al het voorwerp van een "
                          "interpellatie was; geen enkele in de 6 maanden vóór de gemeenteraadsverkiezingen.",
        "description_en": "At least 25 inhabitants of the municipality aged 16 or over (20 in the 2006 text); filed within "
                          "the time the council's rules of procedure set (13 calendar days in Ixelles); at most 3 per sitting; "
                          "inadmissible for a personal case, a closed-session matter, a subject already on the agenda or one "
                          "that was the subject of an interpellation in the last 3 months; none in the 6 months before "
                          "communal elections.",
        "legal_source": "Nouvelle loi communale, art. 89bis (inséré par l'ordonnance du 20 juillet 2006 relative au droit "
                        "d'interpellation des habitants d'une commune), modifiée par l'ordonnance du 22 février 2024 (droit "
                        "d'expression des citoyens, art. 317/1 à 317/3), et le règlement d'ordre intérieur de chaque conseil "
                        "communal",
        "legal_source_url": "https://etaamb.openjustice.be/fr/ordonnance-du-20-juillet-2006_n2006031391.html",
        "sources_note_fr": "Vérifié : ordonnance du 20 juillet 2006 (etaamb.openjustice.be) — 20 habitants de 16 ans, 3 "
                           "interpellations par séance, irrecevable si le sujet a fait l'objet d'une interpellation au cours "
                           "des 3 derniers mois ; 25 habitants dans le texte en vigueur (equal-partners.eu, qui commente la réforme "
                           "de 2024 ; pages d'Ixelles et de la Ville de Bruxelles) ; pas d'interpellation dans les 6 mois avant les élections communales "
                           "depuis mars 2024 (anderlecht.be). Le délai avant la séance vient de chaque règlement d'ordre "
                           "intérieur (13 jours calendrier à Ixelles, 12 jours francs à Watermael-Boitsfort). À vérifier dans "
                           "la source citée : le texte consolidé de l'ordonnance du 22 février 2024 et sa publication au "
                           "Moniteur belge.",
        "sources_note_nl": "Nagekeken: ordonnantie van 20 juli 2006 (etaamb.openjustice.be) — 20 inwoners van 16 jaar, 3 "
                           "interpellaties per zitting, onontvankelijk als het onderwerp de voorbije 3 maanden al het voorwerp "
                           "van een interpellatie was; 25 inwoners in de geldende tekst (equal-partners.eu, over de hervorming van "
                           "2024; pagina's van Elsene en de Stad Brussel); geen interpellatie in de 6 maanden vóór de gemeenteraadsverkiezingen "
                           "sinds maart 2024 (anderlecht.be). De termijn vóór de zitting komt uit elk huishoudelijk reglement "
                           "(13 kalenderdagen in Elsene, 12 volle dagen in Watermaal-Bosvoorde). Na te kijken in de vermelde "
                           "bron: de gecoördineerde tekst van de ordonnantie van 22 februari 2024 en de bekendmaking ervan in "
                           "het Belgisch Staatsblad.",
        "sources_note_en": "Checked: ordinance of 20 July 2006 (etaamb.openjustice.be) — 20 inhabitants aged 16, 3 "
                           "interpellations per sitting, inadmissible when the subject was the subject of an interpellation in "
                           "the last 3 months; 25 inhabitants in the text in force (equal-partners.eu, on the 2024 reform; the "
                           "pages of Ixelles and the City of Brussels); no interpellation in the 6 months before communal elections since March 2024 "
                           "(anderlecht.be). The time before the sitting comes from each council's rules of procedure (13 "
                           "calendar days in Ixelles, 12 clear days in Watermael-Boitsfort). To be checked against the cited "
                           "source: the consolidated text of the ordinance of 22 February 2024 and its Belgian Official Gazette "
                           "publication.",
    },
]


def install(Channel) -> None:
    """Create the channels that do not exist yet (an administrator's changes are kept). Works with the historical
    model of a migration too: values of fields it does not have yet are left out."""
    fields = {field.name for field in Channel._meta.get_fields()}
    for values in DEFAULTS:
        values = dict(values)
        kind = values.pop("kind")
        values["name"] = values["name_fr"]
        values["description"] = values["description_fr"]
        for name in ("panels_note", "sources_note"):
            if f"{name}_fr" in values:
                values[name] = values[f"{name}_fr"]
        Channel.objects.get_or_create(kind=kind, defaults={key: value for key, value in values.items() if key in fields})
