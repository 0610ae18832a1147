"""The panel's volunteers and quotas as the sortition engine sees them, and the steps that call the engine:
feasibility, the lottery computed by the background task (and its warnings), the draw from the seed,
verification and replacement.

Only pseudonyms and feature values reach the engine; the published JSON and the pseudonymised copy of
the pool kept for verification hold nothing else.
"""

from __future__ import annotations

import json
import logging
import time

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from polyvox.core.transitions import Msg
from polyvox.engines import sortition
from polyvox.core.workflow import SYSTEM, apply
from polyvox.panels.models import Panel, PanelState, Volunteer, VolunteerStatus

log = logging.getLogger(__name__)
LOTTERY_SIZE = 1000
PROGRESS_EVERY_SECONDS = 0.25
#: What an organiser reads for each phase the engine reports (`sortition.PROGRESS_PHASES`), in the reader's
#: language. The panel's row keeps the phase's code; pages render it when they show it.
PROGRESS_LABELS = {
    sortition.models.COVERING: _("Finding panels that include every volunteer"),
    sortition.models.RELAXATION: _("Computing the fairest selection probabilities"),
    sortition.models.PEELING: _("Building the lottery of panels"),
    sortition.models.CHECKING: _("Checking the lottery against the fairest probabilities"),
    sortition.models.STAGES: _("Computing the fairest probabilities stage by stage (slower)"),
    sortition.models.NASH: _("Computing the lottery that maximises the Nash welfare"),
    sortition.models.LEGACY: _("Simulating the draw one volunteer at a time"),
    sortition.models.DONE: _("Rounding the lottery to 1,000 panels and drawing"),
}


def progress_label(phase: str) -> str:
    """What the organiser reads for a phase code, in the active language ("" for none or an unknown code)."""
    label = PROGRESS_LABELS.get(phase)
    return str(label) if label else ""


def engine_quotas(panel: Panel) -> sortition.Quotas:
    items = []
    for feature in panel.ordered_features():
        for value in feature.values.all():
            items.append(sortition.Quota(feature.key, value.key, value.min_seats, value.max_seats))
    return sortition.Quotas(items, source=f"panel {panel.pk}")


def pool_volunteers(panel: Panel):
    """The volunteers the panel is drawn from: registered, consenting, data not erased."""
    return panel.volunteers.filter(consent_at__isnull=False, personal_data_erased_at__isnull=True).order_by("pseudonym")


def engine_pool(panel: Panel, volunteers=None) -> sortition.Pool:
    keys = [f.key for f in panel.ordered_features()]
    people = [sortition.Person(v.pseudonym, {k: str(v.features.get(k, "")) for k in keys})
              for v in (volunteers if volunteers is not None else pool_volunteers(panel))]
    return sortition.Pool(people, source=f"panel {panel.pk}")


def pool_from_copy(panel: Panel) -> sortition.Pool:
    """The pool as it was at selection time, from the pseudonymised copy (works after personal data is gone)."""
    return sortition.Pool([sortition.Person(pid, dict(features)) for pid, features in (panel.pool_copy or {}).items()])


def check_feasibility(panel: Panel) -> dict:
    """Whether a panel meeting the quotas can be drawn from the current volunteers; stored on the panel.

    Never relaxes anything: the diagnosis names the conflicting quotas and the smallest change."""
    pool = engine_pool(panel)
    quotas = engine_quotas(panel)
    if len(pool) < panel.panel_size:
        report = {"feasible": False, "problems": [f"only {len(pool)} volunteers for {panel.panel_size} seats"],
                  "conflicting": [], "relaxation": [], "relaxation_found": False, "too_few": len(pool)}
    else:
        report = sortition.diagnose_infeasible(pool, quotas, panel.panel_size).to_json()
    report["checked_at"] = timezone.now().isoformat()
    report["pool_size"] = len(pool)
    panel.feasibility = report
    panel.save(update_fields=["feasibility"])
    return report


def run(panel_id: int) -> dict:
    """The background computation: the LEXIMIN lottery rounded to 1,000 panels, with no seed (the seed does
    not exist yet: the lottery's digest is announced first), and the warnings the organiser must confirm."""
    panel = Panel.objects.get(pk=panel_id)
    if panel.state != PanelState.SELECTING:
        return {"skipped": panel.state}
    reporter = _ProgressReporter(panel.pk)
    volunteers = list(pool_volunteers(panel))
    pool = engine_pool(panel, volunteers)
    quotas = engine_quotas(panel)
    try:
        result = sortition.select_panel(pool, quotas, panel.panel_size, "leximin", progress=reporter,
                                        lottery_size=LOTTERY_SIZE)
        lottery = result.to_json()
        warnings = draw_warnings(pool, quotas, panel.panel_size, lottery["probabilities"])
    except sortition.InfeasibleQuotasError as error:
        return _fail(panel, error.diagnosis.explain(), error.diagnosis.to_json())
    except sortition.SortitionError as error:
        return _fail(panel, str(error), None)
    except Exception as error:  # noqa: BLE001 - never leave the panel stuck in "selection running"
        log.exception("selection of panel %s failed", panel.pk)
        return _fail(panel, f"{type(error).__name__}: {error}", None)
    return store_lottery(panel, lottery, volunteers, warnings)


