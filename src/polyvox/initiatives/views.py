"""The public inventory: list, map, an initiative's page, exports and the open-data schema."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from polyvox.core.input_checks import whole_number
from polyvox.core.media import serve_upload
from polyvox.initiatives import attachments, exports, services
from polyvox.initiatives.filters import (
    CACHE_SECONDS, PARAMETER_NAMES, InventoryQuery, facet_options, inventory_version, search,
)
from polyvox.initiatives.models import Document, Initiative, PublicationState
from polyvox.initiatives.workflow import PUBLICATION

PAGE_SIZE = 20
EXPORT_TYPES = {
    "csv": ("text/csv; charset=utf-8", exports.as_csv),
    "geojson": ("application/geo+json", exports.as_geojson),
    "json": ("application/json", exports.as_json),
}


@require_safe
def initiative_list(request):
    return _cached_page(request, "list", _list_body, "initiatives/list.html")


@require_safe
def initiative_map(request):
    return _cached_page(request, "map", _map_body, "initiatives/map.html")


def _list_body(request) -> tuple[str, int]:
    query = InventoryQuery.from_params(request.GET)
    result = search(query)
    notes = _ignored_notes(query)
    paginator = Paginator(result.ids, PAGE_SIZE)
    number = _page_number(request.GET.get("page"), paginator.num_pages, notes)
    page = paginator.page(number)
    context = {
        "query": query,
        "count": result.count,
        "facets": facet_options(query, result),
        "page": page,
        "initiatives": _page_initiatives(page.object_list),
        "notes": notes,
        "state": _state_string(request, drop=("page",)),
        "export_state": _state_string(request, drop=("page", "sort")),
        "view": "list",
    }
    return render_to_string("initiatives/_list_body.html", context, request), result.count


def _map_body(request) -> tuple[str, int]:
    query = InventoryQuery.from_params(request.GET)
    result = search(query)
    context = {
        "query": query,
        "count": result.count,
        "facets": facet_options(query, result),
        "notes": _ignored_notes(query),
        "state": _state_string(request, drop=("page",)),
        "export_state": _state_string(request, drop=("page", "sort")),
        "view": "map",
        **_region_wide(request, result.ids),
    }
    return render_to_string("initiatives/_map_body.html", context, request), result.count


REGION_WIDE_SHOWN = 50


def _region_wide(request, ids) -> dict:
    """The matching initiatives that concern the whole region (no municipality), listed under the map."""
    from polyvox.initiatives.filters import WHOLE_REGION

    region = Initiative.objects.filter(pk__in=ids, municipality__isnull=True).order_by("-start_date", "id")
    count = region.count()
    params = request.GET.copy()
    params.pop("page", None)
    params.setlist("municipality", [WHOLE_REGION])
    return {"region_wide": list(region.only("id", "slug", "title", "title_fr", "title_nl", "title_en", "start_date")[:REGION_WIDE_SHOWN]),
            "region_wide_count": count, "region_wide_more": count > REGION_WIDE_SHOWN,
            "region_wide_url": f"{reverse('initiatives:list')}?{params.urlencode()}"}


def _cached_page(request, kind: str, build, template: str) -> HttpResponse:
    """List and map pages, cached on the inventory's version (an edit or a publication shows at once).

    The main part (filters, results, pagination) is the same for every reader of one address in one language:
    it is cached for everyone. Readers who are not signed in, with no session and no pending message, get
    the same whole page: it is cached whole (it then holds no CSRF token nor anything personal)."""
    version = inventory_version()
    digest = hashlib.sha1(request.get_full_path().encode()).hexdigest()
    language = get_language()
    page_key = f"initiatives:page:{kind}:{version}:{language}:{digest}"
    shareable = (
        settings.SESSION_COOKIE_NAME not in request.COOKIES and "messages" not in request.COOKIES
        and not request.user.is_authenticated
    )
    if shareable:
        html = cache.get(page_key)
        if html is not None:
            return HttpResponse(html)
    params = sorted((name, value) for name, values in request.GET.lists() for value in values)
    body_key = f"initiatives:body:{kind}:{version}:{language}:{hashlib.sha1(repr(params).encode()).hexdigest()}"
    cached = cache.get(body_key)
    if cached is None:
        cached = build(request)
        cache.set(body_key, cached, CACHE_SECONDS)
    body, count = cached
    context = {"nav": "initiatives", "body": mark_safe(body), "count": count}  # noqa: S308 - our templates escaped it
    response = render(request, template, context)
    if shareable and "csrfmiddlewaretoken" not in (html := response.content.decode()):
        cache.set(page_key, html, CACHE_SECONDS)
    return response


@require_safe
def boundaries(request):
    """The 19 municipalities' boundaries as GeoJSON (cached: they do not change)."""
    from polyvox.places.services import boundaries_geojson

    body = cache.get("initiatives:boundaries")
    if body is None:
        import json

        body = json.dumps(boundaries_geojson(), separators=(",", ":"), ensure_ascii=False)
        cache.set("initiatives:boundaries", body, 3600)
    response = HttpResponse(body, content_type="application/geo+json")
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_safe
def export(request, fmt: str):
    """The filtered set (same parameters as the list) as CSV, GeoJSON or JSON; values not understood are ignored
    and named in the X-Ignored-Parameters header."""
    if fmt not in EXPORT_TYPES:
        raise Http404
    content_type, build = EXPORT_TYPES[fmt]
    query = InventoryQuery.from_params(request.GET)
    base_url = request.build_absolute_uri("/").rstrip("/")
    key = query.cache_key(f"export-{fmt}") + base_url
    body = cache.get(key)
    if body is None:
        body = build(query.initiatives(), base_url=base_url)
        cache.set(key, body, 600)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="initiatives.{fmt}"'
    response["Access-Control-Allow-Origin"] = "*"
    if query.ignored:
        named = ", ".join(f"{name}={value}" for name, value in query.ignored)[:500]
        response["X-Ignored-Parameters"] = "".join(ch if " " <= ch <= "~" else "?" for ch in named)
    return response


