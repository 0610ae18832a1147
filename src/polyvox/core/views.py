"""Site-wide views: home page, site search, health check and the translated error pages."""

from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import FileResponse, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from polyvox.core import search as site_search


def home(request):
    """What the portal is, then the blocks the apps contribute (figures, entry points, latest initiatives, news)."""
    return render(request, "core/home.html", {"nav": "home", "blocks": _home_blocks(request)})


FAVICON = Path(__file__).resolve().parent / "static" / "core" / "favicon.ico"


def favicon(request):
    """/favicon.ico, which browsers ask for on every site whatever the page says (the pages link the SVG too)."""
    response = FileResponse(FAVICON.open("rb"), content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=604800"
    return response


def dashboard(request):
    """The Service staff's dashboard: every app's figures and pages, read from the registry (core.dashboard);
    a year narrows the figures to the processes that started that year. Anyone else: 404."""
    from django.http import Http404

    from polyvox.core import dashboard as blocks
    from polyvox.core.backoffice import holds_staff_role
    from polyvox.core.input_checks import whole_number

    if not holds_staff_role(request.user):
        raise Http404
    raw = request.GET.get("year", "").strip()
    year = whole_number(raw, max_digits=4) if raw else None
    problem = ""
    if raw and (year is None or not 1900 <= year <= 2200):
        problem, year = _("Write a year with four digits, for example 2025."), None
    return render(request, "core/dashboard.html", {
        "statistics": blocks.statistics({"year": year}), "sections": blocks.sections(request), "year": year,
        "raw_year": raw, "problem": problem, "nav": "dashboard",
    }, status=400 if problem else 200)


def take_part(request):
    """What is open to residents now or soon, from every app that declares `take_part` items, with their dates;
    filtered by commune and theme, with RSS and iCalendar feeds of the same filter."""
    from polyvox.core.opportunities import open_now

    filters, communes, themes = _take_part_filters(request)
    return render(request, "core/take_part.html", {
        "nav": "take_part", "open": open_now(request, filters), "filters": filters, "communes": communes,
        "themes": themes, "feed_query": urlencode(filters.query)})


def take_part_rss(request):
    """The take-part items of a filter as RSS 2.0: readers and alert services follow it."""
    from django.utils.feedgenerator import Rss201rev2Feed

    from polyvox.core.opportunities import items_now

    filters, _communes, _themes = _take_part_filters(request)
    feed = Rss201rev2Feed(title=_("Take part – participation.brussels"), description=_("What is open to residents now or soon."),
                          link=settings.SITE_URL + reverse("core:take_part"), language=get_language())
    for item in items_now(request, filters):
        url = item.url or item.action_url
        feed.add_item(title=item.title, link=url if url.startswith("http") else settings.SITE_URL + url,
                      description=" ".join(str(line) for line in item.lines),
                      unique_id=f"{item.kind}:{url}", categories=[str(item.section.heading)])
    return HttpResponse(feed.writeString("utf-8"), content_type="application/rss+xml; charset=utf-8")


def take_part_ics(request):
    """The dated take-part items of a filter as an iCalendar feed: each from its opening (or now) to its closing."""
    import datetime as dt

    from django.utils import timezone

    from polyvox.core.ical import CalendarEvent, calendar
    from polyvox.core.opportunities import items_now

    filters, _communes, _themes = _take_part_filters(request)
    entries = []
    for item in items_now(request, filters):
        if item.closes is None:
            continue
        start, end = item.opens or item.closes, item.closes
        start, end = (value if isinstance(value, dt.datetime) else
                      timezone.make_aware(dt.datetime.combine(value, dt.time(9))) for value in (start, end))
        if end <= start:
            end = start + dt.timedelta(hours=1)
        url = item.url or item.action_url
        url = url if url.startswith("http") else settings.SITE_URL + url
        entries.append(CalendarEvent(uid=f"{item.kind}-{abs(hash(url))}@polyvox", title=item.title, starts_at=start,
                                     ends_at=end, url=url, description=" ".join(str(line) for line in item.lines)))
    body = calendar(entries, name=str(_("Take part – participation.brussels")))
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


def take_part_block(request):
    """The home page's "Take part now": the first few items open now, and the way to the whole list."""
    from polyvox.core.opportunities import items_now

    found = items_now(request)
    if not found:
        return None
    return {"template": "core/home_take_part.html", "items": found[:4], "total": len(found)}


def _take_part_filters(request):
    """The filter read from the address (unknown values are ignored), and the choices to offer."""
    from django.apps import apps

    from polyvox.core.opportunities import Filters

    communes, themes = [], []
    if apps.is_installed("polyvox.places"):
        communes = list(apps.get_model("places", "Municipality").objects.all())
    if apps.is_installed("polyvox.initiatives"):
        themes = list(apps.get_model("initiatives", "Theme").objects.all())
    raw_commune = (request.GET.get("commune") or "").strip()
    commune = next((c.pk for c in communes if raw_commune.isascii() and raw_commune.isdigit() and c.pk == int(raw_commune)), None)
    raw_theme = (request.GET.get("theme") or "").strip()
    theme = raw_theme if any(t.slug == raw_theme for t in themes) else ""
    return Filters(commune, theme), communes, themes


def search(request):
    """One query across initiatives, toolbox, glossary, providers and news, grouped with counts."""
    raw = site_search.clean_query(request.GET.get("q") or "")
    groups = site_search.search(raw)
    total = sum(group.count for group in groups)
    return render(
        request,
        "core/search.html",
        {"site_query": raw, "query": raw, "groups": groups, "total": total, "searched": bool(site_search.query_words(raw))},
    )


def healthz(request):
    """200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return JsonResponse({"status": "unavailable", "database": False}, status=503)
    return JsonResponse({"status": "ok", "database": True})


def page_not_found(request, exception=None):
    """Translated 404; the language switcher points to the same address in the other languages."""
    return render(request, "404.html", {"language_switcher": _prefix_switcher(request)}, status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def bad_request(request, exception=None):
    from polyvox.core.input_checks import InvalidInput

    message = str(exception) if isinstance(exception, InvalidInput) else ""
    return render(request, "400.html", {"message": message}, status=400)


def _prefix_switcher(request) -> list[dict]:
    """Switcher links for an address that resolves to nothing: swap the language prefix."""
    path = request.get_full_path()
    codes = [code for code, _name in settings.LANGUAGES]
    rest = path
    for code in codes:
        if path == f"/{code}" or path.startswith(f"/{code}/"):
            rest = path[len(code) + 1 :]
            break
    if not rest.startswith("/"):
        rest = "/" + rest
    return [{"code": code, "name": name, "url": f"/{code}{rest}"} for code, name in settings.LANGUAGES]


def _home_blocks(request) -> list[str]:
    """Every app's home-page block, rendered in its order; a block whose tables are missing (migrations not run)
    is left out, so that the frame still shows."""
    from django.template.loader import render_to_string

    from polyvox.core.registry import contributions

    blocks = []
    for contribution in contributions("home"):
        try:
            block = contribution.load()(request)
        except DatabaseError:
            continue
        if block:
            blocks.append(render_to_string(block["template"], block, request))
    return blocks


def entry_points(request) -> dict:
    """The home page's "Find your way": the inventory, the toolbox, the providers."""
    return {"template": "core/home_entry_points.html"}


def menu(request) -> list:
    """The main menu's first entry: what is open to residents now."""
    from django.urls import reverse
    from django.utils.translation import gettext_lazy as _

    from polyvox.core.registry import MenuEntry

    return [MenuEntry(_("Take part"), reverse("core:take_part"), key="take_part", order=10)]
