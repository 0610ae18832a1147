"""Suggested clusters of similar ideas, across French, Dutch and English: nothing is downloaded at run time.

Each text's words are lower-cased, stop words of its language removed (short lists shipped in
data/stopwords/), stemmed with the Snowball stemmer of its language and stripped of accents. A stem that a
shared concept of data/concepts.tsv knows (a hand-written FR/NL/EN lexicon of participation vocabulary,
each entry stemmed the same way) becomes that concept's key ("bike" for "vélo", "fiets", "bicycle"), so
that ideas in different languages share features; other stems stay as they are. Two ideas are as similar
as a weighted mean of the cosine of their TF-IDF vectors of concepts and stems and the cosine of their
character n-grams (which catch cognates and spelling variants: "sirène"/"sirene", "parking"/"parkeren").
All ideas are then grouped together by average-linkage agglomerative clustering on 1 - similarity, cut at
DISTANCE_THRESHOLD. Only groups of two or more are suggested. benchmarks/clustering.py measures it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

LANGUAGES = {"fr": "french", "nl": "dutch", "en": "english"}
DISTANCE_THRESHOLD = 0.76  # chosen on the benchmark's dev pairs only (benchmarks/CLUSTERING.md)
CONCEPT_WEIGHT = 0.75  # the rest goes to character n-grams
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
DATA_DIR = Path(__file__).resolve().parent / "data"
STOPWORDS_DIR = DATA_DIR / "stopwords"
CONCEPTS_FILE = DATA_DIR / "concepts.tsv"


def suggest(ideas: list[tuple[int, str, str]], threshold: float = DISTANCE_THRESHOLD) -> list[list[int]]:
    """ideas: (id, text, language) -> groups of ids (two or more each), largest first."""
    items = [(pk, text, language if language in LANGUAGES else "fr") for pk, text, language in ideas]
    groups = _cluster(items, threshold)
    groups.sort(key=lambda group: (-len(group), group[0]))
    return groups


def features(text: str, language: str) -> list[str]:
    """The text's concept keys ("c:bike") and, for words no concept knows, their stems ("w:...")."""
    result = []
    own = concept_map(language)
    for word, stem in zip(_words(text, language), terms(text, language)):
        key = own.get(stem)
        if key is None and len(word) >= 4:  # a word of another language (mixed texts, a wrong guess)
            for other in LANGUAGES:
                if other != language:
                    key = concept_map(other).get(_strip_accents(_stemmer(other).stemWord(word)))
                    if key:
                        break
        result.append(f"c:{key}" if key else f"w:{stem}")
    return result


@lru_cache(maxsize=None)
def concept_map(language: str) -> dict[str, str]:
    """Stem (of this language) -> concept key, from data/concepts.tsv."""
    column = list(LANGUAGES).index(language) + 1
    mapping: dict[str, str] = {}
    for line in CONCEPTS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) <= column:
            continue
        stemmer = _stemmer(language)
        for word in cells[column].split():
            mapping.setdefault(_strip_accents(stemmer.stemWord(word.lower())), cells[0])
    return mapping


def terms(text: str, language: str) -> list[str]:
    """The text's stemmed content words, accents removed."""
    return [_strip_accents(stem) for stem in _stemmer(language).stemWords(_words(text, language))]


def _words(text: str, language: str) -> list[str]:
    stop = stopwords(language)
    return [w for w in WORD.findall(text.lower().replace("’", "'")) if w not in stop and len(w) > 1]


def guess_language(text: str, default: str = "fr") -> str:
    """The language whose stop words appear most in the text (ties and no evidence: default)."""
    words = [w for w in WORD.findall(text.lower()) if len(w) > 1]
    scores = {code: sum(1 for w in words if w in stopwords(code)) for code in LANGUAGES}
    best = max(scores.values())
    if best == 0 or scores.get(default, 0) == best:
        return default
    return max(scores, key=scores.get)


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    path = STOPWORDS_DIR / f"{language}.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def similarity_matrix(items: list[tuple[int, str, str]]):
    """Pairwise similarities (0..1) of (id, text, language) items, in their order."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    concept_docs = [features(text, language) for _pk, text, language in items]
    if not any(concept_docs):
        return np.zeros((len(items), len(items)))
    concepts = TfidfVectorizer(analyzer=lambda words: words, sublinear_tf=True).fit_transform(concept_docs)
    plain = [" ".join(_strip_accents(w) for w in _words(text, language)) or "-" for _pk, text, language in items]
    grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit_transform(plain)
    return CONCEPT_WEIGHT * cosine_similarity(concepts) + (1 - CONCEPT_WEIGHT) * cosine_similarity(grams)


def _cluster(items: list[tuple[int, str, str]], threshold: float) -> list[list[int]]:
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering

    items = [item for item in items if terms(item[1], item[2])]
    if len(items) < 2:
        return []
    distances = np.clip(1.0 - similarity_matrix(items), 0.0, 1.0)
    np.fill_diagonal(distances, 0.0)
    labels = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold
    ).fit_predict(distances)
    grouped: dict[int, list[int]] = {}
    for (pk, _text, _language), label in zip(items, labels):
        grouped.setdefault(int(label), []).append(pk)
    return [sorted(group) for group in grouped.values() if len(group) > 1]


@lru_cache(maxsize=None)
def _stemmer(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer(LANGUAGES.get(language, "french"))


def _strip_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn")
