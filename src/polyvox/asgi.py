"""ASGI entry point (uvicorn): the live features use Server-Sent Events over it."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "polyvox.settings")
application = get_asgi_application()
