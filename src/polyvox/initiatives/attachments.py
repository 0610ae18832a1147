"""What other apps show on an initiative's page (workshops, panels, budgets...), without touching this app.

An app registers a callable, typically in its AppConfig.ready():

    from polyvox.initiatives import attachments

    def workshops_of(initiative, request):
        return [{"title": w.title, "url": w.get_absolute_url(), "kind": _("workshop")} for w in ...]

    attachments.register(workshops_of)

Each callable gets the initiative and the request and returns a list of {"title", "url", "kind"}
(optionally "description"). A callable that fails is logged and skipped: the page still shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

Provider = Callable[[object, object], list]
_providers: list[Provider] = []


def register(provider: Provider) -> Provider:
    """Add a source of attachments (usable as a decorator); registering twice has no effect."""
    if provider not in _providers:
        _providers.append(provider)
    return provider


def unregister(provider: Provider) -> None:
    if provider in _providers:
        _providers.remove(provider)


def collect(initiative, request) -> list[dict]:
    """Every registered app's attachments for this initiative, in registration order."""
    items: list[dict] = []
    for provider in list(_providers):
        try:
            for item in provider(initiative, request) or []:
                if item and item.get("title") and item.get("url"):
                    items.append({"title": item["title"], "url": item["url"], "kind": item.get("kind", ""),
                                  "description": item.get("description", "")})
        except Exception:  # noqa: BLE001 - another app's failure must not break the initiative's page
            log.exception("attachment provider %r failed for initiative %s", provider, getattr(initiative, "pk", None))
    return items
