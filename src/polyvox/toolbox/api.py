"""The toolbox in the read-only JSON API (/api/toolbox/): the method families with their methods and
practical cases, the glossary and the external resources; every text field in French, Dutch and English.
Filter values not understood are refused with 400 and a message."""

from __future__ import annotations

from django.http import Http404
from django.urls import reverse
from django.utils import translation
from ninja import Query, Router, Schema

from polyvox.core.input_checks import whole_number
from polyvox.core.text import search_key
from polyvox.toolbox import services
from polyvox.toolbox.models import (
    ExternalResource, GlossaryTerm, Method, MethodFamily, ParticipationLevel, PracticalCase,
)

router = Router(tags=["toolbox"])
LANGUAGES = ("fr", "nl", "en")


class Texts(Schema):
    fr: str
    nl: str
    en: str


class MethodOut(Schema):
    slug: str
    name: Texts
    description: Texts
    url: Texts


class CaseOut(Schema):
    slug: str | None
    title: Texts
    body: Texts
    place: Texts
    is_external: bool
    method: str | None
    initiative_url: Texts | None


class FamilyOut(Schema):
    number: int
    slug: str
    url: Texts
    name: Texts
    summary: Texts
    what_it_is: Texts
    when_to_use: Texts
    steps: Texts
    typical_duration: Texts
    typical_cost: Texts
    participation_level: str
    iap2_level: str
    pitfalls: Texts
    inclusion: Texts
    methods: list[MethodOut]
    cases: list[CaseOut]


class TermOut(Schema):
    slug: str
    term: Texts
    definition: Texts
    family: str | None
    url: Texts


class ResourceOut(Schema):
    title: Texts
    description: Texts
    url: str
    languages: list[str]
    family: str | None


class BadRequest(Schema):
    detail: str


@router.get("/methods", response={200: list[FamilyOut], 400: BadRequest},
            summary="The method families with their fiche, methods and practical cases")
def list_methods(
    request,
    family: list[str] = Query(None, description="Family slug or number; repeat to combine"),
    level: list[str] = Query(None, description="Usual participation level: " + ", ".join(ParticipationLevel.values)),
):
    families = list(MethodFamily.objects.prefetch_related("methods"))
    if family:
        known = {f.slug: f for f in families} | {str(f.number): f for f in families}
        unknown = [value for value in family if value not in known]
        if unknown:
            return 400, {"detail": f"Unknown method family: {', '.join(unknown)}. Known: {', '.join(f.slug for f in families)}."}
        wanted = {known[value].pk for value in family}
        families = [f for f in families if f.pk in wanted]
    if level:
        unknown = [value for value in level if value not in ParticipationLevel.values]
        if unknown:
            return 400, {"detail": f"Unknown participation level: {', '.join(unknown)}. Known: {', '.join(ParticipationLevel.values)}."}
        families = [f for f in families if f.participation_level in level]
    return 200, [family_record(request, f) for f in families]


@router.get("/methods/{slug}", response=FamilyOut, summary="One method family")
def get_family(request, slug: str):
    family = MethodFamily.objects.filter(slug=slug).first() or (
        MethodFamily.objects.filter(number=whole_number(slug)).first() if whole_number(slug) is not None else None
    )
    if family is None:
        raise Http404("No method family has this slug or number.")
    return family_record(request, family)


@router.get("/glossary", response={200: list[TermOut], 400: BadRequest},
            summary="The glossary, A to Z in the chosen language")
