"""The read-only JSON API under /api/, with its OpenAPI document at /api/openapi.json.

Each app contributes a router from its own `api.py` (the app's `router` attribute).
"""

from importlib import import_module

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI

api = NinjaAPI(
    title="Polyvox API",
    version="1",
    description="Open data of the participation portal: initiatives, methods, providers, glossary. "
    "Every text field is given in French, Dutch and English.",
    openapi_url="/openapi.json",
    docs_url="/docs",
    urls_namespace="api",
)

for module_name in ("initiatives", "toolbox", "procurement", "workshops", "panels", "budgets", "followup", "events", "petitions"):
    try:
        module = import_module(f"polyvox.{module_name}.api")
    except ModuleNotFoundError as error:
        if error.name != f"polyvox.{module_name}.api":
            raise
        continue
    router = getattr(module, "router", None)
    if router is not None:
        api.add_router(getattr(module, "prefix", f"/{module_name}/"), router)
