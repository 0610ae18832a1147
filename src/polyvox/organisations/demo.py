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


#: The organisations' names in Dutch (and English where it differs from French), by slug. Municipal
#: administrations are named from their municipality's Dutch name ("Gemeente Anderlecht", "Stad Brussel").
NAMES_NL = {
    "service-participation": "Dienst Participatie (perspective.brussels)",
    "bruxelles-mobilite": "Brussel Mobiliteit",
    "bruxelles-environnement": "Leefmilieu Brussel",
    "parlement-bruxellois": "Brussels Parlement",
    "parlement-francophone-bruxellois": "Parlement francophone bruxellois",
    "chambre-des-representants": "Kamer van volksvertegenwoordigers van België",
    "cocof": "Franse Gemeenschapscommissie (COCOF)",
    "vgc": "Vlaamse Gemeenschapscommissie (VGC)",
    "cocom": "Gemeenschappelijke Gemeenschapscommissie (GGC)",
    "cpas-saint-gilles": "OCMW van Sint-Gillis",
    "cpas-bruxelles": "OCMW van de Stad Brussel",
    "cpas-forest": "OCMW van Vorst",
    "logement-molenbeekois": "Le Logement Molenbeekois (OVM)",
    "foyer-schaerbeekois": "Le Foyer Schaerbeekois (OVM)",
    "collectif-citoyen": "Burgercollectief",
    "federation-des-services-sociaux": "Fédération des Services Sociaux (FdSS)",
    "bral": "BRAL, stadsbeweging voor Brussel",
    "comite-quartier-helmet": "Wijkcomité Helmet",
    "collectif-potagers-forest": "Collectief van de moestuinen van Vorst",
    "collectif-velo-jette": "Collectief Jette met de fiets",
}
NAMES_FR = {"vgc": "Commission communautaire flamande (VGC)"}
NAMES_EN = {
    "service-participation": "Participation Service (perspective.brussels)",
    "bruxelles-mobilite": "Brussels Mobility",
    "bruxelles-environnement": "Brussels Environment",
    "parlement-bruxellois": "Brussels Parliament",
    "chambre-des-representants": "Belgian Chamber of Representatives",
    "cocof": "French Community Commission (COCOF)",
    "vgc": "Flemish Community Commission (VGC)",
    "cocom": "Common Community Commission (COCOM)",
    "cpas-saint-gilles": "Public Centre for Social Welfare of Saint-Gilles",
    "cpas-bruxelles": "Public Centre for Social Welfare of the City of Brussels",
    "cpas-forest": "Public Centre for Social Welfare of Forest",
    "bral": "BRAL, urban movement for Brussels",
    "comite-quartier-helmet": "Helmet neighbourhood committee",
    "collectif-potagers-forest": "Forest community gardens collective",
    "collectif-velo-jette": "Jette by bike collective",
}


def _municipal_names(municipality, name_fr: str) -> tuple[str, str]:
    """The Dutch and English names of a municipal administration."""
    if municipality is None:
        return name_fr, name_fr
    if municipality.nis_code == "21004":
        return "Stad Brussel", "City of Brussels"
    return f"Gemeente {municipality.name_nl}", f"Municipality of {municipality.name_fr}"


def load(out, options):
    municipalities = {m.nis_code: m for m in Municipality.objects.all()}
    count = 0
    for nis_code, slug, name, website in MUNICIPALITIES:
        municipality = municipalities.get(nis_code)
        name_nl, name_en = _municipal_names(municipality, name)
        _save(slug, name, K.MUNICIPALITY, municipality, website, "", False, name_nl, name_en)
        count += 1
    for slug, name, kind, nis_code, website, email, invented in OTHER_BODIES:
        _save(slug, NAMES_FR.get(slug, name), kind, municipalities.get(nis_code) if nis_code else None, website, email,
              invented, NAMES_NL.get(slug, name), NAMES_EN.get(slug, NAMES_FR.get(slug, name)))
        count += 1
    out.write(f"  organisations: {count} public bodies and collectives")


def _save(slug, name, kind, municipality, website, email, invented, name_nl="", name_en=""):
    Organisation.objects.update_or_create(
        slug=slug,
        defaults={
            "name": name,
            "name_fr": name,
            "name_nl": name_nl or name,
            "name_en": name_en or name,
            "kind": kind,
            "municipality": municipality,
            "website": website,
            "email": email,
            "is_example": invented,
        },
    )