def list_glossary(
    request,
    lang: str = Query("fr", description="Language of the A-Z order and of the letter filter: fr, nl or en"),
    letter: str = Query("", description="Only the terms under this letter (A-Z, or # for the others)"),
    q: str = Query("", description="Words to find in a term or definition, in any language (accents and case ignored)"),
    family: str = Query("", description="Only the terms explained further in this family's fiche (slug)"),
):
    if lang not in LANGUAGES:
        return 400, {"detail": f"Unknown language: {lang}. Known: fr, nl, en."}
    letter = letter.strip().upper()
    if letter and not (letter == services.OTHER_LETTER or (len(letter) == 1 and "A" <= letter <= "Z")):
        return 400, {"detail": f"letter must be one letter from A to Z, or #, not {letter!r}."}
    terms = GlossaryTerm.objects.select_related("family")
    if family:
        if not MethodFamily.objects.filter(slug=family).exists():
            return 400, {"detail": f"Unknown method family: {family}."}
        terms = terms.filter(family__slug=family)
    with translation.override(lang):
        letters = services.glossary_letters(terms)
    ordered = [term for group in letters if not letter or group.letter == letter for term in group.terms]
    if q.strip():
        words = search_key(q).split()
        ordered = [term for term in ordered if all(word in term_search_text(term) for word in words)]
    return 200, [term_record(request, term) for term in ordered]


@router.get("/resources", response={200: list[ResourceOut], 400: BadRequest}, summary="External resources")
def list_resources(request, language: str = Query("", description="Only resources available in this language (fr, nl, en...)")):
    resources = list(ExternalResource.objects.select_related("family"))
    if language:
        code = language.strip().lower()
        if len(code) != 2 or not code.isalpha():
            return 400, {"detail": f"language must be a two-letter code such as fr, nl or en, not {language!r}."}
        resources = [r for r in resources if code in r.language_codes]
    return 200, [
        {
            "title": texts(r, "title"),
            "description": texts(r, "description"),
            "url": r.url,
            "languages": r.language_codes,
            "family": r.family.slug if r.family else None,
        }
        for r in resources
    ]


def family_record(request, family: MethodFamily) -> dict:
    fields = ("name", "summary", "what_it_is", "when_to_use", "steps", "typical_duration", "typical_cost", "pitfalls", "inclusion")
    cases = services.visible_cases(family)
    return {
        "number": family.number,
        "slug": family.slug,
        "url": urls(request, "toolbox:family", family.slug),
        **{field: texts(family, field) for field in fields},
        "participation_level": family.participation_level,
        "iap2_level": ParticipationLevel.iap2(family.participation_level) if family.participation_level else "",
        "methods": [method_record(request, family, m) for m in family.methods.all()],
        "cases": [case_record(request, c) for c in cases],
    }


def method_record(request, family: MethodFamily, method: Method) -> dict:
    return {
        "slug": method.slug,
        "name": texts(method, "name"),
        "description": texts(method, "description"),
        "url": {lang: value + f"#{method.slug}" for lang, value in urls(request, "toolbox:family", family.slug).items()},
    }


def case_record(request, case: PracticalCase) -> dict:
    initiative = case.initiative
    initiative_url = None
    if initiative is not None and initiative.is_published:
        initiative_url = {}
        for lang in LANGUAGES:
            with translation.override(lang):
                initiative_url[lang] = request.build_absolute_uri(initiative.get_absolute_url())
    return {
        "slug": case.slug,
        "title": texts(case, "title"),
        "body": texts(case, "body"),
        "place": texts(case, "place"),
        "is_external": case.is_external,
        "method": case.method.slug if case.method else None,
        "initiative_url": initiative_url,
    }


def term_record(request, term: GlossaryTerm) -> dict:
    return {
        "slug": term.slug,
        "term": texts(term, "term"),
        "definition": texts(term, "definition"),
        "family": term.family.slug if term.family else None,
        "url": {lang: value + f"#{term.slug}" for lang, value in urls(request, "toolbox:glossary").items()},
    }


def term_search_text(term: GlossaryTerm) -> str:
    return search_key(" ".join(getattr(term, f"{field}_{lang}", "") or "" for field in ("term", "definition") for lang in LANGUAGES))


def texts(obj, field: str) -> dict[str, str]:
    """The field in the three languages, as stored (empty when a language is missing: no fallback here)."""
    return {lang: getattr(obj, f"{field}_{lang}", "") or "" for lang in LANGUAGES}


def urls(request, name: str, *args) -> dict[str, str]:
    result = {}
    for lang in LANGUAGES:
        with translation.override(lang):
            result[lang] = request.build_absolute_uri(reverse(name, args=args))
    return result