def open_data(request):
    return render(request, "initiatives/open_data.html", {"nav": "initiatives", "fields": exports.field_rows(),
                                                           "languages": exports.LANGS})


def initiative_detail(request, pk: int, slug: str):
    initiative = get_object_or_404(
        Initiative.objects.select_related("method_family", "municipality", "organiser").prefetch_related(
            "methods", "themes", "participation_actions", "democratic_values", "providers__organisation",
            "steps", "follow_ups", "links", "documents",
        ),
        pk=pk,
    )
    if not request.user.has_perm("initiatives.view_initiative", initiative):
        raise Http404
    if slug != (initiative.slug or "initiative"):
        target = initiative.get_absolute_url()
        if request.GET:
            target += "?" + request.GET.urlencode()
        return redirect(target, permanent=True)
    can_change = request.user.has_perm("initiatives.change_initiative", initiative)
    can_review = request.user.has_perm("initiatives.review_initiative", initiative)
    context = {
        "nav": "initiatives",
        "initiative": initiative,
        "attachments": attachments.collect(initiative, request),
        "can_change": can_change,
        "can_submit": request.user.has_perm("initiatives.submit_initiative", initiative),
        "can_review": can_review,
        "can_publish": can_review and PUBLICATION.can(initiative, "publish"),
        "can_return": can_review and PUBLICATION.can(initiative, "return"),
        "history": services.history_rows(initiative) if (can_change or can_review) else [],
        "is_unpublished": initiative.publication_state != PublicationState.PUBLISHED,
    }
    return render(request, "initiatives/detail.html", context)


def document(request, pk: int, document_pk: int):
    """An initiative's document, to those who may see the initiative (a draft's: its editors and the staff)."""
    item = get_object_or_404(Document.objects.select_related("initiative"), pk=document_pk, initiative_id=pk)
    if not request.user.has_perm("initiatives.view_initiative", item.initiative):
        raise Http404
    published = item.initiative.publication_state == PublicationState.PUBLISHED
    return serve_upload(item.file, private=not published)


def _page_initiatives(ids: list[int]) -> list[Initiative]:
    objects = Initiative.objects.filter(pk__in=list(ids)).select_related("method_family", "municipality").prefetch_related("themes")
    by_id = {obj.pk: obj for obj in objects}
    return [by_id[pk] for pk in ids if pk in by_id]


def _page_number(raw, num_pages: int, notes: list[str]) -> int:
    if raw in (None, ""):
        return 1
    if whole_number(raw) is None or int(raw) < 1:
        notes.append(_("There is no page “%(page)s”: the first page is shown.") % {"page": raw})
        return 1
    if int(raw) > num_pages:
        notes.append(
            _("There is no page %(page)s: the last page (%(last)s) is shown.") % {"page": raw, "last": num_pages}
        )
        return num_pages
    return int(raw)


def _ignored_notes(query: InventoryQuery) -> list[str]:
    notes = []
    for name, value in query.ignored:
        notes.append(
            _("The value “%(value)s” of the filter “%(filter)s” is unknown and was ignored.")
            % {"value": value, "filter": PARAMETER_NAMES.get(name, name)}
        )
    return notes


def _state_string(request, drop=()) -> str:
    params = request.GET.copy()
    for name in drop:
        params.pop(name, None)
    for name in list(params):
        values = [value for value in params.getlist(name) if value.strip()]
        if values:
            params.setlist(name, values)
        else:
            params.pop(name)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else ""
