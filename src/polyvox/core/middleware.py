"""Signed-in people get the interface in their preferred language when the address names none."""

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.conf import settings
from django.utils.translation.trans_real import get_supported_language_variant

LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _ in settings.LANGUAGES)


class UserLocaleMiddleware:
    """Sync and async: under uvicorn the live views stay on the event loop without thread hops."""

    sync_capable = True
    async_capable = True

    def __init__(self, get_response):
        self.get_response = get_response
        self.is_async = iscoroutinefunction(get_response)
        if self.is_async:
            markcoroutinefunction(self)

    def __call__(self, request):
        if self.is_async:
            return self._acall(request)
        if self._needs_preference(request):
            self._apply(request, getattr(request, "user", None))
        return self.get_response(request)

    async def _acall(self, request):
        if self._needs_preference(request) and hasattr(request, "auser"):
            self._apply(request, await request.auser())
        return await self.get_response(request)

    @staticmethod
    def _needs_preference(request) -> bool:
        return not request.path_info.startswith(LANGUAGE_PREFIXES) and settings.LANGUAGE_COOKIE_NAME not in request.COOKIES

    @staticmethod
    def _apply(request, user) -> None:
        if user is not None and getattr(user, "is_authenticated", False):
            try:
                request.COOKIES[settings.LANGUAGE_COOKIE_NAME] = get_supported_language_variant(user.preferred_language)
            except LookupError:
                pass
