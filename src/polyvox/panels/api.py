"""Published draws in the read-only JSON API (/api/panels/): each panel drawn by lot, with its quotas, seed and
lottery digest, and the published JSON that anyone can verify (pseudonyms and feature values only)."""

from __future__ import annotations

from django.http import Http404
from ninja import Router

from polyvox.panels.models import Panel

router = Router(tags=["panels"])


def published_panels():
    return Panel.objects.filter(result_json__isnull=False).select_related("initiative")


@router.get("/", summary="Citizens' panels whose draw is published")
def list_panels(request):
    return [_summary(panel) for panel in published_panels().order_by("-selected_at")[:200]]


@router.get("/{panel_id}/draw", summary="The published draw of a panel (the JSON `polyvox sortition verify` checks)")
def panel_draw(request, panel_id: int):
    panel = published_panels().filter(pk=panel_id).first()
    if panel is None:
        raise Http404
    return {**panel.result_json, "people": panel.pool_copy or panel.result_json.get("people", {})}


def _summary(panel: Panel) -> dict:
    quotas = []
    for feature in panel.ordered_features():
        for value in feature.values.all():
            quotas.append({"feature": feature.key, "value": value.key,
                           "feature_name": {lang: getattr(feature, f"name_{lang}") for lang in ("fr", "nl", "en")},
                           "value_label": {lang: getattr(value, f"label_{lang}") for lang in ("fr", "nl", "en")},
                           "population_share": value.population_share, "min": value.min_seats, "max": value.max_seats})
    return {
        "id": panel.pk,
        "title": {lang: getattr(panel, f"title_{lang}") for lang in ("fr", "nl", "en")},
        "initiative": {"id": panel.initiative_id, "url": panel.initiative.get_absolute_url()},
        "state": panel.state,
        "seats": panel.panel_size,
        "method": panel.result_json.get("method"),
        "seed": panel.seed,
        "seed_announcement": panel.seed_announcement,
        "announced_at": panel.draw_announced_at.isoformat() if panel.draw_announced_at else None,
        "seed_available_at": panel.seed_available_at.isoformat() if panel.seed_available_at else None,
        "lottery_size": panel.result_json.get("lottery_size"),
        "lottery_digest": panel.lottery_digest,
        "panel_index": panel.panel_index,
        "panel": panel.result_json.get("panel"),
        "drawn_at": panel.selected_at.isoformat() if panel.selected_at else None,
        "quotas": quotas,
        "public_page": panel.get_public_url(),
    }
