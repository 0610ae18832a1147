"""JSON API of the framework contract, mounted at /api/procurement/: lots and providers (open data, every
text field in French, Dutch and English) and the dashboard's figures (`/stats`, staff only: session or
`Authorization: Bearer <token>`)."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from ninja import Router
from ninja.errors import HttpError

from polyvox.core.input_checks import whole_number
from polyvox.procurement import stats
from polyvox.procurement.models import ApiToken, LotHolding, Provider
from polyvox.procurement.services import current_framework

router = Router(tags=["procurement"])
LANGUAGES = ("fr", "nl", "en")


def _texts(obj, field):
    return {code: getattr(obj, f"{field}_{code}", "") or "" for code in LANGUAGES}


def _lot(lot):
    return {"number": lot.number, "title": _texts(lot, "title"), "description": _texts(lot, "description"), "ceiling": str(lot.ceiling),
            "always_recompete": lot.always_recompete, "max_providers": lot.max_providers}


def _provider(provider):
    return {
        "slug": provider.slug, "name": provider.name, "is_example": provider.is_example,
        "description": _texts(provider, "description"), "services": _texts(provider, "services"),
        "languages": provider.language_list(), "contact_name": provider.contact_name, "contact_email": provider.contact_email,
        "phone": provider.phone, "website": provider.website,
        "lots": [{"number": h.lot.number, "rank": h.rank} for h in provider.holdings.all()],
    }


@router.get("/lots", summary="The lots of the framework contract")
def lots(request):
    framework = current_framework()
    if framework is None:
        return {"framework": None, "lots": []}
    return {
        "framework": {"name": _texts(framework, "name"), "start_date": framework.start_date.isoformat(), "end_date": framework.end_date.isoformat(),
                      "ceiling": str(framework.ceiling), "cascade_threshold": str(framework.cascade_threshold)},
        "lots": [_lot(lot) for lot in framework.lots.all()],
    }


@router.get("/providers", summary="Providers of the framework contract, optionally those of one lot (in rank order)")
def providers(request, lot: str | None = None):
    queryset = Provider.objects.select_related("organisation").prefetch_related(
        Prefetch("holdings", queryset=LotHolding.objects.select_related("lot").order_by("lot__number"))
    )
    if lot not in (None, ""):
        framework = current_framework()
        if whole_number(lot) is None or framework is None or not framework.lots.filter(number=whole_number(lot)).exists():
            raise HttpError(400, f"Unknown lot {lot!r}: give a lot number from 1 to {framework.lots.count() if framework else 0}.")
        queryset = queryset.filter(holdings__lot__framework=framework, holdings__lot__number=int(lot)).order_by("holdings__rank")
    else:
        queryset = queryset.order_by("organisation__name")
    items = [_provider(provider) for provider in queryset]
    return {"count": len(items), "lot": int(lot) if lot else None, "providers": items}


@router.get("/providers/{slug}", summary="One provider")
def provider(request, slug: str):
    return _provider(get_object_or_404(Provider.objects.select_related("organisation"), organisation__slug=slug))


@router.get("/stats", summary="The dashboard's figures (staff only: session or bearer token)")
def figures(request):
    user = _caller(request)
    if user is None:
        raise HttpError(401, "Sign in as staff or send Authorization: Bearer <token>.")
    if not user.has_perm("procurement.view_dashboard"):
        raise HttpError(403, "Only the Participation Service's staff may read these figures.")
    return stats.as_json(stats.figures())


def _caller(request):
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        return ApiToken.user_for(header[7:].strip())
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None
