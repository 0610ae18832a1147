"""What every page's template needs: the language switcher's addresses and the site's settings."""

from django.conf import settings
from django.urls import translate_url


def site(request):
    full_path = request.get_full_path()
    switcher = []
    for code, name in settings.LANGUAGES:
        switcher.append({"code": code, "name": name, "url": translate_url(full_path, code)})
    return {
        "language_switcher": switcher,
        "MAP_TILE_URL": settings.MAP_TILE_URL,
        "MAP_TILE_ATTRIBUTION": settings.MAP_TILE_ATTRIBUTION,
    }
