"""Apps declare what they bring; core collects. Core imports no app.

Each app's `AppConfig` lists its contributions:

    class BudgetsConfig(AppConfig):
        contributes = (
            Contribution("demo", "polyvox.budgets.demo", order=90),
            Contribution("take_part", "polyvox.budgets.opportunities.items"),
            Contribution("search", "polyvox.budgets.search.group", order=40),
        )

and core asks `contributions("take_part")` or `collect("take_part", ...)`. The kinds, and what their target is:

- `demo`: a module with `load(out, options)` and optionally `link(out, options)`; run by `polyvox demo` in
  `order` (lower first), each in its own transaction.
- `search`: `group(words, raw) -> core.search.Group`, shown on the site search in `order`.
- `home`: `block(request) -> dict | None` with `template` and its context, shown on the home page in `order`.
- `initiative_page`: `of(initiative, request) -> list` of {"title", "url", "kind"[, "description"]}, what the
  app shows on an initiative's page ("On the platform": its workshops, panels, budgets); see
  `initiatives.attachments`.
- `take_part`: `items(request) -> list[core.opportunities.Opportunity]`, what is open to residents now, each
  item in its `core.opportunities.Section` (the page's groups, in their order).
- `menu`: `entries(request) -> list[core.registry.MenuEntry]`: the main menu's entries, also listed on the
  staff dashboard.
- `export`: `exports() -> list` of the open-data exports the app offers (name, url, format, description).
- `statistics`: `figures(filters) -> core.registry.Statistics | None`: the app's block of the staff dashboard
  (core.dashboard): a title, labelled `Figure`s and links to the app's own pages (its observatory...);
  `filters` is a dict, {"year": int | None} (the processes that started that year).
- `retention`: `purge(now) -> list[str]`, run daily: personal data past its retention period removed, one
  line per thing done.
- `retention_periods`: `retention_periods() -> list[core.retention.Period]`, the periods after which the app's
  periodic jobs delete personal data (the privacy page's table, `core.retention.periods`).
- `personal_data`: `sections(user) -> dict` of sections added to a person's personal-data export
  (accounts.personal_data) for the app's records that no foreign key ties to the account.
- `workflows`: a module whose import registers the app's workflows with `core.workflow`.
- `listeners`: `people(initiative) -> list[tuple[str, str, str, date]]`, (e-mail, language, source, day the consent
  was given) of the people who, when they took part in the initiative (voted, joined a workshop, signed), ticked
  "tell me what becomes of this process"; nobody whose data was erased. The follow-up tracker turns them into the
  plan's listeners (`followup.services.gather`).

A target is a dotted path, imported the first time it is used, so declaring costs nothing at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Any

from django.apps import apps
from django.utils.module_loading import import_string

KINDS = ("demo", "search", "home", "initiative_page", "take_part", "menu", "export", "statistics", "workflows",
         "retention", "retention_periods", "personal_data", "listeners")


@dataclass(frozen=True)
class Contribution:
    kind: str
    target: str
    order: int = 100

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown contribution kind {self.kind!r}; one of {', '.join(KINDS)}")

    def load(self) -> Any:
        """The module (for `demo` and `workflows`) or the callable the target names."""
        if self.kind in ("demo", "workflows"):
            return import_module(self.target)
        return import_string(self.target)


@dataclass(frozen=True)
class MenuEntry:
    label: Any
    url: str
    key: str = ""
    order: int = 100


@dataclass(frozen=True)
class Figure:
    """One figure of a `statistics` block: its label, its value (a number, or None for "not known"), a note."""

    label: Any
    value: Any
    note: Any = ""


@dataclass(frozen=True)
class Statistics:
    """What an app shows on the staff dashboard: a title, its figures and links to its pages (MenuEntry)."""

    title: Any
    figures: tuple = ()
    links: tuple = ()


def contributions(kind: str) -> list[Contribution]:
    """The contributions of one kind, from every installed app, in their order (then the apps' order)."""
    if kind not in KINDS:
        raise ValueError(f"unknown contribution kind {kind!r}")
    found = []
    for position, config in enumerate(apps.get_app_configs()):
        for contribution in getattr(config, "contributes", ()):
            if contribution.kind == kind:
                found.append((contribution.order, position, contribution))
    return [contribution for _order, _position, contribution in sorted(found, key=lambda row: row[:2])]


def collect(kind: str, *args, **kwargs) -> list:
    """Call every contribution of one kind with the same arguments; their answers in order (None left out)."""
    results = []
    for contribution in contributions(kind):
        answer = contribution.load()(*args, **kwargs)
        if answer is not None:
            results.append(answer)
    return results


def collect_flat(kind: str, *args, **kwargs) -> list:
    """Like `collect`, for contributions that each answer a list: one list of everything."""
    return [item for answer in collect(kind, *args, **kwargs) for item in answer]


def load_workflows() -> None:
    """Import every app's workflow module (called once from `CoreConfig.ready`)."""
    for contribution in contributions("workflows"):
        contribution.load()
