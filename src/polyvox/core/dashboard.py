"""The staff dashboard: every app's figures (`statistics` contributions) and its pages (`menu` contributions),
read from the registry, so that an app's block appears without core naming it. Core imports no app."""

from __future__ import annotations

from polyvox.core.registry import MenuEntry, Statistics, collect, collect_flat


def statistics(filters: dict) -> list[Statistics]:
    """Every app's block, in the contributions' order; an answer that is not a `Statistics` is a programming
    error of the app that gave it."""
    blocks = collect("statistics", filters)
    for block in blocks:
        if not isinstance(block, Statistics):
            raise TypeError(f"a statistics contribution answered {type(block).__name__}, not core.registry.Statistics")
    return blocks


def sections(request) -> list[MenuEntry]:
    """Every app's entries of the main menu, as this person sees them, in their order."""
    return sorted(collect_flat("menu", request), key=lambda entry: entry.order)
