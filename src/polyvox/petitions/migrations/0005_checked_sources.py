"""The channels' rules as first shipped carried citations written from memory; they were checked against public
sources (see channels.py, `sources_note`). Texts an administrator has not changed take the checked ones; changed
ones are kept, and every channel gets the note of what was checked if it has none."""

from django.db import migrations

SHIPPED_BEFORE = {
    "petition": {
        "legal_source": "Règlement du Parlement de la Région de Bruxelles-Capitale, titre « Pétitions » (droit d'être entendu à partir de 1 000 signatures, 16 ans, réforme de 2019)",
        "legal_source_url": "https://www.parlement.brussels/",
        "description_fr": "1 000 signatures de personnes domiciliées dans la Région et âgées d'au moins 16 ans donnent à l'auteur le droit d'être entendu en commission ; réponse dans les 6 mois. Elle concerne la Région, la COCOM ou la COCOF.",
        "description_nl": "1.000 handtekeningen van personen die in het Gewest gedomicilieerd zijn en minstens 16 jaar oud zijn, geven de indiener het recht om in de commissie gehoord te worden; antwoord binnen 6 maanden. Ze betreft het Gewest, de GGC of de COCOF.",
        "description_en": "1,000 signatures of people domiciled in the Region and aged 16 or over give the author the right to be heard in committee; an answer within 6 months. It concerns the Region, the COCOM or the COCOF."
    },
    "suggestion": {
        "legal_source": "Règlement du Parlement de la Région de Bruxelles-Capitale, art. 25/1 et suivants (commissions délibératives, 2019)",
        "legal_source_url": "https://www.parlement.brussels/",
        "description_fr": "1 000 signatures de résidents âgés d'au moins 16 ans ; un refus est motivé publiquement ; le même sujet peut revenir après 12 mois.",
        "description_nl": "1.000 handtekeningen van inwoners van minstens 16 jaar; een weigering wordt openbaar gemotiveerd; hetzelfde onderwerp kan na 12 maanden terugkomen.",
        "description_en": "1,000 signatures of residents aged 16 or over; a refusal is justified publicly; the same subject may come back after 12 months.",
        "panels_note_fr": "Une commission délibérative réunit 45 citoyens tirés au sort et 15 députés ; le tirage se fait avec l'outil des panels citoyens.",
        "panels_note_nl": "Een overlegcommissie bestaat uit 45 via loting gekozen burgers en 15 parlementsleden; de loting gebeurt met de tool voor burgerpanels.",
        "panels_note_en": "A deliberative committee brings together 45 citizens drawn by lot and 15 members of parliament; the draw is made with the citizens' panels tool."
    },
    "interpellation": {
        "legal_source": "Nouvelle loi communale (Région de Bruxelles-Capitale), art. 89bis, et le règlement d'ordre intérieur de chaque conseil communal",
        "legal_source_url": "https://www.ejustice.just.fgov.be/",
        "description_fr": "Au moins 25 habitants de la commune âgés de 16 ans (20 dans certaines communes) ; déposée au moins 13 jours avant la séance du conseil ; 3 au plus par séance ; refusée pour un cas personnel, un sujet traité dans les 3 derniers mois ou une matière de huis clos ; aucune dans les 6 mois qui précèdent les élections communales.",
        "description_nl": "Minstens 25 inwoners van de gemeente van 16 jaar of ouder (20 in sommige gemeenten); ingediend minstens 13 dagen vóór de gemeenteraad; hoogstens 3 per zitting; geweigerd voor een persoonlijk geval, een onderwerp dat de voorbije 3 maanden behandeld werd of een zaak met gesloten deuren; geen enkele in de 6 maanden vóór de gemeenteraadsverkiezingen.",
        "description_en": "At least 25 inhabitants of the municipality aged 16 or over (20 in some municipalities); filed at least 13 days before the council sitting; at most 3 per sitting; refused for a personal case, a subject treated in the last 3 months or a closed-session matter; none in the 6 months before communal elections."
    }
}


def correct(apps, schema_editor):
    from polyvox.petitions.channels import DEFAULTS

    Channel = apps.get_model("petitions", "Channel")
    for values in DEFAULTS:
        channel = Channel.objects.filter(kind=values["kind"]).first()
        if channel is None:
            continue
        before = SHIPPED_BEFORE.get(values["kind"], {})
        changed = []
        for name, old in before.items():
            if getattr(channel, name) == old and name in values:
                setattr(channel, name, values[name])
                changed.append(name)
        for base in ("description", "panels_note"):
            if f"{base}_fr" in changed:
                setattr(channel, base, values[f"{base}_fr"])
                changed.append(base)
        for code in ("fr", "nl", "en"):
            name = f"sources_note_{code}"
            if not getattr(channel, name) and name in values:
                setattr(channel, name, values[name])
                changed.append(name)
        if not channel.sources_note and values.get("sources_note_fr"):
            channel.sources_note = values["sources_note_fr"]
            changed.append("sources_note")
        if changed:
            channel.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [("petitions", "0004_same_subject_uploads_mail")]
    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
