"""Demo: the six modules of the "ateliers de la participation" (seed 002, part 04), the inclusion module's three
dated sessions with the speakers the seed names (field visit in Ghent on 17/10, reflection session on 05/11 with
Equal Brussels, the VUB and the Collectif Citoyen, practical cases on 14/11 with BRI-CO and Megafon), a Forum of
actors and network meetings of the five types of action.

The seed gives days, not the year, the hours or the places: the year (2026), hours, places, capacities and minutes
are invented and said so on each event. Idempotent: events are found again by their demo key (title in French).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import timezone

from polyvox.core.workflow import SYSTEM, apply
from polyvox.events.models import Audience, Event, EventKind, EventState, MeetingType, Module, ModuleKind, Speaker

BRUSSELS = ZoneInfo("Europe/Brussels")

MODULES = [
    ("cadrage", ModuleKind.PHASE, ("Cadrage", "Kader", "Framing"),
     ("Comment cadrer un projet participatif en amont ?", "Hoe een participatief project op voorhand kaderen?",
      "How to frame a participatory project beforehand?")),
    ("mobilisation", ModuleKind.PHASE, ("L'art de la mobilisation", "Mobilisatie", "The art of mobilisation"),
     ("Quelles stratégies pour impliquer les différentes parties prenantes et garantir la légitimité ?",
      "Welke strategieën om de verschillende belanghebbenden te betrekken en de legitimiteit te waarborgen?",
      "Which strategies to involve the different stakeholders and secure legitimacy?")),
    ("facilitation", ModuleKind.PHASE,
     ("Facilitation des dialogues participatifs", "Facilitatie van participatieve dialoog", "Facilitating participatory dialogue"),
     ("Comment mettre en place un cadre efficace pour des échanges constructifs avec les citoyens ?",
      "Hoe een effectief kader opzetten voor constructieve uitwisselingen met burgers?",
      "How to set up an effective frame for constructive exchanges with citizens?")),
    ("evaluation", ModuleKind.PHASE, ("Évaluation", "Evaluatie", "Evaluation"),
     ("Comment évaluer un processus participatif et assurer le suivi ?",
      "Hoe een participatief proces evalueren en de opvolging verzekeren?",
      "How to evaluate a participatory process and ensure the follow-up?")),
    ("inclusion", ModuleKind.THEME, ("Inclusion", "Inclusie", "Inclusion"),
     ("Quelles bonnes pratiques pour le recrutement, la facilitation et le maintien de l'engagement des personnes "
      "éloignées du débat public ?",
      "Wat zijn goede praktijkvoorbeelden op vlak van rekrutering, facilitatie en behoud van engagement van personen "
      "die ver afstaan van het publieke debat?",
      "What good practices for recruiting, facilitating and keeping engaged people far from public debate?")),
    ("environnement", ModuleKind.THEME, ("Environnement", "Milieu", "Environment"),
     ("Comment bien faire participer sur des enjeux de crise environnementale ?",
      "Hoe goed laten participeren rond uitdagingen van de milieucrisis?",
      "How to run good participation on issues of environmental crisis?")),
]

EXAMPLE_NOTE = ("\n\n*Heures, lieu et capacité : exemple de démonstration (le support de présentation ne donne que le jour).*",
                "\n\n*Uren, plaats en capaciteit: demovoorbeeld (de presentatie geeft alleen de dag).*",
                "\n\n*Hours, place and capacity: demo example (the slides give only the day).*")


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=BRUSSELS)


def load(out, options):
    modules = {}
    for order, (slug, kind, titles, questions) in enumerate(MODULES):
        modules[slug], _ = Module.objects.update_or_create(slug=slug, defaults={
            "kind": kind, "order": order, "title": titles[0], "title_fr": titles[0], "title_nl": titles[1],
            "title_en": titles[2], "question": questions[0], "question_fr": questions[0], "question_nl": questions[1],
            "question_en": questions[2]})
    from polyvox.organisations.models import Organisation

    service = Organisation.objects.filter(slug="service-participation").first()
    inclusion = modules["inclusion"]
    count = 0
    visit = _event(
        ("Module inclusion : visite de terrain à Gand", "Workshop inclusie: terreinbezoek in Gent",
         "Inclusion module: field visit in Ghent"),
        ("Avec le régisseur de quartier de la Ville de Gand : le quartier « Watersportbaan » (tours sociales, pauvreté, "
         "structures de soins) et le quartier « gare Gent Sint-Pieters » (besoin d'espaces de rencontre, projet de "
         "réaménagement, circulation dense).",
         "Met de buurtregisseur van de Stad Gent: de wijk Watersportbaan (sociale torens, armoede, zorgstructuren) en "
         "de wijk rond het station Gent-Sint-Pieters (nood aan ontmoetingsruimte, herinrichtingsproject, druk verkeer).",
         "With the City of Ghent's neighbourhood manager: the Watersportbaan area (social housing towers, poverty, care "
         "facilities) and the Gent-Sint-Pieters station area (need for meeting places, redevelopment, dense traffic)."),
        EventKind.FIELD_VISIT, inclusion, _at(dt.date(2026, 10, 17), 9, 30), _at(dt.date(2026, 10, 17), 16),
        "Gent / Gand (départ : gare de Bruxelles-Central, exemple)", 25, "fr,nl", service,
        [("Régisseur de quartier", "Stad Gent", "Watersportbaan · Gent-Sint-Pieters")])
    reflection = _event(
        ("Module inclusion : session de réflexion", "Workshop inclusie: reflectiesessie", "Inclusion module: reflection session"),
        ("Qui sont les « populations éloignées / non représentées » ? Quelle différence entre inclusion et "
         "représentativité ? Comment articuler participation « catégorielle » et « universelle » ?",
         "Wie zijn de 'veraf staande / niet-vertegenwoordigde bevolkingsgroepen'? Wat is het verschil tussen inclusie en "
         "representativiteit? Hoe 'categoriale' en 'universele' participatie verbinden?",
         "Who are the 'distant / unrepresented populations'? What is the difference between inclusion and "
         "representativeness? How to combine 'categorial' and 'universal' participation?"),
        EventKind.ATELIER_SESSION, inclusion, _at(dt.date(2026, 11, 5), 9, 30), _at(dt.date(2026, 11, 5), 12, 30),
        "perspective.brussels, rue de Namur 59, 1000 Bruxelles (exemple)", 40, "fr,nl", service,
        [("Equal Brussels", "equal.brussels", "Qui sont les « populations éloignées / non représentées » ?"),
         ("Service de la Participation", "perspective.brussels", "Quelle différence entre inclusion et représentativité ?"),
         ("Kenza Amara Hammou", "VUB", "En quoi leur participation requiert des actions spécifiques ?"),
         ("Raouf Ben Ammar", "Collectif Citoyen", "En quoi leur participation requiert des actions spécifiques ?")])
    cases = _event(
        ("Module inclusion : cas pratiques", "Workshop inclusie: praktijkvoorbeelden", "Inclusion module: practical cases"),
        ("Deux cas pratiques : les ateliers de quartier BRI-CO, et Megafon, « ma voix pour mon quartier / mijn stem "
         "voor mijn wijk ».",
         "Twee praktijkvoorbeelden: de buurtworkshops van BRI-CO, en Megafon, 'mijn stem voor mijn wijk / ma voix pour "
         "mon quartier'.",
         "Two practical cases: BRI-CO's neighbourhood workshops, and Megafon, 'my voice for my neighbourhood'."),
        EventKind.ATELIER_SESSION, inclusion, _at(dt.date(2026, 11, 14), 9, 30), _at(dt.date(2026, 11, 14), 12, 30),
        "perspective.brussels, rue de Namur 59, 1000 Bruxelles (exemple)", 40, "fr,nl", service,
        [("BRI-CO", "", "Ateliers de quartier"), ("Megafon", "", "Ma voix pour mon quartier / mijn stem voor mijn wijk")])
    reflection.minutes_fr = ("Compte rendu (exemple) : 34 agents présents. Equal Brussels a présenté les publics peu "
                             "représentés ; le débat a porté sur la complémentarité des démarches catégorielles et universelles.")
    reflection.minutes_nl = ("Verslag (voorbeeld): 34 ambtenaren aanwezig. Equal Brussels stelde de weinig vertegenwoordigde "
                             "groepen voor; het debat ging over de complementariteit van categoriale en universele aanpakken.")
    reflection.minutes_en = ("Minutes (example): 34 officials attended. Equal Brussels presented under-represented groups; the "
                             "debate was about how categorial and universal approaches complement each other.")
    reflection.save(update_fields=["minutes_fr", "minutes_nl", "minutes_en"])
    count += 3
    today = timezone.localdate()
    forum_day = today + dt.timedelta(days=45)
    _event(
        ("Forum des acteurs de la participation", "Forum van de participatieactoren", "Forum of participation actors"),
        ("Le moment d'ouverture du réseau à l'ensemble des acteurs : administrations, associations, collectifs citoyens, "
         "prestataires et habitants. Ateliers en parallèle et plénière bilingue.",
         "Het moment waarop het netwerk opengaat voor alle actoren: besturen, verenigingen, burgercollectieven, "
         "dienstverleners en inwoners. Parallelle workshops en tweetalige plenaire.",
         "The network's moment of openness to all actors: administrations, associations, citizen collectives, providers "
         "and residents. Parallel workshops and a bilingual plenary."),
        EventKind.FORUM, None, _at(forum_day, 13), _at(forum_day, 18), "BEL, Tour & Taxis, 1000 Bruxelles (exemple)", 150,
        "fr,nl,en", service, [], audience=Audience.EVERYONE, example=True)
    count += 1
    for offset, meeting_type, module_slug, titles in [
        (14, MeetingType.EXCHANGE, "mobilisation",
         ("Rencontre du réseau : échange de pratiques sur la mobilisation", "Netwerkbijeenkomst: uitwisseling over mobilisatie",
          "Network meeting: exchange of practices on mobilisation")),
        (28, MeetingType.TOOLING, "cadrage",
         ("Rencontre du réseau : outiller le cadrage d'un projet", "Netwerkbijeenkomst: tools om een project te kaderen",
          "Network meeting: tools to frame a project")),
        (60, MeetingType.DEBATE, "evaluation",
         ("Rencontre du réseau : débat sur l'évaluation et le devoir de suite", "Netwerkbijeenkomst: debat over evaluatie en opvolgingsplicht",
          "Network meeting: debate on evaluation and the duty to follow up")),
    ]:
        day = today + dt.timedelta(days=offset)
        meeting = _event(titles, ("Rencontre réservée aux agents publics de la participation.",
                        "Bijeenkomst voorbehouden aan de publieke participatieambtenaren.",
                        "Meeting for public agents of participation only."),
               EventKind.NETWORK_MEETING, modules[module_slug], _at(day, 9, 30), _at(day, 12, 30),
               "perspective.brussels, rue de Namur 59, 1000 Bruxelles (exemple)", 12 if offset == 14 else 30, "fr,nl",
               service, [], audience=Audience.AGENTS, meeting_type=meeting_type, example=True)
        group = _working_group("evaluation-suivi" if module_slug == "evaluation" else "inclusion-representativite"
                               if module_slug == "mobilisation" else "")
        if group is not None and meeting.working_group_id != group.pk:
            meeting.working_group = group
            meeting.save(update_fields=["working_group"])
        count += 1
    out.write(f"  events: {len(MODULES)} atelier modules, {count} events")


def _working_group(slug):
    """The network app's group (looked up by name: events does not import the network app)."""
    from django.apps import apps

    if not slug or not apps.is_installed("polyvox.network"):
        return None
    return apps.get_model("network", "WorkingGroup").objects.filter(slug=slug).first()


def _event(titles, descriptions, kind, module, starts, ends, place, capacity, languages, organiser, speakers, *,
           audience=Audience.AGENTS, meeting_type="", example=False) -> Event:
    descriptions = tuple(text + note for text, note in zip(descriptions, EXAMPLE_NOTE, strict=True)) if not example else descriptions
    event, _ = Event.objects.update_or_create(title_fr=titles[0], defaults={
        "title": titles[0], "title_nl": titles[1], "title_en": titles[2], "description": descriptions[0],
        "description_fr": descriptions[0], "description_nl": descriptions[1], "description_en": descriptions[2],
        "kind": kind, "module": module, "starts_at": starts, "ends_at": ends, "place": place, "capacity": capacity,
        "languages": languages, "organiser": organiser, "audience": audience, "meeting_type": meeting_type,
        "is_example": example})
    if event.state == EventState.DRAFT:
        apply(event, "publish", by=SYSTEM)
    event.speakers.all().delete()
    for order, (name, affiliation, topic) in enumerate(speakers):
        Speaker.objects.create(event=event, name=name, affiliation=affiliation, topic=topic, topic_fr=topic, order=order)
    return event
