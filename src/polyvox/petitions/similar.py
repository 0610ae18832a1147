"""Similar existing petitions, found in French, Dutch and English before a new one is filed: the words of the
draft and of every public petition are reduced to their stems in the three languages and compared."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

from polyvox.core.text import search_key

LANGUAGES = {"fr": "french", "nl": "dutch", "en": "english"}
STOP = set("""le la les un une des du de et ou a au aux en dans pour par sur avec sans que qui ne pas plus est sont
ce cette ces nous vous il elle ils elles on se sa son ses leur leurs notre votre
de het een en of in op voor met door aan van uit naar niet geen dat die dit deze wij zij is zijn wordt worden te ook
the a an and or of to in on for with by from that this these those we you they is are be been not no it its our
""".split())


def stems(text: str) -> set[str]:
    words = [word for word in re.findall(r"\w+", search_key(text)) if len(word) > 2 and word not in STOP and not word.isdigit()]
    found = set()
    for language in LANGUAGES.values():
        found.update(_stemmer(language).stemWords(words))
    return found


def similar(text: str, *, exclude=None, limit: int = 5):
    """Public petitions whose title and text share the most stems with `text` (best first)."""
    from polyvox.petitions.models import PUBLIC_STATES, Petition

    wanted = stems(text)
    if not wanted:
        return []
    scored = []
    candidates = Petition.objects.filter(state__in=PUBLIC_STATES).select_related("channel")
    if exclude is not None:
        candidates = candidates.exclude(pk=exclude)
    for petition in candidates:
        theirs = stems(" ".join(filter(None, [getattr(petition, f"{field}_{code}") or ""
                                            for field in ("title", "body") for code in LANGUAGES])))
        title = stems(" ".join(filter(None, [getattr(petition, f"title_{code}") or "" for code in LANGUAGES])))
        shared = wanted & theirs
        score = (len(shared) + 2 * len(wanted & title)) / max(1, len(wanted))
        if len(shared) >= 2 or wanted & title:
            scored.append((score, petition))
    scored.sort(key=lambda pair: (-pair[0], -pair[1].pk))
    return [petition for _score, petition in scored[:limit]]


@lru_cache(maxsize=3)
def _stemmer(language: str):
    return snowballstemmer.stemmer(language)