def store_lottery(panel: Panel, lottery: dict, volunteers: list[Volunteer], warnings: list[dict]) -> dict:
    """Keep the computed lottery (not yet announced) and each volunteer's probability (the workflow's
    `lottery_computed`, a move of the platform)."""
    apply(panel, "lottery_computed", by=SYSTEM, lottery=lottery, volunteers=volunteers, warnings=warnings,
          message=Msg("digest %(digest)s, %(count)s warning(s)", digest=lottery["lottery_digest"], count=len(warnings)))
    return {"digest": panel.lottery_digest, "warnings": warnings, "min_probability": lottery["min_probability"]}


def draw_warnings(pool: sortition.Pool, quotas: sortition.Quotas, panel_size: int,
                  probabilities: dict[str, float]) -> list[dict]:
    """What makes a draw degenerate, said out loud before anything is published (the pages translate them):

    - `everyone`: every volunteer is selected (as many volunteers as seats): the lottery decides nothing;
    - `zero`: volunteers no quota-meeting panel can include, each with the quota change that would let
      them in (the smallest relaxation the engine finds for a panel holding them);
    - `equal`: the lowest chance equals the highest, so the quotas do not shape the draw at all;
    - `fixed_quota`: a quota whose minimum equals its maximum fixes those seats exactly."""
    warnings: list[dict] = []
    values = list(probabilities.values())
    if values and min(values) >= 1 - 1e-9:
        warnings.append({"kind": "everyone", "count": len(values)})
    zero = sorted(pid for pid, p in probabilities.items() if p <= 1e-9)
    if zero:
        people = []
        reasons: dict[tuple, list[dict]] = {}
        for pid in zero[:50]:
            person = pool.get(pid)
            key = tuple(sorted(person.features.items()))
            if key not in reasons:
                diagnosis = sortition.diagnose_infeasible(pool, quotas, panel_size, keep=[pid])
                reasons[key] = [{"feature": c.feature, "value": c.value, "min": c.old_min, "max": c.old_max,
                                 "new_min": c.new_min, "new_max": c.new_max} for c in diagnosis.relaxation]
                if not reasons[key]:  # no relaxation within the flex bounds: name the quotas on their values
                    reasons[key] = [{"feature": q.feature, "value": q.value, "min": q.min, "max": q.max,
                                     "new_min": q.min, "new_max": q.max}
                                    for q in quotas if person.features.get(q.feature) == q.value]
            people.append({"pseudonym": pid, "quotas": reasons[key]})
        warnings.append({"kind": "zero", "count": len(zero), "people": people})
    if values and max(values) - min(values) <= 1e-9 and min(values) < 1 - 1e-9:
        warnings.append({"kind": "equal", "probability": values[0]})
    for quota in quotas:
        if quota.min == quota.max:
            warnings.append({"kind": "fixed_quota", "feature": quota.feature, "value": quota.value,
                             "seats": quota.min})
    return warnings


