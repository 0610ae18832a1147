"""What other apps show on an initiative's page (workshops, panels, budgets...), without touching this app.

An app declares a callable in its AppConfig, `Contribution("initiative_page", "polyvox.<app>.attachments.of")`:

    def workshops_of(initiative, request):
        return [{"title": w.title, "url": w.get_absolute_url(), "kind": _("workshop")} for w in ...]

Each callable gets the initiative and the request and returns a list of {"title", "url", "kind"}
(optionally "description"). A callable that fails is logged and skipped: the page still shows.
"""

from __future__ import annotations

import logging

from polyvox.core.registry import contributions

log = logging.getLogger(__name__)


def collect(initiative, request) -> list[dict]:
    """Every app's attachments for this initiative, in the contributions' order."""
    items: list[dict] = []
    for contribution in contributions("initiative_page"):
        try:
            for item in contribution.load()(initiative, request) or []:
                if item and item.get("title") and item.get("url"):
                    items.append({"title": item["title"], "url": item["url"], "kind": item.get("kind", ""),
                                  "description": item.get("description", "")})
        except Exception:  # noqa: BLE001 - another app's failure must not break the initiative's page
            log.exception("attachments %s failed for initiative %s", contribution.target, getattr(initiative, "pk", None))
    return items
