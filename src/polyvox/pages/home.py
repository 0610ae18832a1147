"""The home page's block of the latest news."""

from __future__ import annotations

LATEST_NEWS = 3


def news(request) -> dict:
    from polyvox.pages.models import NewsItem

    return {"template": "pages/home/news.html", "latest_news": list(NewsItem.objects.order_by("-published", "-id")[:LATEST_NEWS])}
