"""The home page's blocks from the inventory: its figures and the latest published initiatives."""

from __future__ import annotations

LATEST_INITIATIVES = 6


def _published():
    from polyvox.initiatives.models import Initiative, PublicationState

    return Initiative.objects.filter(publication_state=PublicationState.PUBLISHED)


def figures(request) -> dict:
    from polyvox.initiatives.models import Status

    published = _published()
    return {"template": "initiatives/home/figures.html", "figures": {
        "initiatives": published.count(),
        "ongoing": published.filter(status=Status.ONGOING).count(),
        "municipalities": published.exclude(municipality=None).values("municipality").distinct().count(),
    }}


def latest(request) -> dict:
    initiatives = (_published().select_related("municipality", "method_family")
                   .defer("municipality__boundary", "search_text").order_by("-start_date", "-id")[:LATEST_INITIATIVES])
    return {"template": "initiatives/home/latest.html", "latest_initiatives": list(initiatives)}
