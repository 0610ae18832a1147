"""Demo data: the inventory of participation initiatives, in French, Dutch and English.

`load(out, options)` creates or updates (by slug) the themes, participation actions and democratic
values, then every initiative the seeds name and plausible others (marked `is_example`), with their
steps, follow-up entries and links (replaced on each run). `options["synthetic"] = N` adds N generated
initiatives `synthetic-1` ... `synthetic-N` for load tests (bulk inserts; re-running adds nothing).
"""

import functools
import random
import textwrap
import zlib
from datetime import date, timedelta

from django.db import connection
from django.db.models.base import ModelState

from polyvox.core.text import search_key
from polyvox.initiatives.models import (
    DemocraticValue, FollowUp, GovernanceLevel, Initiative, Link, ParticipationAction, PublicationState, Status,
    Step, Theme,
)
from polyvox.organisations.models import Organisation
from polyvox.places.models import Municipality
from polyvox.toolbox.models import Method, MethodFamily

LANGS = ("fr", "nl", "en")
SYNTHETIC_SEED = 20261121
SYNTHETIC_PREFIX = "synthetic-"


def load(out, options):
    context = _Context()
    for model, rows in ((Theme, THEMES), (ParticipationAction, ACTIONS), (DemocraticValue, VALUES)):
        for slug, *names in rows:
            model.objects.update_or_create(slug=slug, defaults=_translated("name", names))
    context.prepare()
    for spec in INITIATIVES:
        _save_initiative(spec, context)
    published = sum(1 for spec in INITIATIVES if spec.get("state", "published") == "published")
    out.write(
        f"  initiatives: {len(INITIATIVES)} ({published} published), {len(THEMES)} themes, "
        f"{len(ACTIONS)} participation actions, {len(VALUES)} democratic values"
    )
    wanted = int(options.get("synthetic") or 0)
    if wanted > 0:
        added = add_synthetic(wanted, context)
        out.write(f"  synthetic initiatives: {added} added ({wanted} wanted)")


def add_synthetic(count: int, context=None) -> int:
    """Add the generated initiatives synthetic-1 ... synthetic-<count> that do not exist yet."""
    if context is None:
        context = _Context()
        context.prepare()
    existing = set(
        Initiative.objects.filter(slug__startswith=SYNTHETIC_PREFIX).values_list("slug", flat=True)
    )
    numbers = [n for n in range(1, count + 1) if f"{SYNTHETIC_PREFIX}{n}" not in existing]
    if not numbers:
        return 0
    generator = _SyntheticGenerator(context)
    objects, relations = [], []
    for n in numbers:
        initiative, links = generator.build(n)  # bulk_create skips save(): the search text is set by build()
        objects.append(initiative)
        relations.append(links)
    Initiative.objects.bulk_create(objects, batch_size=500)
    if any(obj.pk is None for obj in objects):  # backends that do not return ids
        ids = dict(Initiative.objects.filter(slug__startswith=SYNTHETIC_PREFIX).values_list("slug", "pk"))
        for obj in objects:
            obj.pk = obj.id = ids[obj.slug]
    steps = []
    for obj, links in zip(objects, relations):
        steps.extend(_instance(Step, initiative_id=obj.pk, **fields) for fields in links["steps"])
    Step.objects.bulk_create(steps, batch_size=1000)
    # The many-to-many rows: plain two-column inserts (model instances would cost more than the insert).
    with connection.cursor() as cursor:
        for name in ("themes", "methods", "participation_actions", "democratic_values"):
            field = Initiative._meta.get_field(name)
            through = field.remote_field.through._meta
            source = through.get_field(field.m2m_field_name()).column
            target = through.get_field(field.m2m_reverse_field_name()).column
            rows = [(obj.pk, pk) for obj, links in zip(objects, relations) for pk in links[name]]
            cursor.executemany(
                f"INSERT INTO {connection.ops.quote_name(through.db_table)} "
                f"({connection.ops.quote_name(source)}, {connection.ops.quote_name(target)}) VALUES (%s, %s)",
                rows,
            )
    return len(objects)


# --- helpers ---------------------------------------------------------------------------------------


class _Context:
    """The records the demo links to, looked up once: municipalities, organisations, families, methods..."""

    def prepare(self):
        self.municipalities = {m.nis_code: m for m in Municipality.objects.all()}
        self.organisations = {o.slug: o for o in Organisation.objects.all()}
        self.families_by_slug = {f.slug: f for f in MethodFamily.objects.all()}
        self.families_by_number = {f.number: f for f in self.families_by_slug.values()}
        self.methods = {m.slug: m for m in Method.objects.all()}
        self.themes = {t.slug: t for t in Theme.objects.all()}
        self.actions = {a.slug: a for a in ParticipationAction.objects.all()}
        self.values = {v.slug: v for v in DemocraticValue.objects.all()}
        try:
            from polyvox.procurement.models import Provider

            self.providers = {p.organisation.slug: p for p in Provider.objects.select_related("organisation")}
        except Exception:  # noqa: BLE001 - the providers' directory is optional for the inventory
            self.providers = {}

    def family(self, slug):
        """A method family by slug, else by its number in the seed's order (the toolbox owns the slugs)."""
        if not slug:
            return None
        return self.families_by_slug.get(slug) or self.families_by_number.get(FAMILY_NUMBERS.get(slug))

    def organisation(self, slug):
        organisation = self.organisations.get(slug)
        if organisation is None:
            raise LookupError(f"initiatives demo: organisation {slug!r} missing (organisations demo not loaded?)")
        return organisation


def _translated(field, texts):
    texts = tuple(texts) + ("",) * (3 - len(texts))
    return {f"{field}_{lang}": _clean(text) for lang, text in zip(LANGS, texts)}


def _clean(text):
    return textwrap.dedent(text or "").strip()


def _point(slug, municipality, place):
    """The map point: the given place, else the municipality's centroid (or the region's centre) moved
    by a small offset derived from the slug, so that markers of one municipality do not overlap."""
    if place:
        return place
    base = _centre(municipality) if municipality else REGION_CENTRE
    h = zlib.crc32(slug.encode())
    for scale in (1.0, 0.5, 0.25, 0.0):  # closer to the centroid until the point lies inside
        point = (
            round(base[0] + ((h & 0xFFFF) / 0xFFFF - 0.5) * 0.006 * scale, 6),
            round(base[1] + (((h >> 16) & 0xFFFF) / 0xFFFF - 0.5) * 0.008 * scale, 6),
        )
        if municipality is None or _inside(point, municipality.geometry):
            return point
    return point


def _centre(municipality):
    """A point inside the municipality: its centroid, except where the centroid falls outside (the City of
    Brussels, whose territory reaches from Haren to the Bois de la Cambre)."""
    return CENTRE_OVERRIDES.get(municipality.nis_code, (municipality.latitude, municipality.longitude))


def _inside(point, geometry) -> bool:
    """Whether (lat, lon) lies inside a GeoJSON Polygon or MultiPolygon (ray casting on the outer rings);
    true when the boundary is unknown."""
    if not geometry:
        return True
    y, x = point
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        ring, inside = polygon[0], False
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                inside = not inside
        if inside:
            return True
    return False


def _save_initiative(spec, context):
    municipality = context.municipalities.get(spec["municipality"]) if spec.get("municipality") else None
    latitude, longitude = _point(spec["slug"], municipality, spec.get("place"))
    defaults = {
        "start_date": date.fromisoformat(spec["start"]),
        "end_date": date.fromisoformat(spec["end"]) if spec.get("end") else None,
        "status": spec["status"],
        "method_family": context.family(spec.get("family")),
        "governance_level": spec["governance"],
        "municipality": municipality,
        "latitude": latitude,
        "longitude": longitude,
        "participation_level": spec["level"],
        "organiser": context.organisation(spec["organiser"]),
        "participants_count": spec.get("participants"),
        "is_example": spec.get("example", False),
        "publication_state": spec.get("state", PublicationState.PUBLISHED),
        "return_reason": spec.get("return_reason", ""),
    }
    for field in ("title", "summary", "body", "results"):
        defaults.update(_translated(field, spec.get(field) or ()))
    initiative, _created = Initiative.objects.update_or_create(slug=spec["slug"], defaults=defaults)
    initiative.methods.set([context.methods[s] for s in spec.get("methods", ()) if s in context.methods])
    initiative.themes.set([context.themes[s] for s in spec.get("themes", ())])
    initiative.participation_actions.set([context.actions[s] for s in spec.get("actions", ())])
    initiative.democratic_values.set([context.values[s] for s in spec.get("values", ())])
    initiative.providers.set([context.providers[s] for s in spec.get("providers", ()) if s in context.providers])
    initiative.steps.all().delete()
    Step.objects.bulk_create(
        Step(
            initiative=initiative,
            date=date.fromisoformat(when),
            end_date=date.fromisoformat(until) if until else None,
            **_translated("title", title),
            **_translated("description", description),
        )
        for when, until, title, description in spec.get("steps", ())
    )
    initiative.follow_ups.all().delete()
    FollowUp.objects.bulk_create(
        FollowUp(initiative=initiative, date=date.fromisoformat(when), **_translated("text", text))
        for when, text in spec.get("follow_ups", ())
    )
    initiative.links.all().delete()
    Link.objects.bulk_create(
        Link(initiative=initiative, url=url, **_translated("label", label)) for label, url in spec.get("links", ())
    )
    return initiative


def _instance(model, **values):
    """A new, unsaved instance for bulk_create, built without calling __init__: modeltranslation's __init__
    rewrites every keyword argument, which costs more than the insert itself for 10,000 rows. `values` are
    given by attname; the other concrete fields get their defaults."""
    instance = model.__new__(model)
    instance._state = ModelState()
    for field in model._meta.concrete_fields:
        if field.attname in values:
            instance.__dict__[field.attname] = values.pop(field.attname)
        else:
            instance.__dict__[field.attname] = field.get_default()
    if values:
        raise TypeError(f"{model.__name__}: unknown fields {sorted(values)}")
    return instance


