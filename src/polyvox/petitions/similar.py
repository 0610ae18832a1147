"""Similar existing petitions, found in French, Dutch and English before a new one is filed: the words of the
draft and of every public petition are reduced to their stems in the three languages and compared.

`similar` lists what the author may want to sign instead (a loose match); `subject_share` measures how much of a
request's subject another request covers, for the waiting period before the same subject may come back (a strict
match: the words that name the procedure itself, "deliberative committee", "petition", "council", are left out)."""

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


# Words that name the channel or the procedure, not the subject: every suggestion asks for a "commission délibérative".
PROCEDURE = set("""commission commissions deliberative deliberatives overlegcommissie overlegcommissies committee committees
petition petitions petitie petities suggestion suggestions burgervoorstel burgervoorstellen interpellation interpellations
interpellatie interpellaties parlement parliament parlementsleden deputes membres members citoyens citoyennes citizens
burgers tires sort loting drawn demandons demande suggerons proposons vragen vraag stellen voorstel voor ask asks suggest
suggests propose request requests bruxelles bruxellois brussel brusselse brussels region regional gewest gewestelijk
conseil communal communale gemeenteraad council commune gemeente municipality municipal college echevins schepenen
""".split())
SAME_SUBJECT_SHARE = 0.6  # settings.PETITIONS_SAME_SUBJECT_SHARE overrides it
SAME_SUBJECT_WORDS = 2  # at least this many words of the subject must be found


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


def subject_words(text: str) -> list[str]:
    """The distinct words of `text` that may name its subject (no stop words, numbers or procedure words)."""
    words = [word for word in re.findall(r"\w+", search_key(text))
             if len(word) > 2 and word not in STOP and word not in PROCEDURE and not word.isdigit()]
    return list(dict.fromkeys(words))


def petition_stems(petition) -> set[str]:
    """The stems of a petition's title and text in every language it has."""
    return stems(" ".join(filter(None, [getattr(petition, f"{field}_{code}", "") or ""
                                        for field in ("title", "body") for code in LANGUAGES])))


def subject_share(title: str, body: str, their_stems: set[str]) -> tuple[float, int]:
    """(share, words found): how much of a request's subject (its title's words counting twice, then its text's)
    another request covers, its stems being `their_stems`. A word is found when one of its FR/NL/EN stems is there."""
    title_words = subject_words(title)
    body_words = [word for word in subject_words(body) if word not in title_words]

    def found(words):
        return sum(1 for word in words if _word_stems(word) & their_stems)

    weight = 2 * len(title_words) + len(body_words)
    if not weight:
        return 0.0, 0
    in_title, in_body = found(title_words), found(body_words)
    return (2 * in_title + in_body) / weight, in_title + in_body


def is_same_subject(share: float, words: int) -> bool:
    from django.conf import settings

    return share >= getattr(settings, "PETITIONS_SAME_SUBJECT_SHARE", SAME_SUBJECT_SHARE) and words >= SAME_SUBJECT_WORDS


@lru_cache(maxsize=4096)
def _word_stems(word: str) -> frozenset[str]:
    return frozenset(_stemmer(language).stemWord(word) for language in LANGUAGES.values())


@lru_cache(maxsize=3)
def _stemmer(language: str):
    return snowballstemmer.stemmer(language)
