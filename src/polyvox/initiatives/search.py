"""The site search's initiatives, and the one definition of "an initiative matches these words" that the site
search and the inventory list share (`initiatives.filters`, `initiatives.facets`).

Every word must match, ignoring accents and case, in any language version of the initiative's text (its
precomputed `search_text`) or in the names of its method family, methods or themes.
"""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from polyvox.core.search import LANGUAGE_CODES, SHOWN_PER_GROUP, Group, Hit, cached_search_key, encode_q, excerpt


def _vocabulary_names(words: list[str]) -> dict[str, tuple[set, set, set]]:
    """For each word, the method families, methods and themes whose name (in any language) contains it."""
    from polyvox.initiatives.models import Theme
    from polyvox.toolbox.models import Method, MethodFamily

    models = (MethodFamily, Method, Theme)
    columns = [f"name_{code}" for code in LANGUAGE_CODES]
    names = {model: [(row[0], cached_search_key(" ".join(t for t in row[1:] if t))) for row in model.objects.values_list("pk", *columns)]
             for model in models} if words else {}
    return {word: tuple({pk for pk, key in names[model] if word in key} for model in models) for word in words}


def _vocabulary_condition(families, methods, themes):
    """An initiative of one of these families, using one of these methods or about one of these themes (subqueries)."""
    from polyvox.initiatives.models import Initiative

    condition = Q(pk__in=[])
    if families:
        condition |= Q(method_family_id__in=families)
    if methods:
        condition |= Q(pk__in=Initiative.methods.through.objects.filter(method_id__in=methods).values("initiative_id"))
    if themes:
        condition |= Q(pk__in=Initiative.themes.through.objects.filter(theme_id__in=themes).values("initiative_id"))
    return condition


def vocabulary_matches(words: list[str]) -> dict[str, set[int]]:
    """For each word, the initiatives whose method family, methods or themes are named with it in any language:
    "deliberatie" finds the initiatives of the deliberative mini-publics even when their own text is French.
    (The in-memory facet counts use this; `filter_initiatives` says the same in SQL.)"""
    from polyvox.initiatives.models import Initiative

    found = {}
    for word, (families, methods, themes) in _vocabulary_names(words).items():
        found[word] = (set(Initiative.objects.filter(_vocabulary_condition(families, methods, themes)).values_list("pk", flat=True))
                       if families or methods or themes else set())
    return found


def filter_initiatives(queryset, words: list[str]):
    """The initiatives matching every word: in their own text (every language) or by their vocabulary's names."""
    for word, (families, methods, themes) in _vocabulary_names(words).items():
        condition = Q(search_text__contains=word)
        if families or methods or themes:
            condition |= _vocabulary_condition(families, methods, themes)
        queryset = queryset.filter(condition)
    return queryset


def group(words: list[str], raw: str) -> Group:
    from polyvox.initiatives.models import Initiative, PublicationState

    found = Group("initiatives", _("Initiatives"))
    queryset = filter_initiatives(Initiative.objects.filter(publication_state=PublicationState.PUBLISHED), words)
    found.count = queryset.count()
    rows = (
        queryset.select_related("municipality")
        .defer("municipality__boundary", "search_text")
        .order_by("-start_date", "id")[:SHOWN_PER_GROUP]
    )
    for initiative in rows:
        place = initiative.municipality.name if initiative.municipality_id else _("Brussels-Capital Region")
        found.hits.append(
            Hit(
                title=initiative.title,
                url=initiative.get_absolute_url(),
                excerpt=excerpt(initiative.summary),
                meta=f"{initiative.start_date.year} · {initiative.get_status_display()} · {place}",
            )
        )
    found.more_url = f"{reverse('initiatives:list')}?{encode_q(raw)}"
    return found
