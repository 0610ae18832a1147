"""Serving uploaded files that are public by nature (initiative documents, budget project pictures).

Everything else under MEDIA_ROOT (signed protocols, offers) is never served from /media/: the app
that owns it serves it through a view that checks who asks and when.
"""

from django.conf import settings
from django.http import Http404
from django.views.static import serve

PUBLIC_MEDIA_PREFIXES = ("initiatives/", "budgets/")


def public_media(request, path: str):
    if not path.startswith(PUBLIC_MEDIA_PREFIXES) or ".." in path.split("/"):
        raise Http404("not a public file")
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    return response
