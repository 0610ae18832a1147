"""Demo data: the public bodies and citizen collectives of the Brussels-Capital Region that organise
initiatives (the providers are created by the procurement demo, not here).

Idempotent: every organisation is created or updated by its slug. Municipal bodies (municipalities,
CPAS, public housing companies) are linked to their municipality of places.Municipality.
"""

from polyvox.organisations.models import Organisation, OrganisationKind
from polyvox.places.models import Municipality

K = OrganisationKind

# The 19 municipalities: (NIS code, slug, name of the municipal administration, website or "").
MUNICIPALITIES = [
    ("21001", "commune-anderlecht", "Commune d'Anderlecht", "https://www.anderlecht.be"),
    ("21002", "commune-auderghem", "Commune d'Auderghem", ""),
    ("21003", "commune-berchem-sainte-agathe", "Commune de Berchem-Sainte-Agathe", ""),
    ("21004", "ville-de-bruxelles", "Ville de Bruxelles", "https://www.bruxelles.be"),
    ("21005", "commune-etterbeek", "Commune d'Etterbeek", ""),
    ("21006", "commune-evere", "Commune d'Evere", ""),
    ("21007", "commune-forest", "Commune de Forest", ""),
    ("21008", "commune-ganshoren", "Commune de Ganshoren", ""),
    ("21009", "commune-ixelles", "Commune d'Ixelles", ""),
    ("21010", "commune-jette", "Commune de Jette", ""),
    ("21011", "commune-koekelberg", "Commune de Koekelberg", ""),
    ("21012", "commune-molenbeek", "Commune de Molenbeek-Saint-Jean", ""),
    ("21013", "commune-saint-gilles", "Commune de Saint-Gilles", ""),
    ("21014", "commune-saint-josse", "Commune de Saint-Josse-ten-Noode", ""),
    ("21015", "commune-schaerbeek", "Commune de Schaerbeek", "https://www.1030.be"),
    ("21016", "commune-uccle", "Commune d'Uccle", ""),
    ("21017", "commune-watermael-boitsfort", "Commune de Watermael-Boitsfort", ""),
    ("21018", "commune-woluwe-saint-lambert", "Commune de Woluwe-Saint-Lambert", ""),
    ("21019", "commune-woluwe-saint-pierre", "Commune de Woluwe-Saint-Pierre", ""),
]

# Other bodies: (slug, name, kind, NIS code of their municipality or None, website, e-mail, invented?).
OTHER_BODIES = [
    ("service-participation", "Service de la Participation (perspective.brussels)", K.REGIONAL_ADMINISTRATION, None,
     "https://participation.brussels", "participation@perspective.brussels", False),
    ("perspective-brussels", "perspective.brussels", K.REGIONAL_ADMINISTRATION, None,
     "https://perspective.brussels", "", False),
    ("urban-brussels", "urban.brussels", K.REGIONAL_ADMINISTRATION, None, "https://urban.brussels", "", False),
    ("bruxelles-mobilite", "Bruxelles Mobilité", K.REGIONAL_ADMINISTRATION, None, "", "", False),
    ("bruxelles-environnement", "Bruxelles Environnement", K.REGIONAL_ADMINISTRATION, None,
     "https://environnement.brussels", "", False),
    ("equal-brussels", "equal.brussels", K.REGIONAL_ADMINISTRATION, None, "https://equal.brussels", "", False),
    ("parlement-bruxellois", "Parlement bruxellois", K.PARLIAMENT, None, "https://www.parlement.brussels", "", False),
    ("parlement-francophone-bruxellois", "Parlement francophone bruxellois", K.PARLIAMENT, None, "", "", False),
    ("chambre-des-representants", "Chambre des représentants de Belgique", K.PARLIAMENT, None,
     "https://www.lachambre.be", "", False),
    ("cocof", "Commission communautaire française (COCOF)", K.COMMUNITY_COMMISSION, None, "", "", False),
    ("vgc", "Vlaamse Gemeenschapscommissie (VGC)", K.COMMUNITY_COMMISSION, None, "https://www.vgc.be", "", False),
    ("cocom", "Commission communautaire commune (COCOM)", K.COMMUNITY_COMMISSION, None, "", "", False),
    ("cpas-saint-gilles", "CPAS de Saint-Gilles", K.CPAS, "21013", "", "", False),
    ("cpas-bruxelles", "CPAS de la Ville de Bruxelles", K.CPAS, "21004", "", "", False),
    ("cpas-forest", "CPAS de Forest", K.CPAS, "21007", "", "", False),
    ("logement-molenbeekois", "Le Logement Molenbeekois (SISP)", K.SISP, "21012", "", "", False),
    ("foyer-schaerbeekois", "Le Foyer Schaerbeekois (SISP)", K.SISP, "21015", "", "", False),
    ("collectif-citoyen", "Collectif Citoyen", K.CITIZEN_COLLECTIVE, None, "", "", False),
    ("federation-des-services-sociaux", "Fédération des Services Sociaux (FdSS)", K.CITIZEN_COLLECTIVE, None,
     "https://fdss.be", "", False),
    ("bral", "BRAL, mouvement urbain pour Bruxelles", K.CITIZEN_COLLECTIVE, None, "https://bral.brussels", "", False),
    ("comite-quartier-helmet", "Comité de quartier Helmet", K.CITIZEN_COLLECTIVE, "21015", "", "", True),
    ("collectif-potagers-forest", "Collectif des potagers de Forest", K.CITIZEN_COLLECTIVE, "21007", "", "", True),
    ("collectif-velo-jette", "Collectif Jette à vélo", K.CITIZEN_COLLECTIVE, "21010", "", "", True),
]


def load(out, options):
    municipalities = {m.nis_code: m for m in Municipality.objects.all()}
    count = 0
    for nis_code, slug, name, website in MUNICIPALITIES:
        _save(slug, name, K.MUNICIPALITY, municipalities.get(nis_code), website, "", False)
        count += 1
    for slug, name, kind, nis_code, website, email, invented in OTHER_BODIES:
        _save(slug, name, kind, municipalities.get(nis_code) if nis_code else None, website, email, invented)
        count += 1
    out.write(f"  organisations: {count} public bodies and collectives")


def _save(slug, name, kind, municipality, website, email, invented):
    Organisation.objects.update_or_create(
        slug=slug,
        defaults={
            "name": name,
            "kind": kind,
            "municipality": municipality,
            "website": website,
            "email": email,
            "is_example": invented,
        },
    )
