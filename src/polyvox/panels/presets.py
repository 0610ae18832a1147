"""Panel presets: the Brussels Parliament's deliberative committee (45 citizens, five features) and a blank one,
and the quotas proposed from population shares.

The committee's default shares are rough figures for the Region's residents aged 16 or over, to be
checked by the organiser (they are only proposals; municipalities' shares come from their population).
"""

from __future__ import annotations

import math

from polyvox.panels.models import Feature, FeatureValue, Panel, Preset

# (key, (fr, nl, en)) of each feature, then its values: (key, (fr, nl, en), default share in %).
BRUSSELS_FEATURES = [
    ("gender", ("Genre", "Gender", "Gender"), [
        ("woman", ("Femme", "Vrouw", "Woman"), 51.0),
        ("man", ("Homme", "Man", "Man"), 48.5),
        ("other", ("Autre / non binaire", "Ander / non-binair", "Other / non-binary"), 0.5),
    ]),
    ("age", ("Tranche d'âge", "Leeftijdsgroep", "Age band"), [
        ("16-24", ("16 à 24 ans", "16 tot 24 jaar", "16 to 24"), 13.0),
        ("25-34", ("25 à 34 ans", "25 tot 34 jaar", "25 to 34"), 20.0),
        ("35-44", ("35 à 44 ans", "35 tot 44 jaar", "35 to 44"), 19.0),
        ("45-54", ("45 à 54 ans", "45 tot 54 jaar", "45 to 54"), 16.0),
        ("55-64", ("55 à 64 ans", "55 tot 64 jaar", "55 to 64"), 13.0),
        ("65+", ("65 ans et plus", "65 jaar en ouder", "65 and over"), 19.0),
    ]),
    ("municipality", ("Commune", "Gemeente", "Municipality"), []),  # the 19 municipalities, from places
    ("language", ("Langue principale", "Hoofdtaal", "Main language"), [
        ("fr", ("Français", "Frans", "French"), 76.0),
        ("nl", ("Néerlandais", "Nederlands", "Dutch"), 11.0),
        ("other", ("Autre langue", "Andere taal", "Other language"), 13.0),
    ]),
    ("education", ("Niveau d'éducation", "Opleidingsniveau", "Level of education"), [
        ("low", ("Au plus secondaire inférieur", "Hoogstens lager secundair", "Lower secondary at most"), 30.0),
        ("medium", ("Secondaire supérieur", "Hoger secundair", "Upper secondary"), 32.0),
        ("high", ("Enseignement supérieur", "Hoger onderwijs", "Higher education"), 38.0),
    ]),
]


def apply_preset(panel: Panel) -> None:
    """Create the preset's features and values with their shares and proposed quotas (blank: nothing)."""
    if panel.preset != Preset.BRUSSELS_COMMITTEE:
        return
    from polyvox.places.models import Municipality

    for order, (key, names, values) in enumerate(BRUSSELS_FEATURES):
        feature = Feature.objects.create(panel=panel, key=key, order=order, **_names("name", names))
        if key == "municipality":
            municipalities = list(Municipality.objects.order_by("name_fr"))
            total = sum(m.population for m in municipalities) or 1
            values = [(m.nis_code, (m.name_fr, m.name_nl, _english(m)), round(100 * m.population / total, 2))
                      for m in municipalities]
        for number, (value_key, labels, share) in enumerate(values):
            FeatureValue.objects.create(feature=feature, key=value_key, order=number, population_share=share,
                                        **_names("label", labels))
    propose_quotas(panel)


def add_feature(panel: Panel, names: tuple[str, str, str], values: list[tuple[str, str, str]]) -> Feature:
    """A feature defined by the organiser (blank preset): names and value labels in FR, NL, EN."""
    from django.utils.text import slugify

    key = _unique(slugify(names[2] or names[0])[:40] or "feature", set(panel.features.values_list("key", flat=True)))
    feature = Feature.objects.create(panel=panel, key=key, order=panel.features.count(), **_names("name", names))
    used: set[str] = set()
    for number, labels in enumerate(values):
        value_key = _unique(slugify(labels[2] or labels[0])[:40] or "value", used)
        used.add(value_key)
        FeatureValue.objects.create(feature=feature, key=value_key, order=number, **_names("label", labels))
    return feature


def proposed_bounds(share_percent: float | None, panel_size: int) -> tuple[int, int]:
    """Quota proposed for a value with this share of the population: the expected seats, give or take
    15 % of them (at least one seat)."""
    if share_percent is None:
        return 0, panel_size
    expected = share_percent / 100 * panel_size
    tolerance = max(1.0, 0.15 * expected)
    return max(0, math.floor(expected - tolerance)), min(panel_size, math.ceil(expected + tolerance))


def propose_quotas(panel: Panel) -> None:
    """Set every value's min and max from its population share."""
    for feature in panel.features.all():
        for value in feature.values.all():
            value.min_seats, value.max_seats = proposed_bounds(value.population_share, panel.panel_size)
            value.save(update_fields=["min_seats", "max_seats"])


def _names(field: str, names) -> dict:
    fr, nl, en = names
    return {f"{field}_fr": fr, f"{field}_nl": nl or fr, f"{field}_en": en or fr}


def _english(municipality) -> str:
    if municipality.name_fr == municipality.name_nl:
        return municipality.name_fr
    return f"{municipality.name_fr} / {municipality.name_nl}"


def _unique(key: str, used: set[str]) -> str:
    candidate, n = key, 2
    while candidate in used:
        candidate = f"{key}-{n}"
        n += 1
    return candidate
