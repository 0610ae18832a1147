"""Demo data of the toolbox, in French, Dutch and English: framework texts, the seven method families with
their fiches and methods, practical cases, focus articles, external resources and the glossary. The texts are
data files, one per item, in data/content/<kind>/ (read and checked by polyvox.core.content).

`load` is idempotent (update_or_create by slug); `link`, run after every app's load, attaches the
inventory initiatives the toolbox cites as practical cases, skipping those that do not exist.
"""

from pathlib import Path

from django.apps import apps
from django.utils import translation

from polyvox.core import content
from polyvox.core.content import Field, Kind
from polyvox.toolbox.models import (
    ExternalResource, FocusArticle, FrameworkText, GlossaryTerm, Method, MethodFamily, ParticipationLevel,
    PracticalCase,
)

LANGUAGES = ("fr", "nl", "en")
REGION = {"fr": "Région de Bruxelles-Capitale", "nl": "Brussels Hoofdstedelijk Gewest", "en": "Brussels-Capital Region"}
FAMILY_TEXT_FIELDS = (
    "name", "summary", "what_it_is", "when_to_use", "steps", "typical_duration", "typical_cost", "pitfalls", "inclusion",
)

# The texts live in data/content/<kind>/<NNN>-<slug>.yaml, one file per item (see polyvox.core.content).
CONTENT = Path(__file__).resolve().parent / "data" / "content"
TEXT = Field("text")
SLUG = Field("str")
OPTIONAL_SLUG = Field("str", nullable=True)
KINDS = {
    "families": Kind("families", CONTENT / "families", {
        "number": Field("int"),
        "participation_level": Field("str", choices=frozenset(ParticipationLevel.values)),
        **{name: TEXT for name in FAMILY_TEXT_FIELDS},
    }),
    "methods": Kind("methods", CONTENT / "methods", {"family": SLUG, "name": TEXT, "description": TEXT}),
    "framework": Kind("framework", CONTENT / "framework", {"order": Field("int"), "title": TEXT, "body": TEXT}),
    "focus": Kind("focus", CONTENT / "focus", {"published": Field("date"), "title": TEXT, "summary": TEXT, "body": TEXT}),
    "resources": Kind("resources", CONTENT / "resources", {
        "url": SLUG, "language": SLUG, "family": OPTIONAL_SLUG, "title": TEXT, "description": TEXT,
    }),
    "glossary": Kind("glossary", CONTENT / "glossary", {"family": OPTIONAL_SLUG, "term": TEXT, "definition": TEXT}),
    "cases": Kind("cases", CONTENT / "cases", {
        "family": SLUG, "method": OPTIONAL_SLUG, "order": Field("int"), "place": TEXT, "title": TEXT, "body": TEXT,
    }),
    "inventory-cases": Kind("inventory-cases", CONTENT / "inventory-cases", {
        "initiative": SLUG, "family": SLUG, "method": OPTIONAL_SLUG, "order": Field("int"), "body": TEXT,
    }),
}


def read_content() -> dict[str, list[content.Item]]:
    """Every toolbox content file, parsed and checked, with the references between kinds."""
    items = {name: content.load(kind) for name, kind in KINDS.items()}
    families = [item.slug for item in items["families"]]
    methods = [item.slug for item in items["methods"]]
    for name in ("methods", "resources", "glossary", "cases", "inventory-cases"):
        content.known(items[name], "family", families, "method family")
    for name in ("cases", "inventory-cases"):
        content.known(items[name], "method", methods, "method")
    return items


def load(out, options):
    with translation.override("fr"):  # the untranslated base columns hold the French version
        load_in_french(out)


def link(out, options):
    """Practical cases pointing to the inventory initiatives that exist (another app creates them)."""
    with translation.override("fr"):
        link_in_french(out)


def load_in_french(out):
    items = read_content()
    families = load_families(items["families"])
    load_methods(items["methods"], families)
    load_framework_texts(items["framework"])
    load_focus_articles(items["focus"])
    load_resources(items["resources"], families)
    load_glossary(items["glossary"], families)
    load_external_cases(items["cases"], families)
    out.write(
        f"  toolbox: {len(families)} families, {Method.objects.count()} methods, {FrameworkText.objects.count()} "
        f"framework texts, {FocusArticle.objects.count()} focus articles, {ExternalResource.objects.count()} "
        f"resources, {GlossaryTerm.objects.count()} glossary terms"
    )


