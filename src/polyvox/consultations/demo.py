"""Demo data: the online consultation on cargo-bike loading zones, with its opinion map.

The statements are in `data/content/conversations/` (FR, NL, EN); the participants and their votes are simulated
from the file's opinion profiles with a seeded random generator, and the consultation is marked as an invented
example. Everything goes through the app's service commands (seeding, opening, votes, statements), as a real
conversation would. `link` runs after every app's `load`, when the inventory exists.
"""

from __future__ import annotations

import random
from pathlib import Path

from polyvox.core.content import Field, Kind, load as load_content

CONTENT = Path(__file__).resolve().parent / "data" / "content"
TEXT = Field("text")
CONVERSATIONS = Kind("conversations", CONTENT / "conversations", {
    "initiative": Field("str"),
    "title": TEXT,
    "question": TEXT,
    "participants": Field("int"),
    "seed": Field("int"),
    "profiles": Field("list", item=Field("map", schema={"share": Field("float")})),
    "statements": Field("list", item=Field("map", schema={
        "original": Field("str", choices=frozenset({"fr", "nl", "en"})),
        "lean": Field("list", item=Field("float")),
        "text": TEXT,
    })),
    "pending": Field("list", required=False, default=[], item=Field("map", schema={
        "original": Field("str", choices=frozenset({"fr", "nl", "en"})),
        "text": Field("str"),
    })),
})


def load(out, options) -> None:
    """Nothing here: the consultations belong to inventory initiatives, attached in `link`."""


def link(out, options) -> None:
    from django.contrib.auth import get_user_model

    from polyvox.consultations.models import Consultation
    from polyvox.initiatives.models import Initiative

    staff = get_user_model().objects.filter(email="staff@polyvox.example").first()
    if staff is None:
        out.write("  consultations: the staff demo account is missing; no demo consultation\n")
        return
    for item in load_content(CONVERSATIONS):
        initiative = Initiative.objects.filter(slug=item["initiative"]).first()
        if initiative is None:
            out.write(f"  consultations: initiative {item['initiative']} missing; {item.slug} skipped\n")
            continue
        if Consultation.objects.filter(initiative=initiative, title_fr=item["title"]["fr"]).exists():
            out.write(f"  consultations: {item.slug} is already there\n")
            continue
        consultation = build(item, initiative, staff)
        out.write(f"  consultations: {item.slug} with {consultation.statements.count()} statements, "
                  f"{consultation.participants.count()} simulated participants, "
                  f"{consultation.opinion_map.data.get('k', 0)} opinion groups\n")
        imported = import_public_conversation(initiative, staff)
        if imported is not None:
            out.write(f"  consultations: imported the public Pol.is conversation {IMPORTED} "
                      f"({imported.participants.count()} participants, {imported.opinion_map.data.get('k', 0)} groups)\n")


# A public Pol.is conversation (CC BY 4.0), shown as an example of an imported conversation. The same files are
# the opinion engine's test data.
IMPORTED = "15-per-hour-seattle"
IMPORTED_SOURCE = ("Pol.is conversation “15 per hour Seattle” (pol.is/2demo), The Computational Democracy Project, "
                   "CC BY 4.0")


def import_public_conversation(initiative, staff):
    from django.core.files.uploadedfile import SimpleUploadedFile

    import polyvox.engines.opinion as engine
    from polyvox.consultations import imports, mapping, services
    from polyvox.consultations.models import Consultation

    folder = Path(engine.__file__).resolve().parent / "tests" / "polis" / IMPORTED
    if not folder.is_dir() or Consultation.objects.filter(imported_from=IMPORTED_SOURCE).exists():
        return None
    consultation = Consultation.objects.create(
        initiative=initiative, is_example=True, participants_submit=False,
        title_fr="Exemple importé : la conversation publique Pol.is « 15 per hour Seattle »",
        title_nl="Geïmporteerd voorbeeld: het openbare Pol.is-gesprek „15 per hour Seattle”",
        title_en="Imported example: the public Pol.is conversation “15 per hour Seattle”",
        question_fr="Conversation réelle importée depuis Pol.is (en anglais), pour montrer l'import et la carte des opinions.",
        question_nl="Echt gesprek geïmporteerd uit Pol.is (in het Engels), om de import en de opiniekaart te tonen.",
        question_en="A real conversation imported from Pol.is, to show the import and the opinion map.",
    )
    files = {name: SimpleUploadedFile(name, (folder / name).read_bytes()) for name in ("comments.csv", "votes.csv")}
    imports.import_export(consultation, by=staff, comments=files["comments.csv"], votes=files["votes.csv"],
                          source=IMPORTED_SOURCE, language="en")
    services.move(consultation, "open", by=staff)
    services.move(consultation, "close", by=staff)
    mapping.refresh(consultation.pk)
    return consultation


