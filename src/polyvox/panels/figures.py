"""Figures of a panel's pool for the dashboard and the public page: registrations against the quotas."""

from __future__ import annotations

from collections import Counter

from polyvox.panels.models import Panel, VolunteerStatus


def pool_against_quotas(panel: Panel, volunteers=None) -> list[dict]:
    """Per feature, per value: population share, quota, volunteers registered, their share, and whether
    there are at least as many volunteers as the minimum."""
    from polyvox.panels.selection import pool_volunteers

    volunteers = list(volunteers if volunteers is not None else pool_volunteers(panel))
    total = len(volunteers)
    out = []
    for feature in panel.ordered_features():
        counts = Counter(v.features.get(feature.key) for v in volunteers)
        rows = []
        for value in feature.values.all():
            count = counts.get(value.key, 0)
            share_of_pool = 100 * count / total if total else 0.0
            rows.append({
                "value": value, "count": count, "pool_share": share_of_pool,
                "population_share": value.population_share,
                "expected": (value.population_share or 0) / 100 * panel.panel_size,
                "enough": count >= value.min_seats,
                "bar": min(100.0, share_of_pool), "population_bar": min(100.0, value.population_share or 0),
            })
        out.append({"feature": feature, "rows": rows, "total_min": sum(r["value"].min_seats for r in rows),
                    "total_max": sum(r["value"].max_seats for r in rows)})
    return out


def panel_composition(panel: Panel, members: list[str] | None = None) -> list[dict]:
    """Per feature and value: the quota and how many members of the (current or given) panel have it."""
    people = panel.pool_copy or {}
    if members is None:
        members = list(panel.volunteers.filter(status=VolunteerStatus.SELECTED).values_list("pseudonym", flat=True))
    out = []
    for feature in panel.ordered_features():
        counts = Counter(people.get(pid, {}).get(feature.key) for pid in members)
        out.append({"feature": feature, "rows": [
            {"value": v, "count": counts.get(v.key, 0), "ok": v.min_seats <= counts.get(v.key, 0) <= v.max_seats}
            for v in feature.values.all()]})
    return out


def feasibility_view(panel: Panel) -> dict | None:
    """The stored feasibility report with feature and value labels for display."""
    report = panel.feasibility
    if not report:
        return None
    labels = {}
    for feature in panel.ordered_features():
        for value in feature.values.all():
            labels[(feature.key, value.key)] = (feature.name, value.label)
    changes = []
    for change in report.get("relaxation", []):
        name, label = labels.get((change["feature"], change["value"]), (change["feature"], change["value"]))
        changes.append({**change, "feature_name": name, "value_label": label})
    conflicting = [labels.get(tuple(k), tuple(k)) for k in report.get("conflicting", [])]
    return {**report, "changes": changes, "conflicting_labels": conflicting}