def warning_lines(panel: Panel) -> list[str]:
    """The panel's draw warnings in the reader's language, with the features' names and values' labels."""
    from django.utils.translation import gettext, ngettext

    if not panel.draw_warnings:
        return []
    names: dict[str, str] = {}
    labels: dict[tuple[str, str], str] = {}
    for feature in panel.ordered_features():
        names[feature.key] = feature.name
        for value in feature.values.all():
            labels[feature.key, value.key] = value.label

    def quota(q: dict) -> str:
        text = gettext("%(feature)s “%(value)s” (minimum %(min)d, maximum %(max)d)") % {
            "feature": names.get(q["feature"], q["feature"]), "value": labels.get((q["feature"], q["value"]), q["value"]),
            "min": q["min"], "max": q["max"]}
        if (q["new_min"], q["new_max"]) != (q["min"], q["max"]):
            text += " " + gettext("would need minimum %(min)d, maximum %(max)d") % {"min": q["new_min"],
                                                                                   "max": q["new_max"]}
        return text

    lines = []
    for warning in panel.draw_warnings:
        kind = warning.get("kind")
        if kind == "everyone":
            lines.append(ngettext(
                "Every volunteer is selected: there is %(n)d volunteer for %(n)d seat, so the lottery decides nothing.",
                "Every volunteer is selected: there are %(n)d volunteers for %(n)d seats, so the lottery decides nothing.",
                warning["count"]) % {"n": warning["count"]})
        elif kind == "zero":
            lines.append(ngettext(
                "%(n)d volunteer has no chance at all of being selected: no panel meeting the quotas can include them.",
                "%(n)d volunteers have no chance at all of being selected: no panel meeting the quotas can include them.",
                warning["count"]) % {"n": warning["count"]})
            for person in warning["people"]:
                lines.append(gettext("%(pseudonym)s is shut out by: %(quotas)s") % {
                    "pseudonym": person["pseudonym"], "quotas": "; ".join(quota(q) for q in person["quotas"])})
            if warning["count"] > len(warning["people"]):
                lines.append(gettext("… and %(n)d more.") % {"n": warning["count"] - len(warning["people"])})
        elif kind == "equal":
            lines.append(gettext("The lowest chance equals the highest: every volunteer has the same chance "
                                 "(%(p)s), so the quotas do not shape the draw.") % {"p": f"{warning['probability']:.4f}"})
        elif kind == "fixed_quota":
            lines.append(gettext("The minimum equals the maximum for %(feature)s “%(value)s”: exactly %(n)d seat(s).")
                         % {"feature": names.get(warning["feature"], warning["feature"]),
                            "value": labels.get((warning["feature"], warning["value"]), warning["value"]),
                            "n": warning["seats"]})
    return lines


def apply_seed(panel: Panel, seed: str) -> dict:
    """The published draw: the announced lottery, the seed and the panel it picks (see the engine's `draw`)."""
    lottery = dict(panel.lottery_json)
    index, members = sortition.draw_from_seed(lottery["lottery_panels"], seed)
    return {**lottery, "seed": seed, "panel_index": index, "panel": members}


def verify(panel: Panel, seed: str) -> sortition.Verification:
    """Redo the draw from the public JSON (with the pseudonymised pool copy) and a seed, with no solver;
    the lottery must be the one announced (its digest at the announcement)."""
    published = dict(panel.result_json or {})
    if panel.pool_copy is not None:
        published["people"] = panel.pool_copy
    return sortition.verify_draw(published, seed, announced_digest=panel.lottery_digest or None)


def current_panel(panel: Panel) -> list[str]:
    return list(panel.volunteers.filter(status=VolunteerStatus.SELECTED).values_list("pseudonym", flat=True))


def find_replacement(panel: Panel, withdrawn: str) -> sortition.Replacement:
    """Who can replace a member while every quota stays met (or the diagnosis of why nobody can).

    Candidates are the volunteers of the pool copy who have not withdrawn or erased their data; their
    order is fixed by the public seed, so the choice can be explained."""
    unavailable = set(panel.volunteers.filter(status=VolunteerStatus.WITHDRAWN).values_list("pseudonym", flat=True))
    unavailable |= set(panel.volunteers.filter(personal_data_erased_at__isnull=False).values_list("pseudonym", flat=True))
    unavailable.discard(withdrawn)
    number = panel.replacements.count() + 1
    return sortition.find_replacement(pool_from_copy(panel), engine_quotas(panel), current_panel(panel), withdrawn,
                                      seed=f"{panel.seed}/replacement/{number}", exclude=unavailable)


def published_bytes(panel: Panel) -> bytes:
    """The published JSON: the draw once made; before it, the announced lottery (anyone may keep a copy)."""
    data = panel.result_json if panel.is_drawn else panel.lottery_json
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _fail(panel: Panel, explanation: str, diagnosis: dict | None) -> dict:
    apply(panel, "fail_selection", by=SYSTEM, message=explanation[:500], explanation=explanation, diagnosis=diagnosis)
    return {"error": explanation}


class _ProgressReporter:
    """The engine's progress callback: writes the fraction and the phase's key on the panel's row (throttled),
    where the Server-Sent Events stream reads it."""

    def __init__(self, panel_id: int):
        self.panel_id = panel_id
        self.last = 0.0

    def __call__(self, event: sortition.Progress) -> None:
        now = time.monotonic()
        if now - self.last < PROGRESS_EVERY_SECONDS and event.fraction < 1:
            return
        self.last = now
        phase = event.phase if event.phase in PROGRESS_LABELS else ""
        Panel.objects.filter(pk=self.panel_id).update(progress=min(max(float(event.fraction), 0.0), 0.99),
                                                      progress_message=phase)
