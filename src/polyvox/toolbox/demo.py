"""Demo data of the toolbox, in French, Dutch and English: framework texts, the seven method families with
their fiches and methods, practical cases, focus articles, external resources and the glossary.

`load` is idempotent (update_or_create by slug); `link`, run after every app's load, attaches the
inventory initiatives the toolbox cites as practical cases, skipping those that do not exist.
"""

from django.utils import translation

from polyvox.toolbox.demo_content.cases import EXTERNAL_CASES, INVENTORY_CASES
from polyvox.toolbox.demo_content.families import FAMILIES
from polyvox.toolbox.demo_content.focus import FOCUS_ARTICLES
from polyvox.toolbox.demo_content.framework import FRAMEWORK_TEXTS
from polyvox.toolbox.demo_content.glossary import TERMS
from polyvox.toolbox.demo_content.methods import METHODS
from polyvox.toolbox.demo_content.resources import RESOURCES
from polyvox.toolbox.models import (
    ExternalResource, FocusArticle, FrameworkText, GlossaryTerm, Method, MethodFamily, PracticalCase,
)

LANGUAGES = ("fr", "nl", "en")
REGION = {"fr": "Région de Bruxelles-Capitale", "nl": "Brussels Hoofdstedelijk Gewest", "en": "Brussels-Capital Region"}
FAMILY_TEXT_FIELDS = (
    "name", "summary", "what_it_is", "when_to_use", "steps", "typical_duration", "typical_cost", "pitfalls", "inclusion",
)


def load(out, options):
    with translation.override("fr"):  # the untranslated base columns hold the French version
        load_in_french(out)


def link(out, options):
    """Practical cases pointing to the inventory initiatives that exist (another app creates them)."""
    with translation.override("fr"):
        link_in_french(out)


def load_in_french(out):
    families = load_families()
    load_methods(families)
    load_framework_texts()
    load_focus_articles()
    load_resources(families)
    load_glossary(families)
    load_external_cases(families)
    out.write(
        f"  toolbox: {len(families)} families, {Method.objects.count()} methods, {FrameworkText.objects.count()} "
        f"framework texts, {FocusArticle.objects.count()} focus articles, {ExternalResource.objects.count()} "
        f"resources, {GlossaryTerm.objects.count()} glossary terms"
    )


def link_in_french(out):
    from polyvox.initiatives.models import Initiative

    families = {family.slug: family for family in MethodFamily.objects.all()}
    linked = 0
    for spec in INVENTORY_CASES:
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


def load_families() -> dict[str, MethodFamily]:
    families = {}
    for spec in FAMILIES:
        defaults = {"number": spec["number"], "participation_level": spec["participation_level"]}
        for field in FAMILY_TEXT_FIELDS:
            defaults.update(translated(field, spec[field]))
        family, _ = MethodFamily.objects.update_or_create(slug=spec["slug"], defaults=defaults)
        families[family.slug] = family
    return families


def load_methods(families):
    for family_slug, slug, name, description in METHODS:
        Method.objects.update_or_create(
            slug=slug,
            defaults={"family": families[family_slug], **translated("name", name), **translated("description", description)},
        )


def load_framework_texts():
    for spec in FRAMEWORK_TEXTS:
        FrameworkText.objects.update_or_create(
            slug=spec["slug"],
            defaults={"order": spec["order"], **translated("title", spec["title"]), **translated("body", spec["body"])},
        )


def load_focus_articles():
    for spec in FOCUS_ARTICLES:
        FocusArticle.objects.update_or_create(
            slug=spec["slug"],
            defaults={
                "published": spec["published"],
                **translated("title", spec["title"]),
                **translated("summary", spec["summary"]),
                **translated("body", spec["body"]),
            },
        )


def load_resources(families):
    for spec in RESOURCES:
        ExternalResource.objects.update_or_create(
            url=spec["url"],
            defaults={
                "language": spec["language"],
                "family": families.get(spec["family"]) if spec["family"] else None,
                **translated("title", spec["title"]),
                **translated("description", spec["description"]),
            },
        )


def load_glossary(families):
    for slug, family_slug, term, definition in TERMS:
        GlossaryTerm.objects.update_or_create(
            slug=slug,
            defaults={
                "family": families.get(family_slug) if family_slug else None,
                **translated("term", term),
                **translated("definition", definition),
            },
        )


def load_external_cases(families):
    for spec in EXTERNAL_CASES:
        PracticalCase.objects.update_or_create(
            slug=spec["slug"],
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
    """{'name': T(...)} -> {'name_fr': ..., 'name_nl': ..., 'name_en': ...}."""
    return {f"{field}_{lang}": texts.get(lang, "") for lang in LANGUAGES}


def place_name(initiative, lang: str) -> str:
    municipality = initiative.municipality
    if municipality is None:
        return REGION[lang]
    if lang == "nl":
        return municipality.name_nl
    return municipality.name_fr
