"""Demo: the deliberative committee's panel of the Brussels Parliament, from a synthetic register extract to
a verified public draw; and the published reports of panels (the Bockstael open jury's panel of local residents,
its recommendations in `data/content/reports/*.yaml`, marked as examples), which follow-up imports.

Deterministic: a synthetic extract of 6,000 residents (municipalities in proportion to their population;
gender, age, language and education drawn from rough regional distributions), 3,000 invitations
stratified by municipality, about 320 registrations skewed as real ones are (older and more educated
people answer more, young and less educated people less), quotas proposed from the population shares,
and a LEXIMIN draw of 45 with a published seed.

The exact LEXIMIN lottery of this pool (327 volunteers, 254 profiles) takes the engine a few seconds,
so the demo computes it like an organiser would, through the same selection code.
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal
from pathlib import Path

from django.utils import timezone

from polyvox.core import content
from polyvox.core.content import Field

ACTOR_EMAIL = "staff@polyvox.example"
INITIATIVE_SLUG = "commissions-deliberatives"
TITLE = ("Commission délibérative 2026 : panel citoyen tiré au sort",
         "Overlegcommissie 2026: geloot burgerpanel",
         "Deliberative committee 2026: citizens' panel drawn by lot")
DESCRIPTION = (
    "Le Parlement bruxellois a invité 3 000 habitant·es tiré·es au sort dans le registre de la population, "
    "réparti·es entre les 19 communes selon leur population. Parmi les volontaires, 45 citoyen·nes ont été "
    "tiré·es au sort pour siéger avec 15 député·es. *Exemple de démonstration : les personnes sont fictives.*",
    "Het Brussels Parlement nodigde 3.000 inwoners uit die uit het bevolkingsregister geloot werden, verdeeld "
    "over de 19 gemeenten volgens hun bevolking. Onder de kandidaten werden 45 burgers geloot die samen met 15 "
    "parlementsleden zetelen. *Demovoorbeeld: de personen zijn fictief.*",
    "The Brussels Parliament invited 3,000 residents drawn by lot from the population register, spread over "
    "the 19 municipalities by population. Among the volunteers, 45 citizens were drawn by lot to sit with 15 "
    "members of parliament. *Demo example: the people are fictitious.*",
)
REGISTER_SIZE = 6000
INVITATIONS = 3000
INVITATION_SEED = "Commission délibérative 2026 – invitations"
SEED = "Overlegcommissie 2026 / Commission délibérative 2026 – 12 maart / 12 mars"
SEED_ANNOUNCEMENT = ("Annoncée le 2 mars 2026 sur le site du Parlement, dix jours avant le tirage / "
                     "Aangekondigd op 2 maart 2026 op de website van het Parlement, tien dagen vóór de loting.")
OPEN_TITLE = ("Commission délibérative 2027 : inscriptions ouvertes",
              "Overlegcommissie 2027: inschrijvingen open",
              "Deliberative committee 2027: registration open")
#: Invitation codes of the open panel that demo visitors can type on the registration page.
OPEN_CODES = ["DEMXCAF3", "DEMXCAF4", "DEMXCAF7", "DEMXCAF9"]

POSTCODES = {"21001": "1070", "21002": "1160", "21003": "1082", "21004": "1000", "21005": "1040",
             "21006": "1140", "21007": "1190", "21008": "1083", "21009": "1050", "21010": "1090",
             "21011": "1081", "21012": "1080", "21013": "1060", "21014": "1210", "21015": "1030",
             "21016": "1180", "21017": "1170", "21018": "1200", "21019": "1150"}
STREETS = ["Rue de la Loi", "Chaussée de Haecht", "Avenue Louise", "Rue Haute", "Chaussée de Gand",
           "Boulevard Léopold II", "Rue du Midi", "Avenue de la Couronne", "Rue Royale", "Chaussée d'Alsemberg",
           "Avenue Brugmann", "Rue Gallait", "Chaussée de Wavre", "Rue des Tanneurs", "Avenue Van Volxem",
           "Rue de Flandre", "Chaussée de Ninove", "Avenue de Tervueren", "Rue Josaphat", "Boulevard du Souverain"]
FIRST_NAMES = ["Marie", "Jean", "Sarah", "Mohamed", "Fatima", "Lucas", "Emma", "Youssef", "Nora", "Thomas",
               "Ines", "Pieter", "Anke", "Mehmet", "Elif", "Giulia", "Marco", "Agnieszka", "Piotr", "Ioana",
               "Andrei", "Aminata", "Grace", "Kevin", "Julie", "Luc", "Sofia", "Adam", "Rania", "Bram",
               "Lotte", "Hamza", "Salma", "Pedro", "Ana", "Nicolas", "Chloé", "Olivier", "Hanne", "Samir"]
LAST_NAMES = ["Dubois", "Peeters", "Janssens", "El Amrani", "Benali", "Maes", "Lambert", "Yilmaz", "Kaya",
              "Rossi", "Esposito", "Nowak", "Kowalski", "Popescu", "Ionescu", "Mukendi", "Kabila", "Diallo",
              "Dupont", "Claes", "Willems", "Martin", "Laurent", "Garcia", "Fernandes", "Haddad", "Bakker",
              "Vermeulen", "Simon", "Mertens", "Ouali", "Aydin", "Leroy", "Goossens", "Lemaire", "Ntumba"]
# Rough shares among residents aged 16 or over, and how much more or less likely each group answers.
GENDER = {"woman": (0.51, 0.95), "man": (0.485, 1.05), "other": (0.005, 1.0)}
AGE = {"16-24": (0.13, 0.55), "25-34": (0.20, 0.8), "35-44": (0.19, 0.95), "45-54": (0.16, 1.1),
       "55-64": (0.13, 1.35), "65+": (0.19, 1.3)}
LANGUAGE = {"fr": (0.76, 1.0), "nl": (0.11, 1.35), "other": (0.13, 0.55)}
EDUCATION = {"low": (0.30, 0.5), "medium": (0.32, 0.9), "high": (0.38, 1.55)}
BASE_RESPONSE = 0.11

NO_TEXT = {"fr": "", "nl": "", "en": ""}
REPORT = content.Kind("panel report", Path(__file__).parent / "data" / "content" / "reports", {
    "initiative": Field("str"), "title": Field("text"), "description": Field("text"), "seats": Field("int"),
    "report_date": Field("date"), "example": Field("bool", required=False, default=True),
    "recommendations": Field("list", item=Field("map", schema={
        "reference": Field("str"), "text": Field("text"),
        "theme": Field("text", required=False, default=lambda: dict(NO_TEXT)),
        "support": Field("float", required=False, default=None, nullable=True),
    })),
})


def load(out, options):
    """Nothing here: the panel belongs to the initiative the inventory creates (see `link`)."""


def link(out, options):
    _committee_panels(out)
    # After the committee's panels, so that these keep the first numbers (/panels/1/ is the drawn one).
    for item in content.load(REPORT):
        build_report(out, item)


def _committee_panels(out):
    from polyvox.initiatives.models import Initiative
    from polyvox.panels.models import Panel

    initiative = Initiative.objects.filter(slug=INITIATIVE_SLUG).first()
    if initiative is None:
        out.write("  panels: no initiative 'commissions-deliberatives', demo panel skipped")
        return
    panel = Panel.objects.filter(initiative=initiative, title_fr=TITLE[0]).first()
    if panel is not None and panel.is_drawn:
        out.write(f"  panels: demo panel already drawn ({panel.volunteers.count()} volunteers)")
    else:
        if panel is not None:  # an interrupted earlier run: start again
            panel.delete()
        panel = build(initiative)
        out.write(f"  panels: {panel.invitations.count()} invitations, {panel.volunteers.count()} volunteers, "
                  f"45 drawn (panel {panel.panel_index} of 1000)")
    if not Panel.objects.filter(initiative=initiative, title_fr=OPEN_TITLE[0]).exists():
        build_open(initiative)
    codes = ", ".join(f"{c[:4]}-{c[4:]}" for c in OPEN_CODES)
    out.write(f"  panels: a second panel with registration open; try the codes {codes} at /fr/panels/register/")


def build(initiative):
    """The whole workflow of the demo panel, step by step through the services."""
    from django.contrib.auth import get_user_model

    from polyvox.panels import register_extract, selection, services
    from polyvox.panels.models import Preset, Volunteer
    from polyvox.places.models import Municipality

    actor = get_user_model().objects.filter(email=ACTOR_EMAIL).first()
    rng = random.Random(20260312)
    panel = services.create_panel(initiative, actor, TITLE[0], Preset.BRUSSELS_COMMITTEE, 45)
    panel.title_nl, panel.title_en = TITLE[1], TITLE[2]
    panel.description_fr, panel.description_nl, panel.description_en = DESCRIPTION
    panel.description = DESCRIPTION[0]
    panel.registration_deadline = datetime.date(2026, 2, 20)
    panel.save()

    municipalities = list(Municipality.objects.order_by("nis_code"))
    residents = synthetic_register(rng, municipalities)
    rows = [register_extract.ParsedRow(line, r["id"], r["first_name"], r["last_name"], r["street"], r["postcode"],
                                       r["municipality_id"]) for line, r in enumerate(residents, start=2)]
    register_extract.store_register(panel, "extrait-registre-demo.csv", rows)
    services.draw_invitations(panel, actor, INVITATIONS, stratified=True, seed=INVITATION_SEED,
                              deadline=panel.registration_deadline)
    services.move(panel, actor, "open_registration")

    hidden = {r["id"]: r for r in residents}
    volunteers = []
    used: set[str] = set()
    now = timezone.now()
    for invitation in panel.invitations.select_related("entry").order_by("number"):
        person = hidden[invitation.entry.external_id]
        if rng.random() >= BASE_RESPONSE * person["propensity"]:
            continue
        pseudonym = _pseudonym(rng, used)
        language = {"fr": "fr", "nl": "nl"}.get(person["language"], rng.choice(["fr", "fr", "en"]))
        volunteers.append(Volunteer(
            panel=panel, invitation=invitation, pseudonym=pseudonym,
            features={k: person[k] for k in ("gender", "age", "municipality", "language", "education")},
            first_name=person["first_name"], last_name=person["last_name"],
            email=f"{pseudonym.lower()}@volunteers.polyvox.example", language=language, consent_at=now,
            registered_at=now))
    Volunteer.objects.bulk_create(volunteers)
    services.move(panel, actor, "close_registration")

    # The ceremony as it happened, through the organiser's own commands: the lottery computed (at once, not in
    # the background), its announcement ten days before the seed existed, then the draw with the seed (the demo's
    # dates are in the past, so the announcement is written as made then; its people are fictitious: no mail).
    services.start_selection(panel, actor, in_background=False)
    panel.refresh_from_db()
    now = timezone.now()
    services.announce_draw(panel, actor, SEED_ANNOUNCEMENT, now - datetime.timedelta(hours=1), confirm_warnings=True,
                           announced_at=now - datetime.timedelta(days=10))
    services.draw(panel, actor, SEED, notify=False)
    panel.refresh_from_db()
    assert selection.verify(panel, SEED).ok
    return panel


def build_report(out, item):
    """A panel recruited outside the platform and its published report (idempotent: a panel of that title on the
    initiative is left as it is)."""
    from django.contrib.auth import get_user_model

    from polyvox.core.workflow import SYSTEM
    from polyvox.initiatives.models import Initiative
    from polyvox.panels import reports, services
    from polyvox.panels.models import Panel, Preset

    initiative = Initiative.objects.filter(slug=item["initiative"]).first()
    if initiative is None:
        out.write(f"  panels: no initiative {item['initiative']!r}, its panel's report skipped")
        return None
    panel = Panel.objects.filter(initiative=initiative, title_fr=item["title"]["fr"]).first()
    if panel is not None:
        out.write(f"  panels: {item['initiative']}: report already there")
        return panel
    actor = get_user_model().objects.filter(email=ACTOR_EMAIL).first()
    panel = services.create_panel(initiative, actor, item["title"]["fr"], Preset.BLANK, item["seats"])
    for lang in ("fr", "nl", "en"):
        setattr(panel, f"title_{lang}", item["title"][lang])
        setattr(panel, f"description_{lang}", item["description"][lang])
    panel.save()
    reports.set_report(panel, SYSTEM, date=item["report_date"], is_example=item["example"])
    for spec in item["recommendations"]:
        values = {"reference": spec["reference"], "support": "" if spec["support"] is None else str(Decimal(str(spec["support"])))}
        for lang in ("fr", "nl", "en"):
            values[f"text_{lang}"], values[f"theme_{lang}"] = spec["text"][lang], spec["theme"][lang]
        reports.add_recommendation(panel, SYSTEM, values)
    reports.publish(panel, SYSTEM)
    out.write(f"  panels: {item['initiative']}: report published, {len(item['recommendations'])} recommendations")
    return panel


def build_open(initiative):
    """A second committee still recruiting: invitations sent, a few dozen registrations, codes to try."""
    from django.contrib.auth import get_user_model

    from polyvox.panels import register_extract, services
    from polyvox.panels.models import Preset, Volunteer
    from polyvox.places.models import Municipality

    actor = get_user_model().objects.filter(email=ACTOR_EMAIL).first()
    rng = random.Random(20270115)
    panel = services.create_panel(initiative, actor, OPEN_TITLE[0], Preset.BRUSSELS_COMMITTEE, 45)
    panel.title_nl, panel.title_en = OPEN_TITLE[1], OPEN_TITLE[2]
    panel.registration_deadline = datetime.date(2027, 1, 15)
    panel.save()
    residents = synthetic_register(rng, list(Municipality.objects.order_by("nis_code")), size=1500)
    rows = [register_extract.ParsedRow(line, r["id"], r["first_name"], r["last_name"], r["street"], r["postcode"],
                                       r["municipality_id"]) for line, r in enumerate(residents, start=2)]
    register_extract.store_register(panel, "extrait-registre-demo-2027.csv", rows)
    services.draw_invitations(panel, actor, 400, stratified=True, seed="Commission délibérative 2027 – invitations",
                              deadline=panel.registration_deadline)
    invitations = list(panel.invitations.order_by("number"))
    for invitation, code in zip(invitations, OPEN_CODES):
        invitation.code = code
        invitation.save(update_fields=["code"])
    services.move(panel, actor, "open_registration")
    hidden = {r["id"]: r for r in residents}
    used: set[str] = set()
    now = timezone.now()
    volunteers = []
    for invitation in invitations[len(OPEN_CODES):]:
        person = hidden[invitation.entry.external_id]
        if rng.random() >= BASE_RESPONSE * person["propensity"]:
            continue
        pseudonym = _pseudonym(rng, used)
        volunteers.append(Volunteer(
            panel=panel, invitation=invitation, pseudonym=pseudonym,
            features={k: person[k] for k in ("gender", "age", "municipality", "language", "education")},
            first_name=person["first_name"], last_name=person["last_name"],
            email=f"{pseudonym.lower()}@volunteers.polyvox.example",
            language={"nl": "nl"}.get(person["language"], "fr"), consent_at=now, registered_at=now))
    Volunteer.objects.bulk_create(volunteers)
    return panel


def synthetic_register(rng: random.Random, municipalities, size: int = REGISTER_SIZE) -> list[dict]:
    """Plausible residents aged 16 or over, each with hidden features and a propensity to answer."""
    weights = [m.population or 1 for m in municipalities]
    residents = []
    for number in range(size):
        town = rng.choices(municipalities, weights=weights)[0]
        person = {"id": f"RN{number + 1:06d}", "municipality_id": town.pk, "municipality": town.nis_code,
                  "first_name": rng.choice(FIRST_NAMES), "last_name": rng.choice(LAST_NAMES),
                  "street": f"{rng.choice(STREETS)} {rng.randint(1, 250)}",
                  "postcode": POSTCODES.get(town.nis_code, "1000")}
        propensity = 1.0
        for key, table in (("gender", GENDER), ("age", AGE), ("language", LANGUAGE), ("education", EDUCATION)):
            values = list(table)
            value = rng.choices(values, weights=[table[v][0] for v in values])[0]
            if key == "education" and person.get("age") == "16-24" and value == "high" and rng.random() < 0.6:
                value = "medium"  # many of the youngest are still studying
            person[key] = value
            propensity *= table[value][1]
        person["propensity"] = propensity
        residents.append(person)
    return residents


def _pseudonym(rng: random.Random, used: set[str]) -> str:
    from polyvox.panels.models import CODE_ALPHABET

    while True:
        pseudonym = "V" + "".join(rng.choice(CODE_ALPHABET) for _ in range(6))
        if pseudonym not in used:
            used.add(pseudonym)
            return pseudonym