def link_in_french(out):
    Initiative = apps.get_model("initiatives", "Initiative")  # by name: the inventory depends on the toolbox, not back

    families = {family.slug: family for family in MethodFamily.objects.all()}
    linked = 0
    for spec in content.load(KINDS["inventory-cases"]):
        initiative = Initiative.objects.filter(slug=spec["initiative"]).select_related("municipality").first()
        family = families.get(spec["family"])
        if initiative is None or family is None:
            continue
        method = Method.objects.filter(slug=spec["method"]).first() if spec["method"] else None
        defaults = {
            "family": family,
            "method": method,
            "initiative": initiative,
            "is_external": False,
            "order": spec["order"],
            **translated("body", spec["body"]),
        }
        for lang in LANGUAGES:
            defaults[f"title_{lang}"] = getattr(initiative, f"title_{lang}", "") or ""
            defaults[f"place_{lang}"] = place_name(initiative, lang)
        PracticalCase.objects.update_or_create(slug=f"inventaire-{spec['initiative']}", defaults=defaults)
        linked += 1
    out.write(f"  toolbox: {linked} practical cases linked to the inventory")


def load_families(items) -> dict[str, MethodFamily]:
    families = {}
    for spec in items:
        defaults = {"number": spec["number"], "participation_level": spec["participation_level"]}
        for field in FAMILY_TEXT_FIELDS:
            defaults.update(translated(field, spec[field]))
        family, _ = MethodFamily.objects.update_or_create(slug=spec.slug, defaults=defaults)
        families[family.slug] = family
    return families


def load_methods(items, families):
    for spec in items:
        Method.objects.update_or_create(
            slug=spec.slug,
            defaults={
                "family": families[spec["family"]],
                **translated("name", spec["name"]),
                **translated("description", spec["description"]),
            },
        )


def load_framework_texts(items):
    for spec in items:
        FrameworkText.objects.update_or_create(
            slug=spec.slug,
            defaults={"order": spec["order"], **translated("title", spec["title"]), **translated("body", spec["body"])},
        )


def load_focus_articles(items):
    for spec in items:
        FocusArticle.objects.update_or_create(
            slug=spec.slug,
            defaults={
                "published": spec["published"],
                **translated("title", spec["title"]),
                **translated("summary", spec["summary"]),
                **translated("body", spec["body"]),
            },
        )


def load_resources(items, families):
    for spec in items:
        ExternalResource.objects.update_or_create(
            url=spec["url"],
            defaults={
                "language": spec["language"],
                "family": families.get(spec["family"]) if spec["family"] else None,
                **translated("title", spec["title"]),
                **translated("description", spec["description"]),
            },
        )


def load_glossary(items, families):
    for spec in items:
        GlossaryTerm.objects.update_or_create(
            slug=spec.slug,
            defaults={
                "family": families.get(spec["family"]) if spec["family"] else None,
                **translated("term", spec["term"]),
                **translated("definition", spec["definition"]),
            },
        )


def load_external_cases(items, families):
    for spec in items:
        PracticalCase.objects.update_or_create(
            slug=spec.slug,
            defaults={
                "family": families[spec["family"]],
                "method": Method.objects.filter(slug=spec["method"]).first() if spec["method"] else None,
                "is_external": True,
                "initiative": None,
                "order": spec["order"],
                **translated("title", spec["title"]),
                **translated("body", spec["body"]),
                **translated("place", spec["place"]),
            },
        )


def translated(field: str, texts: dict[str, str]) -> dict[str, str]:
    """{'fr': ..., 'nl': ..., 'en': ...} -> {'name_fr': ..., 'name_nl': ..., 'name_en': ...}."""
    return {f"{field}_{lang}": texts.get(lang, "") for lang in LANGUAGES}


def place_name(initiative, lang: str) -> str:
    municipality = initiative.municipality
    if municipality is None:
        return REGION[lang]
    if lang == "nl":
        return municipality.name_nl
    return municipality.name_fr
