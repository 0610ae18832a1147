"""ASGI entry point (uvicorn): the live features use Server-Sent Events over it.

The application is wrapped in the overload guard: a bounded number of requests in flight per process,
and 503 + Retry-After (never a 500) when the server or its database is saturated.
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "polyvox.settings")
django_application = get_asgi_application()

from polyvox.core.overload import OverloadGuard  # noqa: E402  (needs the settings loaded above)

application = OverloadGuard(django_application)
