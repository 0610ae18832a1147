"""The inventory in the read-only JSON API (/api/initiatives/): the same filters as the list page, every
text field in French, Dutch and English. Values not understood are refused with 400 and a message."""

from __future__ import annotations

from django.http import Http404
from ninja import Query, Router, Schema

from polyvox.core.input_checks import whole_number
from polyvox.initiatives import exports
from polyvox.initiatives.filters import InventoryQuery, published, search

router = Router(tags=["initiatives"])
MAX_PAGE_SIZE = 100


class Texts(Schema):
    fr: str
    nl: str
    en: str


class InitiativeOut(Schema):
    id: int
    url: Texts
    title: Texts
    summary: Texts
    body: Texts
    results: Texts
    start_date: str
    end_date: str | None
    year: int
    status: str
    method_family: str | None
    methods: list[str]
    themes: list[str]
    governance_level: str
    municipality: str | None
    municipality_name: Texts
    latitude: float | None
    longitude: float | None
    located: str
    participation_level: str
    iap2_level: str
    participation_actions: list[str]
    democratic_values: list[str]
    organiser: str
    organiser_name: str
    providers: list[str]
    participants_count: int | None
    is_example: bool
    updated: str


class InitiativePage(Schema):
    count: int
    page: int
    page_size: int
    pages: int
    results: list[InitiativeOut]


class BadRequest(Schema):
    detail: str
    ignored: list[dict[str, str]] = []


@router.get("/", response={200: InitiativePage, 400: BadRequest}, summary="Published initiatives, filtered")
def list_initiatives(
    request,
    q: str = Query("", description="Search words (every word must match; accents and case ignored; any language)"),
    year: list[str] = Query(None, description="Start year; repeat to combine"),
    family: list[str] = Query(None, description="Method family slug"),
    status: list[str] = Query(None, description="planned, ongoing or finished"),
    theme: list[str] = Query(None, description="Theme slug"),
    municipality: list[str] = Query(None, description="NIS code of a municipality, or 'region' for the whole region"),
    level: list[str] = Query(None, description="information, consultation, concertation, co-construction or co-decision"),
    sort: str = Query("date", description="date (newest first) or title"),
    page: str = Query("1", description="Page number, from 1"),
    page_size: str = Query("20", description=f"Results per page, 1 to {MAX_PAGE_SIZE}"),
):
    query = InventoryQuery.from_params(request.GET)
    if query.ignored:
        names = ", ".join(f"{name}={value}" for name, value in query.ignored)
        return 400, {"detail": f"Unknown filter values: {names}.",
                     "ignored": [{"parameter": name, "value": value} for name, value in query.ignored]}
    if whole_number(page_size) is None or not 1 <= int(page_size) <= MAX_PAGE_SIZE:
        return 400, {"detail": f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}, not {page_size!r}."}
    size = int(page_size)
    result = search(query)
    pages = max(1, -(-result.count // size))
    if whole_number(page) is None or not 1 <= int(page) <= pages:
        return 400, {"detail": f"page must be a whole number from 1 to {pages}, not {page!r}."}
    number = int(page)
    ids = result.ids[(number - 1) * size: number * size]
    by_id = {item["id"]: item for item in exports.records(published().filter(pk__in=ids), base_url=_base(request))}
    return 200, {"count": result.count, "page": number, "page_size": size, "pages": pages,
                 "results": [by_id[pk] for pk in ids if pk in by_id]}


@router.get("/{initiative_id}", response=InitiativeOut, summary="One published initiative")
def get_initiative(request, initiative_id: int):
    items = exports.records(published().filter(pk=initiative_id), base_url=_base(request))
    if not items:
        raise Http404("No published initiative has this id.")
    return items[0]


def _base(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")
