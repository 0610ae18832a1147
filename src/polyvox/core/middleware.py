"""Signed-in people get the interface in their preferred language when the address names none."""

from django.conf import settings
from django.utils.translation.trans_real import get_supported_language_variant

LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _ in settings.LANGUAGES)


class UserLocaleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        user = getattr(request, "user", None)
        if (
            not path.startswith(LANGUAGE_PREFIXES)
            and settings.LANGUAGE_COOKIE_NAME not in request.COOKIES
            and user is not None
            and getattr(user, "is_authenticated", False)
        ):
            try:
                request.COOKIES[settings.LANGUAGE_COOKIE_NAME] = get_supported_language_variant(user.preferred_language)
            except LookupError:
                pass
        return self.get_response(request)
