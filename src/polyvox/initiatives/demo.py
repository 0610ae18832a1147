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
from pathlib import Path

from django.db import connection
from django.db.models.base import ModelState

from polyvox.core import content
from polyvox.core.content import Field, Kind
from polyvox.core.text import search_key
from polyvox.initiatives.models import (
    DemocraticValue, FollowUp, GovernanceLevel, Initiative, Link, ParticipationAction, PublicationState, Status,
    Step, Theme,
)
from polyvox.organisations.models import Organisation
from polyvox.places.models import Municipality
from polyvox.toolbox.models import Method, MethodFamily, ParticipationLevel

LANGS = ("fr", "nl", "en")
SYNTHETIC_SEED = 20261121
SYNTHETIC_PREFIX = "synthetic-"


def load(out, options):
    vocabularies = read_vocabularies()
    initiatives = read_initiatives(vocabularies)
    context = _Context()
    for model, name in ((Theme, "themes"), (ParticipationAction, "actions"), (DemocraticValue, "values")):
        for item in vocabularies[name]:
            model.objects.update_or_create(slug=item.slug, defaults=_texts("name", item["name"]))
    context.prepare()
    for spec in initiatives:
        _save_initiative(spec, context)
    published = sum(1 for spec in initiatives if spec["state"] == "published")
    out.write(
        f"  initiatives: {len(initiatives)} ({published} published), {len(vocabularies['themes'])} themes, "
        f"{len(vocabularies['actions'])} participation actions, {len(vocabularies['values'])} democratic values"
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


def _texts(field, texts):
    """{'fr': ..., 'nl': ..., 'en': ...} (None: no text) -> {'<field>_fr': ..., ...}."""
    return {f"{field}_{lang}": _clean((texts or {}).get(lang)) for lang in LANGS}


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
    municipality = context.municipalities.get(spec["municipality"]) if spec["municipality"] else None
    latitude, longitude = _point(spec.slug, municipality, spec["place"])
    defaults = {
        "start_date": spec["start"],
        "end_date": spec["end"],
        "status": spec["status"],
        "method_family": context.family(spec["family"]),
        "governance_level": spec["governance"],
        "municipality": municipality,
        "latitude": latitude,
        "longitude": longitude,
        "participation_level": spec["level"],
        "organiser": context.organisation(spec["organiser"]),
        "participants_count": spec["participants"],
        "is_example": spec["example"],
        "publication_state": spec["state"],
        "return_reason": spec["return_reason"],
    }
    for field in ("title", "summary", "body", "results"):
        defaults.update(_texts(field, spec[field]))
    initiative, _created = Initiative.objects.update_or_create(slug=spec.slug, defaults=defaults)
    initiative.methods.set([context.methods[s] for s in spec["methods"] if s in context.methods])
    initiative.themes.set([context.themes[s] for s in spec["themes"]])
    initiative.participation_actions.set([context.actions[s] for s in spec["actions"]])
    initiative.democratic_values.set([context.values[s] for s in spec["values"]])
    initiative.providers.set([context.providers[s] for s in spec["providers"] if s in context.providers])
    initiative.steps.all().delete()
    Step.objects.bulk_create(
        Step(
            initiative=initiative,
            date=step["date"],
            end_date=step["until"],
            **_texts("title", step["title"]),
            **_texts("description", step["description"]),
        )
        for step in spec["steps"]
    )
    initiative.follow_ups.all().delete()
    FollowUp.objects.bulk_create(
        FollowUp(initiative=initiative, date=entry["date"], **_texts("text", entry["text"]))
        for entry in spec["follow_ups"]
    )
    initiative.links.all().delete()
    Link.objects.bulk_create(
        Link(initiative=initiative, url=link["url"], **_texts("label", link["label"])) for link in spec["links"]
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
        vocabularies = read_vocabularies()
        self.theme_slugs = [item.slug for item in vocabularies["themes"]]
        self.value_slugs = [item.slug for item in vocabularies["values"]]

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
        themes = {topic[3], rng.choice(self.theme_slugs)}
        links = {
            "themes": [self.context.themes[s].pk for s in themes if s in self.context.themes],
            "methods": [self.context.methods[s].pk for s in method_slugs if s in self.context.methods][:2],
            "participation_actions": [
                self.context.actions[s].pk for s in rng.sample(action_slugs, min(2, len(action_slugs)))
            ],
            "democratic_values": [self.context.values[s].pk for s in rng.sample(self.value_slugs, 2)],
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
# One file each in data/content/initiatives/<NNN>-<slug>.yaml, read by polyvox.core.content: the texts
# (title, summary, body, results) in fr, nl and en; dates; status; organiser slug; municipality NIS code
# (none: the whole region); place [latitude, longitude] (else the centroid + an offset); family and method
# slugs; themes, actions and values; participation and governance levels; participants; providers
# (organisation slugs); steps, follow-ups and links.

CONTENT = Path(__file__).resolve().parent / "data" / "content"
_TEXT = Field("text")
_SLUGS = Field("list", required=False, default=list, item=Field("str"))


def _choices(model_choices):
    return frozenset(model_choices.values)


INITIATIVE_KIND = Kind("initiatives", CONTENT / "initiatives", {
    "title": _TEXT,
    "summary": _TEXT,
    "body": _TEXT,
    "results": Field("text", required=False),
    "start": Field("date"),
    "end": Field("date", required=False, nullable=True),
    "status": Field("str", choices=_choices(Status)),
    "state": Field("str", required=False, default=PublicationState.PUBLISHED.value, choices=_choices(PublicationState)),
    "return_reason": Field("str", required=False, default=""),
    "example": Field("bool", required=False, default=False),
    "organiser": Field("str"),
    "governance": Field("str", choices=_choices(GovernanceLevel)),
    "level": Field("str", choices=_choices(ParticipationLevel)),
    "municipality": Field("str", required=False, nullable=True),
    "place": Field("point", required=False, nullable=True),
    "family": Field("str", required=False, nullable=True, choices=frozenset(FAMILY_NUMBERS)),
    "methods": _SLUGS,
    "themes": _SLUGS,
    "actions": _SLUGS,
    "values": _SLUGS,
    "providers": _SLUGS,
    "participants": Field("int", required=False, nullable=True),
    "steps": Field("list", required=False, default=list, item=Field("map", schema={
        "date": Field("date"),
        "until": Field("date", required=False, nullable=True),
        "title": _TEXT,
        "description": Field("text", required=False),
    })),
    "follow_ups": Field("list", required=False, default=list, item=Field("map", schema={
        "date": Field("date"), "text": _TEXT,
    })),
    "links": Field("list", required=False, default=list, item=Field("map", schema={
        "label": _TEXT, "url": Field("str"),
    })),
})


VOCABULARY_KINDS = {
    name: Kind(name, CONTENT / name, {"name": _TEXT}) for name in ("themes", "actions", "values")
}


def read_vocabularies() -> dict[str, list[content.Item]]:
    """The themes, participation actions and democratic values: one file each, its name in three languages."""
    return {name: content.load(kind) for name, kind in VOCABULARY_KINDS.items()}


def read_initiatives(vocabularies=None) -> list[content.Item]:
    """Every initiative file, parsed and checked, with its themes, actions and values known."""
    vocabularies = vocabularies or read_vocabularies()
    items = content.load(INITIATIVE_KIND)
    content.known(items, "themes", (item.slug for item in vocabularies["themes"]), "theme", many=True)
    content.known(items, "actions", (item.slug for item in vocabularies["actions"]), "participation action", many=True)
    content.known(items, "values", (item.slug for item in vocabularies["values"]), "democratic value", many=True)
    # The slugs and codes other apps' demo data own: the methods (toolbox files), the organisers, the NIS codes.
    from polyvox.organisations import demo as organisations
    from polyvox.toolbox import demo as toolbox

    methods = (item.slug for item in content.load(toolbox.KINDS["methods"]))
    content.known(items, "methods", methods, "method", many=True)
    organisers = [row[1] for row in organisations.MUNICIPALITIES] + [row[0] for row in organisations.OTHER_BODIES]
    content.known(items, "organiser", organisers, "organisation")
    content.known(items, "municipality", (row[0] for row in organisations.MUNICIPALITIES), "municipality (NIS code)")
    return items