class _SyntheticGenerator:
    """Varied, plausible initiatives from a trilingual vocabulary, the same for the same number."""

    def __init__(self, context):
        self.context = context
        self.municipalities = sorted(context.municipalities.values(), key=lambda m: m.nis_code)
        by_id = {m.pk: m for m in self.municipalities}
        self.organisations = {
            by_id[o.municipality_id].nis_code: o
            for o in context.organisations.values()
            if o.kind == "municipality" and o.municipality_id in by_id
        }
        self.regional = [o for o in context.organisations.values() if o.kind == "regional"] or list(
            context.organisations.values()
        )
        self.families = {number: context.families_by_number.get(number) for number in range(1, 8)}
        self.geometries = {m.pk: m.geometry for m in self.municipalities}
        self.key = functools.lru_cache(maxsize=100_000)(search_key)

    def build(self, n):
        rng = random.Random(SYNTHETIC_SEED * 100003 + n)
        number, formats, level_choices, action_slugs, method_slugs = rng.choice(SYNTHETIC_FORMATS)
        form = rng.choice(formats)
        topic = rng.choice(SYNTHETIC_TOPICS)
        municipality = rng.choice(self.municipalities) if self.municipalities else None
        regional = municipality is None or rng.random() < 0.08
        length = rng.choice((30, 60, 90, 120, 180, 270, 365, 540))
        status = rng.choices((Status.FINISHED, Status.ONGOING, Status.PLANNED), weights=(70, 22, 8))[0]
        if status == Status.FINISHED:  # over by the reference day
            start = SYNTHETIC_TODAY - timedelta(days=length + rng.randint(1, 365 * 8 - length))
        elif status == Status.ONGOING:  # started, not over
            start = SYNTHETIC_TODAY - timedelta(days=rng.randint(0, length - 1))
        else:  # starts within the next few weeks
            start = SYNTHETIC_TODAY + timedelta(days=rng.randint(1, 40))
        end = start + timedelta(days=length)
        year = start.year
        if regional:
            organiser = rng.choice(self.regional)
            governance = GovernanceLevel.REGIONAL
            where = ("en Région bruxelloise", "in het Brussels Gewest", "in the Brussels-Capital Region")
            point = (50.846 + rng.uniform(-0.03, 0.03), 4.357 + rng.uniform(-0.05, 0.05))
        else:
            organiser = self.organisations.get(municipality.nis_code) or rng.choice(self.regional)
            governance = rng.choice((GovernanceLevel.MUNICIPAL, GovernanceLevel.MUNICIPAL, GovernanceLevel.NEIGHBOURHOOD))
            where = (f"à {municipality.name_fr}", f"in {municipality.name_nl}", f"in {municipality.name_fr}")
            for _attempt in range(8):  # a random point inside the municipality, else its centroid
                centre = _centre(municipality)
                point = (centre[0] + rng.uniform(-0.01, 0.01), centre[1] + rng.uniform(-0.015, 0.015))
                if _inside(point, self.geometries.get(municipality.pk)):
                    break
            else:
                point = _centre(municipality)
        participants = rng.choice(SYNTHETIC_PARTICIPANTS[number])
        texts = {}
        texts["title"] = tuple(f"{form[i]} {SYNTHETIC_ABOUT[i]} {topic[i]} {where[i]} ({year})" for i in range(3))
        opening = rng.choice(SYNTHETIC_OPENINGS)
        method = rng.choice(SYNTHETIC_HOW)
        closing = rng.choice(SYNTHETIC_CLOSINGS)
        texts["summary"] = tuple(
            opening[i].format(organiser=organiser.name, topic=topic[i], where=where[i]) for i in range(3)
        )
        paragraphs = [
            (
                texts["summary"][i],
                method[i].format(participants=participants, topic=topic[i], form=form[i].lower()),
                closing[i].format(topic=topic[i]),
            )
            for i in range(3)
        ]
        texts["body"] = tuple("\n\n".join(paragraph) for paragraph in paragraphs)
        if status == Status.FINISHED:
            outcome = rng.choice(SYNTHETIC_RESULTS)
            count = rng.randint(3, 24)
            texts["results"] = tuple(outcome[i].format(count=count, topic=topic[i]) for i in range(3))
        fields = {}  # every translated column given at once: modeltranslation computes no defaults
        for field in ("title", "summary", "body", "results"):
            values = texts.get(field, ("", "", ""))
            fields[field] = values[0]
            fields.update({f"{field}_{lang}": text for lang, text in zip(LANGS, values)})
        initiative = _instance(
            Initiative,
            **fields,
            search_text=self.search_text(texts, paragraphs),
            slug=f"{SYNTHETIC_PREFIX}{n}",
            start_date=start,
            end_date=end,
            status=status,
            method_family_id=getattr(self.families.get(number), "pk", None),
            governance_level=governance,
            municipality_id=None if regional else municipality.pk,
            latitude=round(point[0], 6),
            longitude=round(point[1], 6),
            participation_level=rng.choice(level_choices),
            organiser_id=organiser.pk,
            participants_count=participants,
            is_example=True,
            publication_state=PublicationState.PUBLISHED,
        )
        themes = {topic[3], rng.choice(THEMES)[0]}
        links = {
            "themes": [self.context.themes[s].pk for s in themes if s in self.context.themes],
            "methods": [self.context.methods[s].pk for s in method_slugs if s in self.context.methods][:2],
            "participation_actions": [
                self.context.actions[s].pk for s in rng.sample(action_slugs, min(2, len(action_slugs)))
            ],
            "democratic_values": [self.context.values[s].pk for s in rng.sample([v[0] for v in VALUES], 2)],
            "steps": [
                {"date": day, **_translated("title", title), "title": title[0], **NO_DESCRIPTION}
                for day, title in (
                    (start, ("Lancement", "Start", "Launch")),
                    (start + timedelta(days=length // 2),
                     ("Rencontres avec les habitant·es", "Ontmoetingen met de bewoners", "Meetings with residents")),
                    (end, ("Restitution", "Terugkoppeling", "Report-back")),
                )
            ],
        }
        return initiative, links

    def search_text(self, texts, paragraphs) -> str:
        """What Initiative.build_search_text() gives (title, summary, body, results; FR, NL, EN), built from
        the search keys of the text's fragments, which repeat from one initiative to the next: the key of
        fragments joined by blanks is the keys joined by one space (the tests check it is the same)."""
        keys = []
        for field in ("title", "summary", "body", "results"):
            for i in range(3):
                fragments = paragraphs[i] if field == "body" else (texts.get(field, ("", "", ""))[i],)
                keys.extend(self.key(fragment) for fragment in fragments)
        return " ".join(key for key in keys if key)


# --- vocabularies ----------------------------------------------------------------------------------

REGION_CENTRE = (50.8467, 4.3525)
PARLIAMENT = (50.8457, 4.3493)  # rue du Lombard
BRUSSELS_ENVIRONMENT = (50.8665, 4.3476)  # Tour & Taxis, avenue du Port
PERSPECTIVE = (50.8393, 4.3614)  # rue de Namur
CENTRE_OVERRIDES = {"21004": (50.8467, 4.3525)}  # the Grand-Place: the City's centroid lies in Schaerbeek

# The seven method families in the seed's order; the toolbox owns the slugs, the number is the fallback.
FAMILY_NUMBERS = {
    "mini-publics-deliberatifs": 1,
    "referendum-votation-consultations": 2,
    "appels-a-projets-budgets-participatifs": 3,
    "urbanisme-participatif": 4,
    "conseils-habitants-comites-quartier": 5,
    "interpellation-citoyenne-petition": 6,
    "participation-en-ligne": 7,
}
F1, F2, F3, F4, F5, F6, F7 = FAMILY_NUMBERS

THEMES = [
    ("institutions-citoyennete", "Institutions, citoyenneté", "Instellingen, burgerschap", "Institutions and citizenship"),
    ("amenagement-espace-public", "Aménagement urbain, espace public", "Stedenbouw, openbare ruimte", "Urban planning and public space"),
    ("budgetisation", "Budgétisation", "Begroting", "Budgeting"),
    ("environnement-climat", "Environnement, climat", "Leefmilieu, klimaat", "Environment and climate"),
    ("mobilite", "Mobilité", "Mobiliteit", "Mobility"),
    ("cohesion-sociale", "Cohésion sociale", "Sociale cohesie", "Social cohesion"),
    ("logement", "Logement", "Huisvesting", "Housing"),
    ("culture", "Culture", "Cultuur", "Culture"),
    ("jeunesse", "Jeunesse", "Jeugd", "Youth"),
    ("sante-social", "Santé, action sociale", "Gezondheid, welzijn", "Health and social action"),
    ("economie-emploi", "Économie, emploi", "Economie, werk", "Economy and employment"),
    ("administration", "Fonctionnement de l'administration", "Werking van de administratie", "How the administration works"),
]

ACTIONS = [
    ("s-informer", "S'informer", "Zich informeren", "Get informed"),
    ("donner-son-avis", "Donner son avis", "Zijn mening geven", "Give an opinion"),
    ("deliberer", "Délibérer", "Beraadslagen", "Deliberate"),
    ("proposer-des-idees", "Proposer des idées", "Ideeën voorstellen", "Propose ideas"),
    ("deposer-un-projet", "Déposer un projet", "Een project indienen", "Submit a project"),
    ("voter", "Voter", "Stemmen", "Vote"),
    ("signer-une-petition", "Signer une pétition", "Een petitie ondertekenen", "Sign a petition"),
    ("interpeller", "Interpeller les élu·es", "De verkozenen interpelleren", "Question elected representatives"),
    ("co-concevoir", "Co-concevoir", "Mee ontwerpen", "Co-design"),
    ("evaluer", "Évaluer, suivre", "Evalueren, opvolgen", "Evaluate and monitor"),
]

VALUES = [
    ("deliberation", "Délibération", "Deliberatie", "Deliberation"),
    ("devoir-de-suite", "Devoir de suite", "Opvolgingsplicht", "Duty to follow up"),
    ("inclusion", "Inclusion", "Inclusie", "Inclusion"),
    ("transparence", "Transparence", "Transparantie", "Transparency"),
    ("representativite", "Représentativité", "Representativiteit", "Representativeness"),
    ("co-construction", "Co-construction", "Co-creatie", "Co-construction"),
    ("proximite", "Proximité", "Nabijheid", "Proximity"),
    ("redevabilite", "Redevabilité", "Verantwoording", "Accountability"),
]

# Synthetic initiatives: (family number, formats (fr, nl, en), levels, actions, method slugs).
SYNTHETIC_FORMATS = [
    (1, [("Panel citoyen", "Burgerpanel", "Citizens' panel"), ("Jury citoyen", "Burgerjury", "Citizens' jury")],
     ["concertation", "co-construction"], ["deliberer", "s-informer", "proposer-des-idees"], ["panel-citoyen", "jury-citoyen"]),
    (2, [("Consultation populaire", "Volksraadpleging", "Popular consultation")],
     ["consultation"], ["voter", "s-informer"], ["consultation-populaire"]),
    (3, [("Budget participatif", "Burgerbegroting", "Participatory budget"),
         ("Appel à projets citoyens", "Projectoproep voor burgers", "Call for citizen projects")],
     ["co-decision", "co-construction"], ["deposer-un-projet", "voter", "proposer-des-idees"], ["budget-participatif", "appel-a-projets"]),
    (4, [("Ateliers d'urbanisme", "Stedenbouwkundige workshops", "Urban design workshops"),
         ("Marche exploratoire", "Verkenningswandeling", "Exploratory walk")],
     ["concertation", "consultation", "co-construction"], ["co-concevoir", "donner-son-avis"], ["atelier-urbanisme", "marche-exploratoire"]),
    (5, [("Conseil de quartier", "Wijkraad", "Neighbourhood council"),
         ("Comité d'habitants", "Bewonerscomité", "Residents' committee")],
     ["concertation", "consultation"], ["donner-son-avis", "proposer-des-idees", "evaluer"], ["conseil-de-quartier", "comite-de-quartier"]),
    (6, [("Pétition", "Petitie", "Petition"), ("Interpellation citoyenne", "Burgerinterpellatie", "Citizens' question")],
     ["information", "consultation"], ["signer-une-petition", "interpeller"], ["petition", "interpellation-citoyenne"]),
    (7, [("Consultation en ligne", "Online raadpleging", "Online consultation"),
         ("Plateforme d'idées", "Ideeënplatform", "Ideas platform")],
     ["information", "consultation"], ["donner-son-avis", "proposer-des-idees", "s-informer"], ["consultation-en-ligne", "plateforme-idees"]),
]
NO_DESCRIPTION = {"description": "", "description_fr": "", "description_nl": "", "description_en": ""}
SYNTHETIC_TODAY = date(2026, 11, 21)  # the reference day of the demo: statuses agree with the dates
SYNTHETIC_PARTICIPANTS = {
    1: (24, 30, 36, 45, 60), 2: (1800, 3500, 6200, 9000), 3: (240, 600, 1150, 2400), 4: (25, 40, 65, 90, 150),
    5: (12, 15, 18, 24, 30), 6: (320, 1050, 1500, 2400), 7: (150, 420, 900, 2100),
}
SYNTHETIC_ABOUT = ("sur", "over", "on")
SYNTHETIC_TOPICS = [
    ("les espaces verts", "het groen in de wijk", "green spaces", "environnement-climat"),
    ("les déplacements à vélo", "fietsverplaatsingen", "cycling", "mobilite"),
    ("la sécurité aux abords des écoles", "de veiligheid rond de scholen", "safety around schools", "mobilite"),
    ("la propreté des rues", "de netheid van de straten", "clean streets", "amenagement-espace-public"),
    ("les plaines de jeux", "de speelpleinen", "playgrounds", "jeunesse"),
    ("le logement abordable", "betaalbaar wonen", "affordable housing", "logement"),
    ("l'éclairage public", "de openbare verlichting", "street lighting", "amenagement-espace-public"),
    ("le marché hebdomadaire", "de wekelijkse markt", "the weekly market", "economie-emploi"),
    ("les commerces de proximité", "de buurtwinkels", "local shops", "economie-emploi"),
    ("la chaleur en été", "de hitte in de zomer", "summer heat", "environnement-climat"),
    ("la vie culturelle du quartier", "het culturele leven in de wijk", "local cultural life", "culture"),
    ("l'accès aux soins", "de toegang tot zorg", "access to care", "sante-social"),
    ("les potagers collectifs", "de gemeenschappelijke moestuinen", "community gardens", "environnement-climat"),
    ("le stationnement", "het parkeren", "parking", "mobilite"),
    ("la rénovation énergétique", "energierenovatie", "energy renovation", "logement"),
    ("l'isolement des aîné·es", "de eenzaamheid van ouderen", "loneliness among older people", "cohesion-sociale"),
    ("les activités pour les 12-18 ans", "activiteiten voor 12- tot 18-jarigen", "activities for teenagers", "jeunesse"),
    ("le budget communal", "de gemeentebegroting", "the municipal budget", "budgetisation"),
    ("l'accueil des nouveaux habitant·es", "het onthaal van nieuwe bewoners", "welcoming new residents", "cohesion-sociale"),
    ("la réaffectation d'un bâtiment vide", "de herbestemming van een leegstaand gebouw", "reusing an empty building", "amenagement-espace-public"),
]
SYNTHETIC_OPENINGS = [
    ("{organiser} invite les habitant·es {where} à s'exprimer sur {topic}.",
     "{organiser} nodigt de bewoners {where} uit om hun mening te geven over {topic}.",
     "{organiser} invites residents {where} to have their say on {topic}."),
    ("Comment améliorer {topic} {where} ? {organiser} ouvre la réflexion aux habitant·es et aux associations.",
     "Hoe kunnen we {topic} {where} verbeteren? {organiser} betrekt bewoners en verenigingen bij de denkoefening.",
     "How can {topic} {where} be improved? {organiser} opens the question to residents and local groups."),
    ("Avant de décider, {organiser} souhaite construire avec le quartier des propositions sur {topic} {where}.",
     "Voor er beslist wordt, wil {organiser} samen met de wijk voorstellen uitwerken over {topic} {where}.",
     "Before deciding, {organiser} wants to build proposals on {topic} {where} together with the neighbourhood."),
]
SYNTHETIC_HOW = [
    ("Le dispositif ({form}) réunit environ {participants} personnes, avec une séance "
     "d'information, des ateliers en petits groupes et une restitution publique.",
     "Het traject ({form}) brengt ongeveer {participants} deelnemers samen: een infosessie, "
     "workshops in kleine groepen en een publieke terugkoppeling.",
     "The process takes the form of a {form} with about {participants} people: an information session, "
     "small-group workshops and a public report-back."),
    ("Environ {participants} personnes participent au dispositif ({form}). Des permanences dans l'espace "
     "public et des supports en plusieurs langues permettent d'atteindre des publics qui participent peu.",
     "Ongeveer {participants} mensen nemen deel ({form}). Zitdagen in de openbare ruimte en materiaal in "
     "verschillende talen helpen om mensen te bereiken die zelden deelnemen.",
     "About {participants} people take part ({form}). Stands in public space and material in several "
     "languages help reach people who seldom take part."),
    ("Le dispositif ({form}) combine une phase en ligne et des rencontres en présentiel ; environ {participants} "
     "contributions sont attendues sur {topic}.",
     "Het traject ({form}) combineert een onlinefase met ontmoetingen ter plaatse; er worden ongeveer {participants} "
     "bijdragen over {topic} verwacht.",
     "The process ({form}) combines an online phase with face-to-face meetings; about {participants} contributions "
     "on {topic} are expected."),
]
SYNTHETIC_CLOSINGS = [
    ("Les propositions sont transmises au collège, qui s'engage à motiver publiquement ses choix.",
     "De voorstellen gaan naar het college, dat zich ertoe verbindt zijn keuzes publiek te motiveren.",
     "The proposals go to the executive, which undertakes to explain its choices publicly."),
    ("Un compte rendu est publié sur cette page, avec ce qui a été retenu ou non et pourquoi.",
     "Op deze pagina verschijnt een verslag, met wat wel en niet werd weerhouden en waarom.",
     "A report is published on this page, with what was kept or not, and why."),
    ("Un comité de suivi composé d'habitant·es veille à la mise en œuvre des propositions sur {topic}.",
     "Een opvolgingscomité van bewoners waakt over de uitvoering van de voorstellen over {topic}.",
     "A follow-up committee of residents watches over the implementation of the proposals on {topic}."),
]
SYNTHETIC_RESULTS = [
    ("{count} propositions ont été formulées ; la plupart ont été intégrées au plan d'action.",
     "Er werden {count} voorstellen geformuleerd; de meeste werden opgenomen in het actieplan.",
     "{count} proposals were made; most were included in the action plan."),
    ("{count} projets ont été retenus et financés.",
     "{count} projecten werden geselecteerd en gefinancierd.",
     "{count} projects were selected and funded."),
    ("Un avis en {count} points sur {topic} a été remis au conseil communal.",
     "Een advies in {count} punten over {topic} werd aan de gemeenteraad bezorgd.",
     "A {count}-point opinion on {topic} was handed to the municipal council."),
]


# --- the initiatives -------------------------------------------------------------------------------
# Each: slug, title/summary/body/results as (fr, nl, en), dates, status, organiser slug, municipality
# NIS code (None: the whole region), place (else centroid + offset), family slug, method slugs, themes,
# actions, values, participation level, governance level, participants, providers (organisation slugs),
# steps [(date, until, title, description)], follow_ups [(date, text)], links [(label, url)].

P, O, FIN = Status.PLANNED, Status.ONGOING, Status.FINISHED
REG, MUN, NBH, COM, FED = (
    GovernanceLevel.REGIONAL, GovernanceLevel.MUNICIPAL, GovernanceLevel.NEIGHBOURHOOD, GovernanceLevel.COMMUNITY,
    GovernanceLevel.FEDERAL,
)

SEED_INITIATIVES = [
    dict(
        slug="commissions-deliberatives",
        title=("Commissions délibératives", "Overlegcommissies", "Deliberative committees"),
        summary=(
            "Au Parlement bruxellois, 45 citoyen·nes tiré·es au sort et 15 député·es délibèrent ensemble sur un "
            "thème et adressent des recommandations au Parlement, qui s'engage à y donner suite.",
            "In het Brussels Parlement beraadslagen 45 gelote burgers en 15 parlementsleden samen over een thema "
            "en formuleren ze aanbevelingen waaraan het Parlement zich verbindt gevolg te geven.",
            "In the Brussels Parliament, 45 citizens drawn by lot and 15 members of parliament deliberate together "
            "on a topic and make recommendations that the Parliament undertakes to follow up.",
        ),
        body=(
            """
            Depuis la modification de leur règlement en décembre 2019, le Parlement de la Région de Bruxelles-Capitale
            et l'Assemblée réunie de la COCOM peuvent créer des **commissions délibératives** mixtes. Une commission
            réunit un quart de parlementaires et trois quarts de citoyen·nes tiré·es au sort : 15 député·es et
            45 habitant·es pour une matière régionale.

            Le thème vient soit des parlementaires, soit d'une **suggestion citoyenne** signée par 1 000 personnes
            âgées d'au moins 16 ans et domiciliées en Région bruxelloise, quelle que soit leur nationalité.

            Le tirage au sort se fait en deux temps : 10 000 invitations sont envoyées par courrier, puis un second
            tirage, stratifié selon le genre, l'âge, la commune, la langue et le niveau de formation, compose la
            commission parmi les personnes qui ont répondu. Les participant·es sont défrayé·es ; une réunion de
            suivi rend compte de ce qui a été fait des recommandations.
            """,
            """
            Sinds de wijziging van hun reglement in december 2019 kunnen het Parlement van het Brussels
            Hoofdstedelijk Gewest en de Verenigde Vergadering van de GGC gemengde **overlegcommissies** oprichten.
            Een commissie bestaat voor een kwart uit parlementsleden en voor drie kwart uit gelote burgers:
            15 parlementsleden en 45 inwoners voor een gewestelijke bevoegdheid.

            Het thema komt van de parlementsleden of van een **burgervoorstel** dat ondertekend is door 1.000
            inwoners van het Brussels Gewest van minstens 16 jaar oud, ongeacht hun nationaliteit.

            De loting gebeurt in twee stappen: 10.000 uitnodigingen worden per post verstuurd, daarna stelt een
            tweede, gestratificeerde loting (gender, leeftijd, gemeente, taal, opleidingsniveau) de commissie samen
            uit wie heeft gereageerd. De deelnemers krijgen een vergoeding; een opvolgingsvergadering legt uit wat
            er met de aanbevelingen is gebeurd.
            """,
            """
            Since the change to their rules of procedure in December 2019, the Parliament of the Brussels-Capital
            Region and the United Assembly of the Common Community Commission can set up mixed **deliberative
            committees**. A committee is one quarter members of parliament and three quarters citizens drawn by
            lot: 15 members and 45 residents for a regional matter.

            The topic comes either from members of parliament or from a **citizens' suggestion** signed by 1,000
            residents of the Brussels Region aged 16 or over, whatever their nationality.

            Sortition happens in two rounds: 10,000 invitations are posted, then a second, stratified draw (gender,
            age, municipality, language, education) selects the committee among those who replied. Participants
            are compensated; a follow-up meeting reports on what became of the recommendations.
            """,
        ),
        start="2024-01-15", status=O, organiser="parlement-bruxellois", municipality=None, place=PARLIAMENT,
        family=F1, methods=["commission-deliberative"],
        themes=["institutions-citoyennete"], actions=["s-informer", "deliberer", "proposer-des-idees"],
        values=["deliberation", "representativite", "devoir-de-suite", "inclusion"],
        level="co-construction", governance=REG, participants=60,
        steps=[
            ("2019-12-13", None, ("Modification du règlement", "Wijziging van het reglement", "Rules of procedure amended"),
             ("Le Parlement bruxellois et l'Assemblée réunie de la COCOM introduisent les commissions délibératives.",
              "Het Brussels Parlement en de Verenigde Vergadering van de GGC voeren de overlegcommissies in.",
              "The Brussels Parliament and the COCOM United Assembly introduce deliberative committees.")),
            ("2020-07-15", None, ("Vade-mecum adopté", "Vademecum goedgekeurd", "Handbook adopted"),
             ("Règles pratiques : 10 000 lettres, numéro gratuit, défraiement, comité d'accompagnement d'expert·es.",
              "Praktische regels: 10.000 brieven, gratis nummer, vergoeding, begeleidingscomité van experts.",
              "Practical rules: 10,000 letters, a free phone number, compensation, an expert steering committee.")),
            ("2021-01-06", None, ("Premiers thèmes choisis", "Eerste thema's gekozen", "First topics chosen"),
             ("Le bureau élargi retient la 5G et, sur suggestion citoyenne soutenue par 1 431 personnes, "
              "la mise à disposition de logements inoccupés pour les personnes sans abri.",
              "Het uitgebreid bureau kiest 5G en, op een burgervoorstel gesteund door 1.431 mensen, het ter "
              "beschikking stellen van leegstaande woningen voor daklozen.",
              "The enlarged bureau picks 5G and, on a citizens' suggestion backed by 1,431 people, making empty "
              "homes available to homeless people.")),
            ("2024-01-15", None, ("Le dispositif se poursuit", "Het systeem loopt verder", "The scheme continues"),
             ("De nouvelles commissions sont constituées selon la même procédure.",
              "Nieuwe commissies worden volgens dezelfde procedure samengesteld.",
              "New committees are formed through the same procedure.")),
        ],
        follow_ups=[
            ("2020-07-15", ("Le vade-mecum prévoit pour chaque commission une réunion de suivi où le Parlement rend "
                            "compte des suites données à chaque recommandation.",
                            "Het vademecum voorziet voor elke commissie een opvolgingsvergadering waarin het Parlement "
                            "uitlegt welk gevolg aan elke aanbeveling werd gegeven.",
                            "The handbook provides, for each committee, a follow-up meeting where the Parliament "
                            "reports on what was done with each recommendation.")),
        ],
        links=[
            (("democratie.brussels", "democratie.brussels", "democratie.brussels"), "https://democratie.brussels"),
            (("Parlement bruxellois", "Brussels Parlement", "Brussels Parliament"), "https://www.parlement.brussels"),
        ],
    ),
    dict(
        slug="open-jury-bockstael",
        title=(
            "Open jury Bockstael : un panel citoyen pour le réaménagement du boulevard Emile Bockstael",
            "Open jury Bockstael: een burgerpanel voor de heraanleg van de Emile Bockstaellaan",
            "Bockstael open jury: a citizens' panel for the redesign of Boulevard Emile Bockstael",
        ),
        summary=(
            "Un panel citoyen siège dans le jury qui choisit le bureau d'étude chargé du réaménagement du boulevard "
            "Bockstael à Laeken ; la décision se prend par consensus.",
            "Een burgerpanel zetelt in de jury die het studiebureau kiest voor de heraanleg van de Bockstaellaan "
            "in Laken; de beslissing valt bij consensus.",
            "A citizens' panel sits on the jury that chooses the design office for the redesign of Boulevard "
            "Bockstael in Laeken; the decision is taken by consensus.",
        ),
        body=(
            """
            Un jury composé de représentant·es de Beliris, du Bouwmeester Maître Architecte (BMA), de Bruxelles
            Mobilité, de Bruxelles Environnement, d'urban.brussels et de la Ville de Bruxelles désigne le bureau
            d'étude qui concevra le futur boulevard Bockstael. Pour la première fois sur ce type de marché, un
            **panel de riverain·es** est intégré au jury et participe à la décision, prise par consensus.

            Le panel s'est réuni deux fois pour prendre connaissance de la mission, du fonctionnement de l'open jury
            et des résumés des offres, et pour préparer ses questions aux bureaux d'architecture.
            """,
            """
            Een jury met vertegenwoordigers van Beliris, de Bouwmeester Maître Architecte (BMA), Brussel Mobiliteit,
            Leefmilieu Brussel, urban.brussels en de Stad Brussel wijst het studiebureau aan dat de toekomstige
            Bockstaellaan ontwerpt. Voor het eerst bij zo'n opdracht maakt een **panel van buurtbewoners** deel uit
            van de jury en beslist het mee, bij consensus.

            Het panel kwam twee keer samen om de opdracht, de werking van de open jury en de samenvattingen van de
            offertes te leren kennen, en om zijn vragen aan de architectenbureaus voor te bereiden.
            """,
            """
            A jury of representatives of Beliris, the Bouwmeester Maître Architecte (BMA), Brussels Mobility,
            Brussels Environment, urban.brussels and the City of Brussels appoints the design office for the future
            Boulevard Bockstael. For the first time in such a contract, a **panel of local residents** sits on the
            jury and shares the decision, taken by consensus.

            The panel met twice to learn about the assignment, how the open jury works and the summaries of the
            bids, and to prepare its questions to the architecture firms.
            """,
        ),
        results=(
            """
            Lors de l'open jury, chaque bureau a présenté son projet ; citoyen·nes et membres du jury ont posé leurs
            questions. Le panel a d'abord indiqué ses préférences entre lui, puis un premier échange a permis
            d'écarter deux propositions à l'unanimité. Les citoyen·nes ont attribué chacun·e trois étoiles aux trois
            propositions restantes, discutées ensuite en jury complet jusqu'à la décision finale.

            Un choix ambitieux a été fait. Comme la plupart des candidats, le bureau retenu propose de continuer à
            travailler avec un panel citoyen pendant la conception.
            """,
            """
            Tijdens de open jury stelde elk bureau zijn project voor; burgers en juryleden stelden hun vragen. Het
            panel gaf eerst onderling zijn voorkeuren aan, daarna werden na een eerste uitwisseling twee voorstellen
            unaniem afgewezen. De burgers gaven elk drie sterren aan de drie overblijvende voorstellen, die daarna in
            de voltallige jury werden besproken tot de eindbeslissing.

            Er werd een ambitieuze keuze gemaakt. Zoals de meeste kandidaten stelt het gekozen bureau voor om tijdens
            het ontwerp met een burgerpanel te blijven werken.
            """,
            """
            At the open jury each firm presented its project; citizens and jury members asked their questions. The
            panel first stated its preferences among themselves, then a first exchange ruled out two proposals
            unanimously. Each citizen gave three stars to the three remaining proposals, which the full jury then
            discussed until the final decision.

            An ambitious choice was made. Like most candidates, the selected firm proposes to keep working with a
            citizens' panel during the design.
            """,
        ),
        start="2023-09-15", end="2023-12-07", status=FIN, organiser="ville-de-bruxelles", municipality="21004",
        place=(50.8762, 4.3489), family=F1, methods=["panel-citoyen", "jury-citoyen"],
        themes=["amenagement-espace-public", "mobilite"], actions=["s-informer", "deliberer", "voter"],
        values=["deliberation", "co-construction", "transparence"], level="co-decision", governance=MUN,
        steps=[
            ("2023-09-15", None, ("Mobilisation des riverain·es", "Mobilisatie van de buurtbewoners", "Recruiting residents"), ()),
            ("2023-10-05", None, ("Première réunion du panel", "Eerste bijeenkomst van het panel", "First panel meeting"),
             ("La mission et le fonctionnement de l'open jury.", "De opdracht en de werking van de open jury.",
              "The assignment and how the open jury works.")),
            ("2023-11-30", None, ("Deuxième réunion du panel", "Tweede bijeenkomst van het panel", "Second panel meeting"),
             ("Résumés des offres, préparation des questions.", "Samenvattingen van de offertes, voorbereiding van de vragen.",
              "Summaries of the bids, preparing questions.")),
            ("2023-12-07", None, ("Open jury", "Open jury", "Open jury"),
             ("Présentations, délibération et décision par consensus.", "Voorstellingen, beraadslaging en beslissing bij consensus.",
              "Presentations, deliberation and decision by consensus.")),
        ],
        follow_ups=[
            ("2023-12-07", ("Le bureau désigné prévoit d'associer un panel citoyen à la conception du boulevard.",
                            "Het aangewezen bureau plant om een burgerpanel te betrekken bij het ontwerp van de laan.",
                            "The appointed firm plans to involve a citizens' panel in designing the boulevard.")),
        ],
        links=[(("Fiche sur participation.brussels", "Fiche op participatie.brussels", "Page on participation.brussels"),
                "https://participation.brussels/initiatives/148-open-jury-bockstael-un-panel-citoyen-pour-le-reamenagement-du-boulevard-emile-bockstael-a-la-ville-de-bruxelles")],
    ),
    dict(
        slug="budget-participatif-cqd-bizet",
        title=(
            "Budget de participation du Contrat de Quartier Durable Bizet",
            "Participatiebudget van het Duurzaam Wijkcontract Bizet",
            "Participation budget of the Bizet Sustainable Neighbourhood Contract",
        ),
        summary=(
            "Dans le Contrat de Quartier Durable Bizet à Anderlecht, une enveloppe permet aux habitant·es et aux "
            "associations de proposer et de choisir des projets pour leur quartier.",
            "In het Duurzaam Wijkcontract Bizet in Anderlecht kunnen bewoners en verenigingen met een budget "
            "projecten voor hun wijk voorstellen en kiezen.",
            "In the Bizet Sustainable Neighbourhood Contract in Anderlecht, a budget lets residents and local "
            "groups propose and choose projects for their neighbourhood.",
        ),
        body=(
            """
            Le quartier Bizet, traversé par la chaussée de Mons, est densément peuplé et multiculturel, mais manquait
            de lieux de rencontre et de projets communs. Le Contrat de Quartier Durable, financé pour l'essentiel par
            la Région, y associe investissements dans le bâti et l'espace public et projets socio-économiques.

            Le diagnostic participatif (rencontres lors d'événements, dans les écoles, débats en ligne) a dégagé cinq
            axes : le vivre-ensemble, l'amélioration du cadre bâti, l'animation du quartier, l'agriculture et
            l'alimentation durables, l'environnement urbain.

            Le **budget de participation** finance de petits projets proposés par les habitant·es et les associations
            dans ces axes. L'Antenne du contrat de quartier accompagne les porteurs et porteuses de projet.
            """,
            """
            De Bizetwijk, doorkruist door de Bergensesteenweg, is dichtbevolkt en multicultureel, maar miste plekken
            om elkaar te ontmoeten en gemeenschappelijke projecten. Het Duurzaam Wijkcontract, grotendeels gefinancierd
            door het Gewest, combineert investeringen in gebouwen en openbare ruimte met sociaaleconomische projecten.

            De participatieve diagnose (ontmoetingen op evenementen, in scholen, online debatten) leverde vijf assen
            op: samenleven, verbetering van de bebouwing, animatie van de wijk, duurzame landbouw en voeding, en de
            stedelijke omgeving.

            Het **participatiebudget** financiert kleine projecten die bewoners en verenigingen binnen die assen
            voorstellen. De antenne van het wijkcontract begeleidt de projectdragers.
            """,
            """
            The Bizet neighbourhood, crossed by the Chaussée de Mons, is densely populated and multicultural, but
            lacked places to meet and shared projects. The Sustainable Neighbourhood Contract, mostly funded by the
            Region, combines investment in buildings and public space with socio-economic projects.

            The participatory diagnosis (meetings at events, in schools, online debates) produced five strands:
            living together, better buildings, bringing the neighbourhood to life, sustainable farming and food, and
            the urban environment.

            The **participation budget** funds small projects proposed by residents and local groups within these
            strands. The neighbourhood contract's local office supports the project leaders.
            """,
        ),
        start="2023-03-01", status=O, organiser="commune-anderlecht", municipality="21001", place=(50.8237, 4.2925),
        family=F3, methods=["budget-participatif", "appel-a-projets"],
        themes=["budgetisation", "cohesion-sociale", "amenagement-espace-public"],
        actions=["deposer-un-projet", "voter", "proposer-des-idees"],
        values=["co-construction", "proximite", "inclusion"], level="co-decision", governance=NBH,
        steps=[
            ("2022-07-02", None, ("Ouverture de l'Antenne Bizet", "Opening van de antenne Bizet", "Bizet local office opens"),
             ("Un lieu de rencontre entre habitant·es, associations et services communaux.",
              "Een ontmoetingsplek voor bewoners, verenigingen en gemeentediensten.",
              "A meeting place for residents, local groups and municipal services.")),
            ("2023-03-01", None, ("Lancement du budget de participation", "Start van het participatiebudget", "Participation budget launched"), ()),
        ],
        links=[],
    ),
    dict(
        slug="vision-schaerbeek-formation",
        title=(
            "Vision pour le site stratégique de Schaerbeek Formation",
            "Visie voor de strategische site Schaarbeek-Vorming",
            "A vision for the Schaerbeek Formation strategic site",
        ),
        summary=(
            "perspective.brussels élabore avec les acteurs concernés et le grand public une vision pour l'ancienne "
            "gare de triage de Schaerbeek Formation, à Haren.",
            "perspective.brussels werkt samen met de betrokken actoren en het brede publiek een visie uit voor het "
            "voormalige rangeerstation Schaarbeek-Vorming in Haren.",
            "perspective.brussels is drawing up, with stakeholders and the public, a vision for the former "
            "Schaerbeek Formation marshalling yard in Haren.",
        ),
        body=(
            """
            Le site ferroviaire de Schaerbeek Formation, au nord de la Région, est l'un des derniers grands espaces
            ouverts de Bruxelles. La zone en réflexion couvre environ 60 hectares, connectés au rail, à la voie d'eau
            et à la route.

            Le Gouvernement a chargé perspective.brussels d'en faire un nouveau pôle économique et logistique : un
            parc d'activités productives exemplaires sur le plan social et environnemental, une plateforme logistique
            trimodale, et le développement du maillage vert et bleu, dont la remise à ciel ouvert de la Senne.

            Les travaux ont démarré à l'été 2023 par un diagnostic nourri d'études thématiques. La définition de la
            vision s'accompagne d'un processus de participation qui associe les acteurs concernés et le grand public.
            """,
            """
            Het spoorwegterrein Schaarbeek-Vorming, in het noorden van het Gewest, is een van de laatste grote open
            ruimtes van Brussel. De zone waarover wordt nagedacht beslaat ongeveer 60 hectare, verbonden met spoor,
            water en weg.

            De Regering gaf perspective.brussels de opdracht er een nieuwe economische en logistieke pool van te maken:
            een bedrijvenpark voor productieve activiteiten die sociaal en ecologisch voorbeeldig zijn, een trimodaal
            logistiek platform, en de ontwikkeling van het groene en blauwe netwerk, met de openlegging van de Zenne.

            De werkzaamheden begonnen in de zomer van 2023 met een diagnose op basis van thematische studies. De
            visie wordt uitgewerkt met een participatieproces voor de betrokken actoren en het brede publiek.
            """,
            """
            The Schaerbeek Formation railway site, in the north of the Region, is one of the last large open spaces
            in Brussels. The area under study covers about 60 hectares, connected to rail, waterway and road.

            The Government asked perspective.brussels to turn it into a new economic and logistics hub: a business
            park for productive activities that set a social and environmental example, a tri-modal logistics
            platform, and a green and blue network, including reopening the Senne river.

            Work began in summer 2023 with a diagnosis fed by thematic studies. The vision is being drawn up with a
            participation process that involves stakeholders and the public.
            """,
        ),
        start="2023-07-01", status=O, organiser="perspective-brussels", municipality="21004", place=(50.8872, 4.3975),
        family=F4, methods=["atelier-urbanisme"],
        themes=["amenagement-espace-public", "economie-emploi", "environnement-climat"],
        actions=["s-informer", "donner-son-avis"], values=["transparence", "devoir-de-suite"],
        level="consultation", governance=REG,
        steps=[
            ("2023-07-01", None, ("Début des travaux et diagnostic", "Start van de werkzaamheden en diagnose", "Work and diagnosis begin"), ()),
            ("2023-12-01", None, ("Étude économique et logistique publiée", "Economische en logistieke studie gepubliceerd",
                                  "Economic and logistics study published"), ()),
            ("2024-03-01", None, ("Étude de la biodiversité du site", "Studie van de biodiversiteit op de site", "Biodiversity study of the site"), ()),
        ],
        links=[(("perspective.brussels", "perspective.brussels", "perspective.brussels"), "https://perspective.brussels")],
    ),
    dict(
        slug="ateliers-de-quartier-bri-co",
        title=("Ateliers de quartier BRI-CO", "Wijkateliers BRI-CO", "BRI-CO neighbourhood workshops"),
        summary=(
            "Pendant trois jours, un local ouvert au cœur d'un micro-quartier accueille les habitant·es autour d'un "
            "café et d'une question : « Si l'on devait réparer quelque chose demain, par quoi commencerait-on ? »",
            "Drie dagen lang ontvangt een open lokaal in het hart van een kleine wijk de bewoners bij een koffie en "
            "één vraag: 'Als we morgen iets moesten herstellen, waar zouden we dan beginnen?'",
            "For three days, an open shopfront in a small neighbourhood welcomes residents over coffee with one "
            "question: 'If we had to repair something tomorrow, where would we start?'",
        ),
        body=(
            """
            Le dispositif **BRI-CO** est né en Wallonie et a été expérimenté à Bruxelles en 2018 à Saint-Gilles
            (place Bethléem et place Morichar). La Fédération des Services Sociaux l'utilise pour ses ateliers de
            quartier, par exemple rue Marbotin à Schaerbeek.

            Un **comité de regard** réunit les associations et acteurs de terrain ; il organise une marche exploratoire
            pour découvrir le quartier. Pendant deux jours et demi, un espace d'accueil et d'écoute recueille la parole
            des riverain·es ; le troisième après-midi, elle leur est restituée ainsi qu'aux associations.

            La question de la **réparation** ne laisse personne de côté : chacun·e peut y répondre, des choses les plus
            concrètes aux plus politiques. Le comité de regard, rejoint par des habitant·es volontaires, devient ensuite
            **comité des réparations** et organise les réparations demandées.
            """,
            """
            Het **BRI-CO**-concept ontstond in Wallonië en werd in 2018 in Brussel uitgetest in Sint-Gillis
            (Bethlehemplein en Moricharplein). De Fédération des Services Sociaux gebruikt het voor haar wijkateliers,
            bijvoorbeeld in de Marbotinstraat in Schaarbeek.

            Een **begeleidingscomité** van verenigingen en terreinwerkers organiseert een verkenningswandeling om de
            wijk te leren kennen. Twee en een halve dag lang vangt een onthaal- en luisterplek de stem van de
            buurtbewoners op; op de derde namiddag wordt die aan hen en aan de verenigingen teruggegeven.

            De vraag naar **herstel** sluit niemand uit: iedereen kan erop antwoorden, van heel concrete tot politieke
            dingen. Het begeleidingscomité, aangevuld met vrijwillige bewoners, wordt daarna een **herstelcomité** dat
            de gevraagde herstellingen organiseert.
            """,
            """
            The **BRI-CO** method was born in Wallonia and first tried in Brussels in 2018 in Saint-Gilles (Place
            Bethléem and Place Morichar). The Federation of Social Services uses it for its neighbourhood workshops,
            for instance in Rue Marbotin in Schaerbeek.

            A **steering committee** of local associations and field workers organises an exploratory walk to get to
            know the area. For two and a half days, a welcoming, listening space gathers what residents have to say;
            on the third afternoon it is reported back to them and to the associations.

            The question of **repair** leaves no one out: anyone can answer it, from the most practical to the most
            political things. The steering committee, joined by volunteer residents, then becomes a **repair
            committee** that organises the repairs asked for.
            """,
        ),
        start="2021-10-01", status=O, organiser="federation-des-services-sociaux", municipality="21015",
        place=(50.8597, 4.3927), family=F5, methods=["marche-exploratoire"],
        themes=["cohesion-sociale", "sante-social"], actions=["donner-son-avis", "proposer-des-idees"],
        values=["inclusion", "proximite", "devoir-de-suite"], level="concertation", governance=NBH,
        steps=[
            ("2018-05-01", None, ("Premiers BRI-CO à Saint-Gilles", "Eerste BRI-CO's in Sint-Gillis", "First BRI-COs in Saint-Gilles"),
             ("Place Bethléem et place Morichar.", "Bethlehemplein en Moricharplein.", "Place Bethléem and Place Morichar.")),
            ("2021-10-01", None, ("Comité de regard et marche exploratoire", "Begeleidingscomité en verkenningswandeling",
                                  "Steering committee and exploratory walk"), ()),
            ("2021-11-15", "2021-11-17", ("Atelier de quartier (trois jours)", "Wijkatelier (drie dagen)", "Neighbourhood workshop (three days)"),
             ("Accueil, café, repas et écoute ; restitution le troisième après-midi.",
              "Onthaal, koffie, maaltijd en luisteren; terugkoppeling op de derde namiddag.",
              "Welcome, coffee, a meal and listening; report-back on the third afternoon.")),
            ("2022-01-15", None, ("Comité des réparations", "Herstelcomité", "Repair committee"), ()),
        ],
        links=[
            (("Les ateliers de quartier (FdSS)", "De wijkateliers (FdSS)", "Neighbourhood workshops (FdSS)"),
             "https://fdss.be/fr/hors-les-murs/atelier-de-quartier-bri-co"),
            (("Étude du CESEP sur le BRI-CO", "Studie van CESEP over BRI-CO", "CESEP study of BRI-CO"),
             "https://www.cesep.be/publication/etude2023-bri-co/"),
        ],
    ),
    dict(
        slug="megafon",
        title=(
            "Megafon, ma voix pour mon quartier",
            "Megafon, mijn stem voor mijn wijk",
            "Megafon, my voice for my neighbourhood",
        ),
        summary=(
            "À Anderlecht, chaque quartier conçoit avec la commune un projet choisi par ses habitant·es : enquête, "
            "rencontres avec le collège, assemblées citoyennes de quartier et vote.",
            "In Anderlecht werkt elke wijk met de gemeente een project uit dat de bewoners zelf kiezen: enquête, "
            "ontmoetingen met het college, burgerassemblees per wijk en stemming.",
            "In Anderlecht, each neighbourhood designs with the municipality a project its residents choose: a "
            "survey, meetings with the executive, neighbourhood citizens' assemblies and a vote.",
        ),
        body=(
            """
            Lancé en juin 2021, **Megafon** part d'une conviction : les habitant·es sont les premiers expert·es de leur
            quartier. La première phase était une enquête en ligne et sur papier sur la vie dans le quartier (services,
            emploi, climat, mobilité, espaces publics, vivre-ensemble, sécurité, logement), complétée par plus de
            1 300 personnes.

            Le territoire communal a été divisé en sept zones. Dans chacune, une rencontre a réuni les habitant·es et
            le collège des bourgmestre et échevin·es pour discuter des résultats et choisir des priorités.

            Dans chaque zone, une **assemblée citoyenne** transforme ensuite ces priorités en projets concrets et
            budgétisés, soumis au vote des habitant·es. La première s'est tenue à Cureghem fin 2022.
            """,
            """
            **Megafon** startte in juni 2021 vanuit de overtuiging dat bewoners de eerste experts van hun wijk zijn. In
            de eerste fase vulden meer dan 1.300 mensen een online en papieren enquête in over het leven in de wijk
            (diensten, werk, klimaat, mobiliteit, openbare ruimte, samenleven, veiligheid, huisvesting).

            Het grondgebied werd in zeven zones verdeeld. In elke zone kwamen de bewoners samen met het college van
            burgemeester en schepenen om de resultaten te bespreken en prioriteiten te kiezen.

            In elke zone zet een **burgerassemblee** die prioriteiten daarna om in concrete projecten met een budget,
            waarover de bewoners stemmen. De eerste vond eind 2022 plaats in Kuregem.
            """,
            """
            Launched in June 2021, **Megafon** starts from the belief that residents are the first experts on their
            neighbourhood. Its first phase was an online and paper survey on local life (services, jobs, climate,
            mobility, public space, living together, safety, housing), filled in by more than 1,300 people.

            The municipality was divided into seven zones. In each, residents met the mayor and aldermen to discuss
            the results and choose priorities.

            In each zone, a **citizens' assembly** then turns these priorities into concrete, costed projects that
            residents vote on. The first one met in Cureghem at the end of 2022.
            """,
        ),
        start="2021-06-01", status=O, organiser="commune-anderlecht", municipality="21001", place=(50.8355, 4.3120),
        family=F5, methods=["assemblee-citoyenne", "consultation-en-ligne", "budget-participatif"],
        themes=["institutions-citoyennete", "amenagement-espace-public", "cohesion-sociale"],
        actions=["donner-son-avis", "deliberer", "proposer-des-idees", "voter"],
        values=["proximite", "devoir-de-suite", "transparence", "co-construction"], level="co-construction",
        governance=NBH, participants=1300,
        steps=[
            ("2021-06-01", "2021-07-31", ("Enquête sur les quartiers", "Enquête over de wijken", "Neighbourhood survey"),
             ("Plus de 1 300 réponses.", "Meer dan 1.300 antwoorden.", "More than 1,300 replies.")),
            ("2021-09-15", "2022-03-31", ("Rencontres avec le collège dans les sept zones", "Ontmoetingen met het college in de zeven zones",
                                          "Meetings with the executive in the seven zones"), ()),
            ("2022-11-15", None, ("Première assemblée citoyenne, Cureghem", "Eerste burgerassemblee, Kuregem",
                                  "First citizens' assembly, Cureghem"), ()),
            ("2024-11-15", "2025-02-17", ("Assemblée et vote, Broeck-Moortebeek-Peterbos", "Assemblee en stemming, Broeck-Moortebeek-Peterbos",
                                          "Assembly and vote, Broeck-Moortebeek-Peterbos"), ()),
        ],
        follow_ups=[
            ("2022-05-31", ("Bilan public des deux premières phases : résultats de l'enquête et priorités par zone.",
                            "Publieke balans van de eerste twee fasen: resultaten van de enquête en prioriteiten per zone.",
                            "Public review of the first two phases: survey results and priorities per zone.")),
        ],
    ),
    dict(
        slug="deliberation-citoyenne-resilience-climatique",
        title=(
            "Trois jours de délibération citoyenne sur la résilience de Bruxelles au changement climatique",
            "Drie dagen burgerberaad over de weerbaarheid van Brussel tegen klimaatverandering",
            "Three days of citizens' deliberation on Brussels' resilience to climate change",
        ),
        summary=(
            "Des agent·es de Bruxelles Environnement formé·es à la facilitation ont animé trois journées où des "
            "citoyen·nes ont délibéré sur la manière d'améliorer la résilience de Bruxelles face au changement climatique.",
            "Medewerkers van Leefmilieu Brussel die een facilitatieopleiding volgden, begeleidden drie dagen waarin "
            "burgers beraadslaagden over hoe Brussel weerbaarder kan worden tegen klimaatverandering.",
            "Brussels Environment staff trained in facilitation ran three days in which citizens deliberated on how "
            "to make Brussels more resilient to climate change.",
        ),
        body=(
            """
            Après une formation d'une demi-journée aux principes de base de la facilitation donnée par Dreamocracy,
            un groupe d'agent·es de Bruxelles Environnement a animé **trois journées de délibération citoyenne** sur
            la résilience de la Région face au changement climatique : vagues de chaleur, inondations, sécheresse.

            Le rôle des facilitateurs et facilitatrices était double : permettre à chacun·e de passer de sa zone de
            confort à sa zone d'apprentissage en sécurité, et entretenir une dynamique de groupe constructive et
            inclusive, condition d'une délibération de qualité.
            """,
            """
            Na een halve dag opleiding in de basisprincipes van facilitatie door Dreamocracy begeleidde een groep
            medewerkers van Leefmilieu Brussel **drie dagen burgerberaad** over de weerbaarheid van het Gewest tegen
            klimaatverandering: hittegolven, overstromingen, droogte.

            De facilitatoren hadden een dubbele rol: iedereen veilig uit de comfortzone naar de groeizone laten gaan,
            en een constructieve, inclusieve groepsdynamiek onderhouden, voorwaarde voor een goede beraadslaging.
            """,
            """
            After a half-day training in the basics of facilitation given by Dreamocracy, a group of Brussels
            Environment staff facilitated **three days of citizens' deliberation** on the Region's resilience to
            climate change: heatwaves, floods, drought.

            The facilitators worked on two levels: helping each person move safely from their comfort zone to their
            growth zone, and keeping a constructive, inclusive group dynamic, the condition for good deliberation.
            """,
        ),
        results=(
            "Les propositions des citoyen·nes ont été remises à Bruxelles Environnement pour nourrir ses travaux sur "
            "l'adaptation au changement climatique.",
            "De voorstellen van de burgers werden aan Leefmilieu Brussel bezorgd als input voor zijn werk rond "
            "klimaatadaptatie.",
            "The citizens' proposals were handed to Brussels Environment to feed its work on climate adaptation.",
        ),
        start="2022-03-01", end="2022-05-31", status=FIN, organiser="bruxelles-environnement", municipality=None,
        place=BRUSSELS_ENVIRONMENT, family=F1, methods=["panel-citoyen"],
        themes=["environnement-climat"], actions=["s-informer", "deliberer", "proposer-des-idees"],
        values=["deliberation", "inclusion"], level="concertation", governance=REG, providers=["dreamocracy"],
        steps=[
            ("2022-03-01", None, ("Formation des agent·es à la facilitation", "Facilitatieopleiding voor de medewerkers",
                                  "Facilitation training for staff"),
             ("Une demi-journée avec Dreamocracy.", "Een halve dag met Dreamocracy.", "Half a day with Dreamocracy.")),
            ("2022-05-01", "2022-05-31", ("Trois journées de délibération", "Drie dagen beraad", "Three days of deliberation"), ()),
        ],
    ),
    dict(
        slug="strategie-bas-carbone-2050",
        title=(
            "Stratégie bas carbone 2050 : une prospective collaborative interne à Bruxelles Environnement",
            "Koolstofarme strategie 2050: een interne collaboratieve toekomstverkenning bij Leefmilieu Brussel",
            "Low-carbon strategy 2050: an internal collaborative foresight at Brussels Environment",
        ),
        summary=(
            "En 2018-2019, la direction et les 800 agent·es de Bruxelles Environnement ont construit ensemble une "
            "stratégie bas carbone à l'horizon 2050.",
            "In 2018-2019 bouwden de directie en de 800 medewerkers van Leefmilieu Brussel samen een koolstofarme "
            "strategie tegen 2050 uit.",
            "In 2018-2019, the leadership and the 800 staff of Brussels Environment built together a low-carbon "
            "strategy for 2050.",
        ),
        body=(
            """
            Pour produire sa stratégie bas carbone à l'horizon 2050, Bruxelles Environnement a choisi une démarche de
            **prospective collaborative** interne. Dreamocracy, en sous-traitance de Particitiz, a conçu et animé le
            processus sur plusieurs mois.

            Le travail a consisté à dessiner l'ensemble du processus, à concevoir des séances d'idéation tenant compte
            des nombreuses contraintes politiques et logistiques de l'administration, et à animer de petites et de
            grandes réunions pour recueillir les idées de la direction et des 800 membres du personnel, et aussi
            pour susciter de l'espoir.
            """,
            """
            Voor zijn koolstofarme strategie tegen 2050 koos Leefmilieu Brussel voor een interne **collaboratieve
            toekomstverkenning**. Dreamocracy, als onderaannemer van Particitiz, ontwierp en begeleidde het proces
            gedurende meerdere maanden.

            Het werk bestond erin het hele proces uit te tekenen, ideeënsessies te ontwerpen die rekening hielden met
            de vele politieke en logistieke beperkingen van de administratie, en kleine en grote bijeenkomsten te
            leiden om de ideeën van de directie en de 800 personeelsleden te verzamelen, en om hoop te geven.
            """,
            """
            To produce its low-carbon strategy for 2050, Brussels Environment chose an internal **collaborative
            foresight** approach. Dreamocracy, subcontracted by Particitiz, designed and led the process over several
            months.

            The work meant designing the whole process, designing ideation sessions that took account of the
            administration's many political and logistical constraints, and running small and large meetings to
            collect the ideas of the leadership and the 800 staff, and to foster hope.
            """,
        ),
        results=(
            "Les contributions du personnel ont nourri la stratégie bas carbone 2050 de l'administration.",
            "De bijdragen van het personeel voedden de koolstofarme strategie 2050 van de administratie.",
            "The staff's contributions fed the administration's 2050 low-carbon strategy.",
        ),
        start="2018-09-01", end="2019-06-30", status=FIN, organiser="bruxelles-environnement", municipality=None,
        place=BRUSSELS_ENVIRONMENT, family=F1, methods=["prospective-collaborative"],
        themes=["environnement-climat", "administration"], actions=["proposer-des-idees", "co-concevoir"],
        values=["co-construction", "inclusion"], level="co-construction", governance=REG, participants=800,
        providers=["dreamocracy", "particitiz"],
        steps=[
            ("2018-09-01", None, ("Conception du processus", "Ontwerp van het proces", "Process design"), ()),
            ("2018-11-01", "2019-04-30", ("Séances d'idéation et réunions", "Ideeënsessies en bijeenkomsten", "Ideation sessions and meetings"), ()),
            ("2019-06-30", None, ("Synthèse pour la stratégie", "Synthese voor de strategie", "Synthesis for the strategy"), ()),
        ],
    ),
    dict(
        slug="defis-intelligence-collective-bruxelles-environnement",
        title=(
            "Défis d'intelligence collective à Bruxelles Environnement",
            "Uitdagingen in collectieve intelligentie bij Leefmilieu Brussel",
            "Collective intelligence challenges at Brussels Environment",
        ),
        summary=(
            "De 2020 à 2021, 150 à 200 agent·es se sont formé·es à l'intelligence et à la créativité collectives en "
            "travaillant sur de vrais défis de l'administration.",
            "Van 2020 tot 2021 leerden 150 tot 200 medewerkers collectieve intelligentie en creativiteit door aan echte "
            "uitdagingen van de administratie te werken.",
            "From 2020 to 2021, 150 to 200 staff learned collective intelligence and creativity by working on real "
            "challenges of the administration.",
        ),
        body=(
            """
            Depuis début 2020, Stephen Boucher (Dreamocracy) forme le personnel de Bruxelles Environnement aux
            principes et techniques de l'intelligence et de la créativité collectives, inspirés de la sociocratie et
            du Creative Problem Solving. En une vingtaine de journées, en ligne et en présentiel, des expert·es de
            tous niveaux ont pratiqué ces méthodes sur des dizaines de questions, par exemple :

            - Comment réduire en ville le bruit des sirènes des véhicules d'urgence ?
            - Comment lancer une nouvelle stratégie de rénovation du bâti qui obtienne l'adhésion des certificateurs ?
            - Comment favoriser la collaboration et l'entraide entre collègues pendant le Covid et le télétravail ?
            - Comment mieux collaborer et partager l'information entre départements ?

            Fin 2021, quelque 200 agent·es avaient suivi le programme.
            """,
            """
            Sinds begin 2020 leert Stephen Boucher (Dreamocracy) het personeel van Leefmilieu Brussel de principes en
            technieken van collectieve intelligentie en creativiteit, geïnspireerd door sociocratie en Creative
            Problem Solving. In een twintigtal dagen, online en fysiek, oefenden experts van alle niveaus die methoden
            op tientallen vragen, zoals:

            - Hoe kan het lawaai van sirenes van hulpvoertuigen in de stad verminderd worden?
            - Hoe lanceer je een nieuwe renovatiestrategie die de steun krijgt van de certificateurs?
            - Hoe bevorder je samenwerking en onderlinge steun tijdens covid en telewerk?
            - Hoe werken departementen beter samen en delen ze informatie efficiënter?

            Eind 2021 hadden ongeveer 200 medewerkers het programma gevolgd.
            """,
            """
            Since early 2020, Stephen Boucher (Dreamocracy) has trained Brussels Environment staff in the principles
            and techniques of collective intelligence and creativity, inspired by sociocracy and Creative Problem
            Solving. Over some twenty days, online and in person, experts at every level practised them on dozens of
            questions, such as:

            - How could the noise of emergency vehicle sirens be reduced in the city?
            - How to launch a new building renovation strategy that wins the support of the certifiers?
            - How to foster collaboration and mutual support during Covid and telework?
            - How can departments collaborate and share information more efficiently?

            By the end of 2021, some 200 staff had followed the programme.
            """,
        ),
        results=(
            "Environ 200 agent·es formé·es ; plusieurs ont ensuite facilité eux-mêmes des processus, dont trois jours "
            "de délibération citoyenne sur la résilience climatique.",
            "Ongeveer 200 medewerkers opgeleid; verscheidenen begeleidden daarna zelf processen, waaronder drie dagen "
            "burgerberaad over klimaatweerbaarheid.",
            "About 200 staff trained; several went on to facilitate processes themselves, including three days of "
            "citizens' deliberation on climate resilience.",
        ),
        start="2020-01-15", end="2021-12-15", status=FIN, organiser="bruxelles-environnement", municipality=None,
        place=BRUSSELS_ENVIRONMENT, family=F1, methods=["atelier-intelligence-collective"],
        themes=["administration", "environnement-climat"], actions=["proposer-des-idees", "co-concevoir"],
        values=["co-construction", "inclusion"], level="co-construction", governance=REG, participants=200,
        providers=["dreamocracy"],
        steps=[
            ("2020-01-15", None, ("Premières journées de formation", "Eerste opleidingsdagen", "First training days"), ()),
            ("2020-03-16", None, ("Passage en ligne (Covid)", "Overstap naar online (covid)", "Moving online (Covid)"), ()),
            ("2021-12-15", None, ("Fin du programme : ~200 agent·es", "Einde van het programma: ~200 medewerkers",
                                  "Programme ends: ~200 staff"), ()),
        ],
        follow_ups=[
            ("2022-05-31", ("Des agent·es formé·es ont facilité trois jours de délibération citoyenne sur la "
                            "résilience climatique.",
                            "Opgeleide medewerkers begeleidden drie dagen burgerberaad over klimaatweerbaarheid.",
                            "Trained staff facilitated three days of citizens' deliberation on climate resilience.")),
        ],
    ),
    dict(
        slug="ateliers-de-la-participation",
        title=(
            "Ateliers de la participation : module inclusion",
            "Participatieworkshops: module inclusie",
            "Participation workshops: inclusion module",
        ),
        summary=(
            "Le Service de la Participation réunit les agent·es publics bruxellois autour des phases d'un processus "
            "participatif ; le module inclusion porte sur les personnes éloignées du débat public.",
            "De Dienst Participatie brengt Brusselse ambtenaren samen rond de fasen van een participatieproces; de "
            "module inclusie gaat over mensen die ver van het publieke debat staan.",
            "The Participation Service brings Brussels public officials together around the phases of a "
            "participatory process; the inclusion module is about people far from public debate.",
        ),
        body=(
            """
            Les **ateliers de la participation** suivent les phases d'un processus : le cadrage, l'art de la
            mobilisation, la facilitation des dialogues participatifs et l'évaluation, avec des thématiques
            transversales comme l'inclusion et l'environnement.

            Le module **inclusion** pose la question des bonnes pratiques pour recruter, faciliter et maintenir
            l'engagement des personnes éloignées du débat public. Il comprend une visite de terrain à Gand avec un
            régisseur de quartier, une session de réflexion avec equal.brussels, Kenza Amara Hammou (VUB) et Raouf
            Ben Ammar du Collectif Citoyen (qui sont les populations « éloignées » ou non représentées ? quelle
            différence entre inclusion et représentativité ?), puis des cas pratiques : les ateliers de quartier
            BRI-CO et Megafon.
            """,
            """
            De **participatieworkshops** volgen de fasen van een proces: kader, de kunst van mobilisatie, facilitatie
            van participatieve dialoog en evaluatie, met transversale thema's zoals inclusie en milieu.

            De module **inclusie** gaat over goede praktijken om mensen die ver van het publieke debat staan te
            werven, te begeleiden en betrokken te houden. Ze omvat een terreinbezoek in Gent met een wijkregisseur,
            een reflectiesessie met equal.brussels, Kenza Amara Hammou (VUB) en Raouf Ben Ammar van het Collectif
            Citoyen (wie zijn de 'verafgelegen' of niet-vertegenwoordigde groepen? wat is het verschil tussen inclusie
            en representativiteit?), en praktijkcases: de wijkateliers BRI-CO en Megafon.
            """,
            """
            The **participation workshops** follow the phases of a process: framing, the art of mobilisation,
            facilitating participatory dialogue and evaluation, with cross-cutting topics such as inclusion and the
            environment.

            The **inclusion** module asks what good practice looks like for recruiting, facilitating and keeping
            engaged people who are far from public debate. It includes a field visit in Ghent with a neighbourhood
            manager, a reflection session with equal.brussels, Kenza Amara Hammou (VUB) and Raouf Ben Ammar of the
            Collectif Citoyen (who are the 'distant' or unrepresented groups? how do inclusion and representativeness
            differ?), and practical cases: the BRI-CO neighbourhood workshops and Megafon.
            """,
        ),
        results=(
            "Les participant·es ont partagé leurs pratiques de recrutement et de facilitation ; les enseignements du "
            "module nourrissent la boîte à outils (focus inclusion) et les prochains ateliers.",
            "De deelnemers deelden hun praktijken rond werving en facilitatie; de lessen van de module voeden de "
            "toolbox (focus inclusie) en de volgende workshops.",
            "Participants shared their recruitment and facilitation practices; the module's lessons feed the toolbox "
            "(inclusion focus) and the next workshops.",
        ),
        start="2024-10-17", end="2024-11-14", status=FIN, organiser="service-participation", municipality=None,
        place=PERSPECTIVE, family=None, themes=["institutions-citoyennete", "administration", "cohesion-sociale"],
        actions=["s-informer", "deliberer"], values=["inclusion", "representativite"], level="information",
        governance=REG,
        steps=[
            ("2024-10-17", None, ("Visite de terrain à Gand", "Terreinbezoek in Gent", "Field visit in Ghent"),
             ("Quartiers Watersportbaan et gare de Gand-Saint-Pierre, avec un régisseur de quartier.",
              "Wijken Watersportbaan en station Gent-Sint-Pieters, met een wijkregisseur.",
              "The Watersportbaan and Gent-Sint-Pieters station areas, with a neighbourhood manager.")),
            ("2024-11-05", None, ("Session de réflexion", "Reflectiesessie", "Reflection session"),
             ("Avec equal.brussels, la VUB et le Collectif Citoyen.", "Met equal.brussels, de VUB en het Collectif Citoyen.",
              "With equal.brussels, VUB and the Collectif Citoyen.")),
            ("2024-11-14", None, ("Cas pratiques : BRI-CO et Megafon", "Praktijkcases: BRI-CO en Megafon", "Practical cases: BRI-CO and Megafon"), ()),
        ],
        links=[(("participation.brussels", "participatie.brussels", "participation.brussels"), "https://participation.brussels")],
    ),
    dict(
        slug="reseau-agents-publics-participation",
        title=(
            "Réseau d'agents publics de la participation et Forum des acteurs",
            "Netwerk van ambtenaren voor participatie en Forum van de actoren",
            "Network of public participation officers and Stakeholders' Forum",
        ),
        summary=(
            "Un réseau formel des agent·es publics bruxellois de la participation, ouvert une fois par an à "
            "l'ensemble des acteurs, pour développer une culture partagée de la participation.",
            "Een formeel netwerk van Brusselse ambtenaren die met participatie bezig zijn, eens per jaar open voor "
            "alle actoren, om een gedeelde participatiecultuur te ontwikkelen.",
            "A formal network of Brussels public officials working on participation, opened once a year to all "
            "stakeholders, to build a shared culture of participation.",
        ),
        body=(
            """
            Le réseau crée un espace de réflexion sur les enjeux de la démocratie participative, développe les
            connaissances et l'expérience des agent·es publics, et cherche à garantir la qualité de la participation
            en Région bruxelloise en harmonisant la terminologie et les pratiques.

            Les rencontres récurrentes mêlent échange de bonnes pratiques, outillage, formation des agent·es, débat
            sur les enjeux généraux et plaidoyer ; des groupes de travail approfondissent certains thèmes, et un
            **Forum** ouvre régulièrement la discussion à l'ensemble des acteurs.
            """,
            """
            Het netwerk biedt ruimte om na te denken over de uitdagingen van participatieve democratie, versterkt de
            kennis en ervaring van ambtenaren en wil de kwaliteit van participatie in het Brussels Gewest garanderen
            door terminologie en praktijken op elkaar af te stemmen.

            De terugkerende ontmoetingen combineren uitwisseling van goede praktijken, tools, opleiding, debat over
            algemene vraagstukken en belangenbehartiging; werkgroepen diepen thema's uit, en een **Forum** opent het
            gesprek geregeld voor alle actoren.
            """,
            """
            The network offers a space to reflect on the issues of participatory democracy, builds public officials'
            knowledge and experience, and aims to guarantee the quality of participation in the Brussels Region by
            harmonising terms and practices.

            Its regular meetings combine sharing good practice, tools, training, debate on general issues and
            advocacy; working groups go deeper into some topics, and a **Forum** regularly opens the discussion to all
            stakeholders.
            """,
        ),
        start="2022-09-01", status=O, organiser="service-participation", municipality=None, place=PERSPECTIVE,
        family=None, themes=["institutions-citoyennete", "administration"], actions=["s-informer", "deliberer", "evaluer"],
        values=["transparence", "co-construction"], level="concertation", governance=REG,
        steps=[
            ("2022-09-01", None, ("Première rencontre du réseau", "Eerste netwerkbijeenkomst", "First network meeting"), ()),
            ("2023-06-01", None, ("Forum des acteurs", "Forum van de actoren", "Stakeholders' Forum"),
             ("Moment d'ouverture à l'ensemble des acteurs de la participation.",
              "Een moment dat openstaat voor alle participatieactoren.",
              "A meeting open to everyone involved in participation.")),
        ],
    ),
]

# Invented but plausible initiatives (is_example), spread over the 19 municipalities, families and levels.
EXAMPLE_INITIATIVES = [
    dict(
        slug="budget-participatif-schaerbeek-2022",
        title=("Budget participatif de Schaerbeek 2022", "Burgerbegroting Schaarbeek 2022", "Schaerbeek participatory budget 2022"),
        summary=(
            "Les Schaerbeekois·es ont proposé puis choisi par vote des projets pour leur quartier, dans une enveloppe "
            "de 400 000 euros.",
            "De Schaarbekenaren stelden projecten voor hun wijk voor en kozen er daarna via een stemming uit, binnen "
            "een budget van 400.000 euro.",
            "Schaerbeek residents proposed projects for their neighbourhood and then chose among them by vote, within "
            "a budget of 400,000 euros.",
        ),
        body=(
            """
            Tout habitant·e ou association pouvait déposer un projet d'intérêt collectif : aménagement léger, verdurisation,
            équipement de quartier, animation. Les services communaux ont vérifié la faisabilité et estimé les coûts
            avec les porteurs et porteuses de projet.

            Le vote, en ligne et dans des bureaux mobiles (marchés, écoles, maisons de quartier), était ouvert à toute
            personne de plus de 12 ans habitant la commune. Chaque votant·e choisissait jusqu'à trois projets.
            """,
            """
            Elke inwoner of vereniging kon een project van algemeen belang indienen: lichte inrichting, vergroening,
            buurtuitrusting, animatie. De gemeentediensten onderzochten met de indieners de haalbaarheid en de kosten.

            De stemming, online en in mobiele stembureaus (markten, scholen, buurthuizen), stond open voor iedereen
            ouder dan 12 die in de gemeente woont. Elke kiezer koos tot drie projecten.
            """,
            """
            Any resident or association could submit a project of common interest: light street works, greening,
            neighbourhood equipment, activities. Municipal services checked feasibility and costs with the project
            leaders.

            Voting, online and at mobile polling stations (markets, schools, community centres), was open to anyone
            over 12 living in the municipality. Each voter chose up to three projects.
            """,
        ),
        results=(
            "2 140 votant·es ; 14 projets retenus, dont six jardins de façade collectifs, deux boîtes à livres et une "
            "rue scolaire.",
            "2.140 kiezers; 14 projecten weerhouden, waaronder zes gezamenlijke geveltuinen, twee boekenruilkasten en "
            "een schoolstraat.",
            "2,140 voters; 14 projects selected, including six shared façade gardens, two book-exchange boxes and a "
            "school street.",
        ),
        start="2022-02-01", end="2022-12-15", status=FIN, organiser="commune-schaerbeek", municipality="21015",
        family=F3, methods=["budget-participatif"], themes=["budgetisation", "amenagement-espace-public"],
        actions=["deposer-un-projet", "voter"], values=["co-construction", "transparence"], level="co-decision",
        governance=MUN, participants=2140, example=True,
        steps=[
            ("2022-02-01", "2022-04-15", ("Dépôt des projets", "Indienen van projecten", "Project submissions"), ()),
            ("2022-04-16", "2022-06-15", ("Analyse de faisabilité", "Haalbaarheidsonderzoek", "Feasibility review"), ()),
            ("2022-09-15", "2022-10-15", ("Vote", "Stemming", "Vote"), ()),
            ("2022-12-15", None, ("Annonce des lauréats", "Bekendmaking van de winnaars", "Winners announced"), ()),
        ],
        follow_ups=[
            ("2023-06-30", ("9 projets réalisés, 5 en cours (deux retardés par des permis).",
                            "9 projecten uitgevoerd, 5 lopend (twee vertraagd door vergunningen).",
                            "9 projects completed, 5 under way (two delayed by permits).")),
            ("2024-03-31", ("Les 14 projets sont réalisés ; bilan présenté au conseil communal.",
                            "De 14 projecten zijn uitgevoerd; evaluatie voorgesteld aan de gemeenteraad.",
                            "All 14 projects completed; review presented to the municipal council.")),
        ],
    ),
    dict(
        slug="budget-participatif-ixelles-2026",
        title=("Budget participatif d'Ixelles 2026", "Burgerbegroting Elsene 2026", "Ixelles participatory budget 2026"),
        summary=(
            "Un budget participatif centré sur l'adaptation au climat : rafraîchir les rues, désimperméabiliser, "
            "planter. Les projets sont soumis au vote fin 2026.",
            "Een burgerbegroting rond klimaatadaptatie: straten verkoelen, ontharden, planten. Over de projecten wordt "
            "eind 2026 gestemd.",
            "A participatory budget focused on climate adaptation: cooling streets, removing paving, planting. "
            "Projects go to the vote at the end of 2026.",
        ),
        body=(
            """
            Pour cette édition, la commune consacre son budget participatif à l'adaptation au changement climatique.
            Les habitant·es proposent des projets qui rafraîchissent l'espace public ou y font entrer la nature.

            Des ateliers d'accompagnement aident à transformer une idée en projet chiffré ; un comité mixte
            (habitant·es tiré·es au sort et agent·es communaux) vérifie la recevabilité avant le vote.
            """,
            """
            Deze editie wijdt de gemeente haar burgerbegroting aan klimaatadaptatie. Bewoners stellen projecten voor
            die de openbare ruimte verkoelen of er natuur in brengen.

            Begeleidingsworkshops helpen om van een idee een begroot project te maken; een gemengd comité (gelote
            bewoners en gemeentepersoneel) toetst de ontvankelijkheid vóór de stemming.
            """,
            """
            This year the municipality devotes its participatory budget to climate adaptation. Residents propose
            projects that cool public space or bring nature into it.

            Support workshops help turn an idea into a costed project; a mixed committee (residents drawn by lot and
            municipal staff) checks eligibility before the vote.
            """,
        ),
        start="2026-03-01", end="2026-12-20", status=O, organiser="commune-ixelles", municipality="21009",
        family=F3, methods=["budget-participatif"], themes=["budgetisation", "environnement-climat"],
        actions=["deposer-un-projet", "voter", "proposer-des-idees"], values=["co-construction", "inclusion"],
        level="co-decision", governance=MUN, participants=310, example=True,
        steps=[
            ("2026-03-01", "2026-05-31", ("Appel à projets", "Projectoproep", "Call for projects"), ()),
            ("2026-06-01", "2026-09-30", ("Ateliers d'accompagnement", "Begeleidingsworkshops", "Support workshops"), ()),
            ("2026-11-25", "2026-12-20", ("Vote des habitant·es", "Stemming door de bewoners", "Residents' vote"), ()),
        ],
    ),
    dict(
        slug="commission-de-quartier-cqd-molenbeek",
        title=(
            "Commission de quartier d'un contrat de quartier durable à Molenbeek",
            "Wijkcommissie van een duurzaam wijkcontract in Molenbeek",
            "Neighbourhood committee of a sustainable neighbourhood contract in Molenbeek",
        ),
        summary=(
            "Habitant·es, associations et services communaux ont suivi pendant quatre ans le programme du contrat de "
            "quartier et rendu des avis sur chaque opération.",
            "Bewoners, verenigingen en gemeentediensten volgden vier jaar lang het programma van het wijkcontract en "
            "gaven advies over elke operatie.",
            "Residents, associations and municipal services followed the neighbourhood contract's programme for four "
            "years and gave opinions on each operation.",
        ),
        body=(
            """
            Chaque contrat de quartier durable prévoit une **commission de quartier** : des habitant·es, des
            représentant·es du monde associatif et économique, de la commune et de la Région s'y réunissent
            plusieurs fois par an.

            La commission a rendu des avis sur le diagnostic, le programme, puis sur chaque projet d'aménagement
            (une place, une crèche, des logements) et sur les projets socio-économiques portés par les associations.
            """,
            """
            Elk duurzaam wijkcontract heeft een **wijkcommissie**: bewoners, vertegenwoordigers van het
            verenigings- en economisch leven, van de gemeente en van het Gewest komen meermaals per jaar samen.

            De commissie gaf advies over de diagnose, het programma en daarna over elk inrichtingsproject (een plein,
            een kinderdagverblijf, woningen) en over de sociaaleconomische projecten van de verenigingen.
            """,
            """
            Each sustainable neighbourhood contract has a **neighbourhood committee**: residents and representatives
            of local associations and businesses, the municipality and the Region meet several times a year.

            The committee gave opinions on the diagnosis, the programme, then on each building project (a square, a
            crèche, housing) and on the socio-economic projects run by associations.
            """,
        ),
        results=(
            "Une vingtaine d'avis rendus ; le tracé de la future place a été revu pour conserver six arbres.",
            "Een twintigtal adviezen; het ontwerp van het toekomstige plein werd aangepast om zes bomen te behouden.",
            "Some twenty opinions given; the design of the future square was revised to keep six trees.",
        ),
        start="2019-03-01", end="2023-02-28", status=FIN, organiser="commune-molenbeek", municipality="21012",
        family=F5, methods=["comite-de-quartier"], themes=["amenagement-espace-public", "logement", "cohesion-sociale"],
        actions=["donner-son-avis", "evaluer"], values=["proximite", "devoir-de-suite"], level="concertation",
        governance=NBH, participants=45, example=True,
        steps=[
            ("2019-03-01", None, ("Installation de la commission", "Installatie van de commissie", "Committee set up"), ()),
            ("2019-10-15", None, ("Avis sur le programme", "Advies over het programma", "Opinion on the programme"), ()),
            ("2023-02-28", None, ("Dernière séance et bilan", "Laatste zitting en evaluatie", "Last meeting and review"), ()),
        ],
        follow_ups=[
            ("2021-05-10", ("Le projet de place a été modifié pour conserver six arbres, comme demandé par la commission.",
                            "Het pleinontwerp werd aangepast om zes bomen te behouden, zoals de commissie vroeg.",
                            "The square's design was changed to keep six trees, as the committee asked.")),
        ],
    ),
    dict(
        slug="petition-piste-cyclable-jette",
        title=(
            "Pétition pour une piste cyclable sécurisée rue Léon Theodor",
            "Petitie voor een veilig fietspad in de Léon Theodorstraat",
            "Petition for a protected cycle lane on Rue Léon Theodor",
        ),
        summary=(
            "Un collectif d'habitant·es a réuni des signatures pour demander au conseil communal de Jette une piste "
            "cyclable séparée.",
            "Een bewonerscollectief verzamelde handtekeningen om de Jetse gemeenteraad om een afgescheiden fietspad te "
            "vragen.",
            "A residents' collective gathered signatures to ask Jette's municipal council for a separated cycle lane.",
        ),
        body=(
            """
            Après plusieurs accidents impliquant des cyclistes, le collectif a lancé une pétition en ligne et sur
            papier chez les commerçant·es. Le règlement communal permet aux pétitions suffisamment soutenues d'être
            inscrites à l'ordre du jour du conseil.

            Les porte-parole du collectif ont présenté la demande en séance publique ; l'échevin·e de la mobilité a
            répondu et proposé une étude de faisabilité.
            """,
            """
            Na verschillende ongevallen met fietsers lanceerde het collectief een online en papieren petitie bij de
            handelaars. Het gemeentelijk reglement laat toe dat voldoende gesteunde petities op de agenda van de
            gemeenteraad komen.

            De woordvoerders van het collectief stelden de vraag voor in openbare zitting; de schepen van mobiliteit
            antwoordde en stelde een haalbaarheidsstudie voor.
            """,
            """
            After several accidents involving cyclists, the collective launched a petition online and on paper in
            local shops. Municipal rules let petitions with enough support be put on the council's agenda.

            The collective's spokespeople presented the request in a public session; the alderman for mobility replied
            and proposed a feasibility study.
            """,
        ),
        results=(
            "1 180 signatures ; le conseil a voté une étude de faisabilité.",
            "1.180 handtekeningen; de raad keurde een haalbaarheidsstudie goed.",
            "1,180 signatures; the council voted for a feasibility study.",
        ),
        start="2023-03-01", end="2023-06-27", status=FIN, organiser="collectif-velo-jette", municipality="21010",
        family=F6, methods=["petition"], themes=["mobilite"], actions=["signer-une-petition", "interpeller"],
        values=["transparence", "redevabilite"], level="consultation", governance=MUN, participants=1180, example=True,
        steps=[
            ("2023-03-01", "2023-05-31", ("Collecte des signatures", "Verzamelen van handtekeningen", "Collecting signatures"), ()),
            ("2023-06-27", None, ("Présentation au conseil communal", "Voorstelling in de gemeenteraad", "Presented to the council"), ()),
        ],
        follow_ups=[
            ("2024-02-15", ("Étude de faisabilité rendue : piste séparée possible sur 600 m ; travaux inscrits au budget 2025.",
                            "Haalbaarheidsstudie klaar: afgescheiden fietspad mogelijk over 600 m; werken ingeschreven in de begroting 2025.",
                            "Feasibility study delivered: a separated lane is possible over 600 m; works put in the 2025 budget.")),
            ("2025-10-01", ("Piste cyclable réalisée.", "Fietspad aangelegd.", "Cycle lane built.")),
        ],
    ),
    dict(
        slug="interpellation-citoyenne-etterbeek-cours-ecole",
        title=(
            "Interpellation citoyenne : ouvrir les cours d'école le week-end",
            "Burgerinterpellatie: speelplaatsen in het weekend openstellen",
            "Citizens' question: opening school playgrounds at weekends",
        ),
        summary=(
            "Des parents ont interpellé le conseil communal d'Etterbeek pour ouvrir les cours d'école au public le "
            "week-end.",
            "Ouders interpelleerden de gemeenteraad van Etterbeek om speelplaatsen in het weekend open te stellen.",
            "Parents questioned Etterbeek's municipal council about opening school playgrounds to the public at weekends.",
        ),
        body=(
            """
            Le droit d'interpellation permet à des habitant·es de poser une question au conseil communal en séance
            publique, s'ils réunissent le nombre de soutiens prévu par le règlement.

            Les parents ont rappelé le manque d'espaces de jeu dans les quartiers denses ; le collège a répondu
            publiquement et annoncé un essai dans deux écoles.
            """,
            """
            Met het interpellatierecht kunnen inwoners in openbare zitting een vraag stellen aan de gemeenteraad, als
            ze het aantal steunbetuigingen halen dat het reglement voorschrijft.

            De ouders wezen op het gebrek aan speelruimte in dichtbevolkte wijken; het college antwoordde publiek en
            kondigde een test in twee scholen aan.
            """,
            """
            The right to question the council lets residents ask the municipal council a question in a public
            session, if they gather the number of supporters the rules require.

            The parents pointed to the lack of play space in dense neighbourhoods; the executive replied publicly and
            announced a trial in two schools.
            """,
        ),
        results=("Essai annoncé dans deux écoles.", "Test aangekondigd in twee scholen.", "Trial announced in two schools."),
        start="2021-09-01", end="2021-10-25", status=FIN, organiser="commune-etterbeek", municipality="21005",
        family=F6, methods=["interpellation-citoyenne"], themes=["jeunesse", "amenagement-espace-public"],
        actions=["interpeller"], values=["redevabilite", "transparence"], level="information", governance=MUN,
        participants=64, example=True,
        steps=[("2021-10-25", None, ("Interpellation en séance publique", "Interpellatie in openbare zitting",
                                     "Question in public session"), ())],
        follow_ups=[
            ("2022-04-30", ("Deux cours d'école ouvertes le samedi après-midi, avec un animateur.",
                            "Twee speelplaatsen open op zaterdagnamiddag, met een animator.",
                            "Two playgrounds open on Saturday afternoons, with a youth worker.")),
        ],
    ),
    dict(
        slug="consultation-populaire-place-keym",
        title=(
            "Consultation populaire sur la piétonnisation de la place Keym",
            "Volksraadpleging over een voetgangerszone op het Keymplein",
            "Popular consultation on pedestrianising Place Keym",
        ),
        summary=(
            "Les habitant·es de Watermael-Boitsfort âgé·es de 16 ans et plus ont été consulté·es sur la piétonnisation "
            "de la place et de ses abords.",
            "De inwoners van Watermaal-Bosvoorde van 16 jaar en ouder werden geraadpleegd over een voetgangerszone op "
            "het plein en in de omgeving.",
            "Residents of Watermael-Boitsfort aged 16 and over were consulted on pedestrianising the square and its "
            "surroundings.",
        ),
        body=(
            """
            La loi communale permet au conseil d'organiser une **consultation populaire** sur une question d'intérêt
            communal. Le résultat n'est pas contraignant, mais le conseil s'était engagé à le suivre si la
            participation dépassait 20 %.

            Une brochure bilingue présentait les deux options et leurs conséquences sur la circulation, le
            stationnement et le marché ; deux soirées d'information ont précédé le vote.
            """,
            """
            De gemeentewet laat de raad toe een **volksraadpleging** te houden over een kwestie van gemeentelijk
            belang. Het resultaat is niet bindend, maar de raad had beloofd het te volgen als de opkomst boven 20 %
            lag.

            Een tweetalige brochure stelde de twee opties voor en hun gevolgen voor verkeer, parkeren en de markt;
            twee infoavonden gingen aan de stemming vooraf.
            """,
            """
            Municipal law lets the council hold a **popular consultation** on a matter of municipal interest. The
            result is not binding, but the council had undertaken to follow it if turnout exceeded 20%.

            A bilingual leaflet set out both options and their consequences for traffic, parking and the market; two
            information evenings preceded the vote.
            """,
        ),
        results=(
            "Participation de 27 % ; 58 % pour la piétonnisation.",
            "Opkomst van 27 %; 58 % voor de voetgangerszone.",
            "27% turnout; 58% in favour of pedestrianisation.",
        ),
        start="2019-04-01", end="2019-06-16", status=FIN, organiser="commune-watermael-boitsfort", municipality="21017",
        family=F2, methods=["consultation-populaire"], themes=["mobilite", "amenagement-espace-public"],
        actions=["s-informer", "voter"], values=["transparence", "redevabilite"], level="consultation",
        governance=MUN, participants=5200, example=True,
        steps=[
            ("2019-04-01", None, ("Décision du conseil", "Beslissing van de raad", "Council decision"), ()),
            ("2019-05-20", "2019-05-28", ("Soirées d'information", "Infoavonden", "Information evenings"), ()),
            ("2019-06-16", None, ("Jour du vote", "Stemdag", "Voting day"), ()),
        ],
        follow_ups=[
            ("2019-09-23", ("Le conseil adopte la piétonnisation, avec une phase test d'un an.",
                            "De raad keurt de voetgangerszone goed, met een testfase van een jaar.",
                            "The council adopts pedestrianisation, with a one-year trial.")),
        ],
    ),
    dict(
        slug="consultation-en-ligne-livraisons-velo",
        title=(
            "Consultation en ligne sur les zones de livraison pour vélos cargos",
            "Online raadpleging over laadzones voor bakfietsen",
            "Online consultation on cargo-bike loading zones",
        ),
        summary=(
            "Bruxelles Mobilité demande aux commerçant·es, livreurs et livreuses et habitant·es où placer les futures "
            "zones de livraison réservées aux vélos cargos.",
            "Brussel Mobiliteit vraagt handelaars, koeriers en bewoners waar de toekomstige laadzones voor bakfietsen "
            "moeten komen.",
            "Brussels Mobility asks shopkeepers, couriers and residents where future loading zones for cargo bikes "
            "should go.",
        ),
        body=(
            """
            Sur une carte en ligne, chacun·e peut proposer un emplacement, commenter ceux des autres et indiquer les
            heures de livraison utiles. Des permanences sur les marchés permettent de participer sans internet.

            Les contributions seront analysées avec les communes concernées ; un rapport dira lesquelles ont été
            retenues et pourquoi.
            """,
            """
            Op een online kaart kan iedereen een plek voorstellen, die van anderen becommentariëren en nuttige
            leveruren aangeven. Zitdagen op markten maken deelname zonder internet mogelijk.

            De bijdragen worden met de betrokken gemeenten geanalyseerd; een verslag zegt welke werden weerhouden en
            waarom.
            """,
            """
            On an online map, anyone can propose a location, comment on others' and say which delivery hours matter.
            Stands at markets let people take part without the internet.

            Contributions will be analysed with the municipalities concerned; a report will say which were kept and
            why.
            """,
        ),
        start="2026-10-01", end="2026-12-15", status=O, organiser="bruxelles-mobilite", municipality=None,
        place=(50.8503, 4.3517), family=F7, methods=["consultation-en-ligne"], themes=["mobilite", "economie-emploi"],
        actions=["donner-son-avis", "proposer-des-idees"], values=["transparence", "devoir-de-suite"],
        level="consultation", governance=REG, participants=870, example=True,
        steps=[
            ("2026-10-01", "2026-12-15", ("Consultation en ligne", "Online raadpleging", "Online consultation"), ()),
            ("2027-03-01", None, ("Rapport de consultation", "Raadplegingsverslag", "Consultation report"), ()),
        ],
    ),
    dict(
        slug="conseil-de-quartier-saint-josse",
        title=("Conseil de quartier Saint-Josse centre", "Wijkraad Sint-Joost centrum", "Saint-Josse centre neighbourhood council"),
        summary=(
            "Douze habitant·es tiré·es au sort et huit volontaires se réunissent tous les deux mois avec la commune "
            "sur la vie du quartier.",
            "Twaalf gelote bewoners en acht vrijwilligers komen om de twee maanden samen met de gemeente over het "
            "leven in de wijk.",
            "Twelve residents drawn by lot and eight volunteers meet the municipality every two months about local life.",
        ),
        body=(
            """
            Dans la commune la plus dense du pays, le conseil de quartier donne la parole à des habitant·es qui ne
            viennent pas aux réunions publiques : une partie des membres est tirée au sort, avec une interprétation
            en turc et en arabe si nécessaire.

            Le conseil rend des avis sur les projets communaux (propreté, espaces publics, fêtes de quartier) et peut
            se saisir lui-même d'une question.
            """,
            """
            In de dichtstbevolkte gemeente van het land geeft de wijkraad het woord aan bewoners die niet naar
            openbare vergaderingen komen: een deel van de leden wordt geloot, met tolken Turks en Arabisch waar nodig.

            De raad geeft advies over gemeentelijke projecten (netheid, openbare ruimte, buurtfeesten) en kan zelf
            een kwestie aankaarten.
            """,
            """
            In the country's most densely populated municipality, the neighbourhood council gives a voice to residents
            who do not come to public meetings: some members are drawn by lot, with Turkish and Arabic interpreting
            where needed.

            The council gives opinions on municipal projects (cleanliness, public space, street parties) and can take
            up a question on its own initiative.
            """,
        ),
        start="2022-01-15", status=O, organiser="commune-saint-josse", municipality="21014", family=F5,
        methods=["conseil-de-quartier"], themes=["cohesion-sociale", "amenagement-espace-public"],
        actions=["donner-son-avis", "deliberer"], values=["representativite", "inclusion", "proximite"],
        level="concertation", governance=NBH, participants=20, example=True,
        steps=[
            ("2021-11-15", None, ("Tirage au sort des membres", "Loting van de leden", "Members drawn by lot"), ()),
            ("2022-01-15", None, ("Première séance", "Eerste zitting", "First meeting"), ()),
            ("2024-01-15", None, ("Renouvellement de la moitié des membres", "Vernieuwing van de helft van de leden",
                                  "Half of the members renewed"), ()),
        ],
        follow_ups=[
            ("2023-06-12", ("Sur avis du conseil, les horaires de collecte des déchets ont été avancés dans trois rues commerçantes.",
                            "Op advies van de raad werden de ophaaluren van afval in drie winkelstraten vervroegd.",
                            "On the council's advice, waste collection times were moved earlier in three shopping streets.")),
        ],
    ),
    dict(
        slug="conseil-des-jeunes-evere",
        title=("Conseil des jeunes d'Evere", "Jeugdraad Evere", "Evere youth council"),
        summary=(
            "Vingt-quatre jeunes de 12 à 18 ans élu·es dans les écoles portent leurs projets et rendent des avis au "
            "conseil communal.",
            "Vierentwintig jongeren van 12 tot 18 jaar, verkozen in de scholen, werken projecten uit en geven advies "
            "aan de gemeenteraad.",
            "Twenty-four young people aged 12 to 18, elected in schools, run their own projects and advise the "
            "municipal council.",
        ),
        body=(
            """
            Les membres sont élu·es pour deux ans dans les écoles de la commune, francophones et néerlandophones. Ils
            et elles disposent d'un petit budget annuel et sont accompagné·es par deux animateurs du service jeunesse.

            Le conseil a travaillé sur l'éclairage des chemins vers les écoles, un festival de musique et un avis sur
            le réaménagement d'un terrain de sport.
            """,
            """
            De leden worden voor twee jaar verkozen in de Franstalige en Nederlandstalige scholen van de gemeente.
            Ze beschikken over een klein jaarbudget en worden begeleid door twee animatoren van de jeugddienst.

            De raad werkte rond verlichting van schoolroutes, een muziekfestival en een advies over de heraanleg van
            een sportterrein.
            """,
            """
            Members are elected for two years in the municipality's French- and Dutch-speaking schools. They have a
            small annual budget and are supported by two youth workers.

            The council has worked on lighting routes to school, a music festival and an opinion on the redesign of a
            sports ground.
            """,
        ),
        start="2023-10-01", status=O, organiser="commune-evere", municipality="21006", family=F5,
        methods=["conseil-consultatif"], themes=["jeunesse", "institutions-citoyennete"],
        actions=["proposer-des-idees", "donner-son-avis", "deposer-un-projet"], values=["inclusion", "co-construction"],
        level="co-construction", governance=MUN, participants=24, example=True,
        steps=[
            ("2023-10-01", None, ("Élections dans les écoles", "Verkiezingen in de scholen", "Elections in schools"), ()),
            ("2024-05-15", None, ("Avis sur le terrain de sport", "Advies over het sportterrein", "Opinion on the sports ground"), ()),
            ("2025-10-01", None, ("Nouvelles élections", "Nieuwe verkiezingen", "New elections"), ()),
        ],
        follow_ups=[
            ("2024-09-01", ("Le projet de terrain de sport intègre un espace de street workout demandé par le conseil.",
                            "Het project voor het sportterrein bevat een street-workoutzone, zoals de raad vroeg.",
                            "The sports ground project includes a street-workout area, as the council asked.")),
        ],
    ),
    dict(
        slug="ateliers-urbanisme-place-saint-denis",
        title=(
            "Ateliers d'urbanisme pour la place Saint-Denis",
            "Stedenbouwkundige workshops voor het Sint-Denijsplein",
            "Urban design workshops for Place Saint-Denis",
        ),
        summary=(
            "Avant le concours d'architecture, habitant·es, marchand·es et écoles ont dessiné avec des urbanistes le "
            "programme de la future place.",
            "Voor de architectuurwedstrijd tekenden bewoners, marktkramers en scholen samen met stedenbouwkundigen het "
            "programma van het toekomstige plein.",
            "Before the architecture competition, residents, market traders and schools drew up the brief for the "
            "future square with urban designers.",
        ),
        body=(
            """
            Trois ateliers sur maquette, une balade diagnostique et une journée portes ouvertes sur la place ont
            permis de confronter les usages : marché hebdomadaire, sortie des écoles, terrasses, circulation des bus.

            Le cahier des charges du concours reprend les principes co-construits : plus d'ombre, un espace libre pour
            le marché, des bancs sans obligation de consommer.
            """,
            """
            Drie workshops op maquette, een diagnosewandeling en een opendeurdag op het plein brachten de
            verschillende gebruiken samen: de wekelijkse markt, het einde van de schooldag, terrassen, busverkeer.

            Het bestek van de wedstrijd neemt de samen uitgewerkte principes over: meer schaduw, vrije ruimte voor de
            markt, banken zonder consumptieverplichting.
            """,
            """
            Three model-based workshops, a diagnostic walk and an open day on the square brought the different uses
            together: the weekly market, school pick-up, café terraces, buses.

            The competition brief takes up the co-designed principles: more shade, open space for the market, benches
            where no purchase is needed.
            """,
        ),
        results=(
            "Un programme en douze principes intégré au cahier des charges du concours.",
            "Een programma in twaalf principes, opgenomen in het bestek van de wedstrijd.",
            "A twelve-principle brief included in the competition specification.",
        ),
        start="2021-09-01", end="2022-03-31", status=FIN, organiser="commune-forest", municipality="21007",
        family=F4, methods=["atelier-urbanisme", "marche-exploratoire"], themes=["amenagement-espace-public"],
        actions=["co-concevoir", "donner-son-avis"], values=["co-construction", "proximite"], level="co-construction",
        governance=NBH, participants=140, providers=["zenne-facilitation"], example=True,
        steps=[
            ("2021-09-18", None, ("Balade diagnostique", "Diagnosewandeling", "Diagnostic walk"), ()),
            ("2021-10-01", "2022-01-31", ("Trois ateliers sur maquette", "Drie workshops op maquette", "Three model workshops"), ()),
            ("2022-03-31", None, ("Programme remis à la commune", "Programma overhandigd aan de gemeente", "Brief handed to the municipality"), ()),
        ],
        follow_ups=[
            ("2022-09-15", ("Concours lancé avec le programme co-construit ; deux habitant·es siègent au jury.",
                            "Wedstrijd gelanceerd met het samen opgestelde programma; twee bewoners zetelen in de jury.",
                            "Competition launched with the co-designed brief; two residents sit on the jury.")),
        ],
    ),
    dict(
        slug="conseil-consultatif-locataires-logement-molenbeekois",
        title=(
            "Conseil consultatif des locataires du Logement Molenbeekois",
            "Adviesraad van de huurders van Le Logement Molenbeekois",
            "Tenants' advisory council of Le Logement Molenbeekois",
        ),
        summary=(
            "Les locataires élu·es rendent des avis à la société de logement social sur les rénovations, les charges "
            "et la vie dans les immeubles.",
            "Verkozen huurders geven de sociale huisvestingsmaatschappij advies over renovaties, lasten en het leven "
            "in de gebouwen.",
            "Elected tenants advise the social housing company on renovations, service charges and life in the "
            "buildings.",
        ),
        body=(
            """
            Chaque société immobilière de service public (SISP) a un conseil consultatif des locataires (CoCoLo),
            élu par les locataires. Le conseil est consulté sur le programme d'entretien et de rénovation, le calcul
            des charges et le règlement d'ordre intérieur.

            Pour la rénovation énergétique de deux immeubles, le conseil a organisé des réunions par cage d'escalier
            afin que les locataires puissent poser leurs questions sur le chantier et le relogement temporaire.
            """,
            """
            Elke openbare vastgoedmaatschappij (OVM) heeft een adviesraad van huurders (ARH), verkozen door de huurders.
            De raad wordt geraadpleegd over het onderhouds- en renovatieprogramma, de berekening van de lasten en het
            huishoudelijk reglement.

            Voor de energierenovatie van twee gebouwen organiseerde de raad vergaderingen per trappenhuis, zodat de
            huurders vragen konden stellen over de werf en de tijdelijke herhuisvesting.
            """,
            """
            Every public housing company (SISP) has a tenants' advisory council, elected by the tenants. It is
            consulted on the maintenance and renovation programme, how service charges are calculated and the house
            rules.

            For the energy renovation of two buildings, the council held meetings stairwell by stairwell so that
            tenants could ask about the works and temporary rehousing.
            """,
        ),
        start="2022-06-01", status=O, organiser="logement-molenbeekois", municipality="21012", family=F5,
        methods=["conseil-consultatif"], themes=["logement", "cohesion-sociale"], actions=["donner-son-avis", "evaluer"],
        values=["proximite", "devoir-de-suite", "redevabilite"], level="concertation", governance=NBH, participants=11,
        example=True,
        steps=[
            ("2022-06-01", None, ("Élection du conseil", "Verkiezing van de raad", "Council elected"), ()),
            ("2023-02-01", "2023-04-30", ("Réunions par cage d'escalier", "Vergaderingen per trappenhuis", "Stairwell meetings"), ()),
        ],
        follow_ups=[
            ("2023-09-01", ("Le planning du chantier a été revu pour éviter les coupures de chauffage en hiver.",
                            "De werfplanning werd aangepast om verwarmingsonderbrekingen in de winter te vermijden.",
                            "The works schedule was changed to avoid heating cuts in winter.")),
        ],
    ),
    dict(
        slug="conseil-des-usagers-cpas-saint-gilles",
        title=("Conseil des usagers du CPAS de Saint-Gilles", "Gebruikersraad van het OCMW van Sint-Gillis",
               "Users' council of the Saint-Gilles CPAS"),
        summary=(
            "Des personnes aidées par le CPAS se réunissent chaque mois pour améliorer l'accueil et les procédures.",
            "Mensen die hulp krijgen van het OCMW komen elke maand samen om het onthaal en de procedures te verbeteren.",
            "People helped by the CPAS meet every month to improve how it welcomes people and its procedures.",
        ),
        body=(
            """
            Le conseil des usagers réunit une quinzaine de personnes bénéficiant d'une aide du CPAS, accompagnées par
            une association d'éducation permanente. Elles parlent de leur expérience : délais, courriers
            incompréhensibles, accueil au guichet.

            Les propositions sont discutées avec la direction et les travailleurs et travailleuses sociaux ; chaque
            séance commence par le suivi des propositions précédentes.
            """,
            """
            De gebruikersraad brengt een vijftiental mensen samen die hulp krijgen van het OCMW, begeleid door een
            vereniging voor permanente vorming. Ze vertellen over hun ervaringen: wachttijden, onbegrijpelijke brieven,
            het onthaal aan het loket.

            De voorstellen worden besproken met de directie en de maatschappelijk werkers; elke zitting begint met de
            opvolging van eerdere voorstellen.
            """,
            """
            The users' council brings together some fifteen people receiving help from the CPAS, supported by an
            adult-education association. They talk about their experience: delays, letters that are hard to
            understand, the welcome at the counter.

            Proposals are discussed with the management and social workers; each meeting starts with follow-up on
            earlier proposals.
            """,
        ),
        start="2023-01-10", status=O, organiser="cpas-saint-gilles", municipality="21013", family=F5,
        methods=["conseil-consultatif"], themes=["sante-social", "administration"],
        actions=["donner-son-avis", "evaluer"], values=["inclusion", "devoir-de-suite"], level="concertation",
        governance=MUN, participants=15, example=True,
        steps=[("2023-01-10", None, ("Première réunion", "Eerste bijeenkomst", "First meeting"), ())],
        follow_ups=[
            ("2023-10-01", ("Les courriers de décision ont été réécrits en langage clair avec le conseil.",
                            "De beslissingsbrieven werden samen met de raad in klare taal herschreven.",
                            "Decision letters were rewritten in plain language with the council.")),
        ],
    ),
    dict(
        slug="consultation-en-ligne-renouveau-democratique",
        title=(
            "Consultation fédérale en ligne sur le renouveau démocratique : volet bruxellois",
            "Federale online raadpleging over democratische vernieuwing: Brussels luik",
            "Federal online consultation on democratic renewal: Brussels strand",
        ),
        summary=(
            "Une plateforme fédérale invitait chacun·e à proposer des idées pour la démocratie ; des ateliers ont "
            "été organisés à Bruxelles pour toucher d'autres publics.",
            "Een federaal platform nodigde iedereen uit om ideeën voor de democratie voor te stellen; in Brussel "
            "werden workshops georganiseerd om andere groepen te bereiken.",
            "A federal platform invited everyone to propose ideas for democracy; workshops were held in Brussels to "
            "reach other groups.",
        ),
        body=(
            """
            La plateforme en ligne, en français, néerlandais, allemand et anglais, recueillait des idées sur la
            participation, la transparence et le rôle des élu·es. Les idées pouvaient être commentées et soutenues.

            À Bruxelles, des ateliers hors ligne dans des associations et des écoles de promotion sociale ont permis à
            des personnes peu connectées de contribuer ; leurs idées ont été saisies sur la plateforme.
            """,
            """
            Het onlineplatform, in het Nederlands, Frans, Duits en Engels, verzamelde ideeën over participatie,
            transparantie en de rol van verkozenen. Ideeën konden becommentarieerd en gesteund worden.

            In Brussel konden mensen die weinig online zijn via offline workshops in verenigingen en scholen voor
            sociale promotie bijdragen; hun ideeën werden op het platform ingevoerd.
            """,
            """
            The online platform, in French, Dutch, German and English, collected ideas on participation,
            transparency and the role of elected representatives. Ideas could be commented on and supported.

            In Brussels, offline workshops in associations and adult-education schools let people who are rarely
            online contribute; their ideas were entered on the platform.
            """,
        ),
        results=(
            "Plus de 3 000 idées au niveau national, dont environ 600 de Bruxelles ; synthèse remise à la Chambre.",
            "Meer dan 3.000 ideeën nationaal, waarvan ongeveer 600 uit Brussel; synthese overhandigd aan de Kamer.",
            "More than 3,000 ideas nationally, about 600 from Brussels; a summary was handed to the Chamber.",
        ),
        start="2022-01-15", end="2022-06-30", status=FIN, organiser="chambre-des-representants", municipality=None,
        place=(50.8466, 4.3649), family=F7, methods=["consultation-en-ligne"], themes=["institutions-citoyennete"],
        actions=["proposer-des-idees", "donner-son-avis"], values=["transparence", "inclusion"], level="consultation",
        governance=FED, participants=600, example=True,
        steps=[
            ("2022-01-15", "2022-04-30", ("Plateforme ouverte", "Platform open", "Platform open"), ()),
            ("2022-02-01", "2022-04-15", ("Ateliers hors ligne à Bruxelles", "Offline workshops in Brussel", "Offline workshops in Brussels"), ()),
            ("2022-06-30", None, ("Synthèse publiée", "Synthese gepubliceerd", "Summary published"), ()),
        ],
    ),
    dict(
        slug="jongerenbevraging-vgc-vrije-tijd",
        title=(
            "Enquête de la VGC auprès des jeunes sur leurs loisirs",
            "Jongerenbevraging van de VGC over vrije tijd",
            "VGC youth survey on leisure time",
        ),
        summary=(
            "La Commission communautaire flamande a interrogé les jeunes Bruxellois·es qui fréquentent l'enseignement "
            "néerlandophone sur leurs loisirs, pour préparer son plan jeunesse.",
            "De Vlaamse Gemeenschapscommissie bevroeg Brusselse jongeren uit het Nederlandstalig onderwijs over hun "
            "vrije tijd, ter voorbereiding van haar jeugdbeleid.",
            "The Flemish Community Commission asked young people in Brussels' Dutch-language schools about their "
            "leisure time, to prepare its youth plan.",
        ),
        body=(
            """
            L'enquête, en ligne et en classe, portait sur les activités, les lieux fréquentés, les obstacles (prix,
            distance, sécurité) et les envies. Des groupes de discussion dans des maisons de jeunes ont complété les
            chiffres.

            Les résultats ont été présentés aux jeunes dans les écoles participantes avant d'être transmis au collège
            de la VGC.
            """,
            """
            De bevraging, online en in de klas, ging over activiteiten, plekken, drempels (prijs, afstand, veiligheid)
            en wensen. Focusgroepen in jeugdhuizen vulden de cijfers aan.

            De resultaten werden eerst aan de jongeren in de deelnemende scholen voorgesteld en daarna aan het college
            van de VGC bezorgd.
            """,
            """
            The survey, online and in class, covered activities, places, obstacles (price, distance, safety) and
            wishes. Focus groups in youth centres complemented the figures.

            Results were presented to the young people in the participating schools before going to the VGC's
            executive.
            """,
        ),
        results=(
            "2 400 réponses ; priorité aux lieux gratuits ouverts le soir et le week-end.",
            "2.400 antwoorden; prioriteit voor gratis plekken die 's avonds en in het weekend open zijn.",
            "2,400 replies; priority to free places open in the evenings and at weekends.",
        ),
        start="2024-02-01", end="2024-06-30", status=FIN, organiser="vgc", municipality=None, place=(50.8573, 4.3499),
        family=F7, methods=["consultation-en-ligne"], themes=["jeunesse", "culture"],
        actions=["donner-son-avis"], values=["inclusion", "transparence"], level="consultation", governance=COM,
        participants=2400, example=True,
        steps=[
            ("2024-02-01", "2024-04-30", ("Enquête et groupes de discussion", "Bevraging en focusgroepen", "Survey and focus groups"), ()),
            ("2024-06-30", None, ("Présentation des résultats", "Voorstelling van de resultaten", "Results presented"), ()),
        ],
        follow_ups=[
            ("2025-01-15", ("Le plan jeunesse prévoit l'ouverture en soirée de trois lieux de la VGC.",
                            "Het jeugdplan voorziet de avondopening van drie VGC-locaties.",
                            "The youth plan provides for three VGC venues to open in the evenings.")),
        ],
    ),
    dict(
        slug="appel-a-projets-cocof-cohesion-sociale",
        title=(
            "Appel à projets citoyens de la COCOF pour la cohésion sociale",
            "Projectoproep van de COCOF voor sociale cohesie",
            "COCOF call for citizen projects on social cohesion",
        ),
        summary=(
            "La Commission communautaire française prépare un appel à petits projets portés par des collectifs "
            "d'habitant·es, avec un jury mixte.",
            "De Franse Gemeenschapscommissie bereidt een oproep voor kleine projecten van bewonerscollectieven voor, "
            "met een gemengde jury.",
            "The French Community Commission is preparing a call for small projects run by residents' collectives, "
            "with a mixed jury.",
        ),
        body=(
            """
            L'appel soutiendra des projets de rencontre et de solidarité entre voisin·es : repas de quartier, ateliers
            de langue, entraide entre générations. Les collectifs sans statut juridique pourront y répondre, avec une
            association comme parrain.

            Le jury réunira des agent·es de la COCOF et des habitant·es tiré·es au sort parmi les candidat·es
            volontaires.
            """,
            """
            De oproep ondersteunt ontmoetings- en solidariteitsprojecten tussen buren: buurtmaaltijden, taalateliers,
            hulp tussen generaties. Collectieven zonder rechtspersoonlijkheid kunnen deelnemen met een vereniging als
            peter.

            De jury bestaat uit medewerkers van de COCOF en bewoners die geloot worden onder vrijwillige kandidaten.
            """,
            """
            The call will support projects that bring neighbours together: street meals, language workshops, help
            between generations. Collectives without legal status can apply, sponsored by an association.

            The jury will bring together COCOF staff and residents drawn by lot among volunteers.
            """,
        ),
        start="2026-12-01", end="2027-06-30", status=P, organiser="cocof", municipality=None, place=(50.8648, 4.3630),
        family=F3, methods=["appel-a-projets"], themes=["cohesion-sociale"], actions=["deposer-un-projet"],
        values=["inclusion", "co-construction"], level="co-construction", governance=COM, example=True,
        steps=[
            ("2026-12-01", "2027-02-28", ("Appel ouvert", "Oproep open", "Call open"), ()),
            ("2027-04-15", None, ("Jury mixte", "Gemengde jury", "Mixed jury"), ()),
        ],
    ),
    dict(
        slug="consultation-plan-communal-mobilite-uccle",
        title=(
            "Consultation sur le plan communal de mobilité d'Uccle",
            "Raadpleging over het gemeentelijk mobiliteitsplan van Ukkel",
            "Consultation on Uccle's municipal mobility plan",
        ),
        summary=(
            "Questionnaire en ligne, réunions par quartier et permanences : les Ucclois·es ont donné leur avis sur "
            "le projet de plan de mobilité.",
            "Online vragenlijst, wijkvergaderingen en zitdagen: de inwoners van Ukkel gaven hun mening over het "
            "ontwerp van mobiliteitsplan.",
            "An online questionnaire, neighbourhood meetings and drop-in sessions: Uccle residents gave their views on "
            "the draft mobility plan.",
        ),
        body=(
            """
            Le projet de plan proposait des mailles apaisées, de nouveaux itinéraires cyclables et une révision du
            stationnement. Le questionnaire permettait de réagir mesure par mesure, avec une carte pour signaler des
            points noirs.

            Six réunions de quartier ont permis d'en discuter avec les services communaux et le bureau d'étude.
            """,
            """
            Het ontwerp van plan stelde autoluwe mazen voor, nieuwe fietsroutes en een herziening van het parkeren. Met
            de vragenlijst kon men per maatregel reageren, met een kaart om knelpunten te melden.

            In zes wijkvergaderingen werd dit besproken met de gemeentediensten en het studiebureau.
            """,
            """
            The draft plan proposed traffic-calmed areas, new cycle routes and a review of parking. The questionnaire
            let people react measure by measure, with a map to flag danger spots.

            Six neighbourhood meetings discussed it with municipal services and the consultants.
            """,
        ),
        results=(
            "3 100 réponses et 900 signalements sur la carte ; deux mailles redessinées.",
            "3.100 antwoorden en 900 meldingen op de kaart; twee mazen hertekend.",
            "3,100 replies and 900 map reports; two areas redrawn.",
        ),
        start="2019-09-01", end="2019-12-20", status=FIN, organiser="commune-uccle", municipality="21016",
        family=F7, methods=["consultation-en-ligne"], themes=["mobilite"], actions=["donner-son-avis", "s-informer"],
        values=["transparence", "devoir-de-suite"], level="consultation", governance=MUN, participants=3100, example=True,
        steps=[
            ("2019-09-01", "2019-11-15", ("Questionnaire en ligne", "Online vragenlijst", "Online questionnaire"), ()),
            ("2019-09-15", "2019-11-30", ("Six réunions de quartier", "Zes wijkvergaderingen", "Six neighbourhood meetings"), ()),
            ("2019-12-20", None, ("Rapport de consultation", "Raadplegingsverslag", "Consultation report"), ()),
        ],
        follow_ups=[
            ("2020-06-22", ("Plan adopté par le conseil communal, avec un tableau des suites données à chaque remarque.",
                            "Plan goedgekeurd door de gemeenteraad, met een overzicht van het gevolg dat aan elke opmerking werd gegeven.",
                            "Plan adopted by the council, with a table of what was done with each comment.")),
        ],
    ),
    dict(
        slug="panel-citoyen-climat-woluwe-saint-lambert",
        title=(
            "Panel citoyen pour le plan climat de Woluwe-Saint-Lambert",
            "Burgerpanel voor het klimaatplan van Sint-Lambrechts-Woluwe",
            "Citizens' panel for Woluwe-Saint-Lambert's climate plan",
        ),
        summary=(
            "Trente habitant·es tiré·es au sort ont délibéré pendant quatre samedis et remis vingt recommandations "
            "pour le plan climat communal.",
            "Dertig gelote inwoners beraadslaagden vier zaterdagen lang en bezorgden twintig aanbevelingen voor het "
            "gemeentelijk klimaatplan.",
            "Thirty residents drawn by lot deliberated over four Saturdays and made twenty recommendations for the "
            "municipal climate plan.",
        ),
        body=(
            """
            Le panel a été tiré au sort en deux temps, avec des quotas d'âge, de genre, de quartier et de niveau de
            diplôme. Les membres ont entendu des expert·es, des associations et les services communaux avant de
            délibérer en petits groupes.

            Le collège s'était engagé à répondre publiquement à chaque recommandation dans les six mois.
            """,
            """
            Het panel werd in twee stappen geloot, met quota voor leeftijd, gender, wijk en diploma. De leden hoorden
            experts, verenigingen en gemeentediensten voor ze in kleine groepen beraadslaagden.

            Het college had beloofd binnen zes maanden publiek op elke aanbeveling te antwoorden.
            """,
            """
            The panel was drawn by lot in two rounds, with quotas for age, gender, neighbourhood and education.
            Members heard experts, associations and municipal services before deliberating in small groups.

            The executive had undertaken to reply publicly to each recommendation within six months.
            """,
        ),
        results=(
            "Vingt recommandations, dont quatorze adoptées telles quelles, quatre adaptées et deux refusées avec motivation.",
            "Twintig aanbevelingen, waarvan veertien ongewijzigd aangenomen, vier aangepast en twee gemotiveerd geweigerd.",
            "Twenty recommendations: fourteen adopted as they were, four adapted and two refused with reasons.",
        ),
        start="2022-02-01", end="2022-05-14", status=FIN, organiser="commune-woluwe-saint-lambert",
        municipality="21018", family=F1, methods=["panel-citoyen"], themes=["environnement-climat"],
        actions=["s-informer", "deliberer", "proposer-des-idees"],
        values=["deliberation", "representativite", "devoir-de-suite"], level="concertation", governance=MUN,
        participants=30, example=True,
        steps=[
            ("2022-02-01", None, ("Tirage au sort", "Loting", "Sortition"), ()),
            ("2022-03-19", "2022-05-14", ("Quatre samedis de délibération", "Vier zaterdagen beraad", "Four Saturdays of deliberation"), ()),
        ],
        follow_ups=[
            ("2022-11-10", ("Réponse écrite du collège à chaque recommandation, présentée aux panélistes.",
                            "Schriftelijk antwoord van het college op elke aanbeveling, voorgesteld aan de panelleden.",
                            "Written reply from the executive to each recommendation, presented to the panel members.")),
            ("2023-03-27", ("Plan climat adopté par le conseil communal.", "Klimaatplan goedgekeurd door de gemeenteraad.",
                            "Climate plan adopted by the municipal council.")),
        ],
    ),
    dict(
        slug="ateliers-chaussee-de-wavre-auderghem",
        title=(
            "Ateliers pour le réaménagement de la chaussée de Wavre à Auderghem",
            "Workshops voor de heraanleg van de Waversesteenweg in Oudergem",
            "Workshops for the redesign of Chaussée de Wavre in Auderghem",
        ),
        summary=(
            "Avant l'étude de réaménagement, la commune invite riverain·es et commerçant·es à trois ateliers sur le "
            "partage de la voirie.",
            "Voor de studie van de heraanleg nodigt de gemeente buurtbewoners en handelaars uit voor drie workshops over "
            "de verdeling van de straatruimte.",
            "Before the redesign study, the municipality invites residents and shopkeepers to three workshops on "
            "sharing the street.",
        ),
        body=(
            """
            Les ateliers porteront sur les trottoirs, les arrêts de tram, les livraisons et la place des terrasses. Un
            parcours commenté ouvrira la démarche ; les ateliers suivants travailleront sur plans.

            Le compte rendu de chaque atelier sera publié ici, avec la réponse de la commune.
            """,
            """
            De workshops gaan over voetpaden, tramhaltes, leveringen en ruimte voor terrassen. Een wandeling met
            toelichting opent het traject; de volgende workshops werken op plan.

            Het verslag van elke workshop verschijnt hier, met het antwoord van de gemeente.
            """,
            """
            The workshops will cover pavements, tram stops, deliveries and room for café terraces. A guided walk will
            open the process; the next workshops will work on plans.

            The minutes of each workshop will be published here, with the municipality's reply.
            """,
        ),
        start="2026-12-05", end="2027-03-20", status=P, organiser="commune-auderghem", municipality="21002",
        family=F4, methods=["atelier-urbanisme", "marche-exploratoire"], themes=["amenagement-espace-public", "mobilite"],
        actions=["co-concevoir", "donner-son-avis"], values=["co-construction", "transparence"], level="concertation",
        governance=MUN, example=True,
        steps=[
            ("2026-12-05", None, ("Parcours commenté", "Wandeling met toelichting", "Guided walk"), ()),
            ("2027-01-20", "2027-03-20", ("Deux ateliers sur plans", "Twee workshops op plan", "Two plan workshops"), ()),
        ],
    ),
    dict(
        slug="conseil-consultatif-aines-berchem",
        title=(
            "Conseil consultatif des aîné·es de Berchem-Sainte-Agathe",
            "Seniorenadviesraad van Sint-Agatha-Berchem",
            "Berchem-Sainte-Agathe senior citizens' advisory council",
        ),
        summary=(
            "Des habitant·es de plus de 60 ans conseillent la commune sur tout ce qui touche à la vie des aîné·es.",
            "Inwoners ouder dan 60 adviseren de gemeente over alles wat het leven van ouderen aangaat.",
            "Residents over 60 advise the municipality on everything that affects older people's lives.",
        ),
        # The English body is left empty on purpose: the page shows the fallback note in English.
        body=(
            """
            Le conseil se réunit une fois par mois. Il a rendu des avis sur l'accessibilité des trottoirs, les bancs
            dans l'espace public, l'horaire des navettes communales et la fracture numérique.

            Il organise aussi chaque année une après-midi d'information sur les services communaux et du CPAS
            destinés aux aîné·es.
            """,
            """
            De raad komt eens per maand samen. Hij gaf advies over de toegankelijkheid van voetpaden, banken in de
            openbare ruimte, de dienstregeling van de gemeentelijke pendelbus en de digitale kloof.

            Elk jaar organiseert hij ook een infonamiddag over de diensten van de gemeente en het OCMW voor ouderen.
            """,
            "",
        ),
        start="2018-10-01", status=O, organiser="commune-berchem-sainte-agathe", municipality="21003", family=F5,
        methods=["conseil-consultatif"], themes=["cohesion-sociale", "sante-social"],
        actions=["donner-son-avis"], values=["proximite", "inclusion"], level="consultation", governance=MUN,
        participants=18, example=True,
        steps=[("2018-10-01", None, ("Installation du conseil", "Installatie van de raad", "Council set up"), ())],
        follow_ups=[
            ("2021-05-01", ("Douze bancs installés sur les trajets vers les commerces, à la demande du conseil.",
                            "Twaalf banken geplaatst op de routes naar de winkels, op vraag van de raad.",
                            "Twelve benches installed on the routes to the shops, at the council's request.")),
        ],
    ),
    dict(
        slug="budget-participatif-ganshoren-2021",
        title=("Budget participatif de Ganshoren 2021", "Burgerbegroting Ganshoren 2021", "Ganshoren participatory budget 2021"),
        summary=(
            "Première édition du budget participatif communal : 100 000 euros pour des projets d'habitant·es.",
            "Eerste editie van de gemeentelijke burgerbegroting: 100.000 euro voor projecten van bewoners.",
            "The municipality's first participatory budget: 100,000 euros for residents' projects.",
        ),
        body=(
            """
            Pendant la crise sanitaire, la commune a lancé un premier budget participatif, entièrement en ligne avec
            un accompagnement par téléphone pour les personnes qui le souhaitaient.

            Les projets devaient être d'intérêt général, réalisables en un an et situés sur le territoire communal.
            """,
            """
            Tijdens de gezondheidscrisis lanceerde de gemeente een eerste burgerbegroting, volledig online met
            telefonische begeleiding voor wie dat wou.

            De projecten moesten van algemeen belang zijn, binnen een jaar uitvoerbaar en op het grondgebied van de
            gemeente liggen.
            """,
            """
            During the pandemic, the municipality launched its first participatory budget, fully online with telephone
            support for those who wanted it.

            Projects had to serve the general interest, be feasible within a year and be located in the municipality.
            """,
        ),
        results=(
            "31 projets déposés, 7 retenus par 860 votant·es (boîtes à livres, hôtel à insectes, fresque, potager scolaire...).",
            "31 projecten ingediend, 7 gekozen door 860 kiezers (boekenruilkasten, insectenhotel, muurschildering, schoolmoestuin...).",
            "31 projects submitted, 7 chosen by 860 voters (book-exchange boxes, an insect hotel, a mural, a school garden...).",
        ),
        start="2021-03-01", end="2021-11-30", status=FIN, organiser="commune-ganshoren", municipality="21008",
        family=F3, methods=["budget-participatif"], themes=["budgetisation", "environnement-climat", "culture"],
        actions=["deposer-un-projet", "voter"], values=["co-construction", "transparence"], level="co-decision",
        governance=MUN, participants=860, example=True,
        steps=[
            ("2021-03-01", "2021-05-31", ("Dépôt des projets", "Indienen van projecten", "Project submissions"), ()),
            ("2021-10-01", "2021-10-31", ("Vote en ligne", "Online stemming", "Online vote"), ()),
        ],
        follow_ups=[
            ("2022-12-15", ("Six projets réalisés ; le potager scolaire a été reporté à 2023 faute de terrain.",
                            "Zes projecten uitgevoerd; de schoolmoestuin werd naar 2023 uitgesteld bij gebrek aan terrein.",
                            "Six projects completed; the school garden was postponed to 2023 for lack of land.")),
        ],
    ),
    dict(
        slug="marche-exploratoire-femmes-koekelberg",
        title=(
            "Marches exploratoires de femmes à Koekelberg",
            "Verkenningswandelingen met vrouwen in Koekelberg",
            "Women's exploratory walks in Koekelberg",
        ),
        summary=(
            "Des groupes de femmes ont parcouru leur quartier de jour et de nuit pour relever ce qui rend l'espace "
            "public accueillant ou hostile.",
            "Groepen vrouwen verkenden hun wijk overdag en 's avonds om te noteren wat de openbare ruimte gastvrij of "
            "vijandig maakt.",
            "Groups of women walked their neighbourhood by day and by night to note what makes public space welcoming "
            "or hostile.",
        ),
        body=(
            """
            Les **marches exploratoires** partent de l'expertise d'usage : éclairage, visibilité, entretien,
            fréquentation, signalétique. Trois groupes, constitués avec des associations locales, ont fait chacun deux
            parcours.

            Les constats ont été présentés aux services communaux lors d'une dernière marche commune.
            """,
            """
            **Verkenningswandelingen** vertrekken van gebruikersexpertise: verlichting, zichtbaarheid, onderhoud,
            drukte, bewegwijzering. Drie groepen, samengesteld met lokale verenigingen, liepen elk twee routes.

            De vaststellingen werden tijdens een laatste gezamenlijke wandeling aan de gemeentediensten voorgesteld.
            """,
            """
            **Exploratory walks** build on the expertise of users: lighting, visibility, upkeep, footfall, signage.
            Three groups, formed with local associations, each walked two routes.

            Their findings were presented to municipal services on a final joint walk.
            """,
        ),
        results=(
            "42 constats et 18 propositions ; priorité à l'éclairage de deux passages et à un banc près de l'arrêt de bus.",
            "42 vaststellingen en 18 voorstellen; prioriteit voor verlichting van twee doorgangen en een bank bij de bushalte.",
            "42 findings and 18 proposals; priority to lighting two passages and a bench near the bus stop.",
        ),
        start="2023-04-01", end="2023-06-30", status=FIN, organiser="commune-koekelberg", municipality="21011",
        family=F4, methods=["marche-exploratoire"], themes=["amenagement-espace-public", "cohesion-sociale"],
        actions=["donner-son-avis", "proposer-des-idees"], values=["inclusion", "proximite"], level="consultation",
        governance=NBH, participants=36, example=True,
        steps=[
            ("2023-04-15", "2023-05-31", ("Six marches de jour et de nuit", "Zes wandelingen overdag en 's avonds", "Six day and night walks"), ()),
            ("2023-06-30", None, ("Marche avec les services communaux", "Wandeling met de gemeentediensten", "Walk with municipal services"), ()),
        ],
        follow_ups=[
            ("2024-01-31", ("Éclairage renforcé dans les deux passages signalés.", "Versterkte verlichting in de twee gemelde doorgangen.",
                            "Better lighting in the two passages reported.")),
        ],
    ),
    dict(
        slug="consultation-en-ligne-parc-woluwe-saint-pierre",
        title=(
            "Consultation en ligne sur l'avenir d'un parc de quartier à Woluwe-Saint-Pierre",
            "Online raadpleging over de toekomst van een buurtpark in Sint-Pieters-Woluwe",
            "Online consultation on the future of a neighbourhood park in Woluwe-Saint-Pierre",
        ),
        summary=(
            "La commune demandera aux habitant·es comment ils et elles utilisent le parc et ce qu'il faudrait y changer.",
            "De gemeente zal de bewoners vragen hoe ze het park gebruiken en wat er zou moeten veranderen.",
            "The municipality will ask residents how they use the park and what should change.",
        ),
        body=(
            """
            Un questionnaire court, une carte interactive et un mur d'idées permettront de recueillir les usages et les
            envies : jeux, calme, biodiversité, accessibilité.

            Les résultats serviront de base au cahier des charges de l'étude d'aménagement.
            """,
            """
            Een korte vragenlijst, een interactieve kaart en een ideeënmuur verzamelen gebruiken en wensen: spelen,
            rust, biodiversiteit, toegankelijkheid.

            De resultaten vormen de basis van het bestek voor de inrichtingsstudie.
            """,
            """
            A short questionnaire, an interactive map and an ideas wall will collect uses and wishes: play, quiet,
            biodiversity, accessibility.

            The results will be the basis of the brief for the design study.
            """,
        ),
        start="2026-12-10", end="2027-02-10", status=P, organiser="commune-woluwe-saint-pierre", municipality="21019",
        family=F7, methods=["consultation-en-ligne"], themes=["environnement-climat", "amenagement-espace-public"],
        actions=["s-informer", "donner-son-avis"], values=["transparence"], level="information", governance=MUN,
        example=True,
        steps=[("2026-12-10", "2027-02-10", ("Consultation en ligne", "Online raadpleging", "Online consultation"), ())],
    ),
    dict(
        slug="budget-participatif-quartiers-ville-de-bruxelles",
        title=(
            "Budget participatif des quartiers de la Ville de Bruxelles",
            "Burgerbegroting voor de wijken van de Stad Brussel",
            "City of Brussels neighbourhood participatory budget",
        ),
        summary=(
            "Des enveloppes par quartier pour des projets d'habitant·es, de Laeken à Neder-Over-Heembeek et au "
            "quartier Louise.",
            "Budgetten per wijk voor projecten van bewoners, van Laken tot Neder-Over-Heembeek en de Louizawijk.",
            "Budgets per neighbourhood for residents' projects, from Laeken to Neder-Over-Heembeek and the Louise area.",
        ),
        body=(
            """
            Le territoire de la Ville a été divisé en quartiers, chacun doté d'une enveloppe proportionnelle à sa
            population. Les projets déposés ont été présentés lors de soirées de quartier avant un vote en ligne et
            sur papier.

            Un comité de suivi réunissant des porteurs et porteuses de projets a veillé à leur réalisation.
            """,
            """
            Het grondgebied van de Stad werd in wijken verdeeld, elk met een budget in verhouding tot de bevolking. De
            ingediende projecten werden voorgesteld op wijkavonden, gevolgd door een online en papieren stemming.

            Een opvolgingscomité met projectdragers waakte over de uitvoering.
            """,
            """
            The City's territory was divided into neighbourhoods, each with a budget in proportion to its population.
            Submitted projects were presented at neighbourhood evenings before an online and paper vote.

            A follow-up committee of project leaders watched over their delivery.
            """,
        ),
        results=(
            "4 300 votant·es ; 26 projets retenus dans 8 quartiers.",
            "4.300 kiezers; 26 projecten gekozen in 8 wijken.",
            "4,300 voters; 26 projects chosen in 8 neighbourhoods.",
        ),
        start="2020-09-01", end="2021-06-30", status=FIN, organiser="ville-de-bruxelles", municipality="21004",
        family=F3, methods=["budget-participatif"], themes=["budgetisation", "amenagement-espace-public"],
        actions=["deposer-un-projet", "voter"], values=["co-construction", "proximite"], level="co-decision",
        governance=MUN, participants=4300, example=True,
        steps=[
            ("2020-09-01", "2020-12-15", ("Dépôt des projets", "Indienen van projecten", "Project submissions"), ()),
            ("2021-03-01", "2021-04-15", ("Soirées de quartier", "Wijkavonden", "Neighbourhood evenings"), ()),
            ("2021-05-01", "2021-06-15", ("Vote", "Stemming", "Vote"), ()),
        ],
        follow_ups=[
            ("2022-06-30", ("22 projets réalisés, 4 abandonnés (coût ou permis) ; explications publiées.",
                            "22 projecten uitgevoerd, 4 stopgezet (kosten of vergunning); uitleg gepubliceerd.",
                            "22 projects delivered, 4 dropped (cost or permit); explanations published.")),
        ],
    ),
    dict(
        slug="reunions-information-chantier-chaussee-de-haecht",
        title=(
            "Réunions d'information sur le chantier de la chaussée de Haecht",
            "Infovergaderingen over de werf op de Haachtsesteenweg",
            "Information meetings on the Chaussée de Haecht roadworks",
        ),
        summary=(
            "Bruxelles Mobilité et la commune informent riverain·es et commerçant·es des phases du chantier, des "
            "déviations et des accès.",
            "Brussel Mobiliteit en de gemeente informeren buurtbewoners en handelaars over de werffasen, omleidingen "
            "en toegangen.",
            "Brussels Mobility and the municipality inform residents and shopkeepers of the phases of the works, "
            "diversions and access.",
        ),
        body=(
            """
            Avant chaque phase, une réunion publique présente le calendrier, les déviations de bus et de tram et les
            accès maintenus aux commerces. Une personne de contact répond aux questions pendant toute la durée des
            travaux.

            Il s'agit d'**information** : le projet est déjà décidé, mais les remarques sur l'organisation du chantier
            sont prises en compte lorsque c'est possible.
            """,
            """
            Voor elke fase stelt een openbare vergadering de planning, de omleidingen van bus en tram en de toegang tot
            de winkels voor. Een contactpersoon beantwoordt vragen tijdens de hele duur van de werken.

            Het gaat om **informatie**: het project is al beslist, maar opmerkingen over de organisatie van de werf
            worden waar mogelijk meegenomen.
            """,
            """
            Before each phase, a public meeting presents the schedule, bus and tram diversions and access kept open to
            shops. A contact person answers questions for as long as the works last.

            This is **information**: the project has already been decided, but comments on how the works are
            organised are taken into account where possible.
            """,
        ),
        results=(
            "Quatre réunions, 350 participant·es ; deux accès piétons ajoutés à la demande des commerçant·es.",
            "Vier vergaderingen, 350 deelnemers; twee voetgangerstoegangen toegevoegd op vraag van de handelaars.",
            "Four meetings, 350 participants; two pedestrian accesses added at shopkeepers' request.",
        ),
        start="2024-01-15", end="2025-03-31", status=FIN, organiser="bruxelles-mobilite", municipality="21015",
        family=F4, methods=[], themes=["mobilite", "amenagement-espace-public"],
        actions=["s-informer"], values=["transparence"], level="information", governance=NBH, participants=350,
        providers=["porte-voix-mobilisation"], example=True,
        steps=[
            ("2024-01-15", None, ("Réunion de lancement", "Startvergadering", "Launch meeting"), ()),
            ("2024-06-10", None, ("Phase 2 : déviations", "Fase 2: omleidingen", "Phase 2: diversions"), ()),
            ("2025-03-31", None, ("Fin du chantier", "Einde van de werf", "End of works"), ()),
        ],
    ),
]

# Initiatives in the editor workflow (not published): a draft and a submitted proposal by Anderlecht, and one
# sent back to the City of Brussels because its Dutch version is missing.
WORKFLOW_INITIATIVES = [
    dict(
        slug="consultation-parc-scherdemael",
        title=(
            "Votre avis sur le parc Scherdemael",
            "Uw mening over het Scherdemaelpark",
            "Have your say on Scherdemael park",
        ),
        summary=(
            "Séances de participation pour l'étude du réaménagement du parc Scherdemael, avec les habitant·es du quartier.",
            "Participatiesessies voor de studie over de heraanleg van het Scherdemaelpark, met de buurtbewoners.",
            "Participation sessions for the study on redesigning Scherdemael park, with local residents.",
        ),
        body=(
            """
            La commune étudie le réaménagement du parc Scherdemael. Deux séances de participation permettent aux
            habitant·es du quartier de dire comment ils et elles utilisent le parc et ce qu'ils et elles en attendent.

            La deuxième séance se tient à l'école Scherdemael (P14), avenue Camille Vaneukem.
            """,
            """
            De gemeente bestudeert de heraanleg van het Scherdemaelpark. In twee participatiesessies kunnen de
            buurtbewoners vertellen hoe ze het park gebruiken en wat ze ervan verwachten.

            De tweede sessie vindt plaats in de school Scherdemael (P14), Camille Vaneukemlaan.
            """,
            "",
        ),
        start="2025-01-15", end="2025-02-18", status=FIN, organiser="commune-anderlecht", municipality="21001",
        place=(50.8290, 4.2860), family=F4, methods=["atelier-urbanisme"], themes=["amenagement-espace-public", "environnement-climat"],
        actions=["donner-son-avis"], values=["proximite"], level="consultation", governance=NBH,
        state=PublicationState.SUBMITTED,
        steps=[("2025-02-18", None, ("Deuxième séance de participation", "Tweede participatiesessie", "Second participation session"), ())],
    ),
    dict(
        slug="plan-proprete-cureghem",
        title=(
            "Plan propreté de Cureghem : consultation des habitant·es",
            "Netheidsplan Kuregem: raadpleging van de bewoners",
            "Cureghem cleanliness plan: consulting residents",
        ),
        summary=(
            "Brouillon : la commune prépare une consultation sur les dépôts clandestins et la collecte des déchets à Cureghem.",
            "",
            "",
        ),
        body=(
            "À compléter : calendrier, lieux des permanences, version néerlandaise.",
            "",
            "",
        ),
        start="2027-02-01", status=P, organiser="commune-anderlecht", municipality="21001", family=F7,
        methods=["consultation-en-ligne"], themes=["amenagement-espace-public"], actions=["donner-son-avis"],
        values=["proximite"], level="consultation", governance=NBH, example=True, state=PublicationState.DRAFT,
    ),
    dict(
        slug="atelier-quartier-nord-ville-de-bruxelles",
        title=(
            "Ateliers de quartier au quartier Nord",
            "",
            "",
        ),
        summary=(
            "Trois ateliers avec les habitant·es du quartier Nord sur les abords de la gare.",
            "",
            "",
        ),
        body=(
            "Les ateliers porteront sur l'éclairage, la propreté et les cheminements piétons autour de la gare du Nord.",
            "",
            "",
        ),
        start="2027-03-01", status=P, organiser="ville-de-bruxelles", municipality="21004", place=(50.8600, 4.3555),
        family=F4, methods=["atelier-urbanisme"], themes=["amenagement-espace-public"], actions=["co-concevoir"],
        values=["proximite"], level="concertation", governance=NBH, example=True, state=PublicationState.RETURNED,
        return_reason=(
            "Il manque la version néerlandaise du titre, du résumé et de la description ; merci de la compléter avant "
            "de soumettre à nouveau."
        ),
    ),
]

INITIATIVES = SEED_INITIATIVES + EXAMPLE_INITIATIVES + WORKFLOW_INITIATIVES
