"""Apps declare their contributions in their AppConfig; core collects them in order without naming any app."""

import pytest

from polyvox.core import registry
from polyvox.core.registry import Contribution


def test_an_unknown_kind_is_refused_where_it_is_declared():
    with pytest.raises(ValueError):
        Contribution("sidebar", "polyvox.nowhere")
    with pytest.raises(ValueError):
        registry.contributions("sidebar")


def test_contributions_come_in_their_order_whatever_the_apps_order(monkeypatch):
    class Config:  # two apps, and only them: the installed apps' own contributions stay out of this test
        def __init__(self, *contributes):
            self.contributes = contributes

    monkeypatch.setattr(registry.apps, "get_app_configs", lambda: [
        Config(Contribution("statistics", "builtins.len", order=50)),
        Config(Contribution("statistics", "builtins.sorted", order=10), Contribution("menu", "builtins.list")),
    ])
    found = [c for c in registry.contributions("statistics") if c.target.startswith("builtins.")]
    assert [c.target for c in found] == ["builtins.sorted", "builtins.len"]
    assert [c.load()([3, 1, 2]) for c in found] == [[1, 2, 3], 3]


def test_every_declared_target_can_be_loaded():
    """A typo in an AppConfig fails here, not on a page."""
    for kind in registry.KINDS:
        for contribution in registry.contributions(kind):
            assert contribution.load() is not None, contribution
