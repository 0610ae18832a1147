"""What a resident can take part in right now, across the apps, for the "Take part" page.

Core names no app: each app declares `Contribution("take_part", "polyvox.<app>.opportunities.items")` and its
`items(request)` returns a list of `Opportunity`, the one typed item every app speaks (a budget open for voting,
a panel open for registration, a workshop running, tomorrow a petition or a consultation). Only what belongs to
a published initiative is listed; the app filters that. The page groups the items by their `Section` (in the
sections' order) and shows, for each, its title, initiative, the app's sentences and one action.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from polyvox.core.registry import collect_flat


@dataclass(frozen=True)
class Section:
    """A group on the page: `key` names its heading's id (`<key>-heading`); `intro` is an optional paragraph."""

    key: str
    heading: Any
    order: int = 100
    intro: Any = ""


@dataclass
class Opportunity:
    """One thing open to residents. `url` is the thing's own page (the title links to it when given);
    `action_url`/`action_label` the button; when `needs_account` is set, a visitor signed out sees
    `sign_in_label` instead, a sign-in link that comes back to `url`. `lines` are the app's sentences
    (dates, who may take part) in the reader's language. `opens`/`closes`, `municipality_id`, `themes` and
    `places_left` are there to sort and filter by."""

    section: Section
    title: str
    action_url: str
    action_label: Any
    url: str = ""
    title_lang: str = ""
    initiative: Any = None
    lines: list = field(default_factory=list)
    opens: dt.date | dt.datetime | None = None
    closes: dt.date | dt.datetime | None = None
    municipality_id: int | None = None
    themes: tuple = ()
    places_left: int | None = None
    needs_account: bool = False
    sign_in_label: Any = ""

    def __post_init__(self):
        # An item that names no theme of its own takes its initiative's (the theme filter and the feeds read them).
        if not self.themes and self.initiative is not None and hasattr(self.initiative, "themes"):
            self.themes = tuple(theme.slug for theme in self.initiative.themes.all())

    @property
    def kind(self) -> str:
        return self.section.key


@dataclass
class Group:
    section: Section
    items: list[Opportunity]

    @property
    def key(self) -> str:
        return self.section.key


@dataclass
class OpenNow:
    groups: list[Group] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(len(group.items) for group in self.groups)


@dataclass(frozen=True)
class Filters:
    """The reader's choice on the page and in the feeds: a commune (its id; regional items stay listed) and a theme
    (an initiative theme's slug)."""

    municipality_id: int | None = None
    theme: str = ""

    def keeps(self, item: Opportunity) -> bool:
        if self.municipality_id and item.municipality_id not in (None, self.municipality_id):
            return False
        return not self.theme or self.theme in item.themes

    @property
    def query(self) -> dict:
        return {key: value for key, value in (("commune", self.municipality_id or ""), ("theme", self.theme)) if value}


def items_now(request, filters: Filters | None = None) -> list[Opportunity]:
    """Every app's items, the filters applied, soonest closing first among those with a date."""
    filters = filters or Filters()
    return [item for item in collect_flat("take_part", request) if filters.keeps(item)]


def open_now(request, filters: Filters | None = None) -> OpenNow:
    """Every app's items, grouped by section in the sections' order (then the apps' order); empty sections left out."""
    groups: dict[str, Group] = {}
    for item in items_now(request, filters):
        groups.setdefault(item.section.key, Group(item.section, [])).items.append(item)
    ordered = sorted(groups.values(), key=lambda group: group.section.order)  # stable: the apps' order breaks ties
    return OpenNow(ordered)
