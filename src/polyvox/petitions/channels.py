"""The three Brussels channels as shipped: defaults an administrator changes in the back office, each with its source."""

from __future__ import annotations

DEFAULTS = [
    {
        "kind": "petition", "levels": "region,cocom,cocof", "threshold": 1000, "minimum_age": 16, "residence": "region",
        "signing_months": 12, "answer_months": 6, "same_subject_months": 0,
        "signers_give": "name, commune, date of birth",
        "name_fr": "Pétition au Parlement bruxellois", "name_nl": "Petitie aan het Brussels Parlement",
        "name_en": "Petition to the Brussels Parliament",
        "description_fr": "1 000 signatures de personnes domiciliées dans la Région et âgées d'au moins 16 ans donnent à l'auteur le droit d'être entendu en commission ; réponse dans les 6 mois. Elle concerne la Région, la COCOM ou la COCOF.",
        "description_nl": "1.000 handtekeningen van personen die in het Gewest gedomicilieerd zijn en minstens 16 jaar oud zijn, geven de indiener het recht om in de commissie gehoord te worden; antwoord binnen 6 maanden. Ze betreft het Gewest, de GGC of de COCOF.",
        "description_en": "1,000 signatures of people domiciled in the Region and aged 16 or over give the author the right to be heard in committee; an answer within 6 months. It concerns the Region, the COCOM or the COCOF.",
        "legal_source": "Règlement du Parlement de la Région de Bruxelles-Capitale, titre « Pétitions » (droit d'être entendu à partir de 1 000 signatures, 16 ans, réforme de 2019)",
        "legal_source_url": "https://www.parlement.brussels/",
    },
    {
        "kind": "suggestion", "levels": "region,cocom,cocof", "threshold": 1000, "minimum_age": 16, "residence": "region",
        "signing_months": 12, "answer_months": 6, "same_subject_months": 12,
        "signers_give": "name, commune, date of birth",
        "name_fr": "Suggestion citoyenne pour une commission délibérative",
        "name_nl": "Burgervoorstel voor een overlegcommissie",
        "name_en": "Citizens' suggestion for a deliberative committee",
        "description_fr": "1 000 signatures de résidents âgés d'au moins 16 ans ; un refus est motivé publiquement ; le même sujet peut revenir après 12 mois.",
        "description_nl": "1.000 handtekeningen van inwoners van minstens 16 jaar; een weigering wordt openbaar gemotiveerd; hetzelfde onderwerp kan na 12 maanden terugkomen.",
        "description_en": "1,000 signatures of residents aged 16 or over; a refusal is justified publicly; the same subject may come back after 12 months.",
        "panels_note_fr": "Une commission délibérative réunit 45 citoyens tirés au sort et 15 députés ; le tirage se fait avec l'outil des panels citoyens.",
        "panels_note_nl": "Een overlegcommissie bestaat uit 45 via loting gekozen burgers en 15 parlementsleden; de loting gebeurt met de tool voor burgerpanels.",
        "panels_note_en": "A deliberative committee brings together 45 citizens drawn by lot and 15 members of parliament; the draw is made with the citizens' panels tool.",
        "legal_source": "Règlement du Parlement de la Région de Bruxelles-Capitale, art. 25/1 et suivants (commissions délibératives, 2019)",
        "legal_source_url": "https://www.parlement.brussels/",
    },
    {
        "kind": "interpellation", "levels": "commune", "threshold": 25, "minimum_age": 16, "residence": "commune",
        "signing_months": 3, "answer_months": 0, "same_subject_months": 3, "days_before_sitting": 13,
        "max_per_sitting": 3, "quiet_months_before_elections": 6, "next_communal_elections": "2030-10-13",
        "signers_give": "name, address in the commune, date of birth",
        "name_fr": "Interpellation citoyenne au conseil communal", "name_nl": "Burgerinterpellatie in de gemeenteraad",
        "name_en": "Communal citizens' interpellation",
        "description_fr": "Au moins 25 habitants de la commune âgés de 16 ans (20 dans certaines communes) ; déposée au moins 13 jours avant la séance du conseil ; 3 au plus par séance ; refusée pour un cas personnel, un sujet traité dans les 3 derniers mois ou une matière de huis clos ; aucune dans les 6 mois qui précèdent les élections communales.",
        "description_nl": "Minstens 25 inwoners van de gemeente van 16 jaar of ouder (20 in sommige gemeenten); ingediend minstens 13 dagen vóór de gemeenteraad; hoogstens 3 per zitting; geweigerd voor een persoonlijk geval, een onderwerp dat de voorbije 3 maanden behandeld werd of een zaak met gesloten deuren; geen enkele in de 6 maanden vóór de gemeenteraadsverkiezingen.",
        "description_en": "At least 25 inhabitants of the municipality aged 16 or over (20 in some municipalities); filed at least 13 days before the council sitting; at most 3 per sitting; refused for a personal case, a subject treated in the last 3 months or a closed-session matter; none in the 6 months before communal elections.",
        "legal_source": "Nouvelle loi communale (Région de Bruxelles-Capitale), art. 89bis, et le règlement d'ordre intérieur de chaque conseil communal",
        "legal_source_url": "https://www.ejustice.just.fgov.be/",
    },
]


def install(Channel) -> None:
    """Create the channels that do not exist yet (an administrator's changes are kept)."""
    for values in DEFAULTS:
        values = dict(values)
        kind = values.pop("kind")
        values["name"] = values["name_fr"]
        values["description"] = values["description_fr"]
        if "panels_note_fr" in values:
            values["panels_note"] = values["panels_note_fr"]
        Channel.objects.get_or_create(kind=kind, defaults=values)
