"""Site-wide views: home page, site search, health check and the translated error pages."""

from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import FileResponse, JsonResponse
from django.shortcuts import render

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


def take_part(request):
    """What is open to residents now, from every app that declares `take_part` items, with their dates."""
    from polyvox.core.opportunities import open_now

    return render(request, "core/take_part.html", {"nav": "take_part", "open": open_now(request)})


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