def build(item, initiative, staff):
    from polyvox.consultations import mapping, services
    from polyvox.consultations.models import Consultation

    consultation = Consultation.objects.create(
        initiative=initiative, is_example=True,
        **{f"{field}_{code}": item[field][code] for field in ("title", "question") for code in ("fr", "nl", "en")},
    )
    for statement in item["statements"]:
        original = statement["original"]
        services.seed_statement(consultation, by=staff, text=statement["text"][original], language=original,
                                translations=statement["text"])
    services.move(consultation, "open", by=staff)
    simulate(consultation, item)
    for index, pending in enumerate(item["pending"]):
        author = services.join(consultation, browser_key=f"demo-{item.slug}-author-{index}")
        services.submit_statement(consultation, author, text=pending["text"], language=pending["original"])
    mapping.refresh(consultation.pk)
    questionnaire_answers(consultation, staff, item)
    return consultation


def questionnaire_answers(consultation, staff, item, share: float = 0.25) -> None:
    """The consultation's questionnaire, answered by a quarter of the simulated participants (marked as examples)."""
    from polyvox.consultations import services
    from polyvox.questionnaires import services as questionnaires

    questionnaire = services.attach_questionnaire(consultation, by=staff, template="online-consultation")
    rng = random.Random(item["seed"] + 1)
    questions = list(questionnaire.questions.prefetch_related("choices"))
    for participant in consultation.participants.order_by("number"):
        if rng.random() > share:
            continue
        token = services.questionnaire_code(consultation, participant)
        raw = {}
        for question in questions:
            values = [choice.value for choice in question.choices.all()]
            if question.kind == "scale":
                raw[question.key] = rng.choices(values, weights=[1, 2, 3, 5, 3])[0]
            elif question.kind == "single":
                raw[question.key] = rng.choice(values)
            elif question.kind == "multiple":
                raw[question.key] = rng.sample(values, k=1)
        if raw.get("again") == "no":
            raw["why-not"] = rng.choice(["Trop long.", "Te ingewikkeld.", "Je préfère les réunions en vrai."])
        questionnaires.answer(token, raw, language=rng.choice(["fr", "nl"]), is_example=True)


def simulate(consultation, item) -> None:
    """Participants drawn from the opinion profiles: each votes on a random part of the statements, agreeing
    more often the more their profile leans that way, and passing now and then."""
    from polyvox.consultations import services

    rng = random.Random(item["seed"])
    shares = [profile["share"] for profile in item["profiles"]]
    numbers = list(consultation.statements.order_by("number").values_list("number", flat=True))
    leans = [statement["lean"] for statement in item["statements"]]
    for person in range(item["participants"]):
        profile = rng.choices(range(len(shares)), weights=shares)[0]
        participant = services.join(consultation, browser_key=f"demo-{item.slug}-{person}")
        seen = rng.sample(range(len(numbers)), k=rng.randint(max(3, len(numbers) // 3), len(numbers)))
        for index in seen:
            lean = leans[index][profile]
            roll = rng.random()
            if roll < 0.12:
                value = "pass"
            else:
                value = "agree" if rng.random() < 0.5 + 0.42 * lean else "disagree"
            services.vote(consultation, participant, statement_number=numbers[index], value=value)
