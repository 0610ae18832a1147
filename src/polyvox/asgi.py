"""ASGI entry point (uvicorn): the live features use Server-Sent Events over it.

Every request that is not a live stream runs through Django's WSGI handler in a thread of a fixed pool, in
one hop (polyvox.core.dispatch); live streams run on Django's ASGI handler. The whole is wrapped in the
overload guard: a bounded number of requests in flight per process, and 503 + Retry-After (never a 500)
when the server or its database is saturated.
"""

import os

from django.core.asgi import get_asgi_application
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "polyvox.settings")
django_application = get_asgi_application()
django_wsgi_application = get_wsgi_application()

from polyvox.core.dispatch import Dispatch  # noqa: E402  (needs the settings loaded above)
from polyvox.core.overload import OverloadGuard  # noqa: E402

application = OverloadGuard(Dispatch(django_application, django_wsgi_application))
