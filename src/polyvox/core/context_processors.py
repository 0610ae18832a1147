"""What every page's template needs: the language switcher's addresses, the main menu's entries (declared by the
apps, `menu` contributions) and the site's settings."""

from django.conf import settings
from django.urls import translate_url


def site(request):
    full_path = request.get_full_path()
    switcher = []
    prefixes = {f"/{code}/" for code, _ in settings.LANGUAGES}
    for code, name in settings.LANGUAGES:
        url = translate_url(full_path, code)
        if url == full_path and full_path[:4] in prefixes and full_path[:4] != f"/{code}/":
            # An address that does not resolve (a 404) still switches language, keeping the rest.
            url = f"/{code}/{full_path[4:]}"
        switcher.append({"code": code, "name": name, "url": url})
    return {
        "language_switcher": switcher,
        "menu_entries": lambda: menu_entries(request),  # called by the template that shows the menu, once
        "MAP_TILE_URL": settings.MAP_TILE_URL,
        "MAP_TILE_ATTRIBUTION": settings.MAP_TILE_ATTRIBUTION,
    }


def menu_entries(request) -> list:
    """The main menu: every app's entries for this visitor, in their order (computed once per request)."""
    from polyvox.core.registry import collect_flat

    cached = getattr(request, "_polyvox_menu", None)
    if cached is None:
        cached = sorted(collect_flat("menu", request), key=lambda entry: entry.order)
        request._polyvox_menu = cached
    return cached
